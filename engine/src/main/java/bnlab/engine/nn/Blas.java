package bnlab.engine.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dasum;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_daxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dcopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dnrm2;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dscal;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sasum;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_saxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_scopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_snrm2;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sscal;

/**
 * OpenBLAS called directly on native addresses, the same library and the same calls that ND4J makes:
 * Nd4j.gemm goes through libnd4j's matmul op (~35 us of overhead per call on these machines) to the
 * cblas_?gemm below with the same arguments, so the products are the same bits (BlasTest checks it).
 * One BLAS thread (see {@link Nd4jSetup}); OpenBLAS is built with locking, so two threads may call it
 * at once on separate arrays. Matrices are c-order (row-major) [rows, cols]; nothing is allocated.
 */
public final class Blas {
    private Blas() {
    }

    // C = op(A) op(B)     op(A) [m, k], op(B) [k, n], C [m, n]; A stored [ra, ca], B stored [rb, cb]
    public static void gemm(DataType t, Pointer a, int ra, int ca, boolean ta, Pointer b, int rb, int cb, boolean tb,
                     Pointer c) {
        int m = ta ? ca : ra;
        int k = ta ? ra : ca;
        int n = tb ? rb : cb;
        if ((tb ? cb : rb) != k) {
            throw new IllegalArgumentException("gemm: op(A) is [" + m + ", " + k + "], op(B) has " + (tb ? cb : rb)
                    + " rows");
        }
        int opA = ta ? CblasTrans : CblasNoTrans;
        int opB = tb ? CblasTrans : CblasNoTrans;
        if (t == DataType.FLOAT) {
            cblas_sgemm(CblasRowMajor, opA, opB, m, n, k, 1f, (FloatPointer) a, ca, (FloatPointer) b, cb, 0f,
                    (FloatPointer) c, n);
        } else {
            cblas_dgemm(CblasRowMajor, opA, opB, m, n, k, 1.0, (DoublePointer) a, ca, (DoublePointer) b, cb, 0.0,
                    (DoublePointer) c, n);
        }
    }

    // y = y + alpha x      (alpha rounded to the type first, as ND4J's axpy does)
    public static void axpy(DataType t, long n, double alpha, Pointer x, Pointer y) {
        if (t == DataType.FLOAT) {
            cblas_saxpy((int) n, (float) alpha, (FloatPointer) x, 1, (FloatPointer) y, 1);
        } else {
            cblas_daxpy((int) n, alpha, (DoublePointer) x, 1, (DoublePointer) y, 1);
        }
    }

    // y = x
    public static void copy(DataType t, long n, Pointer x, Pointer y) {
        if (t == DataType.FLOAT) {
            cblas_scopy((int) n, (FloatPointer) x, 1, (FloatPointer) y, 1);
        } else {
            cblas_dcopy((int) n, (DoublePointer) x, 1, (DoublePointer) y, 1);
        }
    }

    // x = alpha x
    public static void scal(DataType t, long n, double alpha, Pointer x) {
        if (t == DataType.FLOAT) {
            cblas_sscal((int) n, (float) alpha, (FloatPointer) x, 1);
        } else {
            cblas_dscal((int) n, alpha, (DoublePointer) x, 1);
        }
    }

    /**
     * ||x|| (Euclidean), summed by OpenBLAS in double without overflow for float data; NaN or
     * infinity when an element is.
     */
    public static double nrm2(DataType t, long n, Pointer x) {
        return t == DataType.FLOAT ? cblas_snrm2((int) n, (FloatPointer) x, 1) : cblas_dnrm2((int) n, (DoublePointer) x, 1);
    }

    /** sum |x_i|, summed by OpenBLAS in the data's type; NaN when an element is. */
    public static double asum(DataType t, long n, Pointer x) {
        return t == DataType.FLOAT ? cblas_sasum((int) n, (FloatPointer) x, 1) : cblas_dasum((int) n, (DoublePointer) x, 1);
    }
}
