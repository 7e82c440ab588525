package bnlab.app.lessons;

import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.SeedOutcome;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lesson 15 ("repeat-seeds") on the real engine with its own set-up: lesson 14's experiment repeated from seeds 1
 * to 20, 2,000 steps each, tested on all 1,438 test digits. The numbers its texts give: in batches of 16 BN ahead
 * in 19 seeds and behind in 1 (by 3 images), 333 images in all (16.7 a seed); in batches of 120 ahead in 15, level
 * in 1, behind in 4, 103 in all (5.2); in batches of 4 ahead in 3, level in 1, behind in 16, -215 in all (-10.7).
 */
class RepeatSeedsLessonTest {

    /** {ahead, level, behind, sum of the leads, the smallest lead} over seeds 1 to 20 at this batch size. */
    private static int[] tally(LessonEngine e, Dataset data, int batch) {
        int[] t = {0, 0, 0, 0, Integer.MAX_VALUE};
        StringBuilder leads = new StringBuilder();
        for (long seed = 1; seed <= 20; seed++) {
            SeedOutcome o = Engine.outcome(e.spec.withSeed(seed), e.settings.withBatchSize(batch), data, 2000);
            assertEquals(1438, o.testRows());
            int d = o.samplesAhead();
            t[d > 0 ? 0 : d == 0 ? 1 : 2]++;
            t[3] += d;
            t[4] = Math.min(t[4], d);
            leads.append(' ').append(d);
        }
        System.out.printf("batch %d: leads%s; ahead %d, level %d, behind %d, sum %d%n", batch, leads, t[0], t[1], t[2],
                t[3]);
        return t;
    }

    @Test
    void twentySeedsAgreeOnTheLeadInBatchesOf16AndOnTheLossInBatchesOf4() throws Exception {
        try (LessonEngine e = new LessonEngine("repeat-seeds", -1, 0)) {
            assertEquals(16, e.settings.batchSize());
            Dataset data = Engine.load(DatasetId.DIGITS, null);
            int[] b16 = tally(e, data, 16);
            assertEquals(19, b16[0], "ahead");
            assertEquals(1, b16[2], "behind");
            assertEquals(-3, b16[4], "the one behind, by 3 images");
            assertEquals(16.7, Math.round(b16[3] / 20.0 * 10) / 10.0, 1e-9);
            int[] b120 = tally(e, data, 120);
            assertEquals(15, b120[0]);
            assertEquals(1, b120[1]);
            assertEquals(4, b120[2]);
            assertEquals(5.2, Math.round(b120[3] / 20.0 * 10) / 10.0, 1e-9);
            int[] b4 = tally(e, data, 4);
            assertEquals(3, b4[0]);
            assertEquals(1, b4[1]);
            assertEquals(16, b4[2]);
            assertEquals(-10.7, Math.round(b4[3] / 20.0 * 10) / 10.0, 1e-9);
        }
    }

    /**
     * Step 3 sets lesson 7's experiment up again (its set-up, then eta = 1), so its numbers are the ones
     * LearningRateSeedsTest measures on that experiment: from seeds 1 to 20, 300 steps each, the twin without BN
     * diverges in 11, BN's in none, seed 42 (lesson 7's run) in neither.
     */
    @Test
    void stepThreeIsLessonSevensExperimentAtRateOne() throws Exception {
        try (LessonEngine seven = new LessonEngine("learning-rate", -1, 0);
             LessonEngine e = new LessonEngine("repeat-seeds", 2, 0)) {
            assertEquals(seven.spec, e.spec, "lesson 7's network, split and start");
            assertEquals(seven.settings.withLearningRate(1).withEvalEvery(e.settings.evalEvery())
                    .withProbeUnit(e.settings.probeUnit()), e.settings, "lesson 7's training at eta = 1");
            assertEquals(300, ((Number) e.lesson.steps().get(2).actions().get(0).does().get(0).options().get("steps")).intValue());
        }
    }

    /** The last step's answer names the way to the view in the full panel as the menus word it, in both languages. */
    @Test
    void theAnswerNamesTheMenusAsTheyAre() {
        Lesson l = LessonLibrary.load(java.nio.file.Path.of("target", "no-such-folder")).byId("repeat-seeds");
        LessonText explain = l.steps().get(l.steps().size() - 1).predict().explain();
        java.util.Locale before = bnlab.app.i18n.I18n.locale();
        try {
            for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH,
                java.util.Locale.SIMPLIFIED_CHINESE}) {
                bnlab.app.i18n.I18n.setLocale(locale);
                String text = explain.in(locale);
                String title = bnlab.app.i18n.I18n.get(bnlab.app.MainWindow.TITLES.get("seeds"));
                for (String part : new String[] {bnlab.app.i18n.I18n.get("menu.view"),
                    bnlab.app.i18n.I18n.get("menu.views"), title.substring(0, title.indexOf(locale.getLanguage()
                            .equals("zh") ? '\uff1a' : ':'))}) {
                    org.junit.jupiter.api.Assertions.assertTrue(text.contains(part), locale + ": " + part);
                }
            }
        } finally {
            bnlab.app.i18n.I18n.setLocale(before);
        }
    }
}
