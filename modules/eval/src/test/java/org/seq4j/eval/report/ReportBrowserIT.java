package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered reports in headless Chromium and checks that the page actually renders: a
 * screenshot that is not blank, and no console errors or failed resource loads in Chromium's log.
 * Skips when no Chromium binary is installed ({@code apt-get install chromium}). Screenshots are
 * kept in {@value #SCREENSHOT_DIR} for a human to look at.
 */
class ReportBrowserIT {
  static final String SCREENSHOT_DIR = "/tmp/seq4j-report-screenshots";
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
  private static final String WINDOW_SIZE = "1280,2400";
  private static final int WIDTH = 1280;
  private static final long TIMEOUT_SECONDS = 90;
  /** A rendered report page has text, charts and colours: far more than this many distinct colours. */
  private static final int MIN_DISTINCT_COLOURS = 50;
  /**
   * Lines of Chromium's log that mean the page misbehaved. The report page has no scripts, so any
   * console message at all (Chromium logs them as {@code INFO:CONSOLE}, whatever their level) is a
   * problem: an uncaught error, a CSP violation, a failed load reported to the console.
   */
  private static final List<String> LOG_PROBLEMS =
      List.of("uncaught", "console", "failed to load resource", "net::err_", "refused to");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void taggingReportRendersInChromium() throws Exception {
    Path runDir = temp.resolve("tagging-run");
    Files.createDirectories(runDir);
    Report report = ReportFixtures.tagging();
    ReportJson.writeToRunDir(runDir, report.toBuilder().learningCurve(LearningCurve.empty()).build());
    writeMetricsLog(runDir.resolve(MetricsLog.FILE_NAME), ReportFixtures.taggingCurve(ReportFixtures.EPOCHS));
    RenderedReport rendered = ReportRenderer.render(runDir);
    screenshotAndCheck(rendered.html(), "tagging-upos");
  }

  @Test
  void translationReportRendersInChromium() throws Exception {
    Path runDir = temp.resolve("translation-run");
    ReportJson.writeToRunDir(runDir, ReportFixtures.translation());
    RenderedReport rendered = ReportRenderer.render(runDir);
    screenshotAndCheck(rendered.html(), "translation");
  }

  @Test
  void xposReportWithFiftyTagsRendersInChromium() throws Exception {
    Path runDir = temp.resolve("xpos-run");
    ReportJson.writeToRunDir(runDir, ReportFixtures.xpos(50));
    RenderedReport rendered = ReportRenderer.render(runDir);
    screenshotAndCheck(rendered.html(), "xpos-50");
  }

  /** The checks must catch a page that does fail: scripts that throw and a network stylesheet. */
  @Test
  void detectsConsoleErrorsAndNetworkRequests() throws Exception {
    Path bad = temp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://cdn.invalid/x.css\">"
        + "</head><body><p>bad</p><script>throw new Error('kaput');</script></body></html>");
    BrowserRun run = runBrowser(bad, "negative-control");
    assertFalse(consoleProblems(run.stderr()).isEmpty(), "the uncaught error was not detected");
    assertFalse(pageRequests(run.netLog()).isEmpty(), "the network stylesheet was not detected");
  }

  private void screenshotAndCheck(Path html, String name) throws Exception {
    Files.createDirectories(Path.of(SCREENSHOT_DIR));
    Files.copy(html, Path.of(SCREENSHOT_DIR, name + ".html"), StandardCopyOption.REPLACE_EXISTING);
    BrowserRun run = runBrowser(html, name);
    Path png = run.screenshot();
    String stderr = run.stderr();
    assertTrue(Files.isRegularFile(png), "no screenshot written; chromium said:\n" + stderr);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(WIDTH, image.getWidth(), "screenshot width");
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() >= MIN_DISTINCT_COLOURS, "screenshot looks blank: " + colours.size() + " colours");
    List<String> problems = consoleProblems(stderr);
    assertTrue(problems.isEmpty(), "chromium logged problems:\n" + String.join("\n", problems));
    List<String> requests = pageRequests(run.netLog());
    assertTrue(requests.isEmpty(), "the page made network requests: " + requests);
  }

  private record BrowserRun(Path screenshot, String stderr, Path netLog) {}

  private BrowserRun runBrowser(Path html, String name) throws Exception {
    String browser = findBrowser();
    Assumptions.assumeTrue(browser != null,
        "no Chromium found on PATH (looked for " + BROWSERS + "); install it with: apt-get install -y chromium");
    Path outDir = Path.of(SCREENSHOT_DIR);
    Files.createDirectories(outDir);
    Path netLog = temp.resolve(name + "-net.json");
    Path png = outDir.resolve(name + ".png");
    Files.deleteIfExists(png);
    Path profile = Files.createTempDirectory(temp, "chromium-profile");
    Path log = temp.resolve(name + "-chromium.log");
    List<String> command = List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog, "--screenshot=" + png,
        "--window-size=" + WINDOW_SIZE, html.toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    String stderr = Files.readString(log, StandardCharsets.UTF_8);
    Files.writeString(outDir.resolve(name + "-chromium.log"), stderr);
    return new BrowserRun(png, stderr, netLog);
  }

  private static List<String> consoleProblems(String stderr) {
    List<String> problems = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (LOG_PROBLEMS.stream().anyMatch(lower::contains)) {
        problems.add(line);
      }
    }
    return problems;
  }

  /**
   * URLs the page itself requested over the network, from Chromium's net log: requests whose
   * network isolation key is the {@code file://} page (Chromium's own background requests to
   * update or account services carry other keys and are ignored).
   */
  private static List<String> pageRequests(Path netLog) throws IOException {
    List<String> urls = new ArrayList<>();
    if (!Files.isRegularFile(netLog)) {
      return urls;
    }
    JsonNode events = JSON.readTree(netLog.toFile()).path("events");
    for (JsonNode event : events) {
      JsonNode params = event.path("params");
      if (params.has("url") && params.path("network_isolation_key").asText("").startsWith("file://")) {
        urls.add(params.get("url").asText());
      }
    }
    return urls;
  }

  private static String findBrowser() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : BROWSERS) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }

  static void writeMetricsLog(Path file, LearningCurve curve) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Map<String, Double> point : curve.points()) {
      List<String> fields = new ArrayList<>();
      point.forEach((k, v) -> fields.add("\"" + k + "\":" + (k.equals("epoch") || k.equals("step") ? String.valueOf(v.longValue()) : v)));
      out.append('{').append(String.join(",", fields)).append(",\"time\":\"2025-01-15T10:00:00Z\"}\n");
    }
    Files.writeString(file, out.toString());
  }
}
