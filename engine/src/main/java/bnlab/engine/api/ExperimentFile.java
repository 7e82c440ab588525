package bnlab.engine.api;

/**
 * A saved experiment: the twins' spec, the live settings and which data set they train on (not the
 * weights: the seed rebuilds the same initial weights). Read and written as JSON by the engine's
 * files; checked by {@link #problem()} before anything is used.
 *
 * @param format      file format version, {@link #FORMAT}
 * @param dataset     data set name as the app's chooser knows it ("DIGITS", "MOONS", "CSV", "MNIST", ...)
 * @param datasetPath the CSV file or MNIST folder for data sets read from disk, else null
 * @param spec        architecture, initialization, seed
 * @param settings    learning rate, BN momentum and convention, eps, batch size, pins, speed, probes
 * @param trainImages training images read from an MNIST folder, or null for all of them
 */
public record ExperimentFile(int format, String dataset, String datasetPath, ExperimentSpec spec,
                             TrainSettings settings, Integer trainImages) {
    public static final int FORMAT = 1;

    public static ExperimentFile of(String dataset, String datasetPath, ExperimentSpec spec, TrainSettings settings) {
        return new ExperimentFile(FORMAT, dataset, datasetPath, spec, settings, null);
    }

    /** The same experiment reading at most this many MNIST training images (null: all). */
    public ExperimentFile withTrainImages(Integer n) {
        return new ExperimentFile(format, dataset, datasetPath, spec, settings, n);
    }

    /** Why this experiment cannot be used, or null: the format, the parts, then the spec's and the settings' own rules. */
    public Problem problem() {
        if (format != FORMAT) {
            return Problem.of(FileProblem.FORMAT_UNSUPPORTED, format, FORMAT);
        }
        if (dataset == null || dataset.isBlank()) {
            return Problem.of(FileProblem.MISSING_PART, "dataset");
        }
        if (spec == null || settings == null) {
            return Problem.of(FileProblem.MISSING_PART, spec == null ? "spec" : "settings");
        }
        Problem p = spec.problem();
        if (p == null && trainImages != null) {
            p = Setting.TRAIN_IMAGES.check(trainImages);
        }
        return p != null ? p : settings.problemWith(spec);
    }
}
