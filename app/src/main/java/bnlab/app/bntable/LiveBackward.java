package bnlab.app.bntable;

import bnlab.engine.api.BnByHand;
import bnlab.engine.api.UnitValues;

/**
 * The step's backward pass through BN for the live unit, redone by hand and checked against the engine: from the
 * engine's dL/dy (what the loss sent back to the unit's y), BN's backward formula in double gives dL/dx, dL/dgamma
 * and dL/dbeta; the engine's own are the ones the step applied.
 *
 * @param byHand      the backward pass by hand with the network's gamma and eps
 * @param engineDx    the engine's dL/dx over the batch
 * @param engineGamma the engine's dL/dgamma of the unit
 * @param engineBeta  the engine's dL/dbeta of the unit
 * @param dyScale     sum |dy_i|: the size of dL/dbeta's terms
 * @param gammaScale  sum |dy_i x_hat_i|: the size of dL/dgamma's terms
 */
record LiveBackward(BnByHand.Backward byHand, double[] engineDx, double engineGamma, double engineBeta,
                    double dyScale, double gammaScale) {
    /**
     * A match, relative to the largest term: the engine sums and multiplies in float (about 6e-8 relative per
     * operation), the hand in double from the engine's float inputs.
     */
    static final double TOLERANCE = 1e-4;

    LiveBackward {
        engineDx = engineDx.clone();
    }

    /** The unit's backward pass, or null when the probe did not record one. */
    static LiveBackward of(BnByHand network, UnitValues v) {
        if (!v.hasBackward()) {
            return null;
        }
        double[] dy = v.dy();
        double dyScale = 0;
        double gammaScale = 0;
        for (int i = 0; i < dy.length; i++) {
            dyScale += Math.abs(dy[i]);
            gammaScale += Math.abs(dy[i] * network.xhat(i));
        }
        return new LiveBackward(network.backward(dy), v.dx(), v.dGamma(), v.dBeta(), dyScale, gammaScale);
    }

    @Override
    public double[] engineDx() {
        return engineDx.clone();
    }

    /** max |dx by hand - dx of the engine|. */
    double dxDiff() {
        double d = 0;
        for (int i = 0; i < engineDx.length; i++) {
            d = Math.max(d, Math.abs(byHand.dx(i) - engineDx[i]));
        }
        return d;
    }

    /** Whether dL/dx by hand is the engine's, value by value (relative to the largest |dx|). */
    boolean dxMatches() {
        double scale = 0;
        for (double d : engineDx) {
            scale = Math.max(scale, Math.abs(d));
        }
        return dxDiff() <= TOLERANCE * scale;
    }

    double betaDiff() {
        return Math.abs(byHand.sumDy() - engineBeta);
    }

    double gammaDiff() {
        return Math.abs(byHand.sumDyXhat() - engineGamma);
    }

    /** Whether sum dy is the engine's dL/dbeta (relative to sum |dy|, the size of the sum's terms). */
    boolean betaMatches() {
        return betaDiff() <= TOLERANCE * dyScale;
    }

    /** Whether sum dy x_hat is the engine's dL/dgamma (relative to sum |dy x_hat|). */
    boolean gammaMatches() {
        return gammaDiff() <= TOLERANCE * gammaScale;
    }
}
