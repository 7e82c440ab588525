package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the sklearn wine CSV from the classpath if it is bundled there; a private fallback only. */
final class WineResource {

    static final String PATH = "/bnlab/datasets/wine_data.csv";
    /** The bundle keys of the sklearn columns' names shown to users, in sklearn's order. */
    static final List<String> KEYS = List.of("landscape.wine.alcohol", "landscape.wine.malicAcid",
            "landscape.wine.ash", "landscape.wine.alcalinity", "landscape.wine.magnesium",
            "landscape.wine.totalPhenols", "landscape.wine.flavanoids", "landscape.wine.nonflavanoidPhenols",
            "landscape.wine.proanthocyanins", "landscape.wine.colorIntensity", "landscape.wine.hue",
            "landscape.wine.od280", "landscape.wine.proline");

    private WineResource() {
    }

    /** Column i's name in the user's language. */
    static String name(int i) {
        return I18n.get(KEYS.get(i));
    }

    /** The bundled wine data, or null when the resource is absent or unreadable. */
    static Dataset load() {
        try (InputStream in = WineResource.class.getResourceAsStream(PATH)) {
            return in == null ? null : parse(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** sklearn layout: header "n,d,class names...", then d numbers and an integer class per row. */
    static Dataset parse(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int d = Integer.parseInt(r.readLine().split(",")[1].trim());
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = new double[d];
            for (int k = 0; k < d; k++) {
                row[k] = Double.parseDouble(f[k].trim());
            }
            xs.add(row);
            ys.add(Integer.parseInt(f[d].trim()));
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        int k = 1 + ys.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Dataset("wine", xs.toArray(new double[0][]), y, k, Dataset.defaultNames(d));
    }
}
