package bnlab.engine.bench;

import bnlab.engine.nn.Nd4jSetup;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every performance figure in one run: the machine, the sgemm roofline and the step (StepBenchmark),
 * the CNN twins (CnnBenchmark), the cost of measuring (MeasureBenchmark), the network landscape (LandscapeBenchmark), the Figure 1
 * run (Figure1Benchmark), with the load average before and after each. Prints; asserts nothing.
 * Run: ./mvnw -B -o -pl engine -am -Pbench verify -DskipTests  (about 5 minutes on 2 cores)
 */
public final class PerfBenchmark {
    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        System.out.printf("machine: %d cores (%s), %s %s, vector kernels %s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), bnlab.engine.nn.Kernels.describe(), BenchData.load());
        StepBenchmark.run();
        System.out.printf("(load average %.2f)%n", BenchData.load());
        CnnBenchmark.run();
        System.out.printf("(load average %.2f)%n", BenchData.load());
        MeasureBenchmark.run();
        System.out.printf("(load average %.2f)%n", BenchData.load());
        LandscapeBenchmark.main(new String[0]);
        System.out.printf("(load average %.2f)%n", BenchData.load());
        Figure1Benchmark.run(50_000);
        System.out.printf("(load average %.2f)%n", BenchData.load());
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
