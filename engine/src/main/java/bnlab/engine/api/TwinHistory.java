package bnlab.engine.api;

import java.util.List;

/**
 * One twin's history since the last rebuild, kept by the engine (decimated, bounded), so a view
 * shown late draws it whole. x is the training step in every series.
 *
 * @param loss        training loss of each step's batch: column {@link #LOSS}
 * @param accuracy    at each evaluation: {@link #TEST}, {@link #TRAIN_TRAIN_MODE}, {@link #TRAIN_EVAL_MODE}
 * @param percentiles at each evaluation, the last hidden layer's probe-unit activation input over the evaluated
 *                    training rows, as training computes it (Ioffe and Szegedy's Figure 1 b, c; see
 *                    {@code Evaluation.Result#unitInput}): {@link #P15}, {@link #P50}, {@link #P85}
 * @param path        at each evaluation, along the gradient on one fixed training batch (Santurkar et al. 2018):
 *                    the loss {@link #PATH_LOSS}, the least and greatest loss a step of half to four learning rates
 *                    along -g reaches ({@link #PATH_MIN}, {@link #PATH_MAX}), the greatest change of the gradient
 *                    there ({@link #PATH_GRAD_CHANGE}) and that change over the step's length
 *                    ({@link #PATH_SMOOTHNESS}); see {@code GradientPath}
 * @param layers      at each probed step, per hidden layer l: saturated fraction (column 3 l),
 *                    ||dL/dz_l|| (3 l + 1) and ||dL/dW_l|| (3 l + 2); see {@link #layerColumn}
 * @param units       the probed units' statistics, per (layer, unit)
 */
public record TwinHistory(Series loss, Series accuracy, Series percentiles, Series path, Series layers,
                          List<UnitHistory> units) {
    public static final int LOSS = 0;
    public static final int TEST = 0, TRAIN_TRAIN_MODE = 1, TRAIN_EVAL_MODE = 2;
    public static final int P15 = 0, P50 = 1, P85 = 2;
    public static final int PATH_LOSS = 0, PATH_MIN = 1, PATH_MAX = 2, PATH_GRAD_CHANGE = 3, PATH_SMOOTHNESS = 4,
            PATH_COLUMNS = 5;
    public static final int SATURATION = 0, SIGNAL_NORM = 1, WEIGHT_GRAD_NORM = 2, PER_LAYER = 3;

    /** No rows yet (each series with its columns). */
    public static final TwinHistory EMPTY = new TwinHistory(new DecimatingBuffer(4, 1).view(),
            new DecimatingBuffer(4, 3).view(), new DecimatingBuffer(4, 3).view(),
            new DecimatingBuffer(4, PATH_COLUMNS).view(), Series.EMPTY, List.of());

    public TwinHistory {
        units = List.copyOf(units);
    }

    /** Column of quantity q ({@link #SATURATION}, {@link #SIGNAL_NORM}, {@link #WEIGHT_GRAD_NORM}) of layer l in {@link #layers}. */
    public static int layerColumn(int layer, int q) {
        return PER_LAYER * layer + q;
    }

    /** The history of one probed unit, or null if it was not probed. */
    public UnitHistory unit(int layer, int unit) {
        for (UnitHistory u : units) {
            if (u.layer() == layer && u.unit() == unit) {
                return u;
            }
        }
        return null;
    }
}
