/**
 * Budget and co-financing of ESF projects (budget och medfinansiering), correct to the krona.
 *
 * <p>Inputs: {@link io.github.esfkit.budget.Budget} with cost lines per section ({@link
 * io.github.esfkit.budget.CostSection}), co-financing contributions and flat-rate options. Output: a
 * {@link io.github.esfkit.budget.BudgetOverview} with every line of the form's Budgetöversikt. All money
 * is {@link org.javamoney.moneta.Money} in SEK; every derived amount is rounded under a named {@link
 * io.github.esfkit.budget.RoundingPolicy}; shares are compared exactly.
 */
@EsfStyle
@NullMarked
package io.github.esfkit.budget;

import org.jspecify.annotations.NullMarked;

import io.github.esfkit.core.internal.EsfStyle;
