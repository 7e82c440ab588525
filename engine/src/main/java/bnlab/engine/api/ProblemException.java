package bnlab.engine.api;

/**
 * A {@link Problem} thrown: a file that does not load, an experiment that does not check out. Nothing
 * was kept from the attempt. The message is the problem's key and arguments (for logs); the app
 * words {@link #problem()} for the user.
 */
public class ProblemException extends Exception {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
