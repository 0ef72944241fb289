/**
 * JSON codecs (JSON-format): a reader that keeps line, column and path of every value
 * ({@link io.github.esfkit.io.json.JsonInput}, {@link io.github.esfkit.io.json.Node}), a field mapper that
 * reports every problem ({@link io.github.esfkit.io.json.Fields}), and the documented formats of budgets
 * and project targets built on them. Jackson stays inside this package.
 */
@NullMarked
package io.github.esfkit.io.json;

import org.jspecify.annotations.NullMarked;
