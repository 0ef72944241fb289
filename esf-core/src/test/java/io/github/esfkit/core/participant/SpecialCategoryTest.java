package io.github.esfkit.core.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Special-category personal data (GDPR Art. 9) is marked on the participation: disability, and foreign
 * background, which the 2014–2020 common indicator CO15 ("migrants, participants with a foreign background,
 * minorities") treats as origin (participants.md §8).
 */
class SpecialCategoryTest {

  private static boolean marked(String accessor) throws NoSuchMethodException {
    return AbstractParticipation.class.getMethod(accessor).isAnnotationPresent(SpecialCategory.class);
  }

  @Test
  void disabilityAndOriginAreMarked() throws NoSuchMethodException {
    assertThat(marked("disability")).isTrue();
    assertThat(marked("foreignBackground")).isTrue();
  }

  @Test
  void ordinaryFieldsAreNotMarked() throws NoSuchMethodException {
    assertThat(marked("entryDate")).isFalse();
    assertThat(marked("homeless")).isFalse();
    assertThat(marked("rural")).isFalse();
  }
}
