package bnlab.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut, with what it does in words (bundle key {@code shortcut.<NAME>}). The help
 * overlay lists them all; the window handles them all. Plain keys (no modifier) are not taken while
 * the user types in a text field.
 */
public enum Shortcut {
    PLAY_PAUSE(new KeyCodeCombination(KeyCode.SPACE)),
    STEP(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN)),
    RESET(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
    NEXT_LESSON_STEP(new KeyCodeCombination(KeyCode.PAGE_DOWN)),
    PREVIOUS_LESSON_STEP(new KeyCodeCombination(KeyCode.PAGE_UP)),
    CHOICE_1(new KeyCodeCombination(KeyCode.DIGIT1)),
    CHOICE_2(new KeyCodeCombination(KeyCode.DIGIT2)),
    CHOICE_3(new KeyCodeCombination(KeyCode.DIGIT3)),
    REVEAL_ANSWER(new KeyCodeCombination(KeyCode.A)),
    TAB_LIVE(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)),
    TAB_LANDSCAPE(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN)),
    TAB_SURFACE(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)),
    TAB_CNN(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN)),
    HIDE_CONTROLS(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN)),
    FULL_SCREEN(new KeyCodeCombination(KeyCode.F11)),
    LARGER_TEXT(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)),
    SMALLER_TEXT(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
    NORMAL_TEXT(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
    DARK_THEME(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN)),
    LANGUAGE(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
    LESSONS(new KeyCodeCombination(KeyCode.F2)),
    RECORD(new KeyCodeCombination(KeyCode.F9)),
    COPY_SHOWN(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    HELP(new KeyCodeCombination(KeyCode.F1));

    private final KeyCombination keys;

    Shortcut(KeyCombination keys) {
        this.keys = keys;
    }

    public KeyCombination keys() {
        return keys;
    }

    /** Whether a text field being typed in keeps the key (the space bar, a digit, a letter). */
    public boolean typing() {
        KeyCode code = ((KeyCodeCombination) keys).getCode();
        return code == KeyCode.SPACE || ((code.isDigitKey() || code.isLetterKey())
                && keys.getShortcut() == KeyCombination.ModifierValue.UP);
    }
}
