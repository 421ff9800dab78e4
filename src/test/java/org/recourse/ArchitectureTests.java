package org.recourse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What modules may not see, beyond Spring Modulith's dependency check. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.recourse");

    @Test
    void luceneIsUsedOnlyBySearch() {
        noClasses().that().resideOutsideOfPackage("org.recourse.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void cryptographyIsUsedOnlyBySecurity() {
        noClasses().that().resideOutsideOfPackage("org.recourse.security..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.crypto..", "com.google.crypto.tink..")
                .check(CLASSES);
    }

    @Test
    void servletAndSpringMvcAreUsedOnlyByWeb() {
        noClasses().that().resideOutsideOfPackage("org.recourse.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..",
                        "org.springframework.web.bind..")
                .check(CLASSES);
    }

    @Test
    void thePdfLibraryIsUsedOnlyByReport() {
        noClasses().that().resideOutsideOfPackage("org.recourse.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..",
                        "org.apache.batik..")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class).check(CLASSES);
    }
}
