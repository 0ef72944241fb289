/**
 * JMH benchmarks of esfkit's common-indicator calculator over a synthetic national cohort, with an
 * embedded DuckDB SQL baseline whose figures are checked equal. Not a library dependency.
 */
@NullMarked
package io.github.esfkit.bench;

import org.jspecify.annotations.NullMarked;
