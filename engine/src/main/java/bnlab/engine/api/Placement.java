package bnlab.engine.api;

import bnlab.engine.nn.Dense;

/** Where a hidden layer's normalization sits relative to its activation. */
public enum Placement {
    /** Dense -> BN -> activation (Ioffe and Szegedy 2015). */
    BEFORE_ACTIVATION("before activation"),
    /** Dense -> activation -> BN (common in practice). */
    AFTER_ACTIVATION("after activation");

    private final String label;

    Placement(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
