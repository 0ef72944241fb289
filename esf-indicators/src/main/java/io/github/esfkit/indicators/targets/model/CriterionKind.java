package io.github.esfkit.indicators.targets.model;

/** The kind of a {@link Criterion}; the stable discriminator a codec writes. */
public enum CriterionKind {
  /** Count minimum or maximum, on the total or per gender. */
  COUNT,
  /** Share of a population. */
  SHARE,
  /** Fixed gender composition ("53 % kvinnor och 47 % män"). */
  GENDER_COMPOSITION,
  /** Gender balance span (each gender within 40–60 %). */
  GENDER_BALANCE,
  /** A gender's share among an outcome group against its share of a reference population. */
  RELATIVE_GENDER_SHARE,
  /** Survey percentage with explicit non-response handling. */
  SURVEY_SHARE,
  /** Follow-up after exit (e.g. income support three months after exit). */
  FOLLOW_UP,
  /** Qualitative milestone with evidence and optional deadline. */
  MILESTONE,
  /** No threshold: the verdict is recorded by a person. */
  JUDGED
}
