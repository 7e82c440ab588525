package bnlab.app.controls;

import bnlab.engine.api.Dataset;

import java.io.IOException;
import java.nio.file.Path;

/** Loads a data set; called off the FX thread. */
@FunctionalInterface
public interface DatasetSource {

    /**
     * @param choice which data set
     * @param path   the CSV file or MNIST folder for choices that need one, else null
     * @throws IOException with a message fit for the user when the data cannot be read
     */
    Dataset load(DatasetChoice choice, Path path) throws IOException;
}
