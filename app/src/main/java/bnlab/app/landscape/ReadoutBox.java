package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.twoweight.Readouts;
import javafx.scene.control.Label;
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
    private final GridPane g = new GridPane();
    private final Label[] names = new Label[6];
    private final Label[] values = {lambdaMin, lambdaMax, kappa, lrMax, lr, steps};
    private final String[] longNames;
    private final String[] shortNames = {I18n.get("landscape.short.lambdaMin"), I18n.get("landscape.short.lambdaMax"),
        I18n.get("landscape.short.kappa"), I18n.get("landscape.short.lrMax"), I18n.get("landscape.short.lr"),
        I18n.get("landscape.short.stepsToTol", SideState.TOL)};

    ReadoutBox(String id) {
        setId(id);
        g.setHgap(14);
        g.setVgap(0);
        String[] texts = {I18n.get("landscape.lambdaMin"), I18n.get("landscape.lambdaMax"),
            I18n.get("landscape.kappa"), I18n.get("landscape.lrMax"), I18n.get("landscape.lr"),
            I18n.get("landscape.stepsToTol", SideState.TOL)};
        String[] tips = {I18n.get("landscape.lambdaMin.tip"), I18n.get("landscape.lambdaMax.tip"),
            I18n.get("landscape.kappa.tip"), I18n.get("landscape.lrMax.tip"), I18n.get("landscape.lr.tip"),
            I18n.get("landscape.stepsToTol.tip")};
        longNames = texts;
        String[] ids = {"lambdaMin", "lambdaMax", "kappa", "lrMax", "lr", "steps"};
        for (int i = 0; i < texts.length; i++) {
            Label name = new Label(texts[i]);
            bnlab.app.style.Tips.set(name, tips[i]);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            this.names[i] = name;
            values[i].setId(id + "-" + ids[i]);
            values[i].setStyle("-fx-font-weight: bold;");
            values[i].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        setCompact(false);
        verdict.setId(id + "-verdict");
        verdict.setWrapText(true);
        getChildren().addAll(g, verdict);
        setSpacing(2);
    }

    /**
     * Compact: the six read-outs with short names (the long ones stay in the tooltips) in two columns of
     * three rows (eigenvalues and kappa; the rates and the steps), so a small window (a lesson stage at
     * 1280 x 720) keeps its height for the charts.
     */
    void setCompact(boolean compact) {
        g.getChildren().clear();
        g.setHgap(compact ? 10 : 14);
        for (int i = 0; i < names.length; i++) {
            names[i].setText(compact ? shortNames[i] : longNames[i]);
            int col = compact ? 2 * (i / 3) : 0;
            int row = compact ? i % 3 : i;
            g.add(names[i], col, row);
            g.add(values[i], col + 1, row);
        }
    }

    /**
     * @param withheld the step count waits ("?": a lesson asks the class which side gets there first)
     */
    void show(Readouts r, boolean leftWindow, boolean withheld) {
        lambdaMin.setText(fmt(r.lambdaMin()));
        lambdaMax.setText(fmt(r.lambdaMax()));
        kappa.setText(fmt(r.kappa()));
        lrMax.setText(fmt(r.lrMax()));
        lr.setText(fmt(r.lr()));
        steps.setText(withheld ? I18n.get("landscape.steps.withheld")
                : r.stepsToTol() == Readouts.NEVER ? I18n.get("landscape.steps.never")
                : I18n.get("landscape.steps", r.stepsToTol()));
        if (r.diverges()) {
            verdict.setText(I18n.get("landscape.verdict.diverges", leftWindow));
            verdict.setStyle("-fx-text-fill: #C0392B; -fx-font-weight: bold;");
        } else {
            // the fraction of this side's own stable limit: eta / (2 / lambda_max)
            verdict.setText(I18n.get("landscape.verdict.converges", ofLimit(r.lr() / r.lrMax())));
            verdict.setStyle("-fx-text-fill: #1E8449; -fx-font-weight: bold;");
        }
    }

    /**
     * A fraction of the stable limit as the verdict writes it: 0.75 as itself, a small one as one part in a round
     * number, as the lessons say ratios (one eta = 0.0015 on the bowl: "1/1300", not "7.5e-4").
     */
    static String ofLimit(double f) {
        return f > 0 && f < 0.1 ? bnlab.app.i18n.Numbers.ratio(f) : fmt(f);
    }

    /** A read-out number: the app's one number format (4 significant digits, scientific from 1e5). */
    static String fmt(double v) {
        return I18n.get("landscape.number", v);
    }
}
