package bnlab.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The app reaches the engine only through its public surface (the facade bnlab.engine.Engine and the
 * value types of bnlab.engine.api) and never touches ND4J: no ND4J object can reach the FX thread.
 */
class ArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bnlab.app");
    }

    @Test
    void theAppNeverImportsNd4j() {
        noClasses().that().resideInAPackage("bnlab.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(app);
    }

    @Test
    void theAppUsesOnlyTheEnginesPublicSurface() {
        noClasses().that().resideInAPackage("bnlab.app..")
                .should().dependOnClassesThat().resideInAnyPackage("bnlab.engine.nn..", "bnlab.engine.data..",
                        "bnlab.engine.probe..", "bnlab.engine.train..", "bnlab.engine.landscape..",
                        "bnlab.engine.session..")
                .check(app);
    }
}
