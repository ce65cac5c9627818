package dev.parley.timeline.command.track;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The track's rules stay plain: no Spring, and no reading of the clock inside the domain.
 * (Rules are methods, not fields: Surefire 3.5.3+ silently skips {@code @ArchTest} fields.)
 */
@AnalyzeClasses(packages = "dev.parley.timeline.command.track", importOptions = ImportOption.DoNotIncludeTests.class)
class TrackDomainRulesTest {

    @ArchTest
    void noSpringInTheDomain(JavaClasses domain) {
        noClasses()
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the aggregate's rules must be testable and readable without the framework that serves them")
                .check(domain);
    }

    @ArchTest
    void noClockReadsInTheDomain(JavaClasses domain) {
        noClasses()
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .because("recordedAt is stamped from the injected Clock at the edge, so tests and replays are deterministic")
                .check(domain);
    }
}
