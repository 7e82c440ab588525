package bnlab.engine.api;

/** Training losses. */
public enum LossKind {
    /** L = -1/N sum_i log softmax(z_i)[y_i]. */
    SOFTMAX_CROSS_ENTROPY,
    /** L = 1/(N K) sum_i sum_k (z_ik - onehot(y_i)_k)^2, as PyTorch's MSELoss(reduction='mean'). */
    MSE;

}
