package bnlab.engine.api;

/** Problems with a value for a setting, a command or a saved experiment. */
public enum SettingProblem implements Problem.Code {
    /** args: setting (Setting), value, min, max */
    OUT_OF_RANGE,
    /** args: setting (Setting), value */
    NOT_WHOLE,
    /** args: setting (Setting) */
    MISSING,
    /** Batch size 1 while BN trains a fully connected layer: one value per unit has zero variance (PyTorch refuses it too). no args */
    BATCH_OF_ONE_WITH_BATCH_NORM,
    /** args: pinned layer, number of hidden layers */
    NO_SUCH_LAYER,
    /**
     * A unit to watch that the layer does not have. args: the unit as the views count them (from 1), the layer's units
     * (or the most a layer can have, where the layer is not known)
     */
    NO_SUCH_UNIT,
    /** The normalized twin needs a normalization. no args */
    NORMALIZED_TWIN_NEEDS_NORM,
    /** args: setting (Setting) whose set of choices does not contain the value, the value (String) */
    UNKNOWN_CHOICE,
    /** A choice (activation, init, norm, placement, loss, convention) is missing or unknown. args: its name (String) */
    MISSING_CHOICE,
    /** The normalization does not apply to the architecture (InstanceNorm and GroupNorm need a CNN, RMSNorm an MLP). args: norm (NormKind), arch (ArchKind) */
    NORM_NOT_FOR_ARCH,
    /** GroupNorm's groups must divide every block's channels. args: groups, channels */
    GROUPS_DO_NOT_DIVIDE,
    /** A CNN needs image data (bundled digits, MNIST); these are a table. args: data set name (String) */
    CNN_NEEDS_IMAGES,
    /**
     * Each conv block halves the image (2x2 pooling): too many blocks for its size. args: image rows,
     * image columns, blocks asked for, most blocks the image allows
     */
    IMAGE_TOO_SMALL_FOR_CNN
}
