package bnlab.engine.session;

import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A saved experiment: the twins' spec, the live settings and which data set they train on (not the
 * weights: the seed rebuilds the same initial weights). JSON, written and read with Gson. Reading
 * checks everything before anything is used; a bad file is an {@link IOException} naming the file
 * and the problem.
 *
 * @param format      file format version, {@link #FORMAT}
 * @param dataset     data set name as the app's chooser knows it ("digits", "moons", "csv", "mnist", ...)
 * @param datasetPath the CSV file or MNIST folder for data sets read from disk, else null
 * @param spec        architecture, initialization, seed
 * @param settings    learning rate, BN momentum and convention, eps, batch size, pins, speed, probes
 */
public record ExperimentFile(int format, String dataset, String datasetPath, ExperimentSpec spec,
                             TrainSettings settings) {
    public static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    public static ExperimentFile of(String dataset, String datasetPath, ExperimentSpec spec, TrainSettings settings) {
        return new ExperimentFile(FORMAT, dataset, datasetPath, spec, settings);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public static ExperimentFile read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text, String.valueOf(file.getFileName()));
    }

    /** Parse and check; every problem is an IOException "name: what is wrong". */
    public static ExperimentFile parse(String json, String name) throws IOException {
        ExperimentFile f;
        try {
            f = GSON.fromJson(json, ExperimentFile.class);
        } catch (RuntimeException e) { // Gson reports bad input as JsonParseException and record checks as others
            throw new IOException(name + ": not a BN Lab experiment (" + rootMessage(e) + ")", e);
        }
        if (f == null) {
            throw new IOException(name + ": empty file");
        }
        String problem = f.problem();
        if (problem != null) {
            throw new IOException(name + ": " + problem);
        }
        return f;
    }

    /** Why this experiment cannot be used, or null. */
    String problem() {
        if (format != FORMAT) {
            return "format " + format + " is not supported (this BN Lab reads format " + FORMAT + ")";
        }
        if (dataset == null || dataset.isBlank()) {
            return "no data set named";
        }
        if (spec == null || settings == null) {
            return "the " + (spec == null ? "spec" : "settings") + " section is missing";
        }
        if (spec.hidden() == null || spec.activation() == null || spec.init() == null || spec.norm() == null
                || spec.placement() == null || spec.loss() == null) {
            return "the spec has a missing or unknown value (hidden, activation, init, norm, placement or loss)";
        }
        if (spec.norm() == bnlab.engine.api.NormKind.NONE) {
            return "the normalized twin needs norm BATCH or LAYER";
        }
        for (Integer w : spec.hidden()) {
            if (w == null || w < 1 || w > 4096) {
                return "hidden layer widths must be 1..4096, got " + spec.hidden();
            }
        }
        if (spec.hidden().isEmpty() || spec.hidden().size() > 16) {
            return "1 to 16 hidden layers are supported, got " + spec.hidden().size();
        }
        if (!(spec.sigma() > 0) || Double.isInfinite(spec.sigma())) {
            return "init sigma must be a positive number, got " + spec.sigma();
        }
        if (!(spec.testFraction() >= 0 && spec.testFraction() < 1)) {
            return "test fraction must be in [0, 1), got " + spec.testFraction();
        }
        return settings.problemWith(spec);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
