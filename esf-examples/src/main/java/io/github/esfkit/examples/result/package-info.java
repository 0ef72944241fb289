/**
 * The commands' JSON output as language-independent data (resultat som data): one class per command and the
 * shared vocabulary in {@link io.github.esfkit.examples.result.ResultJson}; the convention and the schemas are in
 * {@code docs/schemas/}.
 */
@NullMarked
package io.github.esfkit.examples.result;

import org.jspecify.annotations.NullMarked;
