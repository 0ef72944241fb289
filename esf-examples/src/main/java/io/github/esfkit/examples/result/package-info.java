/**
 * The commands' JSON output as language-independent data (resultat som data): one class per command, on the
 * shared vocabulary of esf-io's {@link io.github.esfkit.io.result.ResultJson} (where the indicators result,
 * shared with esf-spark, also lives); the convention and the schemas are in {@code docs/schemas/}.
 */
@NullMarked
package io.github.esfkit.examples.result;

import org.jspecify.annotations.NullMarked;
