package koppel.admin;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import koppel.webhook.control.TargetGuard;
import koppel.webhook.control.WebhookSettings;

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

    /**
     * One exception: the webhooks' target guard, which the endpoint dialog asks before saving so
     * that it can word a refused URL in the page's language (no facade names the reason yet; the
     * facade checks again on saving).
     */
    @ArchTest
    static final ArchRule NO_HELPERS_OF_FEATURES = noClasses()
            .that()
            .resideInAPackage("koppel.admin..")
            .should()
            .dependOnClassesThat(resideInAPackage("koppel..control..")
                    .and(not(belongToAnyOf(WebhookSettings.class, TargetGuard.class))));

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES =
            slices().matching("koppel.(**)").should().beFreeOfCycles();
}
