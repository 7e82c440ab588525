package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import bnlab.engine.api.Moments;
import javafx.scene.layout.VBox;

/**
 * The batch statistics typeset with their numbers plugged in, one line each: m, the sum, the mean, the
 * biased and unbiased variances, sqrt(var + eps), and x_hat and y of the first value as a worked example.
 */
final class StatsBox {
    private StatsBox() {
    }

    /**
     * @param h    the step (by hand on the lesson's batch, or on the live unit's values)
     * @param live whether m counts the samples of a mini-batch (else N * H * W of the lesson's batch)
     */
    static VBox of(Cells c, BnByHand h, boolean live, boolean undo) {
        VBox box = new VBox(6);
        box.getChildren().add(Cells.heading(I18n.get("bnTable.stats")));
        String mid = live ? "" : "N \\cdot H \\cdot W = " + BnByHandBatch.N + " \\cdot " + BnByHandBatch.H + " \\cdot "
                + BnByHandBatch.W + " = ";
        box.getChildren().add(c.texRow("m = " + mid + h.m(),
                I18n.get(live ? "bnTable.note.m.live" : "bnTable.note.m.hand")));
        // sum = x_1 + ... + x_m
        box.getChildren().add(c.texRow("\\sum_i x_i = " + Tex.lead(h.sum()), I18n.get("bnTable.note.sum")));
        // mu = sum / m
        box.getChildren().add(c.texRow("\\mu_B = \\frac{1}{m}\\sum_i x_i = \\frac{" + Tex.lead(h.sum()) + "}{" + h.m()
                + "} = " + Tex.lead(h.mean()), I18n.get("bnTable.note.mean")));
        // var = 1/m sum (x - mu)^2;  s^2 = 1/(m-1) sum (x - mu)^2
        String ss = Tex.lead(h.squaredDeviations());
        box.getChildren().add(c.texRow("\\sigma_B^2 = \\frac{1}{m}\\sum_i (x_i - \\mu_B)^2 = \\frac{" + ss + "}{" + h.m()
                + "} = " + Tex.lead(h.biasedVar()), I18n.get("bnTable.note.biased")));
        box.getChildren().add(c.texRow("s_B^2 = \\frac{1}{m-1}\\sum_i (x_i - \\mu_B)^2 = \\frac{" + ss + "}{"
                + (h.m() - 1) + "} = " + Tex.lead(h.unbiasedVar()), I18n.get("bnTable.note.unbiased")));
        // sqrt(var + eps)
        box.getChildren().add(c.texRow("\\sqrt{\\sigma_B^2 + \\epsilon} = \\sqrt{" + Tex.lead(h.biasedVar()) + " + "
                + Tex.eps(h.eps()) + "} = " + Tex.lead(h.std()), I18n.get("bnTable.note.std")));
        // x_hat_1 = (x_1 - mu) / sqrt(var + eps);  y_1 = gamma x_hat_1 + beta
        box.getChildren().add(c.texRow("\\hat{x}_1 = \\frac{x_1 - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}} = \\frac{"
                + Tex.lead(h.x(0)) + " - " + Tex.num(h.mean()) + "}{" + Tex.lead(h.std()) + "} = "
                + Tex.lead(h.xhat(0)), I18n.get("bnTable.note.xhat")));
        if (undo) {
            box.getChildren().add(c.texRow("\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon} = " + Tex.lead(h.gamma())
                    + ",\\quad \\beta = \\mu_B = " + Tex.lead(h.beta()), I18n.get("bnTable.note.undo")));
        }
        box.getChildren().add(c.texRow("y_1 = \\gamma \\hat{x}_1 + \\beta = " + Tex.lead(h.gamma()) + " \\cdot "
                + Tex.num(h.xhat(0)) + " + " + Tex.num(h.beta()) + " = " + Tex.lead(h.y(0)),
                I18n.get(undo ? "bnTable.note.yUndo" : "bnTable.note.y")));
        // y over the batch: mean = beta, standard deviation = gamma * sqrt(var / (var + eps))
        Moments.Of y = Moments.of(h.y());
        // a mean that is 0 up to rounding (1e-17 next to a spread of 1) is shown as 0
        double yMean = Math.abs(y.mean()) < 1e-12 * Math.max(1, y.std()) ? 0 : y.mean();
        box.getChildren().add(c.texRow("\\bar{y} = \\frac{1}{m}\\sum_i y_i = " + Tex.lead(yMean)
                + ", \\quad \\sqrt{\\frac{1}{m}\\sum_i (y_i - \\bar{y})^2} = " + Tex.lead(y.std()),
                I18n.get("bnTable.note.ySpread")));
        return box;
    }
}
