package org.seq4j.nn.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measurement of one benchmark phase ({@code train}, {@code infer}, {@code decode_greedy}).
 *
 * @param phase          phase name, as the peer spells it
 * @param stepSeconds    median seconds per step
 * @param tokens         tokens processed per step (target tokens for seq2seq, tagged tokens for the tagger)
 * @param sentences      sentences per step
 * @param params         parameter count for the train phase, or -1 where the peer does not report it
 * @param reportSentences whether to report sentences per second (the peer does for decoding)
 */
public record PhaseResult(String phase, double stepSeconds, long tokens, long sentences, long params,
        boolean reportSentences) {

    /** Rounding of the peer: {@code round(step_s, 4)} and {@code round(x_per_s, 1)}. */
    private static final double STEP_SCALE = 1e4;
    private static final double RATE_SCALE = 10;
    private static final long NOT_REPORTED = -1;

    static PhaseResult train(double stepSeconds, long tokens, long sentences, long params) {
        return new PhaseResult("train", stepSeconds, tokens, sentences, params, false);
    }

    /** An inference phase: no parameter count; sentences/s reported when {@code reportSentences}. */
    public static PhaseResult inference(String phase, double stepSeconds, long tokens, long sentences,
            boolean reportSentences) {
        return new PhaseResult(phase, stepSeconds, tokens, sentences, NOT_REPORTED, reportSentences);
    }

    public double tokensPerSecond() {
        return tokens / stepSeconds;
    }

    public double sentencesPerSecond() {
        return sentences / stepSeconds;
    }

    /** The phase's JSON fields in the peer's order (after the common ones). */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("phase", phase);
        if (params != NOT_REPORTED) {
            fields.put("params", params);
        }
        fields.put("step_s", Math.round(stepSeconds * STEP_SCALE) / STEP_SCALE);
        if (reportSentences) {
            fields.put("sentences_per_s", Math.round(sentencesPerSecond() * RATE_SCALE) / RATE_SCALE);
        }
        fields.put("tokens_per_s", Math.round(tokensPerSecond() * RATE_SCALE) / RATE_SCALE);
        return fields;
    }
}
