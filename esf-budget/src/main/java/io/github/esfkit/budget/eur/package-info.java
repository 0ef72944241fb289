/**
 * SEK to EUR conversion at monthly rates the caller supplies (valutakurs, kronor per euro). No rates are
 * held or fetched; {@code javax.money.convert} is never used.
 */
@EsfStyle
@NullMarked
package io.github.esfkit.budget.eur;

import org.jspecify.annotations.NullMarked;

import io.github.esfkit.core.internal.EsfStyle;
