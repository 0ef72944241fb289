/**
 * Swedish identifiers with parsing, normalisation and check digits: diarienummer, organisationsnummer,
 * personnummer/samordningsnummer and CFAR numbers.
 */
@NullMarked
package io.github.esfkit.core.id;

import org.jspecify.annotations.NullMarked;
