package com.synergycouncil.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The audit module watches the others; none of them depends on it (they talk to it through events and system). */
class AuditModuleBoundaryTests {

  private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.synergycouncil");

  @Test
  void noOtherModuleDependsOnTheAuditModule() {
    noClasses().that().resideInAnyPackage("com.synergycouncil.council..", "com.synergycouncil.funding..",
            "com.synergycouncil.system..", "com.synergycouncil.demo..")
        .should().dependOnClassesThat().resideInAPackage("com.synergycouncil.audit..")
        .check(classes);
  }

  @Test
  void onlyTheAuditModuleItselfUsesItsInternals() {
    noClasses().that().resideOutsideOfPackage("com.synergycouncil.audit..")
        .should().dependOnClassesThat().resideInAPackage("com.synergycouncil.audit.internal..")
        .check(classes);
  }
}
