package bnlab.engine;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade: every built-in data set loads and is recognised by the name it carries; bad files say why. */
class EngineTest {

    @Test
    void everyBuiltInDataSetLoadsAndIsFoundByItsName() throws Exception {
        for (DatasetId id : DatasetId.values()) {
            if (id.needsPath()) {
                continue;
            }
            Dataset d = Engine.load(id, null);
            assertTrue(d.size() >= 100, id + ": " + d.size());
            assertEquals(id, DatasetId.ofDatasetName(d.name()), "recognised by its name " + d.name());
            assertEquals(id, DatasetId.byName(id.cliName()));
        }
    }

    @Test
    void aBrokenCsvIsRefusedWithTheLoadersProblem() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "engine-test"));
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "1,2,0\n3,4\n");
        ProblemException e = assertThrows(ProblemException.class, () -> Engine.load(DatasetId.CSV, csv));
        assertEquals(DataProblem.CSV_WRONG_COLUMN_COUNT, e.problem().code());
        assertEquals(List.of("broken.csv", 2, 3, 2), e.problem().args());
        assertEquals(DataProblem.MNIST_IMAGES_MISSING,
                assertThrows(ProblemException.class, () -> Engine.load(DatasetId.MNIST_FOLDER, dir)).problem().code());
        assertEquals(FileProblem.DATASET_PATH_MISSING,
                assertThrows(ProblemException.class, () -> Engine.load(DatasetId.CSV, null)).problem().code());
    }
}
