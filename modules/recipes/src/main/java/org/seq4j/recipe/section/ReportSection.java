package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choiceList;

import java.util.List;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code report}: human-readable reports. report.json is always written by the run itself.
 *
 * @param formats report formats the report stage writes
 */
public record ReportSection(List<Format> formats) {

  /** Human-readable report formats. */
  public enum Format {
    MD,
    HTML
  }

  public static final Setting<List<Format>> FORMATS =
      Setting.of("formats", choiceList(Format.class), List.of(Format.MD, Format.HTML),
          "Report formats written besides report.json");

  public static final SectionSchema SCHEMA = SectionSchema.of("report", "Reports", FORMATS);

  public static ReportSection from(SectionValues v) {
    return new ReportSection(v.get(FORMATS));
  }
}
