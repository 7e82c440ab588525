package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Central finite differences in float64: df/dp_i ~ (f(p + h e_i) - f(p - h e_i)) / (2 h). */
final class FiniteDifferences {
    private FiniteDifferences() {
    }

    static boolean allFinite(INDArray a) {
        for (double v : a.dup().data().asDouble()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static double derivative(INDArray p, long i, DoubleSupplier f, double h) {
        double orig = p.getDouble(i);
        p.putScalar(i, orig + h);
        double up = f.getAsDouble();
        p.putScalar(i, orig - h);
        double down = f.getAsDouble();
        p.putScalar(i, orig);
        return (up - down) / (2 * h);
    }

    /** Compare every entry of an analytic gradient with central differences (relative + absolute tolerance). */
    static void assertGradient(String what, INDArray p, INDArray analytic, DoubleSupplier f) {
        assertEquals(p.length(), analytic.length(), what + ": gradient shape");
        INDArray flatP = p.reshape(p.length());
        INDArray flatG = analytic.reshape(analytic.length());
        for (long i = 0; i < p.length(); i++) {
            double numeric = derivative(flatP, i, f, 1e-6);
            double a = flatG.getDouble(i);
            double tol = 1e-6 + 1e-5 * Math.max(Math.abs(a), Math.abs(numeric));
            assertEquals(numeric, a, tol, what + " entry " + i);
        }
    }
}
