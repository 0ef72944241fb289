/**
 * What esfkit's own modules share and users do not need: the Immutables style of the value types. Exported only
 * to esfkit's budget and indicators modules (a qualified export), whose value types are generated with it.
 */
@NullMarked
package io.github.esfkit.core.internal;

import org.jspecify.annotations.NullMarked;
