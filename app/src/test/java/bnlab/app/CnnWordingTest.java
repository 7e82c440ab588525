package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.NormKind;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * For a CNN the Live tab's views speak of channels and conv blocks (the bundles' ".cnn" keys), in both
 * languages, and back to units and layers for an MLP; InstanceNorm and GroupNorm say what they
 * normalize with instead of running statistics.
 */
@ExtendWith(ApplicationExtension.class)
class CnnWordingTest {
    private final WindowFixture w = new WindowFixture();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        w.start(stage);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private Set<String> texts() {
        Set<String> out = new java.util.HashSet<>();
        robot.interact(() -> {
            for (Node n : robot.lookup(x -> x instanceof Label || x instanceof ListCell<?>).queryAll()) {
                String t = n instanceof Label l ? l.getText() : ((ListCell<?>) n).getText();
                if (t != null) {
                    out.add(t);
                }
            }
        });
        return out;
    }

    private void show(bnlab.engine.api.Snapshot s) {
        w.session.publish(s);
        robot.interact(() -> w.window.pump().flush());
    }

    @Test
    void aCnnsUnitsAreChannelsAndItsLayersBlocks() {
        show(CnnSnapshots.cnn(NormKind.BATCH, 8, 20));
        Set<String> t = texts();
        assertTrue(t.contains(I18n.get("view.unit.cnn")), "the unit choosers' label: " + I18n.get("view.unit.cnn"));
        assertTrue(t.contains(I18n.get("view.allUnits.cnn")), "histograms: all channels pooled");
        assertTrue(t.contains(I18n.get("view.layerNumber.cnn", 1)), "block 1");
        assertFalse(t.contains(I18n.get("view.allUnits")), "no 'all units' left");
        assertFalse(t.contains(I18n.get("view.layerNumber", 1)), "no 'layer 1' left");
        show(CnnSnapshots.mlp(NormKind.BATCH, 8, 21));
        t = texts();
        assertTrue(t.contains(I18n.get("view.allUnits")), "an MLP has units again");
        assertTrue(t.contains(I18n.get("view.layerNumber", 1)));
        assertFalse(t.contains(I18n.get("view.unit.cnn")));
    }

    @Test
    void normalizationsWithoutRunningStatisticsSayWhatTheyUseInstead() {
        for (NormKind k : List.of(NormKind.INSTANCE, NormKind.GROUP, NormKind.LAYER)) {
            show(CnnSnapshots.cnn(k, 8, 30 + k.ordinal()));
            Label notice = robot.lookup("#running-stats-notice").query();
            String key = k == NormKind.LAYER ? "runningStats.noRunningStats.cnn" : "runningStats.noRunningStats." + k;
            assertEquals(I18n.get(key, I18n.label(k)), notice.getText(), k.name());
        }
    }

    // the highest argument index a pattern uses, -1 for none
    private static int maxArgument(String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        int max = -1;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    @Test
    void everyCnnKeyHasItsChineseText() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/bnlab/app/i18n/messages.properties");
             var b = getClass().getResourceAsStream("/bnlab/app/i18n/messages_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> cnn = en.stringPropertyNames().stream().filter(k -> k.endsWith(".cnn") || k.startsWith("featureMaps.")
                || k.startsWith("block.")).collect(Collectors.toSet());
        assertTrue(cnn.size() > 40);
        for (String k : cnn) {
            assertTrue(zh.containsKey(k), "zh has " + k);
            String base = k.endsWith(".cnn") && en.containsKey(k.substring(0, k.length() - 4)) ? k.substring(0, k.length() - 4) : null;
            if (base != null) {
                // the variant takes the same arguments as the text it replaces (or more)
                assertTrue(maxArgument(en.getProperty(k)) >= maxArgument(en.getProperty(base)), k);
            }
        }
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("通道 3", I18n.get("view.unitNumber.cnn", 3));
    }
}
