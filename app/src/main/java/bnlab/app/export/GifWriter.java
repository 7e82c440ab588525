package bnlab.app.export;

import com.madgag.gif.fmsware.AnimatedGifEncoder;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * A looping animated GIF built frame by frame in memory (compressed as it goes), written at the end in
 * one piece. Each frame is shown until the next one was taken, so frames skipped while the machine was
 * busy do not speed the animation up. Not thread-safe: one thread adds the frames.
 */
public final class GifWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AnimatedGifEncoder gif = new AnimatedGifEncoder();
    private final int defaultDelayMs;
    private BufferedImage pending;
    private long pendingAt;
    private int frames;

    /** @param fps frames per second when no times are given */
    public GifWriter(double fps) {
        defaultDelayMs = (int) Math.round(1000 / fps);
        gif.start(bytes);
        gif.setRepeat(0);
        gif.setQuality(10);
    }

    /** Add a frame taken at a time in milliseconds (any clock), or at the frame rate when at is negative. */
    public void add(BufferedImage frame, long atMillis) {
        if (pending != null) {
            int delay = atMillis < 0 ? defaultDelayMs : (int) Math.max(10, atMillis - pendingAt);
            flush(delay);
        }
        pending = opaque(frame);
        pendingAt = atMillis;
    }

    /** The GIF's bytes, the last frame shown for one frame's time. No frame can be added after. */
    public byte[] finish() {
        if (pending != null) {
            flush(defaultDelayMs);
        }
        gif.finish();
        return bytes.toByteArray();
    }

    /** Frames added so far (the last one is counted once it is written, at the next frame or at the end). */
    public int frames() {
        return frames + (pending == null ? 0 : 1);
    }

    private void flush(int delayMs) {
        gif.setDelay(delayMs);
        gif.addFrame(pending);
        frames++;
        pending = null;
    }

    // GIF has one transparent index at most; a transparent export goes on white for the animation
    private static BufferedImage opaque(BufferedImage img) {
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
