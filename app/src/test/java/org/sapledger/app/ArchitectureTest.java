package org.sapledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module dependency rule: app → command, query → calc → domain; command → domain. Nothing depends on app;
 * domain and calc stay free of Spring and IO, and calc free of Axon.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sapledger");
    }

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("app").definedBy("org.sapledger.app..")
                .layer("command").definedBy("org.sapledger.command..")
                .layer("query").definedBy("org.sapledger.query..")
                .layer("sapxml").definedBy("org.sapledger.sapxml..")
                .layer("calc").definedBy("org.sapledger.calc..")
                .layer("domain").definedBy("org.sapledger.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("command").mayOnlyBeAccessedByLayers("app")
                .whereLayer("query").mayOnlyBeAccessedByLayers("app")
                .whereLayer("sapxml").mayOnlyBeAccessedByLayers("command", "app")
                .whereLayer("calc").mayOnlyBeAccessedByLayers("query", "app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("sapxml", "calc", "command", "query", "app")
                .check(classes);
    }

    @Test
    void calcIsPureJava() {
        noClasses().that().resideInAPackage("org.sapledger.calc..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "java.sql..", "javax.sql..",
                        "java.net..", "jakarta..")
                .check(classes);
    }

    @Test
    void domainHoldsNoInfrastructure() {
        noClasses().that().resideInAPackage("org.sapledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "java.net..", "java.io..",
                        "java.nio..", "jakarta..")
                .orShould().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "Axon classes other than the message annotations",
                                javaClass -> javaClass.getPackageName().startsWith("org.axonframework")
                                        && !javaClass.getName().equals(
                                                "org.axonframework.modelling.command.TargetAggregateIdentifier")
                                        && !javaClass.getName().equals(
                                                "org.axonframework.modelling.command.TargetAggregateVersion")
                                        && !javaClass.getName().equals("org.axonframework.serialization.Revision")))
                .check(classes);
    }
}
