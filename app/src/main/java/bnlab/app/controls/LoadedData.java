package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;

import java.nio.file.Path;

/**
 * The data set the twins train on and where it came from (to rebuild on it, to name it in a saved
 * experiment, to keep it when the window is built anew in another language). Immutable.
 *
 * @param data        the data set
 * @param id          the choice it came from, or null when unknown
 * @param path        its file or folder, or null for built-in data
 * @param trainImages training images read from an MNIST folder (Integer.MAX_VALUE: all)
 */
public record LoadedData(Dataset data, DatasetId id, Path path, int trainImages) {

    /** A data set the session started with, recognised by its name. */
    public static LoadedData of(Dataset data) {
        return new LoadedData(data, data == null ? null : DatasetId.ofDatasetName(data.name()), null,
                Integer.MAX_VALUE);
    }
}
