package bnlab.engine.nn;

import bnlab.engine.api.Moments;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * Direct element access to a contiguous c-order INDArray's native memory, for the element-wise loops
 * of BN and the activations: one JIT-compiled Java loop over a few thousand values costs less than
 * the ~10-25 us of overhead of each ND4J call (see DESIGN.md). Values are read and written in place.
 */
abstract class Buf implements Moments.Values {
    final int length;

    Buf(int length) {
        this.length = length;
    }

    @Override
    public abstract double get(int i);

    abstract void set(int i, double v);

    /** a itself when Buf can wrap it, otherwise a contiguous copy. */
    static INDArray contiguous(INDArray a) {
        return a.isView() || a.ordering() != 'c' || a.data().offset() != 0 ? a.dup('c') : a;
    }

    static Buf of(INDArray a) {
        if (a.isView() || a.ordering() != 'c' || a.data().offset() != 0) {
            throw new IllegalArgumentException("Buf needs a contiguous c-order array that owns its buffer");
        }
        int n = (int) a.length();
        if (a.dataType() == DataType.FLOAT) {
            return new F(a.data().asNioFloat(), n);
        }
        if (a.dataType() == DataType.DOUBLE) {
            return new D(a.data().asNioDouble(), n);
        }
        throw new IllegalArgumentException("unsupported data type " + a.dataType());
    }

    private static final class F extends Buf {
        private final FloatBuffer b;

        F(FloatBuffer b, int n) {
            super(n);
            this.b = b;
        }

        @Override
        public double get(int i) {
            return b.get(i);
        }

        @Override
        void set(int i, double v) {
            b.put(i, (float) v);
        }
    }

    private static final class D extends Buf {
        private final DoubleBuffer b;

        D(DoubleBuffer b, int n) {
            super(n);
            this.b = b;
        }

        @Override
        public double get(int i) {
            return b.get(i);
        }

        @Override
        void set(int i, double v) {
            b.put(i, v);
        }
    }
}
