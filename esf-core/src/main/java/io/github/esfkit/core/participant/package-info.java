/**
 * Participant records (deltagare): one {@link io.github.esfkit.core.participant.Participation} per
 * enrolment, with characteristics at entry that are known or explicitly unknown, exit destination, events
 * after exit and income-support follow-up.
 */
@NullMarked
package io.github.esfkit.core.participant;

import org.jspecify.annotations.NullMarked;
