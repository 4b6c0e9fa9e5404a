package com.ks.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Layering rules that module boundaries alone do not express. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.ks.platform", "com.ks.jooq");

    @Test
    void vaadin_is_used_only_in_ui_packages_and_the_web_shell() {
        noClasses()
                .that()
                .resideInAPackage("com.ks.platform..")
                .and()
                .resideOutsideOfPackages("..ui..", "com.ks.platform.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_jooq_or_generated_tables() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "com.ks.jooq..")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_module_and_not_on_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("com.ks.platform.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "com.ks.platform.identity..",
                        "com.ks.platform.notification..",
                        "com.ks.platform.merchant..",
                        "com.ks.platform.catalog..",
                        "com.ks.platform.compliance..",
                        "com.ks.platform.cart..",
                        "com.ks.platform.engagement..",
                        "com.ks.platform.ui..",
                        "com.ks.platform.web..")
                .check(CLASSES);
    }

    @Test
    void a_module_uses_only_its_own_generated_tables() {
        classes()
                .that()
                .resideInAPackage("com.ks.platform..")
                .should(useOnlyOwnTables())
                .check(CLASSES);
    }

    @Test
    void repositories_are_package_private() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .and()
                .resideInAPackage("com.ks.platform..")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    /** Generated table classes are named after their table, whose prefix is the owning module (identity_account). */
    private static ArchCondition<JavaClass> useOnlyOwnTables() {
        return new ArchCondition<>("use only generated tables prefixed with their own module") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String module = javaClass
                        .getPackageName()
                        .replace("com.ks.platform.", "")
                        .split("\\.")[0];
                javaClass.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(generatedTable())
                        .filter(target -> !ownedBy(module, target))
                        .forEach(target -> events.add(SimpleConditionEvent.violated(
                                javaClass, javaClass.getName() + " uses " + target.getName())));
            }
        };
    }

    private static DescribedPredicate<JavaClass> generatedTable() {
        return DescribedPredicate.describe(
                "generated table",
                c -> c.getPackageName().startsWith("com.ks.jooq.tables")
                        || c.getName().equals("com.ks.jooq.Tables"));
    }

    private static boolean ownedBy(String module, JavaClass table) {
        if (table.getName().equals("com.ks.jooq.Tables")) {
            return true; // the static import holder; the table fields themselves are checked below
        }
        String simple = table.getSimpleName().toLowerCase(Locale.ROOT);
        if (module.equals("shared")) {
            return simple.startsWith("shared")
                    || simple.startsWith("shedlock")
                    || simple.startsWith("eventpublication");
        }
        return simple.startsWith(module);
    }
}
