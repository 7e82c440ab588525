package bnlab.app.shell;

import bnlab.app.style.Look;
import bnlab.app.style.Theme;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's remembered choices: language, theme, type scale, and whether the start page was seen.
 * Kept with java.util.prefs (the user's preferences; tests point it under target/).
 *
 * @param locale         {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
 * @param theme          light or dark
 * @param scale          type scale
 * @param startPageSeen  whether the start page was shown once (it opens by itself on first launch)
 */
public record UiPrefs(Locale locale, Theme theme, double scale, boolean startPageSeen) {
    private static final String NODE = "bnlab";

    /** English or Simplified Chinese: the system's language when it is Chinese, else English. */
    public static Locale defaultLocale() {
        return bnlab.app.i18n.I18n.systemLocale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static UiPrefs defaults() {
        return new UiPrefs(defaultLocale(), Theme.LIGHT, 1.0, false);
    }

    /** The remembered choices, or the defaults for what was never chosen or does not read back. */
    public static UiPrefs load() {
        try {
            Preferences p = Preferences.userRoot().node(NODE);
            String lang = p.get("language", null);
            Locale l = lang == null ? defaultLocale() : lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            Theme t = "DARK".equals(p.get("theme", "LIGHT")) ? Theme.DARK : Theme.LIGHT;
            double s = p.getDouble("scale", 1.0);
            return new UiPrefs(l, t, Double.isFinite(s) ? new Look(t, s).scale() : 1.0, p.getBoolean("startPageSeen", false));
        } catch (RuntimeException e) { // a broken preferences store must not keep the app from starting
            return defaults();
        }
    }

    /** Remember these choices; a store that cannot be written is ignored (the choices still apply now). */
    public void save() {
        try {
            Preferences p = Preferences.userRoot().node(NODE);
            p.put("language", locale.getLanguage());
            p.put("theme", theme.name());
            p.putDouble("scale", scale);
            p.putBoolean("startPageSeen", startPageSeen);
            p.flush();
        } catch (BackingStoreException | RuntimeException e) {
            System.err.println(bnlab.app.i18n.I18n.get("cli.prefsUnsaved", String.valueOf(e.getMessage())));
        }
    }

    public UiPrefs withLocale(Locale l) {
        return new UiPrefs(l, theme, scale, startPageSeen);
    }

    public UiPrefs withTheme(Theme t) {
        return new UiPrefs(locale, t, scale, startPageSeen);
    }

    public UiPrefs withScale(double s) {
        return new UiPrefs(locale, theme, new Look(theme, s).scale(), startPageSeen);
    }

    public UiPrefs withStartPageSeen() {
        return new UiPrefs(locale, theme, scale, true);
    }

    public Look look() {
        return new Look(theme, scale);
    }
}
