package bnlab.app.lessons;

import bnlab.engine.api.Problem;

/** What can be wrong with a lesson file; the file is named beside the problem. */
public enum LessonProblem implements Problem.Code {
    /** Not JSON. args: the parser's detail (String) */
    NOT_JSON,
    /** Not JSON from this place on. args: line, column (int, from 1) */
    NOT_JSON_AT,
    /** A part required by the lesson format is missing. args: where (JSON pointer), the part's name */
    MISSING,
    /** A text lacks one of its two languages. args: where, the language missing ("en" or "zh") */
    MISSING_TRANSLATION,
    /** A value is not one of the allowed ones (an unknown view, activation, data set...). args: where, the value */
    UNKNOWN_VALUE,
    /** A part the format does not know. args: where, its name */
    UNKNOWN_PART,
    /** A value of the wrong kind (text for a number...). args: where, the kind expected */
    WRONG_TYPE,
    /** Too few or too many of something (steps, views, choices). args: where */
    WRONG_COUNT,
    /** A setting outside its range. args: where, setting (Setting), value, min, max */
    OUT_OF_RANGE,
    /** Another rule of the format is broken. args: where, the rule's name (the schema keyword) */
    INVALID,
    /** The prediction's answer is not one of its choices. args: where, answer, number of choices */
    NO_SUCH_CHOICE,
    /** Two lessons have the same id; the second is not loaded. args: the id */
    DUPLICATE_ID,
    /** The file is far larger than a lesson. args: its size in bytes (long), the limit (long) */
    TOO_LARGE,
    /** The file cannot be read. args: the system's reason */
    UNREADABLE,
    /** A view's option outside the view's range. args: where, value, min, max */
    OPTION_OUT_OF_RANGE
}
