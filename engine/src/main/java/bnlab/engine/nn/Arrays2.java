package bnlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies and reductions of ND4J arrays in Java (for the probes' trace, which outlives the pass). */
public final class Arrays2 {
    private Arrays2() {
    }

    /**
     * The values of a (c-order, contiguous or not) array as float, into {@code reuse} when it has the
     * right length, else into a new array. The source is not modified.
     */
    public static float[] copy(INDArray a, float[] reuse) {
        if (plain(a) && a.dataType() == DataType.FLOAT) {
            int n = (int) a.length();
            float[] out = reuse != null && reuse.length == n ? reuse : new float[n];
            a.data().asNioFloat().get(0, out, 0, n);
            return out;
        }
        return Mat.wrap(a).copy(reuse);
    }

    /** The values as double, into {@code reuse} when it has the right length. */
    public static double[] copy(INDArray a, double[] reuse) {
        Mat m = Mat.wrap(a).heap();
        double[] out = reuse != null && reuse.length == m.length ? reuse : new double[m.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.get(i);
        }
        return out;
    }

    /**
     * ||a|| = sqrt(sum a_i^2), summed element after element in the array's type (float for float
     * arrays), as libnd4j's norm2 reduction does on one thread: the same bits as a.norm2Number(),
     * without the result array that ND4J allocates for every reduction.
     */
    public static double norm2(INDArray a) {
        if (plain(a) && a.dataType() == DataType.FLOAT) {
            java.nio.FloatBuffer b = a.data().asNioFloat();
            float s = 0f;
            for (int i = 0, n = (int) a.length(); i < n; i++) {
                float v = b.get(i);
                s += v * v;
            }
            return (float) Math.sqrt(s);
        }
        Mat m = Mat.wrap(a).heap();
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s = m.round(s + m.round(m.get(i) * m.get(i)));
        }
        return m.round(Math.sqrt(s));
    }

    /** mean(a) = sum a_i / n, summed element after element in the array's type: a.meanNumber()'s bits. */
    public static double mean(INDArray a) {
        Mat m = Mat.wrap(a).heap();
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s = m.round(s + m.get(i));
        }
        return m.round(s / m.length);
    }

    private static boolean plain(INDArray a) {
        return !a.isView() && a.ordering() == 'c' && a.data().offset() == 0;
    }
}
