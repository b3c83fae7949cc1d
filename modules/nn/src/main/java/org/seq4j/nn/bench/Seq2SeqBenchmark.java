package org.seq4j.nn.bench;

import java.util.ArrayList;
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
import org.seq4j.nn.optim.Adam;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * The peer's encoder-decoder: source and target embeddings, an L-layer BiLSTM encoder whose output
 * at the last time step is the context vector, concatenated to every decoder input; a 1-layer LSTM
 * decoder of size 2H; {@code Linear(2H, V)}; cross-entropy; Adam. Phases {@code train} (teacher
 * forcing on {@code len} target tokens) and {@code decode_greedy} (the encoder once, then
 * {@code len} single decoder steps with {@link RecurrentStack#step}, each feeding back its argmax).
 * The peer's repetitions: train {@code warmup}/{@code steps}, decode 1/{@code max(3, steps/2)}.
 */
final class Seq2SeqBenchmark implements ThroughputBenchmark {
    static final String WORKLOAD = "seq2seq";
    private static final int DECODE_WARMUP = 1;
    private static final int MIN_DECODE_STEPS = 3;
    private static final int DECODE_STEP_DIVISOR = 2;
    private static final int FEATURE_AXIS = 2;
    private static final int CLASS_AXIS = 1;
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
        int decodeSteps = Math.max(MIN_DECODE_STEPS, options.steps() / DECODE_STEP_DIVISOR);
        double decode = StepTimer.medianSeconds(this::greedyDecode, DECODE_WARMUP, decodeSteps);
        return List.of(PhaseResult.train(train, tokens, options.batch(), parameterCount()),
                PhaseResult.inference("decode_greedy", decode, tokens, options.batch(), true));
    }

    /** One teacher-forced training step; returns the loss. */
    double trainStep() {
        parameters.zeroGradients();
        int len = options.len();
        RecurrentPass encoded = encoder.forward(sourceEmbedding.forward(source), null, null, true);
        INDArray contextVector = lastStep(encoded.output());
        INDArray decoderInput = Nd4j.concat(FEATURE_AXIS, targetEmbedding.forward(targetIn),
                contextVector.reshape('c', 1, options.batch(), context).broadcast(len, options.batch(), context));
        RecurrentPass decoded = decoder.forward(decoderInput, null, null, true);
        INDArray logits = output.forward(decoded.output());
        LossAndGradient lossAndGradient = loss.lossAndGradient(logits, targetOut, null);
        INDArray dDecoded = output.backward(decoded.output(), lossAndGradient.gradient());
        INDArray dDecoderInput = decoder.backward(decoded, dDecoded, null).input();
        targetEmbedding.backward(targetIn, featureColumns(dDecoderInput, 0, options.emb()));
        INDArray dContext = featureColumns(dDecoderInput, options.emb(), options.emb() + context).sum(0);
        INDArray dEncoded = Nd4j.zeros(FLOAT, len, options.batch(), context);
        dEncoded.get(NDArrayIndex.point(len - 1), NDArrayIndex.all(), NDArrayIndex.all()).assign(dContext);
        SequenceGradient encoderGradient = encoder.backward(encoded, dEncoded, null);
        sourceEmbedding.backward(source, encoderGradient.input());
        adam.step();
        return lossAndGradient.loss();
    }

    /** Greedy decoding of the whole batch; returns the token ids of every step, {@code [len, batch]}. */
    INDArray greedyDecode() {
        INDArray contextVector = lastStep(encoder.forward(sourceEmbedding.forward(source), null, null, false).output());
        INDArray token = Nd4j.valueArrayOf(new long[] {options.batch()}, BenchOptions.BEGIN_ID, DataType.INT);
        RecurrentState state = null;
        List<INDArray> tokens = new ArrayList<>();
        for (int t = 0; t < options.len(); t++) {
            INDArray input = Nd4j.concat(1, targetEmbedding.forward(token), contextVector);
            state = decoder.step(input, state);
            INDArray top = decoder.layerStates(state).get(decoder.layers().size() - 1).hidden();
            token = output.forward(top).argMax(CLASS_AXIS);
            tokens.add(token);
        }
        return Nd4j.vstack(tokens.stream().map(x -> x.reshape(1, options.batch())).toArray(INDArray[]::new));
    }

    /** The encoder output at the last time step, {@code [batch, 2H]}: the peer's {@code o[:, -1, :]}. */
    private INDArray lastStep(INDArray encoderOutput) {
        return encoderOutput.get(NDArrayIndex.point(options.len() - 1), NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
    }

    private static INDArray featureColumns(INDArray sequence, long from, long to) {
        return sequence.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }
}
