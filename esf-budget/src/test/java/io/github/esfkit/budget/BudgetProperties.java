package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the budget engine (QuickTheories, fixed seeds, few examples): order and splitting of
 * lines do not change derived figures; flat-rate rounding agrees with an exact integer oracle.
 */
class BudgetProperties {

  private static final long SEED = 20_140_2020L;

  private static final Gen<BudgetLine> LINES = lineGen();
  private static final Gen<Contribution> CONTRIBUTIONS = contributionGen();

  private static Gen<BudgetLine> lineGen() {
    List<Object[]> pairs = new ArrayList<>();
    for (CostSection s : CostSection.values()) {
      for (CostCategory c : s.formCategories()) {
        if (c != CostCategory.INDIRECT_COSTS) {
          pairs.add(new Object[] {s, c});
        }
      }
    }
    return arbitrary()
        .pick(pairs)
        .zip(longs().between(0, 50_000_000L), (p, amount) ->
            BudgetLine.of((CostSection) p[0], (CostCategory) p[1], "rad", Sek.of(amount)));
  }

  private static Gen<Contribution> contributionGen() {
    List<Object[]> pairs = new ArrayList<>();
    for (CoFinancingCategory c : CoFinancingCategory.values()) {
      for (CoFinancingSubLine s : c.subLines()) {
        pairs.add(new Object[] {c, s});
      }
    }
    return arbitrary()
        .pick(pairs)
        .zip(integers().between(1, 9), longs().between(0, 30_000_000L), (p, who, amount) ->
            Contribution.of((CoFinancingCategory) p[0], (CoFinancingSubLine) p[1], AllIn.partner(who),
                Sek.of(amount)));
  }

  private static Budget budget(List<BudgetLine> lines, List<Contribution> contributions) {
    return Budget.builder()
        .addFlatRates(FlatRate.formIndirectCosts())
        .addAllCostLines(lines)
        .addAllContributions(contributions)
        .build();
  }

  @Test
  void totalsDoNotDependOnLineOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(lists().of(LINES).ofSizeBetween(0, 25), lists().of(CONTRIBUTIONS).ofSizeBetween(0, 12),
            longs().all())
        .checkAssert((lines, contributions, shuffleSeed) -> {
          List<BudgetLine> l = new ArrayList<>(lines);
          List<Contribution> c = new ArrayList<>(contributions);
          Collections.shuffle(l, new Random(shuffleSeed));
          Collections.shuffle(c, new Random(shuffleSeed + 1));
          BudgetOverview expected = budget(lines, contributions).overview();
          assertThat(budget(l, c).overview()).isEqualTo(expected);
          // B10 holds for every budget
          assertThat(expected.totalFinancing()).isEqualTo(expected.esfGrant().add(expected.totalCoFinancing()));
        });
  }

  @Test
  void derivedFiguresDoNotChangeWhenAmountsAreSplitAcrossMoreLines() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(lists().of(LINES).ofSizeBetween(1, 20), lists().of(CONTRIBUTIONS).ofSizeBetween(1, 10),
            longs().all())
        .checkAssert((lines, contributions, splitSeed) -> {
          Random random = new Random(splitSeed);
          List<BudgetLine> split = new ArrayList<>();
          for (BudgetLine line : lines) {
            for (BigDecimal part : split(Amounts.number(line.total()).longValueExact(), random)) {
              split.add(BudgetLine.of(line.section(), line.category(), "del", Sek.of(part)));
            }
          }
          List<Contribution> splitC = new ArrayList<>();
          for (Contribution c : contributions) {
            for (BigDecimal part : split(Amounts.number(c.amount()).longValueExact(), random)) {
              splitC.add(Contribution.of(c.category(), c.subLine(), c.contributor(), Sek.of(part)));
            }
          }
          assertThat(budget(split, splitC).overview()).isEqualTo(budget(lines, contributions).overview());
        });
  }

  /** Whole-kronor parts (1 to 4 of them) that sum to the amount. */
  private static List<BigDecimal> split(long amount, Random random) {
    int parts = 1 + random.nextInt(4);
    List<BigDecimal> out = new ArrayList<>();
    long rest = amount;
    for (int i = 1; i < parts; i++) {
      long part = rest == 0 ? 0 : Math.floorMod(random.nextLong(), rest + 1);
      out.add(BigDecimal.valueOf(part));
      rest -= part;
    }
    out.add(BigDecimal.valueOf(rest));
    return out;
  }

  @Test
  void formFlatRateMatchesTheIntegerOracleForEveryStaffAmount() {
    Gen<Long> any = longs().between(0, 1_000_000_000_000L);
    Gen<Long> ties = longs().between(0, 50_000_000_000L).map(k -> 20 * k + 10); // 0.15 × P ends in .50
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(any.mix(ties, 30))
        .checkAssert(kronor -> {
          BigInteger cents = BigInteger.valueOf(kronor).multiply(BigInteger.valueOf(100));
          for (RoundingPolicy policy :
              List.of(RoundingPolicy.KRONA_HALF_UP, RoundingPolicy.KRONA_HALF_EVEN, RoundingPolicy.KRONA_DOWN)) {
            BigDecimal actual = FlatRate.formIndirectCosts().apply(BigDecimal.valueOf(kronor), policy);
            assertThat(actual).isEqualByComparingTo(new BigDecimal(oracle(cents, 15_00, policy)));
          }
        });
  }

  @Test
  void flatRatesOnOreAmountsAndAnyRateMatchTheOracle() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(longs().between(0, 100_000_000_000L), integers().between(0, 40_00),
            arbitrary().enumValues(RoundingPolicy.class))
        .checkAssert((cents, hundredths, policy) -> {
          BigDecimal base = BigDecimal.valueOf(cents, 2);
          FlatRate rate = FlatRate.of(FlatRateType.OTHER_COSTS_40_OF_STAFF, BigDecimal.valueOf(hundredths, 2));
          BigDecimal actual = rate.apply(base, policy);
          BigInteger expected = oracle(BigInteger.valueOf(cents), hundredths, policy);
          assertThat(actual).isEqualByComparingTo(new BigDecimal(expected, policy.scale()));
        });
  }

  @Test
  void tiesRoundUpUnderTheFormPolicy() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(longs().between(0, 1_000_000_000L))
        .checkAssert(k -> {
          long p = 20 * k + 10;
          Budget b = Budget.builder()
              .addFlatRates(FlatRate.formIndirectCosts())
              .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, Sek.of(p)))
              .build();
          // 0.15 × (20k + 10) = 3k + 1.5 → 3k + 2 (HALF_UP), 3k + 2 or 3k + 1 by parity (HALF_EVEN)
          assertThat(b.overview().costTable(CostSection.IMPLEMENTATION).amount(CostCategory.INDIRECT_COSTS))
              .isEqualTo(Sek.of(3 * k + 2));
        });
  }

  /**
   * The flat rate {@code hundredths/100 %} of {@code cents/100} kronor, in units of the policy's scale,
   * by integer arithmetic only: exact value = cents × hundredths / 10^6 kronor.
   */
  static BigInteger oracle(BigInteger cents, long hundredths, RoundingPolicy policy) {
    BigInteger n = cents.multiply(BigInteger.valueOf(hundredths)).multiply(BigInteger.TEN.pow(policy.scale()));
    BigInteger d = BigInteger.TEN.pow(6);
    BigInteger[] qr = n.divideAndRemainder(d); // n ≥ 0
    int twice = qr[1].shiftLeft(1).compareTo(d);
    switch (policy.mode()) {
      case DOWN:
        return qr[0];
      case HALF_UP:
        return twice >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
      case HALF_EVEN:
        if (twice > 0 || (twice == 0 && qr[0].testBit(0))) {
          return qr[0].add(BigInteger.ONE);
        }
        return qr[0];
      default:
        throw new AssertionError(policy);
    }
  }
}
