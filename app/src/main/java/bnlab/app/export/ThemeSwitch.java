package bnlab.app.export;

import bnlab.app.style.Theme;

/**
 * Shows the window's views in another theme for the moment an export is taken, and back: both happen
 * within one event on the FX thread, so the screen never shows the other theme.
 */
@FunctionalInterface
public interface ThemeSwitch {
    /** Nothing to switch (headless, where the views are built in the export's theme, and tests). */
    ThemeSwitch NONE = theme -> () -> { };

    /** Restyle for theme (null: as shown) and return what restores the window. FX thread. */
    Runnable apply(Theme theme);
}
