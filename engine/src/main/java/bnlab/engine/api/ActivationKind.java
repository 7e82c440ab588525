package bnlab.engine.api;

/** The element-wise nonlinearities BN Lab offers, with their derivative (for the saturation view). */
public enum ActivationKind {
    SIGMOID, TANH, RELU, LEAKY_RELU, ELU, IDENTITY;

    /** Negative-side slope of leaky ReLU, as PyTorch's default. */
    public static final double LEAKY_SLOPE = 0.01;
    /** ELU's alpha, as PyTorch's default. */
    public static final double ELU_ALPHA = 1.0;

    /** f(x), in double precision (used by views and tests; layers use ND4J). */
    public double apply(double x) {
        return switch (this) {
            // sigma(x) = 1 / (1 + e^-x)
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(0.0, x);
            case LEAKY_RELU -> x > 0 ? x : LEAKY_SLOPE * x;
            // elu(x) = x for x > 0, alpha (e^x - 1) otherwise
            case ELU -> x > 0 ? x : ELU_ALPHA * (Math.exp(x) - 1.0);
            case IDENTITY -> x;
        };
    }

    /** f'(x). */
    public double derivative(double x) {
        return switch (this) {
            // sigma'(x) = sigma(x) (1 - sigma(x)) <= 0.25
            case SIGMOID -> {
                double s = apply(x);
                yield s * (1.0 - s);
            }
            // tanh'(x) = 1 - tanh(x)^2
            case TANH -> {
                double t = Math.tanh(x);
                yield 1.0 - t * t;
            }
            case RELU -> x > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> x > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU -> x > 0 ? 1.0 : ELU_ALPHA * Math.exp(x);
            case IDENTITY -> 1.0;
        };
    }

    /** The largest value f' takes. */
    public double maxDerivative() {
        return this == SIGMOID ? 0.25 : 1.0;
    }

    /**
     * A unit is saturated when f'(x) < threshold * max f': it passes back less than that fraction of
     * the largest gradient f can pass. For sigmoid and threshold 0.05, |x| > 4.36; ReLU: x <= 0.
     */
    public boolean isSaturated(double x, double threshold) {
        return derivative(x) < threshold * maxDerivative();
    }
}
