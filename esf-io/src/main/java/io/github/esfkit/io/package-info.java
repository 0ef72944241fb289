/**
 * Input and output for esfkit (in- och utdata): problems in input files with file, line and column
 * ({@link io.github.esfkit.io.InputError}), and redaction of values so that no personnummer reaches a
 * message. The codecs are in {@code io.github.esfkit.io.csv} and {@code io.github.esfkit.io.json}; the
 * domain modules stay free of Jackson and Commons CSV.
 */
@NullMarked
package io.github.esfkit.io;

import org.jspecify.annotations.NullMarked;
