package org.familyhub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The folder names are the architecture: modules talk through their public API and events only. */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.familyhub");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void onlyViewsUseVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void onlySearchTalksToElasticsearch() {
        noClasses().that().resideOutsideOfPackage("org.familyhub.search..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverReachRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..domain..")
                .check(CLASSES);
    }
}
