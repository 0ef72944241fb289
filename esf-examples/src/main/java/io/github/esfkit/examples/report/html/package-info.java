/** The HTML rendering of a report (rapport som HTML). */
@NullMarked
package io.github.esfkit.examples.report.html;

import org.jspecify.annotations.NullMarked;
