package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Every entry of the data set chooser loads, and a bad file gives the loader's message. */
class StandardDatasetsTest {
    private final StandardDatasets source = new StandardDatasets();

    @Test
    void everyBuiltInChoiceLoadsAndIsFoundByItsName() throws IOException {
        for (DatasetChoice c : DatasetChoice.values()) {
            if (c.needsPath()) {
                continue;
            }
            Dataset d = source.load(c, null);
            assertTrue(d.size() >= 100, c + ": " + d.size());
            assertEquals(c, DatasetChoice.forDatasetName(d.name()), "the chooser recognises " + d.name());
        }
    }

    @Test
    void aBrokenCsvIsReportedWithTheLoadersMessage(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "1,2,0\n3,4\n");
        IOException e = assertThrows(IOException.class, () -> source.load(DatasetChoice.CSV, csv));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
        assertThrows(IOException.class, () -> source.load(DatasetChoice.MNIST_FOLDER, dir));
        assertThrows(IOException.class, () -> source.load(DatasetChoice.CSV, null));
    }
}
