/**
 * What the whole domain shares: the report language ({@link io.github.esfkit.core.Language}), the exact ratio
 * ({@link io.github.esfkit.core.Share}) and the one redaction of personal data in text
 * ({@link io.github.esfkit.core.Redaction}).
 */
@NullMarked
package io.github.esfkit.core;

import org.jspecify.annotations.NullMarked;
