package org.seq4j.eval.report;

/** Renders a {@link TextTable} as an HTML table (escaped cells, numeric columns right-aligned). */
final class HtmlTable {
  private HtmlTable() {}

  /**
   * @param codeColumn name of a column whose cells are shown in monospace (signatures), or null
   */
  static String render(TextTable table, String codeColumn) {
    StringBuilder out = new StringBuilder("<div class=\"table-scroll\"><table><thead><tr>");
    for (int c = 0; c < table.header().size(); c++) {
      out.append("<th").append(table.numeric().get(c) ? " class=\"num\"" : "").append('>')
          .append(HtmlText.escape(table.header().get(c))).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (var row : table.rows()) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        boolean code = table.header().get(c).equals(codeColumn) && !row.get(c).isEmpty();
        out.append("<td").append(table.numeric().get(c) ? " class=\"num\"" : "").append('>')
            .append(code ? "<code>" : "").append(HtmlText.escape(row.get(c))).append(code ? "</code>" : "")
            .append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }
}
