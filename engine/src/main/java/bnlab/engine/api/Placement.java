package bnlab.engine.api;

/** Where a hidden layer's normalization sits relative to its activation. */
public enum Placement {
    /** Dense -> BN -> activation (Ioffe and Szegedy 2015). */
    BEFORE_ACTIVATION,
    /** Dense -> activation -> BN (common in practice). */
    AFTER_ACTIVATION;

}
