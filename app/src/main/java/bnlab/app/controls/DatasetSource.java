package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ProblemException;

import java.nio.file.Path;

/** Loads a data set; called off the FX thread. The engine's {@code Engine::load}, or a test stand-in. */
@FunctionalInterface
public interface DatasetSource {

    /**
     * @param id          which data set
     * @param path        the CSV file or MNIST folder for ids that need one, else null
     * @param trainImages at most this many training images of an MNIST folder
     * @throws ProblemException naming the file and what is wrong with it
     */
    Dataset load(DatasetId id, Path path, int trainImages) throws ProblemException;

    /** All of the data set. */
    default Dataset load(DatasetId id, Path path) throws ProblemException {
        return load(id, path, Integer.MAX_VALUE);
    }
}
