/**
 * JSON plumbing of the codecs, not exported (intern): a streaming reader that bounds hostile input and keeps
 * line, column and path of every value ({@link io.github.esfkit.io.internal.json.JsonInput},
 * {@link io.github.esfkit.io.internal.json.Node}), and a field mapper that reports every problem
 * ({@link io.github.esfkit.io.internal.json.Fields}). Jackson stays inside esf-io; users read files through
 * the codecs of {@code io.github.esfkit.io.json}.
 */
@NullMarked
package io.github.esfkit.io.internal.json;

import org.jspecify.annotations.NullMarked;
