/**
 * Programme structure (programstruktur): programme periods, programme areas (programområden) and specific
 * objectives (specifika mål) of ESF 2014–2020 and ESF+ 2021–2027, the eight NUTS 2 regions with their
 * counties (län), flat-rate options and calls (utlysningar) with their required co-financing rate.
 * Everything is keyed on codes, never on titles.
 */
@NullMarked
package io.github.esfkit.core.programme;

import org.jspecify.annotations.NullMarked;
