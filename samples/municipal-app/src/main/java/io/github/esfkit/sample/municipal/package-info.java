/**
 * The municipal sample application: its own case objects ({@link io.github.esfkit.sample.municipal.CaseFile}),
 * their mapping to esfkit ({@link io.github.esfkit.sample.municipal.CaseMapper}) and the program
 * ({@link io.github.esfkit.sample.municipal.MunicipalApp}).
 */
@NullMarked
package io.github.esfkit.sample.municipal;

import org.jspecify.annotations.NullMarked;
