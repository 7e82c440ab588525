package bnlab.engine.api;

/**
 * A {@link Problem} thrown: a file that does not load, an experiment that does not check out, a file
 * that could not be written. Nothing was kept from the attempt. The message is the problem's key and
 * arguments (for logs); the app words {@link #problem()} for the user, after {@link #file()} when set.
 */
public class ProblemException extends Exception {
    private final transient Problem problem;
    private final String file;

    public ProblemException(Problem problem) {
        this(problem, null, null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        this(problem, null, cause);
    }

    /** @param file the file the problem is in, when the problem's own arguments do not name it */
    public ProblemException(Problem problem, String file, Throwable cause) {
        super((file == null ? "" : file + ": ") + problem, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The file the problem is in, or null when the problem names it itself (or there is none). */
    public String file() {
        return file;
    }
}
