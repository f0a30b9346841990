package fr.sav.inventory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.Repository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.annotation.Transactional;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature: features meet only through public doors, never in cycles, and the layers stay thin. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.sav.inventory");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("fr.sav.inventory.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theSharedKernelKnowsNoFeature() {
        noClasses().that().resideInAPackage("fr.sav.inventory.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.sav.inventory.catalog..", "fr.sav.inventory.stock..",
                        "fr.sav.inventory.security..")
                .check(CLASSES);
    }

    @Test
    void theCatalogIsMasterDataThatKnowsNoOtherFeature() {
        noClasses().that().resideInAPackage("fr.sav.inventory.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.sav.inventory.stock..", "fr.sav.inventory.security..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStockFeatureWritesStockTables() {
        noClasses().that().resideOutsideOfPackage("fr.sav.inventory.stock..")
                .should().accessClassesThat().haveSimpleName("StockLevels")
                .orShould().accessClassesThat().haveSimpleName("Ledger")
                .check(CLASSES);
    }

    @Test
    void controllersAndRepositoriesDoNotDemarcateTransactions() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should().notBeAnnotatedWith(Transactional.class).check(CLASSES);
        noClasses().that().areAnnotatedWith(Controller.class).should().beAnnotatedWith(Transactional.class).check(CLASSES);
        noClasses().that().areMetaAnnotatedWith(Repository.class).should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }
}
