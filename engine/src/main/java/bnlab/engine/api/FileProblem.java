package bnlab.engine.api;

/** Problems reading or writing BN Lab's own files (saved experiments, exports); the file is named beside them. */
public enum FileProblem implements Problem.Code {
    /** The file could not be read. args: the system's reason (String) */
    UNREADABLE,
    /** The file could not be written; an earlier file of that name is intact. args: the system's reason (String) */
    UNWRITABLE,
    /** The file is empty. no args */
    EMPTY,
    /** Not JSON of the expected shape, anywhere the parser can place. args: the parser's detail (String) */
    NOT_JSON,
    /**
     * Not JSON of the expected shape from this place on (a syntax error, a list where a part belongs...).
     * args: line, column (int, from 1)
     */
    UNEXPECTED_AT,
    /** The JSON stops before its end: the file was cut short (written or copied in part). args: its last line (int) */
    ENDS_EARLY,
    /** JSON, but not an object of the expected kind as a whole (a list, a number...). no args */
    WRONG_ROOT,
    /** JSON, but a part is not of the expected kind. args: where (String, as "spec.widths[0]") */
    WRONG_PART,
    /** JSON, but a text stands where a number belongs. args: the text (String) */
    NOT_A_NUMBER,
    /**
     * A number where a whole number belongs that is not one, or is past what the field holds (the file's 1.5 or
     * 1e300 for a batch size or a seed). args: where (String, as "settings.batchSize"), the number as written (String)
     */
    NOT_A_WHOLE_NUMBER,
    /** Far larger than any file of the kind. args: the limit in bytes (long) */
    TOO_LARGE,
    /** Not UTF-8 text. no args */
    NOT_UTF8,
    /** A format version this BN Lab does not read. args: the file's format, the supported format */
    FORMAT_UNSUPPORTED,
    /** A required part is missing. args: its name (String) */
    MISSING_PART,
    /** A data set name the app does not know. args: the name (String) */
    UNKNOWN_DATASET,
    /** A data set read from disk names no file or folder. args: the data set name (String) */
    DATASET_PATH_MISSING
}
