/**
 * Text rendering of a {@link io.github.esfkit.budget.BudgetOverview} as the 2014–2020 form prints it, in
 * Swedish or English ({@link io.github.esfkit.core.Language}).
 */
@NullMarked
package io.github.esfkit.budget.render;

import org.jspecify.annotations.NullMarked;
