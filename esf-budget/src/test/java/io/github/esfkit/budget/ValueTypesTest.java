package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Equality, null handling and self-consistency checks of the value types. */
class ValueTypesTest {

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CoFinancier.of("Hällefors kommun", AllIn.orgnr(1)), CoFinancier.of("Hällefors kommun", AllIn.orgnr(1)))
        .addEqualityGroup(CoFinancier.of("Hällefors", AllIn.orgnr(1)))
        .addEqualityGroup(CoFinancier.of("Hällefors kommun", AllIn.orgnr(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Share.of(new BigDecimal("1"), new BigDecimal("2")), Share.of(new BigDecimal("1.0"), new BigDecimal("2.00")))
        .addEqualityGroup(Share.of(new BigDecimal("2"), new BigDecimal("4")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AllIn.budget(), AllIn.budget())
        .addEqualityGroup(AllIn.budget().withFlatRateRounding(RoundingPolicy.KRONA_DOWN))
        .testEquals();
    assertThat(AllIn.budget().overview()).isEqualTo(AllIn.budget().overview());
  }

  @Test
  void sameOrganisationIsDecidedByNumber() {
    assertThat(CoFinancier.of("A", AllIn.orgnr(1)).isSameOrganisation(CoFinancier.of("B", AllIn.orgnr(1)))).isTrue();
    assertThat(CoFinancier.of("A", AllIn.orgnr(1)).isSameOrganisation(CoFinancier.of("A", AllIn.orgnr(2)))).isFalse();
    assertThatThrownBy(() -> CoFinancier.of(" ", AllIn.orgnr(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MonetaryAmount.class, Sek.of(1))
        .setDefault(Language.class, Language.SV)
        .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(Sek.class);
    tester.testAllPublicStaticMethods(AmountFormat.class);
    assertThatThrownBy(() -> BudgetLine.of(null, CostCategory.STAFF, Sek.of(1))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void requirementMustBeAPercent() {
    assertThatThrownBy(() -> CoFinancingRequirement.ofPercent("100.01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CoFinancingRequirement.ofPercent("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CoFinancingRequirement.ofPercent("53.00").percent()).isEqualByComparingTo("53");
  }

  @Test
  void overviewRefusesMixedCurrencies() {
    BudgetOverview o = AllIn.budget().overview();
    assertThatThrownBy(() -> o.withEsfGrant(org.javamoney.moneta.Money.of(1, Eur.EUR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mixes currencies");
    assertThat(o.lines()).hasSize(17);
    assertThat(o.amount(OverviewRow.LESS_CASH_CO_FINANCING)).isEqualTo(Sek.of(1_402_333));
    assertThatThrownBy(() -> o.amount(OverviewRow.ESF_GRANT_SHARE)).isInstanceOf(IllegalArgumentException.class);
  }
}
