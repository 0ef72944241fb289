/**
 * Command results as language-independent JSON data (resultat som data): the shared vocabulary in
 * {@link io.github.esfkit.io.result.ResultJson} (format id, money as decimal strings, shares, findings, labels)
 * and the {@code esfkit-indicators-result-1} format of the common indicators in
 * {@link io.github.esfkit.io.result.IndicatorsResult}, written alike by the command line and by esf-spark. The
 * convention and the JSON Schemas are in {@code docs/schemas/}.
 */
@NullMarked
package io.github.esfkit.io.result;

import org.jspecify.annotations.NullMarked;
