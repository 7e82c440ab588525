package bnlab.engine.api;

/**
 * What the twins train and are measured on.
 *
 * @param scaling       how the inputs were scaled before the first layer
 * @param ownTestSet    whether the test set is the data's own (MNIST's t10k files) rather than held out
 * @param evalTrainSize training rows the accuracies and population statistics are measured on
 * @param evalTestSize  test rows the test accuracy is measured on
 * @param imageRows     image height in pixels (the bundled digits: 8, from their px(r,c) features), 0 for tabular data
 * @param imageCols     image width in pixels, 0 for tabular data
 */
public record DataInfo(InputScaling scaling, boolean ownTestSet, int evalTrainSize, int evalTestSize, int imageRows,
                       int imageCols) {
    /** For snapshots made without it (tests). */
    public static final DataInfo UNKNOWN = new DataInfo(InputScaling.PER_FEATURE, false, 0, 0, 0, 0);
}
