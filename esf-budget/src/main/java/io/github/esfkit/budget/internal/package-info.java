/**
 * Helpers the budget packages share and users do not need (not exported): amounts and percentages formatted as
 * the form prints them in messages, and the arithmetic of flat rates shared by budgets and payment claims.
 */
@NullMarked
package io.github.esfkit.budget.internal;

import org.jspecify.annotations.NullMarked;
