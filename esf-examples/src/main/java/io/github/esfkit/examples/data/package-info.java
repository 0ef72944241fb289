/** Synthetic data for the examples and load tests (syntetiska data): no real person is described. */
@NullMarked
package io.github.esfkit.examples.data;

import org.jspecify.annotations.NullMarked;
