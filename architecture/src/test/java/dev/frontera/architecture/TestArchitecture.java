package dev.frontera.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The house's shape, checked on every build over the main classes of every module: modules
 * depend inward (docs/ARCHITECTURE.md), no two packages depend on each other, and an
 * {@code internal} package is used by its own module only.
 */
class TestArchitecture {
    private static final List<String> MODULES =
            List.of("core", "text", "data", "claims", "movements", "surges", "server", "cli", "spark", "bench");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.frontera");

    /** What each module may use of ours; the poms say the same, this keeps the code to it. */
    static final ArchRule MODULES_DEPEND_INWARD = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core")
            .definedBy("dev.frontera.core..")
            .layer("text")
            .definedBy("dev.frontera.text..")
            .layer("data")
            .definedBy("dev.frontera.data..")
            .layer("movements")
            .definedBy("dev.frontera.movements..")
            .layer("claims")
            .definedBy("dev.frontera.claims..")
            .layer("surges")
            .definedBy("dev.frontera.surges..")
            .layer("server")
            .definedBy("dev.frontera.server..")
            .layer("cli")
            .definedBy("dev.frontera.cli..")
            .layer("spark")
            .definedBy("dev.frontera.spark..")
            .layer("bench")
            .definedBy("dev.frontera.bench..")
            .whereLayer("core")
            .mayNotAccessAnyLayer()
            .whereLayer("text")
            .mayOnlyAccessLayers("core")
            .whereLayer("data")
            .mayOnlyAccessLayers("core")
            .whereLayer("movements")
            .mayOnlyAccessLayers("core", "text")
            .whereLayer("claims")
            .mayOnlyAccessLayers("core", "text", "movements", "surges")
            .whereLayer("surges")
            .mayOnlyAccessLayers("core", "data")
            .whereLayer("server")
            .mayOnlyAccessLayers("core", "data", "movements", "claims", "surges")
            .whereLayer("cli")
            .mayOnlyAccessLayers("core", "data", "movements", "claims", "surges", "server")
            .whereLayer("spark")
            .mayOnlyAccessLayers("core", "data", "claims")
            .whereLayer("bench")
            .mayOnlyAccessLayers("core", "data", "claims", "surges");

    /** Each package is a slice, and no two slices may reach each other, however indirectly. */
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("dev.frontera.(**)").should().beFreeOfCycles();

    /** Jdbi's rule: what must be public but is not a module's API lives in {@code internal}, for that module alone. */
    static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE = CompositeArchRule.of(MODULES.stream()
                    .map(module -> noClasses()
                            .that()
                            .resideOutsideOfPackage("dev.frontera." + module + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("dev.frontera." + module + "..internal..")
                            .as("no class outside %s uses %s's internal packages".formatted(module, module))
                            .allowEmptyShould(true))
                    .toList())
            .as("internal packages are used by their own module only");

    @Test
    void modules_depend_only_on_the_modules_below_them() {
        MODULES_DEPEND_INWARD.check(CLASSES);
    }

    @Test
    void packages_have_no_cycles() {
        NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void internal_packages_are_used_by_their_own_module_only() {
        INTERNAL_STAYS_IN_ITS_MODULE.check(CLASSES);
    }

    @Test
    void every_module_is_on_the_class_path() {
        // A module missing here would pass every rule above without being checked.
        for (String module : MODULES) {
            assertThat(CLASSES.containPackage("dev.frontera." + module))
                    .as("classes of %s imported", module)
                    .isTrue();
        }
    }
}
