/**
 * What the whole domain shares: the report language ({@link io.github.esfkit.core.Language}) and the
 * Immutables style of the value types.
 */
@NullMarked
package io.github.esfkit.core;

import org.jspecify.annotations.NullMarked;
