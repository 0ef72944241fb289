/**
 * The {@code esf} command line (kommandoradsverktyg) built with picocli: {@code esf examples},
 * {@code esf budget}, {@code esf indicators}, {@code esf targets}, {@code esf generate-participants}.
 */
@NullMarked
package io.github.esfkit.examples.cli;

import org.jspecify.annotations.NullMarked;
