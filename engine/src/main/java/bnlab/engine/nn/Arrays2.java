package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies out of ND4J arrays into plain Java arrays (for the probes' trace, which outlives the pass). */
public final class Arrays2 {
    private Arrays2() {
    }

    /**
     * The values of a (c-order, contiguous or not) array as float, into {@code reuse} when it has the
     * right length, else into a new array. The source is not modified.
     */
    public static float[] copy(INDArray a, float[] reuse) {
        INDArray c = Buf.contiguous(a);
        Buf b = Buf.of(c);
        float[] out = reuse != null && reuse.length == b.length ? reuse : new float[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) b.get(i);
        }
        return out;
    }

    /** The values as double, into {@code reuse} when it has the right length. */
    public static double[] copy(INDArray a, double[] reuse) {
        INDArray c = Buf.contiguous(a);
        Buf b = Buf.of(c);
        double[] out = reuse != null && reuse.length == b.length ? reuse : new double[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
