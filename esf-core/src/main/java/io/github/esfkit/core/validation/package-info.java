/**
 * Validation results: every broken rule with a stable id, a severity, a path and messages in Swedish and
 * English. Validators collect all violations instead of stopping at the first.
 */
@NullMarked
package io.github.esfkit.core.validation;

import org.jspecify.annotations.NullMarked;
