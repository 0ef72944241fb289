/**
 * Swedish identifiers with parsing, normalisation and check digits: diarienummer, organisationsnummer,
 * personnummer/samordningsnummer and CFAR numbers.
 */
package io.github.esfkit.core.id;
