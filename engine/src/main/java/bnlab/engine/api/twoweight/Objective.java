package bnlab.engine.api.twoweight;

/** A smooth loss of two weights w = (w1, w2), with its gradient and exact Hessian. */
public interface Objective {

    double loss(double w1, double w2);

    /** dL/dw at w, a new array of length 2. */
    double[] gradient(double w1, double w2);

    /** d^2L/dw^2 at w (constant for a quadratic loss). */
    Sym2 hessian(double w1, double w2);

    /** The minimizer w*, a new array of length 2. */
    double[] minimizer();
}
