package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Convention;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The running statistics after one step under a convention, written out: the rule, then the mean and
 * the variance with the numbers plugged in; live, each followed by what the engine reports and whether
 * it matches.
 */
final class RunningBox {
    private RunningBox() {
    }

    /**
     * @param h        the step
     * @param c        the convention
     * @param momentum its momentum
     * @param before   the running statistics before the step
     * @param inUse    whether this convention's eps is the one the table uses (drawn framed)
     * @param check    live: what the engine reported, or null
     * @param results  false: the lines end in "= ?" (for the class to work out first)
     */
    static VBox of(Cells cells, BnByHand h, Convention c, double momentum, BnByHand.Running before, boolean inUse,
                   LiveStep.RunningCheck check, boolean results) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(8, 12, 8, 12));
        String frame = inUse ? Palette.css(Palette.BN) : Palette.css(bnlab.app.style.Look.current().grid());
        box.setStyle("-fx-border-color: " + frame + "; -fx-border-width: " + (inUse ? 3 : 1) + "; -fx-border-radius: 4;");
        String key = c == Convention.PYTORCH ? "bnTable.pytorch" : "bnTable.keras";
        Label title = Cells.heading(I18n.get(key, Digits.stat(momentum), Digits.eps(c.defaultEps())));
        box.getChildren().add(title);
        // r <- (1 - alpha) r + alpha b, alpha the new batch's weight: PyTorch's momentum, Keras's 1 - momentum
        // (the letter m is the batch size here, as in Ioffe and Szegedy: the momentum is named, never m)
        String m = Digits.stat(momentum);
        String keep = c == Convention.PYTORCH ? "(1 - " + m + ")" : m;
        String take = c == Convention.PYTORCH ? m : "(1 - " + m + ")";
        box.getChildren().add(cells.texRow("r \\leftarrow (1 - \\alpha)\\, r + \\alpha\\, b", null));
        BnByHand.Running after = h.runningAfter(c, momentum, before);
        // running mean <- keep * before + take * mu
        box.getChildren().add(cells.texRow("\\mu_{\\mathrm{run}} \\leftarrow " + keep + " \\cdot " + Tex.num(before.mean())
                + " + " + take + " \\cdot " + Tex.num(h.mean()) + " = " + (results ? Tex.lead(after.mean()) : "\\,?"), null));
        if (check != null) {
            box.getChildren().add(verdict(check.reported().mean(), check.meanDiff(), check.meanMatches()));
        }
        // running var <- keep * before + take * (unbiased var for PyTorch, biased var for Keras)
        box.getChildren().add(cells.texRow("\\sigma^2_{\\mathrm{run}} \\leftarrow " + keep + " \\cdot "
                + Tex.num(before.var()) + " + " + take + " \\cdot " + Tex.num(h.fedVar(c)) + " = "
                + (results ? Tex.lead(after.var()) : "\\,?"), null));
        box.getChildren().add(Cells.note(I18n.get(c.unbiasedRunningVar() ? "bnTable.note.fedUnbiased"
                : "bnTable.note.fedBiased")));
        if (check != null) {
            box.getChildren().add(verdict(check.reported().var(), check.varDiff(), check.varMatches()));
        }
        return box;
    }

    /** "The engine reports v: it matches (difference d)", with a check mark or a cross. */
    static Label verdict(double reported, double diff, boolean ok) {
        Label l = Cells.note(I18n.get(ok ? "bnTable.check.ok" : "bnTable.check.bad", Digits.stat(reported),
                Digits.difference(diff)));
        l.setStyle("-fx-font-weight: bold; -fx-text-fill: " + Palette.textCss(ok ? Palette.GREEN : Palette.PLAIN) + ";");
        l.getStyleClass().add(ok ? "bn-table-match" : "bn-table-mismatch");
        return l;
    }
}
