package bnlab.app.export;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures of a picture for the export tests. */
final class Pixels {
    private Pixels() {
    }

    /**
     * How many pixels are blends: not within 40 (sum of channel differences) of any of the picture's
     * 16 most frequent colours. A sharp picture has few (one pixel across an edge); a scaled-up capture
     * has about twice as many per edge, which is what makes it look soft.
     */
    static int blends(BufferedImage img) {
        Map<Integer, Integer> counts = new HashMap<>();
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        for (int p : px) {
            counts.merge(p | 0xFF000000, 1, Integer::sum);
        }
        List<Integer> top = counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(16)
                .map(Map.Entry::getKey).toList();
        int blends = 0;
        for (int p : px) {
            boolean pure = false;
            for (int c : top) {
                if (distance(p, c) <= 40) {
                    pure = true;
                    break;
                }
            }
            if (!pure) {
                blends++;
            }
        }
        return blends;
    }

    static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                + Math.abs((a & 255) - (b & 255));
    }
}
