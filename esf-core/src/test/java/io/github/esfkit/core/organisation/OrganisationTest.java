package io.github.esfkit.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.esfkit.core.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organisations keep numbers as printed; the validator reports bad ones. */
class OrganisationTest {

  static final Organisation NORA = Organisation.of("Nora kommun", "212000-2007", OrganisationKind.MUNICIPALITY);

  @Test
  void numbersAreKeptAsPrintedAndParsedWhenValid() {
    assertThat(NORA.organisationsnummerAsPrinted()).contains("212000-2007");
    assertThat(NORA.organisationsnummer()).map(Object::toString).contains("212000-2007");
    Organisation bad = Organisation.of("X", "212000-2008", OrganisationKind.OTHER);
    assertThat(bad.organisationsnummer()).isEmpty();
    assertThat(bad.organisationsnummerAsPrinted()).contains("212000-2008");
    Workplace nora = Workplace.of("1278326");
    assertThat(nora.cfarAsPrinted()).isEqualTo("1278326");
    assertThat(nora.cfar()).isEmpty();
    assertThat(Workplace.of("19187426").withName("Kommunkontoret").cfar()).map(Object::toString).contains("19187426");
    assertThatThrownBy(() -> Organisation.of(" ", "212000-2007", OrganisationKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameOrganisationIsDecidedByNumber() {
    Organisation other = Organisation.of("Nora", "2120002007", OrganisationKind.MUNICIPALITY);
    assertThat(NORA.isSameOrganisationAs(other)).isTrue();
    assertThat(NORA).isNotEqualTo(other); // different rows as printed
    Organisation noNumber = Organisation.of("Nora kommun", Optional.empty(), OrganisationKind.MUNICIPALITY);
    assertThat(noNumber.isSameOrganisationAs(NORA)).isFalse();
  }

  @Test
  void kinds() {
    assertThat(OrganisationKind.MUNICIPALITY.isPublic()).isTrue();
    assertThat(OrganisationKind.COORDINATION_ASSOCIATION.isPublic()).isTrue();
    assertThat(OrganisationKind.NON_PROFIT.isPublic()).isFalse();
    assertThat(OrganisationKind.PRIVATE.isPublic()).isFalse();
    assertThat(Role.COOPERATION_PARTNER.labelSv()).isEqualTo("samverkansaktör");
  }

  @Test
  void validatorReportsEveryProblemOfEveryRow() {
    Organisation owner = Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY);
    List<OrganisationRole> rows = List.of(
        OrganisationRole.of(NORA, Role.CO_FINANCIER, "1278326"),
        OrganisationRole.of(Organisation.of("Y", "212000-2008", OrganisationKind.OTHER), Role.CO_FINANCIER, "19187427"),
        OrganisationRole.of(owner, Role.CO_FINANCIER, "19187426"),
        OrganisationRole.of(Organisation.of("Z", Optional.empty(), OrganisationKind.OTHER), Role.STAKEHOLDER));
    assertThat(OrganisationValidator.validateRoles(owner, rows, "project.organisations").violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CFAR-LENGTH", "project.organisations[0].workplace.cfar"),
            org.assertj.core.groups.Tuple.tuple("ORGNR-CHECKSUM", "project.organisations[1].organisation.organisationsnummer"),
            org.assertj.core.groups.Tuple.tuple("CFAR-CHECKSUM", "project.organisations[1].workplace.cfar"),
            org.assertj.core.groups.Tuple.tuple("ORGNR-MISSING", "project.organisations[3].organisation.organisationsnummer"));
  }

  @Test
  void ownerAmongCoFinanciersIsValid() {
    Organisation owner = Organisation.of("Kommunförbundet Kalmar län", Optional.empty(),
        OrganisationKind.ASSOCIATION_OF_MUNICIPALITIES);
    List<OrganisationRole> rows = List.of(OrganisationRole.of(
        Organisation.of("kommunförbundet kalmar län", Optional.empty(), OrganisationKind.ASSOCIATION_OF_MUNICIPALITIES),
        Role.CO_FINANCIER, "19187426"));
    // some applications list the owner among its co-financiers: valid; only double counting is an error
    assertThat(OrganisationValidator.validateRoles(owner, rows, null).violations()).extracting(Violation::ruleId)
        .containsExactly("ORGNR-MISSING");
  }

  @Test
  void validatorNeverThrowsOnNull() {
    assertThat(OrganisationValidator.validate((Organisation) null, null).hasRule("ORGANISATION-MISSING")).isTrue();
    assertThat(OrganisationValidator.validate((Workplace) null, null).hasRule("CFAR-MISSING")).isTrue();
    assertThat(OrganisationValidator.validateRoles(null, null, null).isEmpty()).isTrue();
    assertThat(OrganisationValidator.validateRoles(null, java.util.Arrays.asList((OrganisationRole) null), null)
        .hasRule("ORGANISATION-MISSING")).isTrue();
  }

  @Test
  void factoriesRejectNull() {
    new NullPointerTester().setDefault(Organisation.class, NORA)
        .setDefault(OrganisationKind.class, OrganisationKind.OTHER)
        .testAllPublicStaticMethods(Organisation.class);
    new NullPointerTester().testAllPublicStaticMethods(Workplace.class);
    new NullPointerTester().setDefault(Organisation.class, NORA).setDefault(Role.class, Role.CO_FINANCIER)
        .testAllPublicStaticMethods(OrganisationRole.class);
    new NullPointerTester().setDefault(Organisation.class, NORA).testAllPublicInstanceMethods(NORA);
    new NullPointerTester().testAllPublicInstanceMethods(Workplace.of("1278326"));
  }
}
