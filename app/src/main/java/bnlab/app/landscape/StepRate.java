package bnlab.app.landscape;

/**
 * How each panel picks its learning rate. {@link Mode#SAME_FRACTION}: each panel steps at the same
 * fraction of its OWN largest stable rate 2 / lambda_max, a fair race between canyon and bowl.
 * {@link Mode#ONE_ETA}: one absolute eta for both panels.
 *
 * @param fraction the fraction of 2 / lambda_max used in SAME_FRACTION mode (above 1 diverges)
 * @param eta      the absolute learning rate used in ONE_ETA mode
 */
record StepRate(Mode mode, double fraction, double eta) {

    enum Mode { SAME_FRACTION, ONE_ETA }

    static final double FRACTION_MIN = 0.05, FRACTION_MAX = 1.5;
    static final double ETA_MIN = 1e-8, ETA_MAX = 10;

    /** The learning rate of a panel whose Hessian has largest eigenvalue lambdaMax. */
    // SAME_FRACTION: eta = fraction * 2 / lambda_max;  ONE_ETA: eta as given
    double etaFor(double lambdaMax) {
        return mode == Mode.SAME_FRACTION ? fraction * 2 / lambdaMax : eta;
    }
}
