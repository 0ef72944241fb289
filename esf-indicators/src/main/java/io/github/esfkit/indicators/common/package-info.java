/**
 * EU common indicators (gemensamma indikatorer) of ESF 2014–2020 and ESF+ 2021–2027: the catalogue as data
 * ({@link io.github.esfkit.indicators.common.CommonIndicator}), the mergeable calculator over participant
 * records ({@link io.github.esfkit.indicators.common.CommonIndicatorCalculator}) with its allocation-free
 * columnar fast path ({@link io.github.esfkit.indicators.common.ParticipantColumns}), the result with
 * consistency rules and the data-quality report beside it.
 */
@NullMarked
package io.github.esfkit.indicators.common;

import org.jspecify.annotations.NullMarked;
