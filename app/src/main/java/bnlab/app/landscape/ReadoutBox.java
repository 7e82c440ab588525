package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.twoweight.Readouts;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Read-outs of one side from the exact Hessian: eigenvalues, kappa, 2/lambda_max, its eta, steps. */
final class ReadoutBox extends VBox {

    final Label lambdaMin = new Label();
    final Label lambdaMax = new Label();
    final Label kappa = new Label();
    final Label lrMax = new Label();
    final Label lr = new Label();
    final Label steps = new Label();
    final Label verdict = new Label();

    ReadoutBox(String id) {
        setId(id);
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(0);
        String[] names = {I18n.get("landscape.lambdaMin"), I18n.get("landscape.lambdaMax"),
            I18n.get("landscape.kappa"), I18n.get("landscape.lrMax"), I18n.get("landscape.lr"),
            I18n.get("landscape.stepsToTol", SideState.TOL)};
        String[] tips = {I18n.get("landscape.lambdaMin.tip"), I18n.get("landscape.lambdaMax.tip"),
            I18n.get("landscape.kappa.tip"), I18n.get("landscape.lrMax.tip"), I18n.get("landscape.lr.tip"),
            I18n.get("landscape.stepsToTol.tip")};
        Label[] values = {lambdaMin, lambdaMax, kappa, lrMax, lr, steps};
        String[] ids = {"lambdaMin", "lambdaMax", "kappa", "lrMax", "lr", "steps"};
        for (int i = 0; i < names.length; i++) {
            Label name = new Label(names[i]);
            name.setTooltip(new Tooltip(tips[i]));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            g.add(name, 0, i);
            values[i].setId(id + "-" + ids[i]);
            values[i].setStyle("-fx-font-weight: bold;");
            values[i].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            g.add(values[i], 1, i);
        }
        verdict.setId(id + "-verdict");
        verdict.setWrapText(true);
        getChildren().addAll(g, verdict);
        setSpacing(2);
    }

    void show(Readouts r, boolean leftWindow) {
        lambdaMin.setText(fmt(r.lambdaMin()));
        lambdaMax.setText(fmt(r.lambdaMax()));
        kappa.setText(fmt(r.kappa()));
        lrMax.setText(fmt(r.lrMax()));
        lr.setText(fmt(r.lr()));
        steps.setText(r.stepsToTol() == Readouts.NEVER ? I18n.get("landscape.steps.never")
                : I18n.get("landscape.steps", r.stepsToTol()));
        if (r.diverges()) {
            verdict.setText(I18n.get("landscape.verdict.diverges", leftWindow));
            verdict.setStyle("-fx-text-fill: #C0392B; -fx-font-weight: bold;");
        } else {
            // the fraction of this side's own stable limit: eta / (2 / lambda_max)
            verdict.setText(I18n.get("landscape.verdict.converges", r.lr() / r.lrMax()));
            verdict.setStyle("-fx-text-fill: #1E8449; -fx-font-weight: bold;");
        }
    }

    /** A read-out number: the app's one number format (4 significant digits, scientific from 1e5). */
    static String fmt(double v) {
        return I18n.get("landscape.number", v);
    }
}
