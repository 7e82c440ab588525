package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The small real data sets shipped with the app (assets/datasets, on the classpath under
 * /bnlab/datasets; scikit-learn 1.2.1 copies of UCI sets, see ATTRIBUTION.md there).
 */
public final class Bundled {

    /** scikit-learn's wine feature_names, in column order (wine_data.rst). */
    static final List<String> WINE_NAMES = List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash",
            "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins",
            "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline");

    /** scikit-learn's iris feature_names (iris.rst). */
    static final List<String> IRIS_NAMES = List.of("sepal length (cm)", "sepal width (cm)",
            "petal length (cm)", "petal width (cm)");

    private Bundled() {
    }

    /** 1797 8x8 digit images, pixels 0..16 named "px(r,c)" (0-based), 10 classes. */
    public static Dataset digits() throws ProblemException {
        return load("digits.csv.gz", "digits", IdxLoader.pixelNames(8, 8));
    }

    /** 178 wines, 13 chemical measurements on very different scales, 3 cultivars. */
    public static Dataset wine() throws ProblemException {
        return load("wine_data.csv", "wine", WINE_NAMES);
    }

    /** 150 irises, 4 measurements in cm, 3 species. */
    public static Dataset iris() throws ProblemException {
        return load("iris.csv", "iris", IRIS_NAMES);
    }

    /** Loads /bnlab/datasets/{file} from the classpath; {@code names} must name its features. */
    static Dataset load(String file, String name, List<String> names) throws ProblemException {
        String path = "/bnlab/datasets/" + file;
        try (InputStream in = Bundled.class.getResourceAsStream(path)) {
            if (in == null) {
                throw Streams.problem(DataProblem.BUNDLED_MISSING, path);
            }
            Dataset d = CsvLoader.load(in, file, -1);
            if (d.dim() != names.size()) {
                throw Streams.problem(DataProblem.BUNDLED_WRONG_FEATURE_COUNT, file, names.size(), d.dim());
            }
            return new Dataset(name, d.features(), d.dim(), d.labels(), d.numClasses(), names);
        } catch (IOException e) {
            throw Streams.failed(file, e); // closing failed
        }
    }
}
