/**
 * The payment claim of a running project (lägesrapport och ansökan om utbetalning): actual costs from the
 * ledger ({@link io.github.esfkit.budget.claim.LedgerLine}), staff and in-kind time valued under a named
 * {@link io.github.esfkit.budget.claim.HourlyCostModel}, participant allowances valued from attended hours
 * and a caller's {@link io.github.esfkit.budget.claim.ParticipantRates}, gathered in a mergeable
 * {@link io.github.esfkit.budget.claim.ClaimActuals} and turned into a
 * {@link io.github.esfkit.budget.claim.PaymentClaim} for a period by
 * {@link io.github.esfkit.budget.claim.ClaimSetup#claim}. Every krona of the claim traces back to its source
 * rows ({@link io.github.esfkit.budget.claim.PaymentClaim#trace}).
 */
@EsfStyle
@NullMarked
package io.github.esfkit.budget.claim;

import org.jspecify.annotations.NullMarked;

import io.github.esfkit.core.internal.EsfStyle;
