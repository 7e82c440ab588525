package bnlab.engine.nn;

import bnlab.engine.api.Moments;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * A c-order matrix [rows, cols] of float or double held in two places: an INDArray in native memory,
 * which BLAS and ND4J's ops read and write, and a Java array, which the element-wise loops of the
 * layers read and write (the JIT compiles a loop over a Java array to tight code; every ND4J call
 * costs ~10-25 us, and a loop through a native buffer runs slower). One bulk copy of a few thousand
 * values costs well under a microsecond.
 * <p>
 * Each side is brought up to date only when it is asked for: a writer says which side it wrote
 * ({@link #wroteHeap()}, {@link #wroteNative()}); a reader asks for the side it reads ({@link #heap()},
 * {@link #array()}, {@link #pointer()}). Owned by one layer (which says when it overwrites it), used
 * by one thread at a time.
 */
public abstract class Mat implements Moments.Values {
    public final int rows;
    public final int cols;
    public final int length;
    final INDArray array;
    /** The native side has values the heap side does not have yet. */
    private boolean heapStale;
    /** The heap side has values the native side does not have yet. */
    private boolean nativeStale;

    Mat(INDArray array) {
        this.array = array;
        this.rows = (int) array.rows();
        this.cols = (int) array.columns();
        this.length = rows * cols;
    }

    /** A new zero matrix; both sides agree. */
    public static Mat zeros(DataType type, int rows, int cols) {
        return of(Nd4j.create(type, rows, cols), false);
    }

    /**
     * A matrix over an existing [rows, cols] array (a contiguous c-order copy when it is a view or
     * strided). The heap side is loaded on first use; the array itself is Not modified unless the
     * caller writes the Mat.
     */
    public static Mat wrap(INDArray a) {
        if (a.rank() != 2) {
            a = a.reshape(a.size(0), a.length() / Math.max(1, a.size(0)));
        }
        boolean plain = !a.isView() && a.ordering() == 'c' && a.data().offset() == 0
                && (a.dataType() == DataType.FLOAT || a.dataType() == DataType.DOUBLE);
        return of(plain ? a : a.castTo(a.dataType() == DataType.DOUBLE ? DataType.DOUBLE : DataType.FLOAT).dup('c'),
                true);
    }

    private static Mat of(INDArray a, boolean heapStale) {
        Mat m = a.dataType() == DataType.DOUBLE ? new D(a) : new F(a);
        m.heapStale = heapStale;
        return m;
    }

    /** The same shape and type, zeros. */
    public Mat like() {
        return zeros(array.dataType(), rows, cols);
    }

    public DataType dataType() {
        return array.dataType();
    }

    /** The native side, up to date (stores the heap side first when it is newer). */
    public INDArray array() {
        if (nativeStale) {
            store();
            nativeStale = false;
        }
        return array;
    }

    /** The native address for BLAS, up to date. */
    public Pointer pointer() {
        array();
        return address();
    }

    /** The heap side, up to date: {@link #get} and friends read it after this. */
    public Mat heap() {
        if (heapStale) {
            load();
            heapStale = false;
        }
        return this;
    }

    /** The heap side was written: the native side is stale. */
    void wroteHeap() {
        heapStale = false;
        nativeStale = true;
    }

    /** The native side was written (BLAS, an ND4J op, a row copy): the heap side is stale. */
    public void wroteNative() {
        nativeStale = false;
        heapStale = true;
    }

    /**
     * Rows 0 .. count-1 of this matrix = rows idx[0 .. count-1] of src [*, cols] (same type, c-order,
     * not a view): native copies, row by row. src is Not modified.
     */
    public void gatherRows(INDArray src, int[] idx, int count) {
        if (src.columns() != cols || src.dataType() != array.dataType() || count > rows) {
            throw new IllegalArgumentException("gather: [" + src.rows() + ", " + src.columns() + "] "
                    + src.dataType() + " rows into " + rows + " x " + cols + " " + array.dataType());
        }
        copyRows(src, idx, count);
        wroteNative();
    }

    /** Rows from..from+rows-1 of src [*, cols] (same type, c-order, not a view) into this matrix. */
    public void copyRowsFrom(INDArray src, int from) {
        int[] idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = from + i;
        }
        gatherRows(src, idx, rows);
    }

    /** Row i = the one-hot vector of labels[idx[i]] (t[i, y] = 1, else 0) for i < count; other rows 0. */
    public void oneHotRows(int[] labels, int[] idx, int count) {
        for (int i = 0; i < length; i++) {
            set(i, 0.0);
        }
        for (int i = 0; i < count; i++) {
            set(i * cols + labels[idx[i]], 1.0);
        }
        wroteHeap();
    }

    abstract void copyRows(INDArray src, int[] idx, int count);

    /** The heap side's float array (for the vector kernels), or null for a double matrix. */
    abstract float[] floats();

    /** The heap side's array: a float[] or a double[] (for System.arraycopy between matrices of one type). */
    abstract Object heapArray();

    /** Value i of the heap side (row-major). */
    @Override
    public abstract double get(int i);

    /** Write value i of the heap side, rounded to the matrix's type. */
    abstract void set(int i, double v);

    /** v rounded to the matrix's type, as a double: float arithmetic step by step when the type is float. */
    abstract double round(double v);

    /** Per-column sums in the matrix's type, row after row (so the same bits as ND4J's sum over dimension 0). */
    abstract void columnSums(double[] out);

    /** The values as float, into reuse when it has the right length (from the heap side). */
    public abstract float[] copy(float[] reuse);

    /** The native address, as it is (a writer calls {@link #wroteNative()} after writing through it). */
    public abstract Pointer address();

    abstract void load();

    abstract void store();

    /** Float matrices: a float[] beside a FloatBuffer over the native memory. */
    private static final class F extends Mat {
        private final float[] h;
        private final FloatBuffer nio;
        private final FloatPointer ptr;
        private float[] sums;

        F(INDArray a) {
            super(a);
            h = new float[length];
            nio = a.data().asNioFloat();
            ptr = (FloatPointer) a.data().addressPointer();
        }

        @Override
        public double get(int i) {
            return h[i];
        }

        @Override
        void set(int i, double v) {
            h[i] = (float) v;
        }

        @Override
        double round(double v) {
            return (float) v;
        }

        @Override
        float[] floats() {
            return h;
        }

        @Override
        Object heapArray() {
            return h;
        }

        @Override
        void columnSums(double[] out) {
            if (sums == null) {
                sums = new float[cols];
            }
            float[] s = sums;
            VectorKernels k = Simd.on(this);
            if (k != null) {
                k.columnSums(h, rows, cols, s);
            } else {
                java.util.Arrays.fill(s, 0f);
                for (int r = 0; r < rows; r++) {
                    int o = r * cols;
                    for (int j = 0; j < cols; j++) {
                        s[j] += h[o + j];
                    }
                }
            }
            for (int j = 0; j < cols; j++) {
                out[j] = s[j];
            }
        }

        @Override
        public float[] copy(float[] reuse) {
            heap();
            float[] out = reuse != null && reuse.length == length ? reuse : new float[length];
            System.arraycopy(h, 0, out, 0, length);
            return out;
        }

        @Override
        public Pointer address() {
            return ptr;
        }

        @Override
        void load() {
            nio.get(0, h, 0, length);
        }

        @Override
        void store() {
            nio.put(0, h, 0, length);
        }

        @Override
        void copyRows(INDArray src, int[] idx, int count) {
            FloatBuffer from = src.data().asNioFloat();
            for (int i = 0; i < count; i++) {
                nio.put(i * cols, from, idx[i] * cols, cols);
            }
        }
    }

    /** Double matrices (the gradient checks run in float64). */
    private static final class D extends Mat {
        private final double[] h;
        private final DoubleBuffer nio;
        private final DoublePointer ptr;

        D(INDArray a) {
            super(a);
            h = new double[length];
            nio = a.data().asNioDouble();
            ptr = (DoublePointer) a.data().addressPointer();
        }

        @Override
        public double get(int i) {
            return h[i];
        }

        @Override
        void set(int i, double v) {
            h[i] = v;
        }

        @Override
        double round(double v) {
            return v;
        }

        @Override
        float[] floats() {
            return null;
        }

        @Override
        Object heapArray() {
            return h;
        }

        @Override
        void columnSums(double[] out) {
            java.util.Arrays.fill(out, 0, cols, 0.0);
            for (int r = 0; r < rows; r++) {
                int o = r * cols;
                for (int j = 0; j < cols; j++) {
                    out[j] += h[o + j];
                }
            }
        }

        @Override
        public float[] copy(float[] reuse) {
            heap();
            float[] out = reuse != null && reuse.length == length ? reuse : new float[length];
            for (int i = 0; i < length; i++) {
                out[i] = (float) h[i];
            }
            return out;
        }

        @Override
        public Pointer address() {
            return ptr;
        }

        @Override
        void load() {
            nio.get(0, h, 0, length);
        }

        @Override
        void store() {
            nio.put(0, h, 0, length);
        }

        @Override
        void copyRows(INDArray src, int[] idx, int count) {
            DoubleBuffer from = src.data().asNioDouble();
            for (int i = 0; i < count; i++) {
                nio.put(i * cols, from, idx[i] * cols, cols);
            }
        }
    }
}
