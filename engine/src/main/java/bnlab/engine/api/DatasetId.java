package bnlab.engine.api;

/** The data sets BN Lab offers; the last two are read from a file or folder the user picks. */
public enum DatasetId {
    DIGITS, WINE, IRIS, SPIRAL, MOONS, CIRCLES, XOR, BLOBS, BADLY_SCALED_MOONS, CSV, MNIST_FOLDER;

    /** Whether the data set is read from a file (CSV) or a folder (MNIST) the user picks. */
    public boolean needsPath() {
        return this == CSV || this == MNIST_FOLDER;
    }

    /** The id for a command-line name ("digits", "badly-scaled-moons", any case), or null. */
    public static DatasetId byName(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (DatasetId d : values()) {
            if (!d.needsPath() && d.name().equals(n)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The id a data set was made from, by the name the engine gave it ("digits", "moons (x1 x 1000)"),
     * or null for data read from a file (its name is the file's).
     */
    public static DatasetId ofDatasetName(String datasetName) {
        if (datasetName.startsWith("moons (")) {
            return BADLY_SCALED_MOONS;
        }
        return byName(datasetName);
    }

    /** The command-line name: "badly-scaled-moons". */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
