package io.github.esfkit.sample.municipal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The municipality's own case object (ärende) in its case-management system, as it would look before esfkit:
 * its own codes for gender ({@code "K"}, {@code "M"}, {@code "X"}, blank) and outcome ({@code "ARBETE"},
 * {@code "STUDIER"}, blank). {@link CaseMapper} turns it into an esfkit participation.
 *
 * @param caseNumber the case number, e.g. {@code "AMA-2023-0012"}
 * @param unit the unit that runs the case, reported as the sub-project
 * @param genderCode {@code "K"} (kvinna), {@code "M"} (man), {@code "X"} (non-binary) or blank (not recorded)
 * @param birthDate the date of birth
 * @param start the first day of the measure
 * @param end the last day of the measure, empty while it runs
 * @param unemployedAtStart whether the person was registered as unemployed at the start
 * @param iscedLevel the highest completed education as an ISCED 2011 level, 0–8
 * @param outcomeCode {@code "ARBETE"} (work), {@code "STUDIER"} (studies) or blank
 */
public record CaseFile(String caseNumber, String unit, String genderCode, LocalDate birthDate, LocalDate start,
    Optional<LocalDate> end, boolean unemployedAtStart, int iscedLevel, String outcomeCode) {}
