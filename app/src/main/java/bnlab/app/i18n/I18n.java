package bnlab.app.i18n;

import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string comes from here: one messages bundle per language
 * ({@code bnlab/app/i18n/messages*.properties}), keys with {@link MessageFormat} arguments. Enum
 * choices are worded under {@code enum.<Enum>.<CONSTANT>}, engine problems under the code's key
 * ({@link Problem.Code#key()}). Numbers passed as arguments are formatted by {@link Numbers}
 * (compact, readable from the back of a room); whole numbers by the locale's integer format;
 * booleans become 1 or 0 for a {@code choice} format.
 * <p>
 * The language is chosen once per window: switching builds the window's views anew (the engine keeps
 * the training state and the history, so nothing is lost).
 */
public final class I18n {
    static final String BUNDLE = "bnlab.app.i18n.messages";
    /** The system's locale as the JVM started ({@link #setLocale} changes the default's language). */
    private static final Locale SYSTEM = Locale.getDefault();
    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private I18n() {
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of every string made from now on. */
    public static void setLocale(Locale l) {
        bundle = load(l);
        locale = l;
        // JavaFX words its own controls from its bundle in the default locale, when they show (a dialog's OK and
        // Cancel, a text field's menu: Cut, Paste): the default follows the interface's language; formats keep
        // the system's (String.format and MessageFormat without a locale read the FORMAT category)
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(l);
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    /** The system's locale as the JVM started, whatever language the interface has chosen since. */
    public static Locale systemLocale() {
        return SYSTEM;
    }

    public static Locale locale() {
        return locale;
    }

    /** The interface language a command line's "en" or "zh" names, or null for any other code. */
    public static Locale localeOf(String lang) {
        return lang == null ? null : switch (lang) {
            case "en" -> Locale.ENGLISH;
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> null;
        };
    }

    /** Whether the bundle has the key (for optional texts). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Two texts one after the other, as the language runs them on: a space between English sentences,
     * none after Chinese punctuation ("...小批量。点击...", not "小批量。 点击").
     */
    public static String then(String first, String second) {
        return get("text.then", first, second);
    }

    /**
     * "training step 12" (训练第 12 步): how every view names the step it shows, apart from a lesson's
     * own "Step 1 of 5".
     */
    public static String trainingStep(long step) {
        return get("view.trainingStep", step);
    }

    /**
     * The text for key with its arguments: doubles through {@link Numbers#format}, enums and problems worded,
     * kept whole where a line must not break ({@link ShownText}).
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a programming error that the bundle tests catch; never a crash in front of a class
            return "\u2039" + key + "\u203a";
        }
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = word(args[i]);
        }
        try {
            return ShownText.of(new MessageFormat(pattern, locale).format(a));
        } catch (IllegalArgumentException e) { // a broken pattern: the bundle tests catch it too
            return "\u2039" + key + "\u203a";
        }
    }

    private static Object word(Object o) {
        if (o instanceof Double || o instanceof Float) {
            return Numbers.format(((Number) o).doubleValue());
        }
        if (o instanceof Enum<?> e) {
            return label(e);
        }
        if (o instanceof Problem p) {
            return problem(p);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0; // for {n,choice,0#...|1#...}
        }
        return o;
    }

    /** The label of an enum choice: key {@code enum.<Enum>.<CONSTANT>}. */
    public static String label(Enum<?> e) {
        return get("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    /** A problem the engine reported, in words. */
    public static String problem(Problem p) {
        // a setting's value that is not a number, said so: elsewhere NaN reads "–" (nothing to show, as a stall's
        // unknown share), which in "– is outside" said nothing of a file's NaN learning rate
        boolean setting = p.code() instanceof bnlab.engine.api.SettingProblem;
        return get(p.code().key(), p.args().stream()
                .map(a -> setting && a instanceof Double d && d.isNaN() ? get("problem.nan") : a).toArray());
    }

    /** A problem thrown with the file it is in: "file: problem". */
    public static String problem(ProblemException e) {
        String text = problem(e.problem());
        return e.file() == null ? text : get("problem.inFile", e.file(), text);
    }
}
