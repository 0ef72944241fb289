/**
 * JSON codecs (JSON-format): the documented formats of budgets ({@link io.github.esfkit.io.json.BudgetJson}),
 * project targets ({@link io.github.esfkit.io.json.TargetsJson}), whole applications
 * ({@link io.github.esfkit.io.json.ApplicationJson}) and claim set-ups
 * ({@link io.github.esfkit.io.json.ClaimSetupJson}). Each reads a file, text or stream, reports every
 * problem by line, column and JSON path, and bounds hostile input before it costs memory or time. Their
 * plumbing is package-private: a streaming reader that keeps line, column and path of every value
 * ({@code JsonInput}, {@code Node}) and a field mapper that reports every problem ({@code Fields}). Jackson
 * stays inside esf-io.
 */
@NullMarked
package io.github.esfkit.io.json;

import org.jspecify.annotations.NullMarked;
