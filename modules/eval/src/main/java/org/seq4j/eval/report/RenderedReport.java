package org.seq4j.eval.report;

import java.nio.file.Path;

/** The files {@link ReportRenderer#render} wrote; {@code csv} is null when there were no per-sentence scores. */
public record RenderedReport(Path markdown, Path html, Path csv) {}
