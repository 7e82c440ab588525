package bnlab.app.curves;

/** What the training curves view shows under the loss and accuracy charts (lesson options "bands" and "path"). */
enum Lower {
    /** Nothing: the loss and accuracy alone. */
    NONE,
    /** Each twin's percentile band (Ioffe and Szegedy 2015, Figure 1 b, c). */
    BANDS,
    /** Each twin's loss along its gradient (Santurkar et al. 2018, Figure 4 a). */
    PATH_LOSS,
    /** Both twins' gradient change and effective smoothness along the gradient (Figure 4 b, c). */
    PATH_GRADIENT
}
