/** Test fixture of the package-cycle rule. */
@NullMarked
package io.github.esfkit.core.testing.cycle.a.b;

import org.jspecify.annotations.NullMarked;
