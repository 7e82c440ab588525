package bnlab.app.export;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG path data (a region's -fx-shape: the arrow of a choice box, a check mark) as a Java2D path, for
 * drawing a view into SVG or PDF. Commands M L H V C S Q T Z, absolute and relative; an arc (A) or
 * anything malformed gives null, and the caller draws the region's box instead.
 */
final class SvgPaths {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtZzAa]|[-+]?(?:\\d*\\.\\d+|\\d+\\.?)(?:[eE][-+]?\\d+)?");

    private SvgPaths() {
    }

    /** The path, or null when it uses arcs or does not parse. */
    static Path2D.Double parse(String data) {
        if (data == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(data);
        while (m.find()) {
            tokens.add(m.group());
        }
        Path2D.Double p = new Path2D.Double();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double ctrlX = 0; // the last control point, for S and T
        double ctrlY = 0;
        char cmd = 0;
        char previous = 0;
        int i = 0;
        try {
            while (i < tokens.size()) {
                String t = tokens.get(i);
                if (Character.isLetter(t.charAt(0))) {
                    cmd = t.charAt(0);
                    i++;
                    if (cmd == 'Z' || cmd == 'z') {
                        p.closePath();
                        x = startX;
                        y = startY;
                        previous = cmd;
                        continue;
                    }
                } else if (cmd == 0 || cmd == 'Z' || cmd == 'z') {
                    return null;
                }
                boolean rel = Character.isLowerCase(cmd);
                double ox = rel ? x : 0;
                double oy = rel ? y : 0;
                switch (Character.toUpperCase(cmd)) {
                    case 'M' -> {
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.moveTo(x, y);
                        startX = x;
                        startY = y;
                        cmd = rel ? 'l' : 'L'; // further pairs are lines
                    }
                    case 'L' -> {
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.lineTo(x, y);
                    }
                    case 'H' -> {
                        x = ox + num(tokens, i++);
                        p.lineTo(x, y);
                    }
                    case 'V' -> {
                        y = oy + num(tokens, i++);
                        p.lineTo(x, y);
                    }
                    case 'C' -> {
                        double x1 = ox + num(tokens, i++);
                        double y1 = oy + num(tokens, i++);
                        ctrlX = ox + num(tokens, i++);
                        ctrlY = oy + num(tokens, i++);
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'S' -> {
                        boolean after = "CcSs".indexOf(previous) >= 0;
                        double x1 = after ? 2 * x - ctrlX : x;
                        double y1 = after ? 2 * y - ctrlY : y;
                        ctrlX = ox + num(tokens, i++);
                        ctrlY = oy + num(tokens, i++);
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.curveTo(x1, y1, ctrlX, ctrlY, x, y);
                    }
                    case 'Q' -> {
                        ctrlX = ox + num(tokens, i++);
                        ctrlY = oy + num(tokens, i++);
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.quadTo(ctrlX, ctrlY, x, y);
                    }
                    case 'T' -> {
                        boolean after = "QqTt".indexOf(previous) >= 0;
                        ctrlX = after ? 2 * x - ctrlX : x;
                        ctrlY = after ? 2 * y - ctrlY : y;
                        x = ox + num(tokens, i++);
                        y = oy + num(tokens, i++);
                        p.quadTo(ctrlX, ctrlY, x, y);
                    }
                    default -> {
                        return null; // arcs
                    }
                }
                previous = cmd;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
        return p;
    }

    private static double num(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (Character.isLetter(t.charAt(0))) {
            throw new NumberFormatException(t);
        }
        return Double.parseDouble(t);
    }
}
