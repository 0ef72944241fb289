/**
 * Reports of the command line (rapporter): a format-independent model of titles, tables and findings,
 * rendered as text, Markdown or JSON, with Swedish or English number formats.
 */
@NullMarked
package io.github.esfkit.examples.report;

import org.jspecify.annotations.NullMarked;
