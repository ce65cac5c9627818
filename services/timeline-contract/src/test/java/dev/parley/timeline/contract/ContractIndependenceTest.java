package dev.parley.timeline.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * Downstream services use the contract as a library: it must not drag a framework in with it.
 * (Rules are methods, not fields: Surefire 3.5.3+ silently skips {@code @ArchTest} fields.)
 */
@AnalyzeClasses(packages = "dev.parley.timeline.contract", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractIndependenceTest {

    @ArchTest
    void noSpringOrAxonInTheContract(JavaClasses contract) {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .because("a downstream service must be able to read Parley's events without Spring or Axon")
                .check(contract);
    }
}
