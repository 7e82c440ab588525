package bnlab.engine.api;

/** Problems reading or writing BN Lab's own files (saved experiments, exports); the file is named beside them. */
public enum FileProblem implements Problem.Code {
    /** The file could not be read. args: the system's reason (String) */
    UNREADABLE,
    /** The file could not be written; an earlier file of that name is intact. args: the system's reason (String) */
    UNWRITABLE,
    /** The file is empty. no args */
    EMPTY,
    /** Not JSON of the expected shape. args: the parser's detail (String) */
    NOT_JSON,
    /** A format version this BN Lab does not read. args: the file's format, the supported format */
    FORMAT_UNSUPPORTED,
    /** A required part is missing. args: its name (String) */
    MISSING_PART,
    /** A data set name the app does not know. args: the name (String) */
    UNKNOWN_DATASET,
    /** A data set read from disk names no file or folder. args: the data set name (String) */
    DATASET_PATH_MISSING
}
