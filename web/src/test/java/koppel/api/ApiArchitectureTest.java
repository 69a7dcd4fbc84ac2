package koppel.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The public API only translates: it calls the facades, which hold the transactions and the rules,
 * so it never touches the persistence API nor a feature's helpers (control), and its own packages
 * do not go round in circles. Reading entities and the records the facades return is fine.
 */
@AnalyzeClasses(packages = "koppel", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    /** The persistence API's entry points: owning one means owning a transaction's data. */
    static final String ENTITY_MANAGER =
            "jakarta\\.persistence\\.(EntityManager|EntityManagerFactory|PersistenceContext|PersistenceUnit)";

    @ArchTest
    static final ArchRule NO_ENTITY_MANAGER = noClasses()
            .that()
            .resideInAPackage("koppel.api..")
            .should()
            .dependOnClassesThat()
            .haveNameMatching(ENTITY_MANAGER);

    @ArchTest
    static final ArchRule NO_HELPERS_OF_FEATURES = noClasses()
            .that()
            .resideInAPackage("koppel.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("koppel..control..");

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES =
            slices().matching("koppel.(**)").should().beFreeOfCycles();
}
