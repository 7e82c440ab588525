package bnlab.engine.api;

/**
 * What can be wrong when loading a data set (a CSV file, MNIST IDX files or folder, a bundled set).
 * The first argument is always the file, folder or resource as the loader names it; lines and CSV
 * columns are 1-based. Numbers are {@link Integer} unless marked (long).
 */
public enum DataProblem implements Problem.Code {

    // ---- any file ----

    /** args: file (path as given) */
    FILE_NOT_FOUND,
    /** The system could not read it (no permission, a folder, an I/O error). args: file, the system's reason (String) */
    UNREADABLE_FILE,
    /** Zero bytes (after decompression). args: file */
    EMPTY_FILE,
    /** Starts with the gzip magic bytes but does not decompress. args: file, the system's reason (String) */
    CORRUPT_GZIP,
    /**
     * The data is there but does not fit in the memory BN Lab may use (a few kB of gzip can hold
     * gigabytes). args: file, the memory BN Lab may use in MB (long)
     */
    TOO_LARGE_FOR_MEMORY,

    // ---- CSV ----

    /** A CSV file holding only blank lines. args: file */
    CSV_ONLY_BLANK_LINES,
    /** args: file, line, the longest line allowed in characters */
    CSV_LINE_TOO_LONG,
    /** args: file, blank line, the line where data rows follow again */
    CSV_BLANK_LINE_INSIDE,
    /** Fewer than one feature and a label. args: file, line, columns */
    CSV_TOO_FEW_COLUMNS,
    /** args: file, label column asked for (1-based), columns in a row */
    CSV_NO_SUCH_LABEL_COLUMN,
    /** args: file, header line */
    CSV_HEADER_WITHOUT_ROWS,
    /** args: file, line, columns expected, columns found */
    CSV_WRONG_COLUMN_COUNT,
    /**
     * A row does not match the scikit-learn header's n_features. args: file, line, columns expected,
     * columns found, header line, features the header announces
     */
    CSV_WRONG_COLUMN_COUNT_FOR_HEADER,
    /** The scikit-learn header's n_samples differs from the rows. args: file, header line, samples announced, data rows */
    CSV_SAMPLE_COUNT_MISMATCH,
    /** args: file, line, column */
    CSV_EMPTY_CELL,
    /** args: file, line, column, cell text (String) */
    CSV_NOT_A_NUMBER,
    /** NaN or infinite. args: file, line, column, cell text (String) */
    CSV_NOT_FINITE,
    /**
     * A finite number too large for the 32-bit floats features are held in (beyond about 3.4e38, such
     * as 1e308). args: file, line, column, cell text (String)
     */
    CSV_NUMBER_TOO_LARGE,
    /** args: file, line, column */
    CSV_EMPTY_LABEL,
    /**
     * A name among integer labels. args: file, line, column, label (String), line of the first label,
     * first label (String)
     */
    CSV_LABEL_NOT_A_NUMBER,
    /**
     * A number among name labels. args: file, line, column, label (String), line of the first label,
     * first label (String)
     */
    CSV_LABEL_IS_A_NUMBER,
    /** A numeric label that is not a whole number in the int range (3.5, 1e12, NaN). args: file, line, column, label (String) */
    CSV_LABEL_NOT_INTEGER,
    /**
     * An integer label outside the scikit-learn header's classes 0..k-1. args: file, line, column,
     * label (String), classes k, highest class k-1
     */
    CSV_LABEL_OUTSIDE_HEADER_CLASSES,
    /**
     * Name labels where a scikit-learn header requires class indices 0..k-1. args: file, line, column,
     * label (String), classes k, highest class k-1
     */
    CSV_LABEL_NOT_CLASS_INDEX,

    // ---- IDX (MNIST) ----

    /** Fewer than 4 bytes. args: file, bytes found */
    IDX_TRUNCATED_MAGIC,
    /** args: file, magic number found, magic number expected (both as numbers, e.g. 0x00000803 = 2051) */
    IDX_WRONG_MAGIC,
    /** The expected magic number with its bytes reversed: a little-endian file. args: file, found, expected */
    IDX_MAGIC_BYTE_SWAPPED,
    /** A labels file (magic 0x00000801) given as the images. args: file, found, expected */
    IDX_LABELS_INSTEAD_OF_IMAGES,
    /** An images file (magic 0x00000803) given as the labels. args: file, found, expected */
    IDX_IMAGES_INSTEAD_OF_LABELS,
    /** args: file, header bytes expected, header bytes found, number of dimensions */
    IDX_TRUNCATED_HEADER,
    /** args: file, dimension (0-based as in the IDX header: 0 = samples, 1 = rows, 2 = columns), its value */
    IDX_DIMENSION_BELOW_ONE,
    /**
     * The header announces more pixel values in all (images x rows x columns, computed without
     * overflow) than any loadable data set holds. args: file, images, rows, columns, most values allowed
     */
    IDX_TOO_MANY_VALUES,
    /** args: file, labels announced, most labels allowed */
    IDX_TOO_MANY_LABELS,
    /** args: images file, images, labels file, labels */
    IDX_COUNT_MISMATCH,
    /**
     * args: file, images announced, rows, columns, bytes of pixel data in the file (long), bytes the
     * header announces (long)
     */
    IDX_TRUNCATED_IMAGES,
    /** args: file, labels announced, bytes of label data in the file (long) */
    IDX_TRUNCATED_LABELS,
    /** args: file, bytes after the announced data (long), images announced */
    IDX_EXTRA_AFTER_IMAGES,
    /** args: file, bytes after the announced data (long), labels announced */
    IDX_EXTRA_AFTER_LABELS,

    // ---- MNIST folder ----

    /** args: folder (path as given) */
    NO_SUCH_FOLDER,
    /** A file given where the folder of the MNIST files belongs. args: the path as given */
    NOT_A_FOLDER,
    /**
     * No images file of the split; NAME, NAME.gz and NAME.* were looked for. args: folder, training
     * split (Boolean: false = test), NAME, files in the folder joined with ", " ("" if none)
     */
    MNIST_IMAGES_MISSING,
    /**
     * No labels file of the split; NAME, NAME.gz and NAME.* were looked for. args: folder, training
     * split (Boolean: false = test), NAME, files in the folder joined with ", " ("" if none)
     */
    MNIST_LABELS_MISSING,

    // ---- bundled data sets ----

    /** A data set shipped with the app is not on the classpath. args: resource path */
    BUNDLED_MISSING,
    /** A shipped data set has another number of features than its names. args: file, names, features */
    BUNDLED_WRONG_FEATURE_COUNT,

    // ---- a data set for an experiment ({@link ExperimentSpec#problemWith}) ----

    /** Every sample has the same label: nothing to tell apart (the loss is 0 from the start). args: data set, samples, the label */
    ONE_CLASS,
    /**
     * The test fraction leaves fewer than 2 samples to train on. args: data set, samples, test fraction (a number),
     * samples left for training
     */
    TOO_FEW_TO_TRAIN
}
