package org.seq4j.corpus.batch;

/**
 * What batching does with an example that has a zero-length sequence (an empty tagging
 * sentence; a translation pair whose source or target is empty).
 *
 * <p>Neither choice crashes. {@link #KEEP_MASKED} is the default because nothing silently
 * disappears: every example index appears in exactly one batch, which evaluation and prediction
 * need to map outputs back to inputs. An empty sequence then occupies one time step holding
 * {@link Padding#PAD_ID} with mask 0 (a batch always has at least one time step, since recurrent
 * layers cannot run over zero steps), so it contributes nothing to a masked loss. Training may
 * prefer {@link #SKIP}, which drops such examples from the plan and reports them in {@link
 * BatchPlan#skippedExamples()} so the caller can count them.
 */
public enum EmptySequencePolicy {
  /** Keep the example; its empty sequence is one padded, fully masked time step. */
  KEEP_MASKED,
  /** Leave the example out of every batch and list it in {@link BatchPlan#skippedExamples()}. */
  SKIP
}
