package bnlab.engine.data.fuzz;

import bnlab.engine.api.ProblemException;
import bnlab.engine.data.CsvLoader;
import bnlab.engine.data.IdxLoader;

import java.nio.file.Path;

/**
 * Started by {@link RegressionTest} in a JVM with a small heap: loads a CSV file ({@code csv FILE})
 * or an IDX pair ({@code idx IMAGES LABELS}) and prints how it ended, on one line: "loaded ...",
 * "problem KEY [values]" or "escaped THROWABLE".
 */
public final class LoadInSmallHeap {

    private LoadInSmallHeap() {
    }

    public static void main(String[] args) {
        try {
            Object d = args[0].equals("idx") ? IdxLoader.load(Path.of(args[1]), Path.of(args[2]))
                    : CsvLoader.load(Path.of(args[1]), -1);
            System.out.println("loaded " + d);
        } catch (ProblemException e) {
            System.out.println("problem " + e.problem());
        } catch (Throwable t) { // what must never happen
            System.out.println("escaped " + t);
        }
    }
}
