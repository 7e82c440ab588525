package bnlab.app.export;

import bnlab.app.MainWindow;
import bnlab.app.Snapshots;
import bnlab.app.curves.TrainingCurvesView;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.ProblemException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Still exports of a real view (the training curves, fed hand-made snapshots). */
@ExtendWith(ApplicationExtension.class)
class ExporterTest {
    static final int W = 1000;
    static final int H = 700;
    private TrainingCurvesView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        view = new TrainingCurvesView();
        Scene scene = new Scene((Parent) view.node(), W, H);
        // the app's style sheets, its theme's user-agent sheet too (AtlantaFX Primer, a white background): set by hand,
        // the sheet is whatever an earlier test class left (Modena's #f4f4f4 alone, Primer's white after a shell test)
        bnlab.app.shell.Shell.style(scene, bnlab.app.style.Theme.LIGHT);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared: an earlier test class may have set its width
        stage.show();
        view.show(Snapshots.at(1, 300));
    }

    static Path folder(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "export-test", name));
    }

    private void write(FxRobot robot, ExportFormat f, ExportSize size, ExportLook look, Path file) {
        write(robot, view.node(), f, size, look, file);
    }

    private static void write(FxRobot robot, javafx.scene.Node node, ExportFormat f, ExportSize size, ExportLook look,
                              Path file) {
        AtomicReference<Exception> error = new AtomicReference<>();
        robot.interact(() -> {
            try {
                Exporter.write(node, f, size, look, ThemeSwitch.NONE, file);
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
    }

    @Test
    void aPngHasTheSizeAskedFor(FxRobot robot) throws Exception {
        Path dir = folder("sizes");
        for (double k : new double[] {1, 2, 4}) {
            Path f = dir.resolve("x" + (int) k + ".png");
            write(robot, ExportFormat.PNG, ExportSize.times(k), ExportLook.AS_SHOWN, f);
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(Math.round(W * k), img.getWidth());
            assertEquals(Math.round(H * k), img.getHeight());
        }
        Path wide = dir.resolve("w3840.png");
        write(robot, ExportFormat.PNG, ExportSize.wide(3840), ExportLook.AS_SHOWN, wide);
        BufferedImage img = ImageIO.read(wide.toFile());
        assertEquals(3840, img.getWidth());
        assertEquals(Math.round(H * 3840.0 / W), img.getHeight());
    }

    /**
     * Drawn at 2x, an edge stays one pixel wide: twice the edge length gives about twice the blended
     * pixels of 1x. A capture scaled up (the old export) doubles the width of every edge too: about 4x, and
     * several times the drawn 2x's. Measured against that capture: which pixels count as blends depends on the
     * background (on the app's white, x1 counted 7,275 blends, x2 30,153, the scaled capture 122,940: x2 / x1 = 4.1
     * although drawn, while the capture had 4.1 times the drawn 2x's; on Modena's #f4f4f4 under 3).
     */
    @Test
    void aTwiceAsLargePngIsDrawnNotScaledUp(FxRobot robot) throws Exception {
        Path dir = folder("sharp");
        write(robot, ExportFormat.PNG, ExportSize.times(1), ExportLook.AS_SHOWN, dir.resolve("x1.png"));
        write(robot, ExportFormat.PNG, ExportSize.times(2), ExportLook.AS_SHOWN, dir.resolve("x2.png"));
        BufferedImage x1 = ImageIO.read(dir.resolve("x1.png").toFile());
        BufferedImage x2 = ImageIO.read(dir.resolve("x2.png").toFile());
        AtomicReference<BufferedImage> scaled = new AtomicReference<>();
        robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(2, 2));
            scaled.set(SwingFXUtils.fromFXImage(view.node().snapshot(p, null), null));
        });
        ImageIO.write(scaled.get(), "png", dir.resolve("scaled-capture.png").toFile());
        double drawn = Pixels.blends(x2) / (double) Pixels.blends(x1);
        double upscaled = Pixels.blends(scaled.get()) / (double) Pixels.blends(x1);
        assertTrue(drawn < upscaled / 2.5, "2x export: " + drawn + " times the blended pixels of 1x, a scaled-up"
                + " capture " + upscaled);
        assertTrue(upscaled > 3, "the measure tells a scaled-up capture: " + upscaled);
    }

    @Test
    void anSvgParsesAndHasTheLegendAndTitles(FxRobot robot) throws Exception {
        Path f = folder("svg").resolve("curves.svg");
        write(robot, ExportFormat.SVG, ExportSize.times(1), ExportLook.AS_SHOWN, f);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = dbf.newDocumentBuilder().parse(f.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent().strip());
        }
        assertTrue(shown.contains(legendBn()), "the BN twin's legend in " + shown);
        assertTrue(shown.contains(I18n.get("twin.plain")), "the plain twin's legend");
        assertTrue(shown.contains(I18n.get("curves.loss")), "a chart title");
        assertTrue(shown.contains(I18n.get("curves.figure1")) == false, "no buttons of the window");
        assertTrue(doc.getElementsByTagName("path").getLength() > 4, "the curves as paths");
    }

    /**
     * The page of an SVG is filled with what the window shows behind the view (here its holder's dark background),
     * as a PNG's is: the curves view has no background of its own, and its dark theme's SVG was transparent (its
     * PDF white) under light text. A transparent export stays without it.
     */
    @Test
    void anSvgHasTheWindowsBackgroundUnlessTransparent(FxRobot robot) throws Exception {
        Parent root = (Parent) view.node();
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        robot.interact(() -> {
            holder.setStyle("-fx-background-color: #1c1f24;");
            root.getScene().setRoot(holder);
            holder.getChildren().add(root);
        });
        try {
            for (boolean transparent : new boolean[] {false, true}) {
                Path f = folder("svg").resolve("curves-" + transparent + ".svg");
                write(robot, ExportFormat.SVG, ExportSize.times(1), new ExportLook(null, transparent), f);
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                Document doc = dbf.newDocumentBuilder().parse(f.toFile());
                NodeList rects = doc.getElementsByTagName("rect");
                boolean page = false;
                for (int i = 0; i < rects.getLength(); i++) {
                    org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
                    page |= r.getAttribute("x").equals("0") && r.getAttribute("y").equals("0")
                            && r.getAttribute("width").equals(Integer.toString(W))
                            && r.getAttribute("height").equals(Integer.toString(H))
                            && r.getAttribute("style").replace(" ", "").contains("fill:rgb(28,31,36)");
                }
                assertEquals(!transparent, page, "the dark page under the view, transparent " + transparent);
            }
        } finally {
            robot.interact(() -> {
                holder.getChildren().clear();
                holder.getScene().setRoot(root);
            });
        }
    }

    /**
     * A Chinese SVG shows its Chinese on any machine: an SVG names its fonts and the viewer draws the text, and on a
     * machine without a Chinese font the titles and the legend came out as boxes. A string with Chinese in it is
     * drawn as the outlines of the bundled font's glyphs, and written again as invisible text (fill opacity 0) for
     * search and copy; Latin-only strings stay text, editable on a slide.
     */
    @Test
    void aChineseSvgDrawsItsChineseAsOutlines(FxRobot robot) throws Exception {
        Parent root = (Parent) view.node();
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        TrainingCurvesView zh = new TrainingCurvesView();
        robot.interact(() -> {
            root.getScene().setRoot((Parent) zh.node());
            zh.show(Snapshots.at(1, 300));
        });
        try {
            Path f = folder("svg").resolve("curves-zh.svg");
            write(robot, zh.node(), ExportFormat.SVG, ExportSize.times(1), ExportLook.AS_SHOWN, f);
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = dbf.newDocumentBuilder().parse(f.toFile());
            NodeList texts = doc.getElementsByTagName("text");
            List<String> invisible = new ArrayList<>();
            List<String> visibleLatin = new ArrayList<>();
            for (int i = 0; i < texts.getLength(); i++) {
                org.w3c.dom.Element t = (org.w3c.dom.Element) texts.item(i);
                String content = t.getTextContent().strip();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("fill-opacity:\\s*([0-9.]+)")
                        .matcher(t.getAttribute("style"));
                boolean hidden = m.find() && Double.parseDouble(m.group(1)) == 0;
                boolean cjk = content.codePoints().anyMatch(c -> c >= OutlineTextGraphics.FIRST_CJK);
                assertTrue(!cjk || hidden, "Chinese shown as text: " + content + " " + t.getAttribute("style"));
                (hidden ? invisible : visibleLatin).add(content);
            }
            assertTrue(invisible.contains(I18n.get("curves.loss")), "the title as invisible text, in " + invisible);
            assertFalse(visibleLatin.isEmpty(), "Latin-only strings (tick numbers) stay text");
            int paths = doc.getElementsByTagName("path").getLength();
            assertTrue(paths > 4 + invisible.size(), "each outlined string a path: " + paths);
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
            robot.interact(() -> zh.node().getScene().setRoot(root));
        }
    }

    /** The window's Figure 1 button, shown in the view, stays out of its picture (it was in every export). */
    @Test
    void theFigureOneButtonStaysOutOfThePicture(FxRobot robot) throws Exception {
        Parent root = (Parent) view.node();
        TrainingCurvesView withButton = new TrainingCurvesView(() -> { });
        robot.interact(() -> {
            root.getScene().setRoot((Parent) withButton.node());
            withButton.show(Snapshots.at(1, 300));
        });
        try {
            javafx.scene.control.Button b = robot.lookup("#curves-figure1").query();
            assertTrue(b.isVisible(), "shown in the window");
            Path f = folder("svg").resolve("curves-button.svg");
            write(robot, withButton.node(), ExportFormat.SVG, ExportSize.times(1), ExportLook.AS_SHOWN, f);
            String svg = Files.readString(f);
            assertTrue(svg.contains(I18n.get("curves.loss")), "the charts are there");
            assertFalse(svg.contains(I18n.get("curves.figure1")), "the button is not");
            assertTrue(b.isVisible(), "and is back in the window");
        } finally {
            robot.interact(() -> withButton.node().getScene().setRoot(root));
        }
    }

    /**
     * While training plays the four charts are redrawn in turns, one a frame; a picture brings them all to the last
     * snapshot first, so they show one step (a PNG taken while playing ended its charts at steps 130 to 170).
     */
    @Test
    void aPictureTakenWhilePlayingShowsOneStepInEveryChart(FxRobot robot) throws Exception {
        bnlab.engine.api.Snapshot s = Snapshots.at(2, 420);
        robot.interact(() -> view.show(Snapshots.with(s, s.normalized(), s.plain(), true)));
        org.jfree.chart.JFreeChart[] charts = ChartAccess.curves(view);
        long stale = java.util.Arrays.stream(charts).filter(c -> c.getXYPlot().getDomainAxis().getUpperBound()
                < bnlab.app.curves.TrainingCurvesView.stepAxisEnd(420))
                .count();
        assertTrue(stale >= 2, "playing: some charts wait for their turn (" + stale + ")");
        write(robot, ExportFormat.PNG, ExportSize.times(1), ExportLook.AS_SHOWN, folder("png").resolve("playing.png"));
        for (org.jfree.chart.JFreeChart c : charts) {
            assertEquals(bnlab.app.curves.TrainingCurvesView.stepAxisEnd(420), c.getXYPlot().getDomainAxis().getUpperBound(),
                    1e-9, c.getTitle().getText());
        }
    }

    @Test
    void aPdfHasTheLegendAsText(FxRobot robot) throws Exception {
        // above the view, a label wrapped over two lines with parentheses (the view's own note about the live run
        // is left out of pictures)
        Parent root = (Parent) view.node();
        String note = I18n.get("curves.tooEasy");
        javafx.scene.control.Label wrapped = new javafx.scene.control.Label(note);
        wrapped.setWrapText(true);
        wrapped.setMaxWidth(W * 0.6);
        wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox holder = new javafx.scene.layout.VBox(wrapped);
        robot.interact(() -> {
            root.getScene().setRoot(holder);
            holder.getChildren().add(root);
        });
        Path f = folder("pdf").resolve("curves.pdf");
        AtomicReference<Exception> error = new AtomicReference<>();
        try {
            robot.interact(() -> {
                try {
                    Exporter.write(holder, ExportFormat.PDF, ExportSize.times(1), ExportLook.AS_SHOWN, ThemeSwitch.NONE, f);
                } catch (Exception e) {
                    error.set(e);
                }
            });
        } finally {
            robot.interact(() -> {
                holder.getChildren().clear();
                holder.getScene().setRoot(root);
            });
        }
        assertTrue(error.get() == null, String.valueOf(error.get()));
        byte[] pdf = Files.readAllBytes(f);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String text = PdfText.shownText(pdf);
        assertTrue(text.contains(legendBn()), "the legend in the PDF's text: " + text);
        assertTrue(text.contains(I18n.get("curves.loss")), "a title");
        assertTrue(PdfText.filledPaths(pdf) > 50, "the text drawn as glyph outlines");
        // the wrapped text with its parentheses: all of it, in order
        String[] words = note.split("\\s+");
        assertTrue(text.replace('\n', ' ').replaceAll("\\s+", " ").contains(words[words.length - 3] + " "
                + words[words.length - 2] + " " + words[words.length - 1]), "the note's last line: " + text);
    }

    @Test
    void csvHasEverySeriesOfEveryChart(FxRobot robot) throws Exception {
        Path f = folder("csv").resolve("curves.csv");
        write(robot, ExportFormat.CSV, ExportSize.times(1), ExportLook.AS_SHOWN, f);
        List<String> lines = Files.readAllLines(f);
        assertEquals(String.join(",", SeriesCsv.HEADER), lines.get(0));
        // a row per recorded step of the engine's history, not per point drawn (the drawn ones are one summary per
        // few pixel columns: their count followed the window's width)
        bnlab.engine.api.Snapshot s = Snapshots.at(1, 300);
        bnlab.engine.api.Series loss = s.normalized().history().loss();
        String lossPrefix = SeriesCsv.quote(I18n.get("curves.loss")) + "," + SeriesCsv.quote(legendBn()) + ",";
        List<String> lossRows = lines.stream().filter(l -> l.startsWith(lossPrefix)).toList();
        assertEquals(loss.size(), lossRows.size());
        assertTrue(loss.size() > ChartAccess.curves(view)[0].getXYPlot().getDataset().getItemCount(0),
                "more rows than the chart draws points: " + loss.size());
        String[] first = lossRows.get(7).split(",", -1);
        assertEquals(loss.x(7), Double.parseDouble(first[2]), 0);
        assertEquals(loss.y(bnlab.engine.api.TwinHistory.LOSS, 7), Double.parseDouble(first[3]), 0);
        bnlab.engine.api.Series acc = s.plain().history().accuracy();
        String accPrefix = SeriesCsv.quote(I18n.get("curves.accuracy")) + "," + SeriesCsv.quote(I18n.get("twin.plain"))
                + ",";
        assertEquals(acc.size(), lines.stream().filter(l -> l.startsWith(accPrefix)).count(), "test accuracy rows");
        // a band has its edges: the 15th and 85th percentiles around the median
        bnlab.engine.api.Series pct = s.plain().history().percentiles();
        List<String> band = lines.stream().filter(l -> l.startsWith(SeriesCsv.quote(
                TrainingCurvesView.bandTitle(s, false)) + ",")).toList();
        assertEquals(pct.size(), band.size());
        String[] cells = band.get(10).split(",", -1);
        assertEquals(pct.y(bnlab.engine.api.TwinHistory.P50, 10), Double.parseDouble(cells[cells.length - 4]), 0);
        assertEquals(pct.y(bnlab.engine.api.TwinHistory.P15, 10), Double.parseDouble(cells[cells.length - 3]), 0);
        assertEquals(pct.y(bnlab.engine.api.TwinHistory.P85, 10), Double.parseDouble(cells[cells.length - 2]), 0);
        long expected = 2 * (long) loss.size() + 2L * s.normalized().history().accuracy().size() + 2L * acc.size()
                + s.normalized().history().percentiles().size() + pct.size();
        assertEquals(expected, lines.size() - 1, "nothing else");
    }

    @Test
    void aWriteIntoAReadOnlyFolderLeavesTheEarlierFile(FxRobot robot) throws Exception {
        Path dir = folder("read-only");
        Path f = dir.resolve("curves.png");
        byte[] earlier = {1, 2, 3};
        Files.write(f, earlier);
        try (ReadOnly ro = ReadOnly.make(dir)) {
            for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.CSV)) {
                AtomicReference<Exception> error = new AtomicReference<>();
                robot.interact(() -> {
                    try {
                        Exporter.write(view.node(), format, ExportSize.times(2), ExportLook.AS_SHOWN,
                                ThemeSwitch.NONE, f);
                    } catch (Exception e) {
                        error.set(e);
                    }
                });
                assertTrue(error.get() instanceof ProblemException, format + ": " + error.get());
                assertEquals(FileProblem.UNWRITABLE, ((ProblemException) error.get()).problem().code());
                assertTrue(I18n.problem((ProblemException) error.get()).contains("curves.png"), "says which file");
            }
        }
        assertArrayEquals(earlier, Files.readAllBytes(f));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** A dark export of a light window: charts and the window's parts in the dark theme, the window unchanged. */
    @Test
    void aDarkExportOfALightWindow(FxRobot robot) throws Exception {
        Path f = folder("theme").resolve("dark.png");
        String[] during = new String[1];
        ThemeSwitch themes = t -> {
            String was = view.node().getStyle();
            view.node().setStyle("-fx-background-color: #1c1f24;");
            return () -> {
                during[0] = view.node().getStyle();
                view.node().setStyle(was);
            };
        };
        AtomicReference<Exception> error = new AtomicReference<>();
        robot.interact(() -> {
            try {
                Exporter.write(view.node(), ExportFormat.PNG, ExportSize.times(1),
                        new ExportLook(bnlab.app.style.Theme.DARK, false), themes, f);
            } catch (Exception e) {
                error.set(e);
            }
        });
        assertTrue(error.get() == null, String.valueOf(error.get()));
        assertTrue(during[0].contains("#1c1f24"), "the window was shown dark for the export");
        BufferedImage img = ImageIO.read(f.toFile());
        java.awt.Color dark = new bnlab.app.style.Look(bnlab.app.style.Theme.DARK, 1).background();
        // a chart's plot background, and the live chart kept its own
        org.jfree.chart.fx.ChartViewer v = ChartViewers.in(view.node()).get(1);
        java.awt.geom.Rectangle2D b = ChartViewers.boundsIn(view.node(), v);
        int p = img.getRGB((int) (b.getMinX() + 4), (int) (b.getMinY() + 4)) & 0xFFFFFF;
        assertEquals(dark.getRGB() & 0xFFFFFF, p, Integer.toHexString(p));
        assertEquals(java.awt.Color.WHITE, v.getChart().getBackgroundPaint());
        assertEquals("", view.node().getStyle());
    }

    @Test
    void aTransparentPngHasNoBackground(FxRobot robot) throws Exception {
        Path f = folder("transparent").resolve("t.png");
        write(robot, ExportFormat.PNG, ExportSize.times(1), new ExportLook(null, true), f);
        BufferedImage img = ImageIO.read(f.toFile());
        org.jfree.chart.fx.ChartViewer v = ChartViewers.in(view.node()).get(1);
        java.awt.geom.Rectangle2D b = ChartViewers.boundsIn(view.node(), v);
        assertEquals(0, img.getRGB((int) (b.getMinX() + 4), (int) (b.getMinY() + 4)) >>> 24, "inside a chart");
        assertEquals(0, img.getRGB(W - 2, H - 2) >>> 24, "the view's corner");
        // the curves themselves are opaque
        long opaque = java.util.stream.IntStream.range(0, img.getWidth() * img.getHeight())
                .filter(i -> (img.getRGB(i % img.getWidth(), i / img.getWidth()) >>> 24) == 255).count();
        assertTrue(opaque > 1000, opaque + " opaque pixels");
    }

    static String legendBn() {
        return I18n.get("twin.normalized", I18n.label(NormKind.BATCH));
    }

    /**
     * A view with a scroll pane whose content runs past it (the by-hand table; the axes view, its bar over the
     * scrolled part) is exported whole: the still showed the top 300 px of it. The window's own layout is back
     * as it was after.
     */
    @Test
    void aScrollingViewsStillShowsItWhole(FxRobot robot) throws Exception {
        Path dir = folder("whole");
        for (boolean underABar : new boolean[] {false, true}) {
            Path file = dir.resolve(underABar ? "axes.png" : "table.png");
            AtomicReference<Exception> error = new AtomicReference<>();
            double[] after = new double[2];
            robot.interact(() -> {
                javafx.scene.layout.VBox content = new javafx.scene.layout.VBox();
                content.setPrefSize(380, 700);
                content.setStyle("-fx-background-color: #ff0000;");
                javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
                javafx.scene.layout.Region bar = new javafx.scene.layout.Region();
                bar.setMinHeight(50);
                javafx.scene.layout.Region view = underABar ? new javafx.scene.layout.VBox(bar, scroll) : scroll;
                javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
                Stage s = new Stage();
                s.setScene(new Scene(new javafx.scene.layout.StackPane(view), 400, 300));
                s.show();
                view.getParent().layout();
                try {
                    Exporter.write(view, ExportFormat.PNG, ExportSize.times(1), ExportLook.AS_SHOWN, ThemeSwitch.NONE,
                            file);
                    Exporter.write(view, ExportFormat.PNG, ExportSize.times(1), ExportLook.AS_SHOWN, ThemeSwitch.NONE,
                            dir.resolve("shown.png"), false);
                } catch (Exception e) {
                    error.set(e);
                }
                after[0] = view.getHeight();
                after[1] = Exporter.stillHeight(view);
                s.close();
            });
            if (error.get() != null) {
                throw new AssertionError(error.get());
            }
            BufferedImage img = ImageIO.read(file.toFile());
            assertEquals(400, img.getWidth());
            double whole = 700 + (underABar ? 50 : 0);
            assertTrue(img.getHeight() >= whole && img.getHeight() <= whole + 10, img.getHeight() + " for " + whole);
            assertEquals(0xffff0000, img.getRGB(20, (int) whole - 20), "the content drawn down to its foot");
            assertEquals(300, after[0], 0.5, "laid out back at the window's size");
            assertEquals(300, ImageIO.read(dir.resolve("shown.png").toFile()).getHeight(),
                    "File > Export what is shown: as shown");
            assertEquals(img.getHeight(), after[1], 0.5, "the dialog's read-out says the same height");
        }
    }
}
