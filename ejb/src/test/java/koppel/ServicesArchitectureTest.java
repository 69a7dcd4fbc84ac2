package koppel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure of the services and persistence modules, which every module above builds on:
 * features do not go round in circles, and inside a feature the entity knows nothing of the
 * helpers (control) and facades (boundary) built on it, nor a helper of the facades.
 */
@AnalyzeClasses(packages = "koppel", importOptions = ImportOption.DoNotIncludeTests.class)
class ServicesArchitectureTest {

    @ArchTest
    static final ArchRule FEATURES_FREE_OF_CYCLES =
            slices().matching("koppel.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES =
            slices().matching("koppel.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ENTITIES_STAND_ALONE = noClasses()
            .that()
            .resideInAPackage("koppel..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("koppel..control..", "koppel..boundary..");

    @ArchTest
    static final ArchRule HELPERS_DO_NOT_CALL_FACADES = noClasses()
            .that()
            .resideInAPackage("koppel..control..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("koppel..boundary..");
}
