/**
 * The runnable examples (exempel) behind {@code esf examples}: each reproduces figures a real ESF source
 * document prints and says whether the library matched them.
 */
@NullMarked
package io.github.esfkit.examples.catalogue;

import org.jspecify.annotations.NullMarked;
