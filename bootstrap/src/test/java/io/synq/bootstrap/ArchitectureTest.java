package io.synq.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dependency rule of the hexagon, checked on the production classes of every module. */
class ArchitectureTest {
  private static final String DOMAIN = "io.synq.domain..";
  private static final String APPLICATION = "io.synq.application..";
  private static final String REST = "io.synq.adapter.rest..";
  private static final String AUTH = "io.synq.adapter.auth..";
  private static final String PERSISTENCE = "io.synq.adapter.persistence..";
  private static final String BOOTSTRAP = "io.synq.bootstrap..";

  private static final JavaClasses SYNQ =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // Test jars (the in-memory ports, the HTTP contract) are test code too.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.synq");

  static final ArchRule domain_uses_only_the_jdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..");

  static final ArchRule application_is_framework_free =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..");

  static final ArchRule rest_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(AUTH, PERSISTENCE, BOOTSTRAP);

  static final ArchRule auth_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(AUTH)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REST, PERSISTENCE, BOOTSTRAP);

  static final ArchRule persistence_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REST, AUTH, BOOTSTRAP);

  static final ArchRule rest_adapter_uses_only_jakarta_apis =
      noClasses()
          .that()
          .resideInAPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.glassfish..", "org.jboss..", "io.undertow..", "org.jvnet..");

  static final ArchRule only_bootstrap_knows_the_server =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.glassfish.grizzly..", "org.glassfish.jersey..");

  @Test
  void domain_uses_only_the_jdk() {
    domain_uses_only_the_jdk.check(SYNQ);
  }

  @Test
  void application_is_framework_free() {
    application_is_framework_free.check(SYNQ);
  }

  @Test
  void adapters_do_not_know_each_other() {
    rest_adapter_does_not_know_the_other_adapters.check(SYNQ);
    auth_adapter_does_not_know_the_other_adapters.check(SYNQ);
    persistence_adapter_does_not_know_the_other_adapters.check(SYNQ);
  }

  @Test
  void rest_adapter_uses_only_jakarta_apis() {
    rest_adapter_uses_only_jakarta_apis.check(SYNQ);
  }

  @Test
  void only_bootstrap_knows_the_server() {
    only_bootstrap_knows_the_server.check(SYNQ);
  }

  /** Guards against rules that pass vacuously because a package name is misspelled or empty. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.synq.domain.product",
        "io.synq.domain.tenancy",
        "io.synq.domain.access",
        "io.synq.domain.account",
        "io.synq.application.port.in",
        "io.synq.application.port.out",
        "io.synq.application.service",
        "io.synq.adapter.rest",
        "io.synq.adapter.auth",
        "io.synq.adapter.persistence",
        "io.synq.bootstrap"
      })
  void every_named_package_has_classes(String packageName) {
    assertThat(SYNQ.stream().filter(c -> c.getPackageName().startsWith(packageName)))
        .as(packageName)
        .isNotEmpty();
  }
}
