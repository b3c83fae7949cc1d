package org.seq4j.nn.rnn;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.RnnLossLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.seq4j.nn.backend.NativeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forward+backward of a 2-layer bidirectional LSTM, FLOAT, at tagger (32x25, in 100, H 128) and
 * seq2seq (64x20, in 256, H 256) shapes: seq4j's {@link RecurrentStack} against DL4J's
 * {@code Bidirectional(LSTM)} in a MultiLayerNetwork (computeGradientAndScore with a parameter-free
 * MSE loss layer) and against libnd4j's fused {@code lstmLayer}/{@code lstmLayer_bp} ops. The three
 * run interleaved, one call each per round, in the same JVM; medians are logged. Not a test: runs
 * only with {@code -Dseq4j.bench=true} and asserts nothing.
 * <pre>mvn -B -o -q -pl modules/nn test -Dtest=RecurrentBenchmark -Dseq4j.bench=true</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.bench", matches = "true")
class RecurrentBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(RecurrentBenchmark.class);
    private static final int LAYERS = 2;
    private static final int WARMUP = 5;
    private static final int ROUNDS = 20;
    private static final double NANOS_PER_MILLI = 1e6;
    private static final DataType FLOAT = DataType.FLOAT;

    private record Shape(String name, int batch, int time, int input, int hidden) {
    }

    @Test
    void measure() {
        NativeBackend.configureFromEnvironment();
        for (Shape shape : List.of(new Shape("tagger", 32, 25, 100, 128), new Shape("seq2seq", 64, 20, 256, 256))) {
            List<Supplier<Object>> work = List.of(seq4j(shape), dl4j(shape), fused(shape));
            List<String> names = List.of("seq4j RecurrentStack", "DL4J Bidirectional(LSTM) MLN", "libnd4j lstmLayer fused");
            double[][] times = new double[work.size()][ROUNDS];
            for (int i = 0; i < WARMUP; i++) {
                work.forEach(Supplier::get);
            }
            for (int r = 0; r < ROUNDS; r++) {
                for (int w = 0; w < work.size(); w++) {
                    long start = System.nanoTime();
                    work.get(w).get();
                    times[w][r] = (System.nanoTime() - start) / NANOS_PER_MILLI;
                }
            }
            for (int w = 0; w < work.size(); w++) {
                LOG.info("BENCH {} batch {} len {} in {} hidden {} x{} bi-LSTM layers, forward+backward: {} median {} ms",
                        shape.name(), shape.batch(), shape.time(), shape.input(), shape.hidden(), LAYERS, names.get(w),
                        String.format("%.1f", median(times[w])));
            }
        }
    }

    private static Supplier<Object> seq4j(Shape s) {
        RecurrentStack stack = RecurrentStack.bidirectional("bench", CellType.LSTM, s.input(), s.hidden(), LAYERS, 0.0, FLOAT, 1);
        INDArray x = Nd4j.rand(FLOAT, s.time(), s.batch(), s.input());
        INDArray dOut = Nd4j.rand(FLOAT, s.time(), s.batch(), 2 * s.hidden());
        return () -> {
            RecurrentPass pass = stack.forward(x, null, null, true);
            return stack.backward(pass, dOut, null);
        };
    }

    private static Supplier<Object> dl4j(Shape s) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1).dataType(FLOAT)
                .trainingWorkspaceMode(NativeBackend.TRAINING_WORKSPACE_MODE)
                .inferenceWorkspaceMode(NativeBackend.INFERENCE_WORKSPACE_MODE).list();
        for (int l = 0; l < LAYERS; l++) {
            list.layer(new Bidirectional(Bidirectional.Mode.CONCAT, new LSTM.Builder()
                    .nIn(l == 0 ? s.input() : 2 * s.hidden()).nOut(s.hidden()).activation(Activation.TANH)
                    .dataFormat(RNNFormat.NCW).build()));
        }
        list.layer(new RnnLossLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY)
                .dataFormat(RNNFormat.NCW).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray x = Nd4j.rand(FLOAT, s.batch(), s.input(), s.time());
        INDArray y = Nd4j.rand(FLOAT, s.batch(), 2 * s.hidden(), s.time());
        return () -> {
            net.setInput(x);
            net.setLabels(y);
            net.computeGradientAndScore();
            return net.score();
        };
    }

    /** Two fused bidirectional layers: forward both, then lstmLayer_bp top-down (it re-runs forward inside). */
    private static Supplier<Object> fused(Shape s) {
        int h = s.hidden();
        INDArray[] wx = {Nd4j.rand(FLOAT, 2, s.input(), 4L * h).subi(0.5).muli(0.1),
                Nd4j.rand(FLOAT, 2, 2L * h, 4L * h).subi(0.5).muli(0.1)};
        INDArray[] wr = {Nd4j.rand(FLOAT, 2, h, 4L * h).subi(0.5).muli(0.1), Nd4j.rand(FLOAT, 2, h, 4L * h).subi(0.5).muli(0.1)};
        INDArray[] b = {Nd4j.zeros(FLOAT, 2, 4L * h), Nd4j.zeros(FLOAT, 2, 4L * h)};
        INDArray x = Nd4j.rand(FLOAT, s.batch(), s.time(), s.input());
        INDArray dOut = Nd4j.rand(FLOAT, s.batch(), s.time(), 2L * h);
        return () -> {
            INDArray[] inputs = new INDArray[LAYERS + 1];
            inputs[0] = x;
            for (int l = 0; l < LAYERS; l++) {
                inputs[l + 1] = Nd4j.createUninitialized(FLOAT, s.batch(), s.time(), 2L * h);
                Nd4j.exec(lstmOp("lstmLayer", new INDArray[] {inputs[l], wx[l], wr[l], b[l]}, new INDArray[] {inputs[l + 1]}));
            }
            INDArray d = dOut;
            for (int l = LAYERS - 1; l >= 0; l--) {
                INDArray dx = inputs[l].ulike();
                Nd4j.exec(lstmOp("lstmLayer_bp", new INDArray[] {inputs[l], wx[l], wr[l], b[l], d},
                        new INDArray[] {dx, wx[l].ulike(), wr[l].ulike(), b[l].ulike()}));
                d = dx;
            }
            return d;
        };
    }

    private static DynamicCustomOp lstmOp(String name, INDArray[] inputs, INDArray[] outputs) {
        return DynamicCustomOp.builder(name)
                .addInputs(inputs)
                .addOutputs(outputs)
                .addIntegerArguments(1, 3, 2, 0, 0)
                .addFloatingPointArguments(0.0)
                .addBooleanArguments(true, false, false, false, false, true, false, false)
                .build();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
