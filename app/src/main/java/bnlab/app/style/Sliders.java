package bnlab.app.style;

import javafx.scene.control.Slider;

/** The app's sliders and the keyboard. */
public final class Sliders {
    /** Arrow presses from one end of a slider to the other. */
    public static final int KEY_STEPS = 20;

    private Sliders() {
    }

    /**
     * A slider the arrow keys move by a twentieth of its range: JavaFX's default block increment (10) is
     * more than the whole range of a log-scaled slider (the learning rate's 10^-4 .. 10^2 is 6), so one
     * press sent it to an end.
     */
    public static Slider keyed(Slider s) {
        s.setBlockIncrement((s.getMax() - s.getMin()) / KEY_STEPS);
        return s;
    }
}
