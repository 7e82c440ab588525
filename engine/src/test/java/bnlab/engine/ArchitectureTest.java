package bnlab.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's packages import only downwards: the facade (bnlab.engine) on top, then session, then
 * train / probe / landscape, then nn / data, and api (the value types and pure maths that cross
 * threads) at the bottom, which imports nothing of the engine. No package cycles.
 */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bnlab.engine");
    }

    @Test
    void layersImportOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("facade").definedBy("bnlab.engine")
                .layer("session").definedBy("bnlab.engine.session..")
                .layer("train").definedBy("bnlab.engine.train..")
                .layer("probe").definedBy("bnlab.engine.probe..")
                .layer("landscape").definedBy("bnlab.engine.landscape..")
                .layer("nn").definedBy("bnlab.engine.nn..")
                .layer("data").definedBy("bnlab.engine.data..")
                .layer("api").definedBy("bnlab.engine.api..")
                .whereLayer("facade").mayNotBeAccessedByAnyLayer()
                .whereLayer("session").mayOnlyBeAccessedByLayers("facade")
                .whereLayer("train").mayOnlyBeAccessedByLayers("session", "facade")
                .whereLayer("landscape").mayOnlyBeAccessedByLayers("session", "facade")
                .whereLayer("probe").mayOnlyBeAccessedByLayers("train", "session", "facade")
                .whereLayer("nn").mayOnlyBeAccessedByLayers("probe", "train", "landscape", "session", "facade")
                .whereLayer("data").mayOnlyBeAccessedByLayers("train", "session", "facade")
                .check(engine);
    }

    @Test
    void theApiImportsNothingButJava() {
        noClasses().that().resideInAPackage("bnlab.engine.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("bnlab.engine.api..", "java..")
                .check(engine);
    }

    @Test
    void noPackageCycles() {
        slices().matching("bnlab.engine.(**)").should().beFreeOfCycles().check(engine);
    }
}
