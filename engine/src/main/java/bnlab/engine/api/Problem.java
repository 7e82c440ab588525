package bnlab.engine.api;

import java.util.Arrays;
import java.util.List;

/**
 * Something the engine refused or could not do, as a code and its values (numbers, file names,
 * settings), never as a sentence: the app words it in the user's language from {@link Code#key()}
 * with the arguments in order ({@code MessageFormat} style). Immutable.
 *
 * @param code what went wrong
 * @param args the values the wording needs: only {@link String}, {@link Number}, {@link Boolean} or enum
 *             constants (all immutable)
 */
public record Problem(Code code, List<Object> args) {

    /**
     * A kind of problem: an enum constant. Its message key is {@code problem.<Enum>.<CONSTANT>}, for
     * example {@code problem.SettingProblem.OUT_OF_RANGE}; every key has a wording in each bundle.
     */
    public interface Code {
        String name();

        default String key() {
            return "problem." + ((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + name();
        }
    }

    public Problem {
        if (code == null) {
            throw new IllegalArgumentException("a problem needs a code");
        }
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Enum<?>)) {
                throw new IllegalArgumentException(code + ": argument " + a + " is not a string, number, boolean or enum");
            }
        }
    }

    public static Problem of(Code code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }

    /** The i-th argument. */
    public Object arg(int i) {
        return args.get(i);
    }

    /** Key and arguments, for logs and test failures (never shown to the user). */
    @Override
    public String toString() {
        return code.key() + args;
    }
}
