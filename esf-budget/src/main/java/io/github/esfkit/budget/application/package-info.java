/**
 * A whole application (ansökan) as data: the project with its call, phases, organisations and
 * sub-projects, the budget (and sub-projects' own budgets where an application has regional and local
 * budgets), checked by one validator that runs every rule and reports findings beside every figure.
 */
@EsfStyle
@NullMarked
package io.github.esfkit.budget.application;

import org.jspecify.annotations.NullMarked;

import io.github.esfkit.core.internal.EsfStyle;
