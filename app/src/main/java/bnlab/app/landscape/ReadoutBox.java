package bnlab.app.landscape;

import bnlab.engine.api.twoweight.Readouts;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Read-outs of one side from the exact Hessian: eigenvalues, kappa, 2/lambda_max, steps. */
final class ReadoutBox extends VBox {

    final Label lambdaMin = new Label();
    final Label lambdaMax = new Label();
    final Label kappa = new Label();
    final Label lrMax = new Label();
    final Label steps = new Label();
    final Label verdict = new Label();

    ReadoutBox(String id) {
        setId(id);
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(2);
        String[] names = {"\u03bb_min", "\u03bb_max", "\u03ba = \u03bb_max/\u03bb_min", "2/\u03bb_max",
            "steps to \u2016w\u2212w*\u2016 \u2264 " + SideState.TOL};
        Label[] values = {lambdaMin, lambdaMax, kappa, lrMax, steps};
        String[] ids = {"lambdaMin", "lambdaMax", "kappa", "lrMax", "steps"};
        for (int i = 0; i < names.length; i++) {
            g.add(new Label(names[i]), 0, i);
            values[i].setId(id + "-" + ids[i]);
            values[i].setStyle("-fx-font-weight: bold;");
            g.add(values[i], 1, i);
        }
        verdict.setId(id + "-verdict");
        verdict.setWrapText(true);
        getChildren().addAll(g, verdict);
        setSpacing(6);
    }

    void show(Readouts r, boolean leftWindow) {
        lambdaMin.setText(fmt(r.lambdaMin()));
        lambdaMax.setText(fmt(r.lambdaMax()));
        kappa.setText(fmt(r.kappa()));
        lrMax.setText(fmt(r.lrMax()));
        steps.setText(r.stepsToTol() == Readouts.NEVER ? "never" : String.format("%,d", r.stepsToTol()));
        if (r.diverges()) {
            verdict.setText("diverges: lr > 2/\u03bb_max" + (leftWindow ? " (path leaves the plot)" : ""));
            verdict.setStyle("-fx-text-fill: #C0392B; -fx-font-weight: bold; -fx-font-size: 18pt;");
        } else {
            verdict.setText(String.format("converges: lr = %.3g \u00d7 2/\u03bb_max", r.lr() / r.lrMax()));
            verdict.setStyle("-fx-text-fill: #1E8449; -fx-font-weight: bold; -fx-font-size: 18pt;");
        }
    }

    static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return "\u221e";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format("%.3e", v) : String.format("%.4g", v);
    }
}
