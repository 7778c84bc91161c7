package com.synergycouncil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules are business capabilities (council, funding, reporting, audit) over a cross-cutting system module;
 * each one's internals stay its own, and no two modules depend on each other in a circle.
 */
class ModularityTests {

  static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    // production classes only, whatever the build directory is called (-Dbuild.dir=...)
    ImportOption productionOnly = location -> !location.contains("/test-classes/");
    classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("com.synergycouncil");
  }

  @Test
  void modulesDoNotDependOnEachOtherInACircle() {
    slices().matching("com.synergycouncil.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void aModulesInternalsAreUsedOnlyByThatModule() {
    for (String module : new String[] {"council", "funding", "reporting", "audit", "publication", "patents"}) {
      classes().that().resideInAPackage("com.synergycouncil." + module + ".internal..")
          .should().onlyBeAccessed().byAnyPackage("com.synergycouncil." + module + "..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void theSystemModuleKnowsNoBusinessModule() {
    noClasses().that().resideInAPackage("com.synergycouncil.system..")
        .should().dependOnClassesThat().resideInAnyPackage("com.synergycouncil.council..",
            "com.synergycouncil.funding..", "com.synergycouncil.reporting..", "com.synergycouncil.audit..",
            "com.synergycouncil.demo..")
        .check(classes);
  }

  @Test
  void theCouncilCoreKnowsNoKindOfDecision() {
    noClasses().that().resideInAPackage("com.synergycouncil.council..")
        .should().dependOnClassesThat().resideInAnyPackage("com.synergycouncil.funding..",
            "com.synergycouncil.reporting..", "com.synergycouncil.audit..", "com.synergycouncil.demo..")
        .check(classes);
  }

  @Test
  void theAuditModuleWatchesTheOthersAndOnlyReportingTellsItAnything() {
    noClasses().that().resideInAnyPackage("com.synergycouncil.council..", "com.synergycouncil.funding..",
            "com.synergycouncil.system..", "com.synergycouncil.demo..")
        .should().dependOnClassesThat().resideInAPackage("com.synergycouncil.audit..")
        .check(classes);
  }

  @Test
  void nothingButTheDemoDependsOnTheDemo() {
    noClasses().that().resideOutsideOfPackage("com.synergycouncil.demo..")
        .should().dependOnClassesThat().resideInAPackage("com.synergycouncil.demo..")
        .check(classes);
  }
}
