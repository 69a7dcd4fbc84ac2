package koppel.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The admin UI's backing beans only translate: they call the facades, which hold the transactions
 * and the rules, so they never touch the persistence API nor a feature's helpers (control), and
 * their packages do not go round in circles. Reading entities and what the facades return is fine.
 */
@AnalyzeClasses(packages = "koppel", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {

    /** The persistence API's entry points: owning one means owning a transaction's data. */
    static final String ENTITY_MANAGER =
            "jakarta\\.persistence\\.(EntityManager|EntityManagerFactory|PersistenceContext|PersistenceUnit)";

    @ArchTest
    static final ArchRule NO_ENTITY_MANAGER = noClasses()
            .that()
            .resideInAPackage("koppel.admin..")
            .should()
            .dependOnClassesThat()
            .haveNameMatching(ENTITY_MANAGER);

    @ArchTest
    static final ArchRule NO_HELPERS_OF_FEATURES = noClasses()
            .that()
            .resideInAPackage("koppel.admin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("koppel..control..");

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES =
            slices().matching("koppel.(**)").should().beFreeOfCycles();
}
