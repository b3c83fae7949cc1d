package org.seq4j.nn.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.linalg.NativeMemory;
import org.seq4j.nn.optim.Adam;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * The peer's tagger: {@code Embedding(V, E) -> L-layer BiLSTM(H) -> Linear(2H, K) -> cross-entropy},
 * Adam. Phases {@code train} (forward, backward, Adam step) and {@code infer} (forward and argmax);
 * tokens per step = batch x len. The peer's timing repetitions: train {@code warmup}/{@code steps},
 * infer 2/{@code steps}.
 */
final class TaggerBenchmark implements ThroughputBenchmark {
    static final String WORKLOAD = "tagger";
    private static final int INFER_WARMUP = 2;
    private static final int CLASS_AXIS = 2;
    private static final DataType FLOAT = DataType.FLOAT;

    private final BenchOptions options;
    private final Embedding embedding;
    private final RecurrentStack encoder;
    private final Linear output;
    private final MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(0.0);
    private final ParameterSet parameters = new ParameterSet();
    private final Adam adam;
    private final INDArray words;
    private final INDArray tags;

    TaggerBenchmark(BenchOptions options) {
        this.options = options;
        SplittableRandom seeds = new SplittableRandom(options.seed());
        embedding = Embedding.random("emb", options.vocab(), options.emb(), Embedding.NO_PADDING,
                Embedding.DEFAULT_INIT_STDDEV, FLOAT, seeds.nextLong());
        encoder = RecurrentStack.bidirectional("rnn", CellType.LSTM, options.emb(), options.hidden(), options.layers(),
                0.0, FLOAT, seeds.nextLong());
        output = Linear.create("out", 2 * options.hidden(), options.tags(), FLOAT, seeds.nextLong());
        parameters.addAll(embedding.trainableParameters());
        parameters.addAll(encoder.parameters());
        parameters.addAll(output.parameters());
        adam = new Adam(parameters, LEARNING_RATE);
        SyntheticIds ids = new SyntheticIds(seeds.nextLong());
        words = ids.next(options.len(), options.batch(), BenchOptions.FIRST_WORD_ID, options.vocab());
        tags = ids.next(options.len(), options.batch(), 0, options.tags());
    }

    @Override
    public String workload() {
        return WORKLOAD;
    }

    @Override
    public long parameterCount() {
        return parameters.count();
    }

    @Override
    public List<PhaseResult> run() {
        long tokens = (long) options.batch() * options.len();
        double train = StepTimer.medianSeconds(this::trainStep, options.warmup(), options.steps());
        double infer = StepTimer.medianSeconds(this::inferStep, INFER_WARMUP, options.steps());
        return List.of(PhaseResult.train(train, tokens, options.batch(), parameterCount()),
                PhaseResult.inference("infer", infer, tokens, options.batch(), false));
    }

    /**
     * One training step; returns the loss. Temporaries are freed as soon as they are dead (see
     * {@link NativeMemory}), as the peer's tensors are by reference counting.
     */
    double trainStep() {
        parameters.zeroGradients();
        INDArray x = embedding.forward(words);
        RecurrentPass pass = encoder.forward(x, null, null, true);
        INDArray logits = output.forward(pass.output());
        LossAndGradient lossAndGradient = loss.lossAndGradientInPlace(logits, tags, null);
        INDArray dHidden = output.backward(pass.output(), lossAndGradient.gradient());
        NativeMemory.release(logits);
        SequenceGradient gradient = encoder.backward(pass, dHidden, null);
        NativeMemory.release(dHidden, pass.output(), x);
        embedding.backward(words, gradient.input());
        NativeMemory.release(gradient.input());
        adam.step();
        return lossAndGradient.loss();
    }

    /** Predicted tags {@code [len, batch]}. */
    INDArray inferStep() {
        INDArray x = embedding.forward(words);
        INDArray hidden = encoder.forward(x, null, null, false).output();
        INDArray logits = output.forward(hidden);
        INDArray tags = logits.argMax(CLASS_AXIS);
        NativeMemory.release(x, hidden, logits);
        return tags;
    }
}
