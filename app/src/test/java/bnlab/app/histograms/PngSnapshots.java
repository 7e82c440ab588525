package bnlab.app.histograms;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a node to a PNG (to look at) and counts pixels near a colour (to assert on). */
public final class PngSnapshots {
    private PngSnapshots() {
    }

    /** FX thread only. */
    public static BufferedImage write(Node node, String path) {
        WritableImage fx = node.snapshot(null, null);
        BufferedImage img = SwingFXUtils.fromFXImage(fx, null);
        try {
            ImageIO.write(img, "png", new File(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return img;
    }

    /** Pixels within {@code tolerance} per channel of the colour. */
    public static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - c.getRed()) <= tolerance
                        && Math.abs(((p >> 8) & 255) - c.getGreen()) <= tolerance
                        && Math.abs((p & 255) - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
