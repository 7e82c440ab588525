package bnlab.app.export;

import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Path;

/** Reads back a GIF for the tests: how many frames, and whether it loops for ever. */
public final class Gifs {
    private Gifs() {
    }

    /** Frames in the file. */
    public static int frames(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            return r.getNumImages(true);
        }
    }

    /** Whether the first frame carries the NETSCAPE2.0 extension with a loop count of 0 (for ever). */
    public static boolean loopsForever(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            org.w3c.dom.NodeList apps = root.getElementsByTagName("ApplicationExtension");
            for (int i = 0; i < apps.getLength(); i++) {
                IIOMetadataNode app = (IIOMetadataNode) apps.item(i);
                if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                    byte[] data = (byte[]) app.getUserObject();
                    return data.length >= 3 && data[0] == 1 && data[1] == 0 && data[2] == 0;
                }
            }
            return false;
        }
    }

    static String name(Node n) {
        return n.getNodeName();
    }
}
