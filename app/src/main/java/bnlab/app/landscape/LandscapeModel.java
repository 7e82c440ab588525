package bnlab.app.landscape;

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
 * recomputes synchronously (a 61 x 61 grid of a 2-weight loss takes milliseconds).
 */
final class LandscapeModel {

    enum Source { SYNTHETIC, WINE }

    /** Two wine columns by index; the regression target is the class (cultivar 0, 1, 2). */
    record WinePair(int first, int second) {
        @Override
        public String toString() {
            return WineResource.NAMES.get(first) + " vs " + WineResource.NAMES.get(second);
        }
    }

    static final List<WinePair> WINE_PAIRS = List.of(new WinePair(12, 10), new WinePair(0, 12),
            new WinePair(4, 6));
    static final double LR_MIN = 1e-8, LR_MAX = 10, SCALE_MAX = 1000;
    static final double[] START = {-1, 1};
    static final long SEED = 42;

    private final ReadOnlyDoubleWrapper lr = new ReadOnlyDoubleWrapper(0.05);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
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

    ReadOnlyDoubleProperty learningRateProperty() { return lr.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty scaleProperty() { return scale.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Source> sourceProperty() { return source.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<WinePair> winePairProperty() { return winePair.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty wineAvailableProperty() { return wineAvailable.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SideState> rawProperty() { return raw.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SideState> standardizedProperty() { return standardized.getReadOnlyProperty(); }
    ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /** Clamped to [LR_MIN, LR_MAX]; restarts the animation. */
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
        wine = d != null && d.dim() >= WineResource.NAMES.size() ? d : null;
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

    /** 1, 31.6, 100, 1000: at most three significant digits, no trailing zeros. */
    static String scaleText(double s) {
        return new java.math.BigDecimal(s).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private void recompute() {
        TwoFeatureProblem p;
        String what, xl = "w1 (weight of x1)", yl = "w2 (weight of x2)";
        if (source.get() == Source.WINE) {
            WinePair wp = winePair.get();
            p = TwoFeatureProblem.fromDataset(wine, wp.first(), wp.second());
            what = "wine " + wp;
            xl = "w1 (" + WineResource.NAMES.get(wp.first()) + ")";
            yl = "w2 (" + WineResource.NAMES.get(wp.second()) + ")";
        } else {
            p = TwoFeatureProblem.synthetic(SEED, 200, scale.get());
            what = "x2 \u00d7 " + scaleText(scale.get());
        }
        raw.set(SideState.compute("raw: " + what, xl, yl, p, lr.get(), START));
        standardized.set(SideState.compute("standardized (z-scored)", xl, yl, p.standardized(), lr.get(), START));
        step.set(0);
        playing.set(true);
    }
}
