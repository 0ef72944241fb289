package io.github.esfkit.indicators.common;

/** What an indicator counts: persons (deltagare) or entities (projekt, förvaltningar, företag). */
public enum IndicatorSubject {
  /** Participant indicator: counts persons, broken down by gender. */
  PARTICIPANT,
  /** Entity indicator: counts projects, public administrations or enterprises. */
  ENTITY
}
