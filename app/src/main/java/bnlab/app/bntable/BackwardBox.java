package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass by hand on the lesson's batch, for L = the sum of y over image 1: dL/dy and dL/dx as maps,
 * one column per image, then dbeta, dgamma and the first dx with their numbers plugged in, the sum of dx, and the
 * check against central differences. In training mode the batch's mean and variance depend on every value, so
 * the images L leaves out get a gradient too.
 */
final class BackwardBox {
    /** The central difference's step for the check. */
    static final double H = 1e-6;
    /** The dx cells in the batch's order (for tests). */
    final List<Label> dx = new ArrayList<>();
    /** The verdict of the central-difference check. */
    final Label check = new Label();

    VBox of(Cells c, BnByHand h) {
        double[] dy = BnByHandBatch.lossGradient();
        BnByHand.Backward b = h.backward(dy);
        VBox box = new VBox(8);
        box.getChildren().add(Cells.heading(I18n.get("bnTable.backward.heading", BnByHandBatch.LOSS_IMAGE + 1)));
        // image 1's values are x_1 ... x_9 in the batch's order
        int from = BnByHandBatch.LOSS_IMAGE * BnByHandBatch.H * BnByHandBatch.W + 1;
        int to = from + BnByHandBatch.H * BnByHandBatch.W - 1;
        box.getChildren().add(c.texRow("L = \\sum_{i=" + from + "}^{" + to + "} y_i \\quad\\Rightarrow\\quad"
                + " \\frac{\\partial L}{\\partial y_i} = 1 \\ (" + from + " \\le i \\le " + to + "),\\ 0"
                + " \\ (i \\notin [" + from + ", " + to + "])", I18n.get("bnTable.backward.loss", BnByHandBatch.LOSS_IMAGE + 1)));
        box.getChildren().add(grid(c, b));
        box.getChildren().add(dbetaRow(c, b));
        box.getChildren().add(dgammaRow(c, b));
        box.getChildren().addAll(dxRows(c, h, b));
        box.getChildren().add(sumRow(c, b));
        double[] numeric = h.numericDx(dy, H);
        double worst = 0;
        for (int i = 0; i < numeric.length; i++) {
            worst = Math.max(worst, Math.abs(numeric[i] - b.dx(i)));
        }
        boolean ok = worst < 1e-6;
        check.setId("bn-table-backward-check");
        check.setWrapText(true);
        check.setText(I18n.get(ok ? "bnTable.backward.check.ok" : "bnTable.backward.check.bad",
                Digits.difference(worst), Digits.difference(H)));
        BnTablePane.colour(check, ok);
        box.getChildren().add(check);
        return box;
    }

    /**
     * Live: the step's backward pass through BN for the unit, from the engine's dL/dy (what the network's loss sent
     * back to y): dL/dy and dL/dx by hand in rows, both read times one power of ten, dbeta and dgamma each
     * checked against the engine's, the first dx worked out, every dx checked against the engine's, and their sum.
     */
    VBox live(Cells c, LiveStep s) {
        LiveBackward lb = s.backward();
        BnByHand h = s.network();
        BnByHand.Backward b = lb.byHand();
        VBox box = new VBox(8);
        box.getChildren().add(Cells.heading(I18n.get("bnTable.backward.live.heading", I18n.trainingStep(s.step()))));
        box.getChildren().add(Cells.note(I18n.get("bnTable.backward.live.source")));
        box.getChildren().add(liveGrid(c, b));
        box.getChildren().add(dbetaRow(c, b));
        box.getChildren().add(RunningBox.verdict(lb.engineBeta(), lb.betaDiff(), lb.betaMatches()));
        box.getChildren().add(dgammaRow(c, b));
        box.getChildren().add(RunningBox.verdict(lb.engineGamma(), lb.gammaDiff(), lb.gammaMatches()));
        box.getChildren().addAll(dxRows(c, h, b));
        boolean ok = lb.dxMatches();
        check.setId("bn-table-backward-check");
        check.setWrapText(true);
        check.setText(I18n.get(ok ? "bnTable.backward.live.dx.ok" : "bnTable.backward.live.dx.bad",
                Integer.toString(h.m()), Digits.difference(lb.dxDiff())));
        BnTablePane.colour(check, ok);
        box.getChildren().add(check);
        box.getChildren().add(sumRow(c, b));
        return box;
    }

    // dbeta = sum dy
    private static Node dbetaRow(Cells c, BnByHand.Backward b) {
        return c.texRow("\\frac{\\partial L}{\\partial \\beta} = \\sum_i \\frac{\\partial L}{\\partial y_i} = "
                + Tex.lead(b.sumDy()), I18n.get("bnTable.backward.dbeta"));
    }

    // dgamma = sum dy x_hat
    private static Node dgammaRow(Cells c, BnByHand.Backward b) {
        return c.texRow("\\frac{\\partial L}{\\partial \\gamma} = \\sum_i \\frac{\\partial L}{\\partial y_i}"
                + "\\, \\hat{x}_i = " + Tex.lead(b.sumDyXhat()), I18n.get("bnTable.backward.dgamma"));
    }

    // dx_i = gamma / (m sqrt(var + eps)) (m dy_i - sum dy - x_hat_i sum dy x_hat), then the first value worked out
    // (narrow: its result on a second line, the line with the numbers plugged in being about as wide as the view)
    private static List<Node> dxRows(Cells c, BnByHand h, BnByHand.Backward b) {
        return List.of(c.texRow("\\frac{\\partial L}{\\partial x_i} = \\frac{\\gamma}{m \\sqrt{\\sigma_B^2 + \\epsilon}}"
                        + "\\left(m \\frac{\\partial L}{\\partial y_i} - \\sum_j \\frac{\\partial L}{\\partial y_j}"
                        + " - \\hat{x}_i \\sum_j \\frac{\\partial L}{\\partial y_j} \\hat{x}_j\\right)",
                        I18n.get("bnTable.backward.dx")),
                c.texRow((c.compact() ? "\\begin{array}{l} " : "") + "\\frac{\\partial L}{\\partial x_1} = \\frac{" + Tex.lead(h.gamma()) + "}{"
                        + h.m() + " \\cdot " + Tex.lead(h.std()) + "} \\left(" + h.m() + " \\cdot " + Tex.whole(b.dy(0))
                        + " - " + Tex.num(b.sumDy()) + " - " + Tex.num(h.xhat(0)) + " \\cdot " + Tex.num(b.sumDyXhat())
                        + "\\right)" + (c.compact() ? " \\\\ \\qquad" : "") + " = " + Tex.lead(b.dx(0))
                        + (c.compact() ? " \\end{array}" : ""), I18n.get("bnTable.backward.dx1")));
    }

    // sum dx = 0: a sum that is 0 up to rounding (1e-17 beside values of 0.1) is shown as 0
    private static Node sumRow(Cells c, BnByHand.Backward b) {
        double sum = 0;
        double size = 0;
        for (double d : b.dx()) {
            sum += d;
            size = Math.max(size, Math.abs(d));
        }
        double shown = Math.abs(sum) < 1e-12 * Math.max(1, size * b.dx().length) ? 0 : sum;
        return c.texRow("\\sum_i \\frac{\\partial L}{\\partial x_i} = " + Tex.lead(shown),
                I18n.get("bnTable.backward.sum"));
    }

    // live: dL/dy (the engine's) and dL/dx (by hand) of the unit over the batch, in rows as the values above
    private GridPane liveGrid(Cells c, BnByHand.Backward b) {
        GridPane g = BatchGrids.table();
        int[] shape = BatchGrids.liveShape(c, b.dx().length);
        // one power of ten for both rows, so that a dx and its dy compare as they stand
        int power = Math.max(Tex.power(b.dy()), Tex.power(b.dx()));
        double scale = Math.pow(10, -power);
        g.add(c.mathHeader(Tex.scaled(-power, "\\partial L / \\partial y")), 0, 0);
        g.add(c.mathHeader(Tex.scaled(-power, "\\partial L / \\partial x")), 0, 1);
        g.add(c.grid(shape[1], shape[2], shape[0], i -> Digits.cell(b.dy(i) * scale), null, c.gridEm() * 0.85, null),
                1, 0);
        g.add(c.grid(shape[1], shape[2], shape[0], i -> Digits.cell(b.dx(i) * scale), null, c.gridEm() * 0.85, dx),
                1, 1);
        return g;
    }

    // dL/dy and dL/dx of each image as 3 x 3 maps, one column per image (two a row when narrow)
    private GridPane grid(Cells c, BnByHand.Backward b) {
        GridPane g = BatchGrids.table();
        int cells = BnByHandBatch.H * BnByHandBatch.W;
        for (int n = 0; n < BnByHandBatch.N; n++) {
            int[] at = BatchGrids.imageColumn(c, g, n, 3);
            int top = at[0];
            if (at[1] == 1) {
                g.add(c.mathHeader("\\partial L / \\partial y"), 0, top + 1);
                g.add(c.mathHeader("\\partial L / \\partial x"), 0, top + 2);
            }
            int first = n * cells;
            java.awt.Color in = n == BnByHandBatch.LOSS_IMAGE ? Palette.BN : null; // the image L adds up
            g.add(c.grid(3, 3, cells, i -> Digits.whole(b.dy(first + i)), i -> in, c.gridEm(), null), at[1], top + 1);
            g.add(c.grid(3, 3, cells, i -> Digits.cell(b.dx(first + i)), i -> in, c.cellEm(), dx), at[1], top + 2);
        }
        return g;
    }
}
