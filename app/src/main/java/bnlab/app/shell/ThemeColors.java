package bnlab.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import bnlab.app.style.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's named colours (AtlantaFX's "-color-..." variables of its .root rules) as one inline style:
 * set on the window's root, they show its controls in that theme at once, without changing the
 * application's style sheet (which takes effect only at the next pulse, too late for an export).
 */
final class ThemeColors {
    private static final Map<Theme, String> STYLES = new EnumMap<>(Theme.class);
    private static final Pattern ROOT = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern COLOR = Pattern.compile("(-color-[\\w-]+)\\s*:\\s*([^;]+);");

    private ThemeColors() {
    }

    /** "-color-fg-default: #c9d1d9; ..." for the theme; empty if its style sheet cannot be read. */
    static synchronized String inline(Theme theme) {
        return STYLES.computeIfAbsent(theme, ThemeColors::read);
    }

    private static String read(Theme theme) {
        String url = theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        String path = url.startsWith("/") ? url : "/" + url;
        try (InputStream in = ThemeColors.class.getResourceAsStream(path)) {
            if (in == null) {
                return "";
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            Matcher block = ROOT.matcher(css);
            while (block.find()) {
                Matcher c = COLOR.matcher(block.group(1));
                while (c.find()) {
                    out.append(c.group(1)).append(": ").append(c.group(2).strip()).append("; ");
                }
            }
            return out.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
