package io.synq.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The dependency rule of the hexagon, checked on the production classes of every module. Each ring
 * names what of the JDK it may use, so that {@code java.sql} or {@code java.net.http} in the
 * application fails here as surely as a framework would.
 */
@AnalyzeClasses(
    packages = "io.synq",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  private static final String DOMAIN = "io.synq.domain..";
  private static final String APPLICATION = "io.synq.application..";
  private static final String REST = "io.synq.adapter.rest..";
  private static final String AUTH = "io.synq.adapter.auth..";
  private static final String PERSISTENCE = "io.synq.adapter.persistence..";
  private static final String DASHBOARD = "io.synq.dashboard..";
  private static final String BOOTSTRAP = "io.synq.bootstrap..";

  /** The application's front door and its policies, which adapters may use beside the ports. */
  private static final String FRONT_DOOR = "io.synq.application";

  private static final String PORTS = "io.synq.application.port..";

  /**
   * The JDK a pure ring may use. {@code java.lang.invoke} and {@code java.lang.runtime} are what
   * the compiler emits for lambdas and records.
   */
  private static final String[] PURE_JDK = {
    "java.lang",
    "java.lang.invoke",
    "java.lang.runtime",
    "java.math",
    "java.security",
    "java.time..",
    "java.util",
    "java.util.function",
    "java.util.regex",
    "java.util.stream"
  };

  /** The application adds byte buffers and charsets, for hashing tokens and keys. */
  private static final String[] APPLICATION_JDK = concat(PURE_JDK, "java.nio", "java.nio.charset");

  /** The dashboard reads its packaged files and keeps them. */
  private static final String[] DASHBOARD_JDK = concat(PURE_JDK, "java.io", "java.util.concurrent");

  /** Test jars (the in-memory ports, the HTTP contract) are test code too. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule domain_uses_only_the_pure_jdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(concat(PURE_JDK, DOMAIN));

  @ArchTest
  static final ArchRule application_is_framework_free =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(concat(APPLICATION_JDK, APPLICATION, DOMAIN));

  @ArchTest
  static final ArchRule the_dashboard_knows_no_other_module_and_no_container =
      classes()
          .that()
          .resideInAPackage(DASHBOARD)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(concat(DASHBOARD_JDK, DASHBOARD));

  @ArchTest
  static final ArchRule adapters_use_the_application_only_through_its_ports_and_front_door =
      noClasses()
          .that()
          .resideInAnyPackage(REST, AUTH, PERSISTENCE, BOOTSTRAP)
          .should()
          .dependOnClassesThat(
              resideInAPackage(APPLICATION).and(not(resideInAnyPackage(FRONT_DOOR, PORTS))))
          .as("adapters use the application only through " + PORTS + " and " + FRONT_DOOR);

  @ArchTest
  static final ArchRule rest_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(AUTH, PERSISTENCE, BOOTSTRAP);

  @ArchTest
  static final ArchRule auth_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(AUTH)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REST, PERSISTENCE, BOOTSTRAP);

  @ArchTest
  static final ArchRule persistence_adapter_does_not_know_the_other_adapters =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REST, AUTH, BOOTSTRAP);

  @ArchTest
  static final ArchRule rest_adapter_uses_only_jakarta_apis =
      noClasses()
          .that()
          .resideInAPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.glassfish..", "org.jboss..", "io.undertow..", "org.jvnet..");

  @ArchTest
  static final ArchRule only_bootstrap_knows_the_server =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.glassfish.grizzly..", "org.glassfish.jersey..");

  /** Embedders and the bootstrap see the adapter's front, not its feature packages. */
  @ArchTest
  static final ArchRule the_rest_adapters_feature_packages_are_its_own =
      noClasses()
          .that()
          .resideOutsideOfPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.synq.adapter.rest.http..",
              "io.synq.adapter.rest.product..",
              "io.synq.adapter.rest.account..");

  /** Guards against rules that pass vacuously because a package name is misspelled or empty. */
  @ArchTest
  static void every_named_package_has_classes(JavaClasses synq) {
    for (String packageName :
        List.of(
            "io.synq.domain.product",
            "io.synq.domain.tenancy",
            "io.synq.domain.access",
            "io.synq.domain.account",
            "io.synq.application.port.in",
            "io.synq.application.port.out",
            "io.synq.application.service",
            FRONT_DOOR,
            "io.synq.adapter.rest",
            "io.synq.adapter.rest.http",
            "io.synq.adapter.rest.product",
            "io.synq.adapter.rest.account",
            "io.synq.adapter.auth",
            "io.synq.adapter.persistence",
            "io.synq.dashboard",
            "io.synq.bootstrap")) {
      classes().that().resideInAPackage(packageName).should(exist()).check(synq);
    }
  }

  private static ArchCondition<JavaClass> exist() {
    return new ArchCondition<>("exist") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        events.add(SimpleConditionEvent.satisfied(item, item.getName() + " exists"));
      }
    };
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
