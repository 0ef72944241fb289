package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.AgeBand;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values of esf-core that the rule tests pass through without looking: status flags, answers,
 * what an organisation and a workplace show of themselves, age bands at their limits, flat-rate options and
 * hash codes that tell values apart.
 */
class CoreValuesTest {

  @Test
  void employmentStatusFlags() {
    Set<EmploymentStatus> unemployed = EnumSet.of(EmploymentStatus.UNEMPLOYED, EmploymentStatus.LONG_TERM_UNEMPLOYED);
    Set<EmploymentStatus> inactive = EnumSet.of(EmploymentStatus.INACTIVE, EmploymentStatus.INACTIVE_NOT_IN_EDUCATION);
    for (EmploymentStatus s : EmploymentStatus.values()) {
      assertThat(s.isUnemployed()).as("%s", s).isEqualTo(unemployed.contains(s));
      assertThat(s.isInactive()).as("%s", s).isEqualTo(inactive.contains(s));
    }
  }

  @Test
  void eventTypeFlags() {
    for (EventType t : EventType.values()) {
      assertThat(t.isEmployment()).as("%s", t).isEqualTo(t == EventType.EMPLOYED || t == EventType.SELF_EMPLOYED);
      assertThat(t.isStatus()).as("%s", t).isEqualTo(t != EventType.QUALIFICATION_GAINED);
    }
  }

  @Test
  void answersKnownAndUnknown() {
    Answer<String> known = Answer.of("a");
    assertThat(known.isUnknown()).isFalse();
    assertThat(known.isKnown()).isTrue();
    assertThat(known.value()).contains("a");
    Answer<String> refused = Answer.unknown(UnknownReason.REFUSED);
    assertThat(refused.isUnknown()).isTrue();
    assertThat(refused.value()).isEmpty();
    assertThat(refused.unknownReason()).contains(UnknownReason.REFUSED);
    assertThat(known.hashCode()).isNotEqualTo(Answer.of("b").hashCode());
    assertThat(refused.hashCode()).isNotEqualTo(Answer.unknown(UnknownReason.DONT_KNOW).hashCode())
        .isNotEqualTo(UnknownReason.REFUSED.hashCode());
  }

  @Test
  void anOrganisationShowsOnlyANumberThatCannotBeAPersonnummer() {
    assertThat(Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY))
        .hasToString("Organisation{name=Hällefors kommun, organisationsnummer=212000-1942, kind=MUNICIPALITY}");
    assertThat(Organisation.of("A", "12345", OrganisationKind.MUNICIPALITY).toString())
        .contains("organisationsnummer='12345'");
    assertThat(Organisation.of("A", "123456", OrganisationKind.MUNICIPALITY).toString())
        .contains("organisationsnummer=(invalid, masked)");
    assertThat(Organisation.of("A", "000000", OrganisationKind.MUNICIPALITY).toString()).contains("(invalid, masked)");
    assertThat(Organisation.of("A", "999999", OrganisationKind.MUNICIPALITY).toString()).contains("(invalid, masked)");
    assertThat(Organisation.of("A", "/:/:/:", OrganisationKind.MUNICIPALITY).toString()).contains("'/:/:/:'");
    assertThat(Organisation.builder().name("A").kind(OrganisationKind.MUNICIPALITY).build().toString())
        .contains("organisationsnummer=none");
  }

  @Test
  void aWorkplaceShowsShortValuesOnly() {
    assertThat(Workplace.of("19187426")).hasToString("Workplace{cfar=19187426}");
    assertThat(Workplace.of("19187426").cfar()).contains(CfarNumber.parse("19187426"));
    assertThat(Workplace.of("1918742").cfar()).isEmpty();
    assertThat(Workplace.of(" 123456789 ")).hasToString("Workplace{cfar=123456789}");
    assertThat(Workplace.of("1234567890")).hasToString("Workplace{cfar=(masked, 10 characters)}");
  }

  @Test
  void ageBandsAtTheirLimits() {
    assertThat(AgeBand.of(0, 0).contains(0)).isTrue();
    assertThat(AgeBand.of(0, 150).contains(150)).isTrue();
    AgeBand young = AgeBand.of(18, 24);
    assertThat(young.contains(18)).isTrue();
    assertThat(young.contains(24)).isTrue();
    assertThat(young.contains(17)).isFalse();
    assertThat(young.contains(25)).isFalse();
    assertThat(AgeBand.of(5, 5).contains(5)).isTrue();
    assertThatThrownBy(() -> AgeBand.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBand.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBand.of(0, 151)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0-151");
  }

  @Test
  void flatRateOptions() {
    for (FlatRateOption o : FlatRateOption.values()) {
      assertThat(o.isJustificationRequired()).as("%s", o).isEqualTo(o == FlatRateOption.INDIRECT_25_OF_DIRECT);
      assertThat(o.isAvailableIn(ProgrammePeriod.ESF_PLUS_2021_2027)).as("%s", o).isTrue();
      assertThat(o.isAvailableIn(ProgrammePeriod.ESF_2014_2020)).as("%s", o)
          .isEqualTo(o != FlatRateOption.INDIRECT_7_OF_DIRECT);
      assertThat(o.legalBasis()).startsWith("Reg. ");
      assertThat(o.label(Language.SV)).isNotBlank().isNotEqualTo(o.label(Language.EN));
    }
    assertThat(FlatRateOption.INDIRECT_15_OF_STAFF.legalBasis()).contains("1303/2013 art. 68.1 b");
    assertThat(FlatRateOption.INDIRECT_15_OF_STAFF.label(Language.EN)).isEqualTo("Indirect costs, 15 % of staff costs");
  }

  @Test
  void hashCodesTellValuesApart() {
    assertThat(Personnummer.parse("19121212-1212").hashCode())
        .isNotEqualTo(Personnummer.parse("20121272-1219").hashCode());
    assertThat(Organisationsnummer.parse("212000-1942").hashCode())
        .isNotEqualTo(Organisationsnummer.parse("212000-1983").hashCode());
    assertThat(CfarNumber.parse("19187426").hashCode()).isNotEqualTo(CfarNumber.parse("27035781").hashCode());
    ValidationResult one = ValidationResult.builder().error("X", "p", "sv", "en").build();
    assertThat(one.hashCode()).isNotEqualTo(ValidationResult.builder().build().hashCode());
    assertThat(one.hashCode()).isEqualTo(ValidationResult.builder().error("X", "p", "sv", "en").build().hashCode());
  }
}
