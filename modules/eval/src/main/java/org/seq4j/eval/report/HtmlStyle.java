package org.seq4j.eval.report;

/**
 * The report page's stylesheet, inlined into every page so the file is self-contained (no
 * network, no external fonts: the system UI font stack). Colours meet WCAG AA contrast for text.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS = """
      :root { --fg: #1f2933; --muted: #52606d; --faint: #9aa5b1; --border: #e4e7eb;
        --bg: #f5f7fa; --card: #ffffff; --accent: #4e79a7; --good: #2f7d4f; --bad: #b83245; }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5; font-size: 15px;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          "Noto Sans", "Liberation Sans", sans-serif; }
      .wrap { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
      .page-header { background: #1f2d3d; color: #fff; padding: 28px 0 22px; }
      .page-header .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em;
        font-size: 12px; color: #b6c2cf; }
      .page-header h1 { margin: 4px 0 6px; font-size: 28px; font-weight: 650; word-break: break-word; }
      .page-header .run-line { margin: 0; color: #d9e2ec; font-size: 14px; }
      nav.toc { margin: 18px 0 0; display: flex; flex-wrap: wrap; gap: 6px 8px; }
      nav.toc a { font-size: 13px; color: var(--accent); text-decoration: none; background: #fff;
        border: 1px solid var(--border); border-radius: 999px; padding: 3px 12px; }
      nav.toc a:hover { border-color: var(--accent); }
      section.card { background: var(--card); border: 1px solid var(--border); border-radius: 10px;
        padding: 18px 24px 22px; margin: 18px 0; box-shadow: 0 1px 2px rgba(31, 41, 51, .05); }
      h2 { font-size: 19px; margin: 0 0 12px; font-weight: 650; }
      h3 { font-size: 15px; margin: 14px 0 8px; font-weight: 600; color: var(--muted); }
      p.note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
      .metric-card { border: 1px solid var(--border); border-radius: 8px; padding: 10px 16px;
        min-width: 140px; background: #fbfcfd; }
      .metric-card .label { font-size: 12px; color: var(--muted); text-transform: uppercase;
        letter-spacing: .05em; }
      .metric-card .value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
      .table-scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th, td { padding: 6px 10px; border-bottom: 1px solid var(--border); text-align: left;
        vertical-align: top; }
      th { font-weight: 600; color: var(--muted); background: #f9fafb; white-space: nowrap; }
      tbody tr:nth-child(even) td { background: #fcfcfd; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
        monospace; font-size: 12.5px; }
      td code { word-break: break-all; color: #334e68; }
      .grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 18px 28px;
        align-items: start; }
      svg.chart { width: 100%; height: auto; display: block; margin: 4px 0; }
      svg.chart text { fill: #3e4c59; font-family: inherit; }
      svg .tick { font-size: 11px; }
      svg .axis-title { font-size: 12px; font-weight: 600; }
      svg .legend { font-size: 12px; }
      svg .grid { stroke: #e4e7eb; stroke-width: 1; }
      svg .axis { stroke: #9aa5b1; stroke-width: 1; }
      svg .bar-label { font-size: 12px; }
      svg .bar-value { font-size: 11px; }
      svg text.muted { fill: var(--faint); }
      svg .cell { stroke: #ffffff; stroke-width: 1; }
      svg .cell-label { font-size: 11px; }
      svg .cell-count { font-size: 10px; }
      svg.chart text.on-dark { fill: #ffffff; }
      .chart-block { max-width: 820px; }
      details { margin-top: 10px; }
      summary { cursor: pointer; color: var(--accent); font-size: 14px; }
      .samples { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 18px 28px; }
      .sample { border: 1px solid var(--border); border-left: 4px solid var(--faint); border-radius: 6px;
        padding: 8px 12px; margin: 0 0 10px; background: #fcfcfd; }
      .sample.best { border-left-color: var(--good); }
      .sample.worst { border-left-color: var(--bad); }
      .sample .head { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
      .sample .head strong { color: var(--fg); }
      .sample dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
      .sample dt { font-size: 12px; color: var(--muted); padding-top: 2px; }
      .sample dd { margin: 0; word-break: break-word; }
      table.tokens { width: auto; font-size: 13px; }
      table.tokens td, table.tokens th { padding: 2px 6px; border-bottom: none; white-space: nowrap; }
      table.tokens td.miss { background: #fde8ea; color: var(--bad); font-weight: 600; }
      .unavailable { color: var(--muted); font-style: italic; }
      footer { color: var(--muted); font-size: 12px; padding: 8px 0 32px; }
      @media (max-width: 640px) { .wrap { padding: 0 12px; } section.card { padding: 14px; }
        .grid2, .samples { grid-template-columns: 1fr; } }
      """;
}
