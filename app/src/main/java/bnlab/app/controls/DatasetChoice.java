package bnlab.app.controls;

/** The data sets the user can pick; the last two ask for a file or folder first. */
public enum DatasetChoice {
    DIGITS("digits 8x8"), WINE("wine"), IRIS("iris"), SPIRAL("spiral"), MOONS("moons"), CIRCLES("circles"),
    XOR("XOR"), BLOBS("blobs"), BADLY_SCALED_MOONS("badly scaled moons"), CSV("Open CSV\u2026"),
    MNIST_FOLDER("Open MNIST folder\u2026");

    private final String label;

    DatasetChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Whether the choice needs a file (CSV) or a folder (MNIST) picked by the user. */
    public boolean needsPath() {
        return this == CSV || this == MNIST_FOLDER;
    }

    /** The choice for a command-line name ("digits", "badly-scaled-moons", ...), or null. */
    public static DatasetChoice byName(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (DatasetChoice c : values()) {
            if (!c.needsPath() && (c.label.toLowerCase(java.util.Locale.ROOT).equals(n)
                    || c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').equals(n))) {
                return c;
            }
        }
        return null;
    }

    /** The choice that produced a data set, from the name the engine reports ("moons (x1 x 1000)"), or null. */
    public static DatasetChoice forDatasetName(String datasetName) {
        if (datasetName.startsWith("moons (")) {
            return BADLY_SCALED_MOONS;
        }
        return byName(datasetName);
    }

    /** The names accepted by {@link #byName}, for help and error messages. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (DatasetChoice c : values()) {
            if (!c.needsPath()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        return sb.toString();
    }
}
