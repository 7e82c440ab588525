package bnlab.app.export;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GifWriterTest {
    private static BufferedImage frame(int i) {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(0x0072B2));
        g.fillRect(10 * i, 20, 20, 20);
        g.dispose();
        return img;
    }

    @Test
    void everyFrameIsInTheGifAndItLoops() throws Exception {
        GifWriter w = new GifWriter(10);
        for (int i = 0; i < 7; i++) {
            w.add(frame(i), -1);
        }
        assertEquals(7, w.frames());
        Path f = Files.createDirectories(Path.of("target", "export-test", "gif")).resolve("seven.gif");
        Files.write(f, w.finish());
        assertEquals(7, Gifs.frames(f));
        assertTrue(Gifs.loopsForever(f));
    }

    /** A frame stays up until the next was taken: skipped frames keep the animation in real time. */
    @Test
    void aFrameLastsUntilTheNextOne() throws Exception {
        GifWriter w = new GifWriter(10);
        w.add(frame(0), 0);
        w.add(frame(1), 300);
        w.add(frame(2), 400);
        Path f = Files.createDirectories(Path.of("target", "export-test", "gif")).resolve("timed.gif");
        Files.write(f, w.finish());
        assertEquals(java.util.List.of(30, 10, 10), delays(f));
    }

    // frame delays in hundredths of a second
    private static java.util.List<Integer> delays(Path gif) throws Exception {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            var r = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            for (int i = 0; i < r.getNumImages(true); i++) {
                var root = (javax.imageio.metadata.IIOMetadataNode) r.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                var gce = (javax.imageio.metadata.IIOMetadataNode) root
                        .getElementsByTagName("GraphicControlExtension").item(0);
                out.add(Integer.parseInt(gce.getAttribute("delayTime")));
            }
        }
        return out;
    }
}
