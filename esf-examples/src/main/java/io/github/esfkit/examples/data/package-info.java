/** Synthetic data for the examples and load tests (syntetiska data): no real person is described. */
package io.github.esfkit.examples.data;
