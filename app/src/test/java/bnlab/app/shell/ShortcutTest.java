package bnlab.app.shell;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plain keys (space, digits, letters) stay what they type in a text field; keys with a modifier never do. */
class ShortcutTest {
    @Test
    void plainKeysAreLeftToATextField() {
        Set<Shortcut> typed = EnumSet.noneOf(Shortcut.class);
        for (Shortcut s : Shortcut.values()) {
            if (s.typing()) {
                typed.add(s);
            }
        }
        assertEquals(EnumSet.of(Shortcut.PLAY_PAUSE, Shortcut.CHOICE_1, Shortcut.CHOICE_2, Shortcut.CHOICE_3,
                Shortcut.REVEAL_ANSWER), typed);
    }
}
