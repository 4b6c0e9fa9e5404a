package com.ks.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.ks.platform.shared.ModuleHook;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The two kinds of service door (ARCHITECTURE.md): a public method of a service is either secured for the people who
 * call it ({@code @PreAuthorize}, checked by Spring's method security on every call) or a {@link ModuleHook} that only
 * other modules' own work may call. A hook reached from a view or an API controller would be an unguarded door.
 */
class ServiceDoorsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.ks.platform");

    @Test
    void every_public_service_method_is_secured_or_a_module_hook() {
        methods()
                .that(arePublicInstanceMethodsOfPublicServices())
                .should(beSecuredOrAHook())
                .check(CLASSES);
    }

    @Test
    void views_and_api_controllers_never_call_a_module_hook() {
        noClasses()
                .that()
                .resideInAnyPackage("com.ks.platform..ui..", "com.ks.platform..api..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a module hook",
                        call -> call.getTarget().isAnnotatedWith(ModuleHook.class)
                                || call.getTargetOwner().isAnnotatedWith(ModuleHook.class)))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaMethod> arePublicInstanceMethodsOfPublicServices() {
        return DescribedPredicate.describe(
                "public instance methods of public @Service classes",
                method -> method.getOwner().isAnnotatedWith(Service.class)
                        && method.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                        && method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE));
    }

    private static ArchCondition<JavaMethod> beSecuredOrAHook() {
        return new ArchCondition<>("carry @PreAuthorize, @PostAuthorize or @ModuleHook (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean marked = marked(method) || marked(method.getOwner());
                if (!marked) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " is neither secured nor a @ModuleHook"));
                }
            }

            private boolean marked(CanBeAnnotated element) {
                return element.isAnnotatedWith(PreAuthorize.class)
                        || element.isAnnotatedWith(PostAuthorize.class)
                        || element.isAnnotatedWith(ModuleHook.class);
            }
        };
    }
}
