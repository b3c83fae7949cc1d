package org.seq4j.eval.report;

import java.util.Locale;

/**
 * Appends SVG elements with coordinates rounded to one decimal (smaller files, stable output).
 * Every text and attribute value taken from data is escaped with {@link HtmlText#escape}.
 */
final class SvgCanvas {
  /** Charts scale with the page width, but never beyond this factor (fonts would get huge). */
  private static final double MAX_UPSCALE = 1.25;
  private final StringBuilder out = new StringBuilder();

  SvgCanvas(double width, double height, String ariaLabel) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height))
        .append("\" style=\"max-width:").append(n(width * MAX_UPSCALE)).append("px\"")
        .append(" role=\"img\" aria-label=\"").append(HtmlText.escape(ariaLabel)).append("\">");
    out.append("<title>").append(HtmlText.escape(ariaLabel)).append("</title>");
  }

  static String n(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }

  SvgCanvas line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
        .append("\" class=\"").append(cssClass).append("\"/>");
    return this;
  }

  SvgCanvas rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h)))
        .append('"');
    if (fill != null) {
      out.append(" fill=\"").append(fill).append('"');
    }
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(HtmlText.escape(tooltip)).append("</title></rect>");
    }
    return this;
  }

  SvgCanvas circle(double cx, double cy, double r, String color, String tooltip) {
    out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
        .append("\" r=\"").append(n(r)).append("\" fill=\"").append(color).append("\">")
        .append("<title>").append(HtmlText.escape(tooltip)).append("</title></circle>");
    return this;
  }

  /** A polyline through {@code points} (x0 y0 x1 y1 ...). */
  SvgCanvas polyline(double[] points, String color) {
    out.append("<polyline fill=\"none\" stroke=\"").append(color)
        .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i < points.length; i += 2) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(n(points[i])).append(',').append(n(points[i + 1]));
    }
    out.append("\"/>");
    return this;
  }

  /** Text at (x, y); anchor is start, middle or end. */
  SvgCanvas text(double x, double y, String text, String anchor, String cssClass) {
    return text(x, y, text, anchor, cssClass, null);
  }

  SvgCanvas text(double x, double y, String text, String anchor, String cssClass, String transform) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append('"');
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    if (transform != null) {
      out.append(" transform=\"").append(transform).append('"');
    }
    out.append('>').append(HtmlText.escape(text)).append("</text>");
    return this;
  }

  /** Centred text with extra CSS classes (e.g. {@code on-dark} for labels on dark cells). */
  SvgCanvas centeredText(double x, double y, String text, String cssClass) {
    return text(x, y, text, "middle", cssClass);
  }

  String close() {
    return out + "</svg>";
  }
}
