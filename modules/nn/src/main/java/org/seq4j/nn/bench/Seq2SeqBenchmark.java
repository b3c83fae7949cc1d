package org.seq4j.nn.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.layers.RowArgMax;
import org.seq4j.nn.linalg.NativeMemory;
import org.seq4j.nn.optim.Adam;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.nn.rnn.FixedInput;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * The peer's encoder-decoder: source and target embeddings, an L-layer BiLSTM encoder whose output
 * at the last time step is the context vector, concatenated to every decoder input; a 1-layer LSTM
 * decoder of size 2H; {@code Linear(2H, V)}; cross-entropy; Adam. Phases {@code train} (teacher
 * forcing on {@code len} target tokens) and {@code decode_greedy} (the encoder once, then
 * {@code len} single decoder steps with {@link RecurrentStack#step}, each feeding back its argmax;
 * like the peer's loop it always runs {@code len} steps and never stops at an end token).
 * The peer's repetitions: train {@code warmup}/{@code steps}, decode 1/{@code max(3, steps/2)}.
 */
final class Seq2SeqBenchmark implements ThroughputBenchmark {
    static final String WORKLOAD = "seq2seq";
    private static final DataType FLOAT = DataType.FLOAT;

    private final BenchOptions options;
    private final int context;
    private final Embedding sourceEmbedding;
    private final Embedding targetEmbedding;
    private final RecurrentStack encoder;
    private final RecurrentStack decoder;
    private final Linear output;
    private final MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(0.0);
    private final ParameterSet parameters = new ParameterSet();
    private final Adam adam;
    private final INDArray source;
    private final INDArray targetIn;
    private final INDArray targetOut;

    Seq2SeqBenchmark(BenchOptions options) {
        this.options = options;
        this.context = 2 * options.hidden();
        SplittableRandom seeds = new SplittableRandom(options.seed());
        sourceEmbedding = Embedding.random("src_emb", options.vocab(), options.emb(), Embedding.NO_PADDING,
                Embedding.DEFAULT_INIT_STDDEV, FLOAT, seeds.nextLong());
        targetEmbedding = Embedding.random("tgt_emb", options.vocab(), options.emb(), Embedding.NO_PADDING,
                Embedding.DEFAULT_INIT_STDDEV, FLOAT, seeds.nextLong());
        encoder = RecurrentStack.bidirectional("enc", CellType.LSTM, options.emb(), options.hidden(), options.layers(),
                0.0, FLOAT, seeds.nextLong());
        decoder = RecurrentStack.unidirectional("dec", CellType.LSTM, options.emb() + context, context, 1, 0.0, FLOAT,
                seeds.nextLong());
        output = Linear.create("out", context, options.vocab(), FLOAT, seeds.nextLong());
        parameters.addAll(sourceEmbedding.trainableParameters());
        parameters.addAll(targetEmbedding.trainableParameters());
        parameters.addAll(encoder.parameters());
        parameters.addAll(decoder.parameters());
        parameters.addAll(output.parameters());
        adam = new Adam(parameters, LEARNING_RATE);
        SyntheticIds ids = new SyntheticIds(seeds.nextLong());
        int len = options.len();
        source = ids.next(len, options.batch(), BenchOptions.FIRST_WORD_ID, options.vocab());
        INDArray target = ids.next(len + 1, options.batch(), BenchOptions.FIRST_WORD_ID, options.vocab());
        targetIn = target.get(NDArrayIndex.interval(0, len), NDArrayIndex.all()).dup('c');
        targetOut = target.get(NDArrayIndex.interval(1, len + 1), NDArrayIndex.all()).dup('c');
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
        double decode = StepTimer.medianSeconds(this::greedyDecode, BenchOptions.DECODE_WARMUP,
                options.decodeRepetitions());
        return List.of(PhaseResult.train(train, tokens, options.batch(), parameterCount()),
                PhaseResult.inference("decode_greedy", decode, tokens, options.batch(), true));
    }

    /**
     * One teacher-forced training step; returns the loss. Temporaries are freed as soon as they are
     * dead (see {@link NativeMemory}), as the peer's tensors are by reference counting.
     */
    double trainStep() {
        parameters.zeroGradients();
        int len = options.len();
        INDArray sourceEmbedded = sourceEmbedding.forward(source);
        RecurrentPass encoded = encoder.forward(sourceEmbedded, null, null, true);
        INDArray contextVector = lastStep(encoded.output());
        INDArray targetEmbedded = targetEmbedding.forward(targetIn);
        INDArray decoderInput = DecoderInputs.withContext(targetEmbedded, contextVector);
        RecurrentPass decoded = decoder.forward(decoderInput, null, null, true);
        INDArray logits = output.forward(decoded.output());
        LossAndGradient lossAndGradient = loss.lossAndGradientInPlace(logits, targetOut, null);
        INDArray dDecoded = output.backward(decoded.output(), lossAndGradient.gradient());
        NativeMemory.release(logits);
        INDArray dDecoderInput = decoder.backward(decoded, dDecoded, null).input();
        NativeMemory.release(dDecoded, decoded.output(), decoderInput, targetEmbedded);
        DecoderInputs.Split split = DecoderInputs.split(dDecoderInput, options.emb());
        targetEmbedding.backward(targetIn, split.embedded());
        INDArray dEncoded = Nd4j.zeros(FLOAT, len, options.batch(), context);
        dEncoded.get(NDArrayIndex.point(len - 1), NDArrayIndex.all(), NDArrayIndex.all()).assign(split.context());
        NativeMemory.release(dDecoderInput, split.embedded(), split.context());
        SequenceGradient encoderGradient = encoder.backward(encoded, dEncoded, null);
        sourceEmbedding.backward(source, encoderGradient.input());
        NativeMemory.release(dEncoded, encoded.output(), contextVector, sourceEmbedded, encoderGradient.input());
        adam.step();
        return lossAndGradient.loss();
    }

    /**
     * Greedy decoding of the whole batch; returns the token ids of every step, {@code [len, batch]}.
     * The context vector's share of the decoder's input projection is computed once ({@link FixedInput}),
     * so a step multiplies only the embedded token: the same function as the peer's
     * {@code dec(cat([emb, ctx]))}, which multiplies the repeated context again at every step.
     */
    INDArray greedyDecode() {
        INDArray sourceEmbedded = sourceEmbedding.forward(source);
        INDArray encoded = encoder.forward(sourceEmbedded, null, null, false).output();
        INDArray contextVector = lastStep(encoded);
        FixedInput context = decoder.fixInput(contextVector, options.emb());
        NativeMemory.release(sourceEmbedded, encoded);
        int[] token = new int[options.batch()];
        Arrays.fill(token, BenchOptions.BEGIN_ID);
        RecurrentState state = null;
        int[][] tokens = new int[options.len()][];
        for (int t = 0; t < options.len(); t++) {
            INDArray embedded = targetEmbedding.forward(Nd4j.createFromArray(token));
            RecurrentState next = decoder.step(embedded, context, state);
            if (state != null) {
                NativeMemory.release(state.hidden(), state.cell());
            }
            state = next;
            INDArray top = decoder.layerStates(state).get(decoder.layers().size() - 1).hidden();
            INDArray logits = output.forward(top);
            token = RowArgMax.of(logits);
            tokens[t] = token;
            NativeMemory.release(embedded, logits);
            if (top != state.hidden()) {
                NativeMemory.release(top);
            }
        }
        NativeMemory.release(contextVector);
        return Nd4j.createFromArray(tokens);
    }

    /** The encoder output at the last time step, {@code [batch, 2H]}: the peer's {@code o[:, -1, :]}. */
    private INDArray lastStep(INDArray encoderOutput) {
        return encoderOutput.get(NDArrayIndex.point(options.len() - 1), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
    }
}
