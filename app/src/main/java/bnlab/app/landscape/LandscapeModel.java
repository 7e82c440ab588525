package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.twoweight.TwoFeatureProblem;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * View-model of the two-weight landscape: settings in, two immutable {@link SideState}s out
 * (raw = canyon, standardized = bowl) plus the animation step. FX thread only; every command
 * recomputes synchronously (an 81 x 81 grid of a 2-weight loss takes milliseconds).
 * <p>
 * By default each panel steps at the same fraction of its own 2 / lambda_max ({@link StepRate});
 * "one eta for both" is the other mode.
 */
final class LandscapeModel {

    enum Source { SYNTHETIC, WINE }

    /** Two wine columns by index; the regression target is the class (cultivar 0, 1, 2). */
    record WinePair(int first, int second) {
        /** "proline vs hue", in the user's language. */
        String label() {
            return I18n.get("landscape.winePair", WineResource.name(first), WineResource.name(second));
        }
    }

    static final List<WinePair> WINE_PAIRS = List.of(new WinePair(12, 10), new WinePair(0, 12),
            new WinePair(4, 6));
    static final double LR_MIN = StepRate.ETA_MIN, LR_MAX = StepRate.ETA_MAX, SCALE_MAX = 1000;
    /**
     * x2 times 10: kappa = 510, and at 0.75 x 2/lambda_max the canyon needs 2,741 steps to the
     * tolerance, the bowl 12; within the 300 animated steps the canyon path visibly creeps along
     * its floor (4.03 from w* at the start, 1.33 after 300 steps) without arriving. At x1 the raw
     * problem has kappa 16.9 and needs 83 steps, a contrast easily missed; at x100 (268,359 steps)
     * the canyon path does not visibly move in 300 steps.
     */
    static final double DEFAULT_SCALE = 10;
    /**
     * 0.75 x 2/lambda_max: across the canyon the error flips sign and halves each step (1 - 2 * 0.75
     * = -0.5), a zig-zag of three or four visible bounces; the bowl, whose every direction is like
     * that one, lands in 12 steps.
     */
    static final double DEFAULT_FRACTION = 0.75;
    /** High on the canyon's wall (the raw w* is (1.99, 0.30) at x10), so the zig-zag is visible. */
    static final double[] START = {-1, 3};
    static final long SEED = 42;

    private final ReadOnlyObjectWrapper<StepRate.Mode> mode = new ReadOnlyObjectWrapper<>(StepRate.Mode.SAME_FRACTION);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(DEFAULT_FRACTION);
    private final ReadOnlyDoubleWrapper lr = new ReadOnlyDoubleWrapper(0.05);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(DEFAULT_SCALE);
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(Source.SYNTHETIC);
    private final ReadOnlyObjectWrapper<WinePair> winePair = new ReadOnlyObjectWrapper<>(WINE_PAIRS.get(0));
    private final ReadOnlyBooleanWrapper wineAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SideState> raw = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SideState> standardized = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(true);
    private Dataset wine;

    LandscapeModel(Dataset wine) {
        setWine(wine);
        recompute();
    }

    ReadOnlyObjectProperty<StepRate.Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    /** The one eta of {@link StepRate.Mode#ONE_ETA} mode. */
    ReadOnlyDoubleProperty learningRateProperty() { return lr.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty scaleProperty() { return scale.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Source> sourceProperty() { return source.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<WinePair> winePairProperty() { return winePair.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty wineAvailableProperty() { return wineAvailable.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SideState> rawProperty() { return raw.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SideState> standardizedProperty() { return standardized.getReadOnlyProperty(); }
    ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /**
     * Switching to one eta starts from the canyon's current rate (its path stays the same, the
     * bowl now has to use it); switching back keeps the fraction.
     */
    void setMode(StepRate.Mode m) {
        if (m == null || m == mode.get()) {
            return;
        }
        if (m == StepRate.Mode.ONE_ETA) {
            lr.set(Math.max(LR_MIN, Math.min(LR_MAX, raw.get().readouts().lr())));
        }
        mode.set(m);
        recompute();
    }

    /** Fraction of each panel's own 2/lambda_max, clamped to [FRACTION_MIN, FRACTION_MAX]; restarts. */
    void setFraction(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        double c = Math.max(StepRate.FRACTION_MIN, Math.min(StepRate.FRACTION_MAX, v));
        if (c != fraction.get()) {
            fraction.set(c);
            recompute();
        }
    }

    /** The one eta, clamped to [LR_MIN, LR_MAX]; restarts the animation. */
    void setLearningRate(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        double c = Math.max(LR_MIN, Math.min(LR_MAX, v));
        if (c != lr.get()) {
            lr.set(c);
            recompute();
        }
    }

    /** Feature-2 scale of the synthetic problem, clamped to [1, 1000]. */
    void setScale(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        double c = Math.max(1, Math.min(SCALE_MAX, v));
        if (c != scale.get()) {
            scale.set(c);
            recompute();
        }
    }

    void setSource(Source s) {
        if (s == Source.WINE && wine == null) {
            return;
        }
        if (s != source.get()) {
            source.set(s);
            recompute();
        }
    }

    void setWinePair(WinePair p) {
        if (p != null && !p.equals(winePair.get())) {
            winePair.set(p);
            recompute();
        }
    }

    /** New wine data (null makes the wine choice unavailable and falls back to synthetic). */
    void setWine(Dataset d) {
        wine = d != null && d.dim() >= WineResource.KEYS.size() ? d : null;
        wineAvailable.set(wine != null);
        if (wine == null && source.get() == Source.WINE) {
            source.set(Source.SYNTHETIC);
        }
        if (raw.get() != null) {
            recompute();
        }
    }

    void play() { playing.set(true); }
    void pause() { playing.set(false); }
    void restart() { step.set(0); playing.set(true); }

    /** Advances the animation by k steps; stops playing when both paths are fully shown. */
    void advance(int k) {
        int last = Math.max(raw.get().steps(), standardized.get().steps());
        step.set(Math.min(last, step.get() + k));
        if (step.get() >= last) {
            playing.set(false);
        }
    }

    /** The race's pace at its first steps, where the canyon's zig-zag and the bowl's arrival are watched. */
    static final double FIRST_PACE = 8;
    /** The pace it speeds up to: the canyon's crawl along its floor shows at any pace. */
    static final double TOP_PACE = 64;
    /** Steps shown at the first pace. */
    static final int FIRST_STEPS = 16;

    /**
     * Steps per second at step {@code step} of the race: 8 for the first 16 steps, then 8 x step / 16 (doubling every
     * ln 2 / 0.5 s = 1.4 s), up to 64: the 300 steps take ~9 s instead of the 37 s of a steady 8 (a class waited).
     */
    // pace(s) = min(64, 8 * max(1, s / 16))
    static double pace(int step) {
        return Math.min(TOP_PACE, FIRST_PACE * Math.max(1.0, step / (double) FIRST_STEPS));
    }

    /** 1, 31.6, 100, 1000: at most three significant digits, no trailing zeros. */
    static String scaleText(double s) {
        return new java.math.BigDecimal(s).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The rate rule now in force. */
    StepRate rate() {
        return new StepRate(mode.get(), fraction.get(), lr.get());
    }

    /**
     * 0: a round bowl (kappa < 2), 1: an elongated valley (kappa < 100), 2: a narrow canyon; the
     * argument of the titles' choice format.
     */
    static int shape(double kappa) {
        return kappa < 2 ? 0 : kappa < 100 ? 1 : 2;
    }

    private void recompute() {
        TwoFeatureProblem p;
        String xl = I18n.get("landscape.axis.w1"), yl = I18n.get("landscape.axis.w2");
        if (source.get() == Source.WINE) {
            WinePair wp = winePair.get();
            p = TwoFeatureProblem.fromDataset(wine, wp.first(), wp.second());
            xl = I18n.get("landscape.axis.w1.named", WineResource.name(wp.first()));
            yl = I18n.get("landscape.axis.w2.named", WineResource.name(wp.second()));
        } else {
            p = TwoFeatureProblem.synthetic(SEED, 200, scale.get());
        }
        StepRate r = rate();
        raw.set(SideState.compute(k -> I18n.get("landscape.title.raw", shape(k), k), xl, yl, p, r, START));
        standardized.set(SideState.compute(k -> I18n.get("landscape.title.standardized", shape(k), k), xl, yl,
                p.standardized(), r, START));
        step.set(0);
        playing.set(true);
    }
}
