/**
 * Worked examples: the goal table of ESF project 144587 (Jämtland, 2019–2022) encoded as data, with a
 * deterministic synthetic participant set consistent with the final report's published counts.
 */
@NullMarked
package io.github.esfkit.examples.projects;

import org.jspecify.annotations.NullMarked;
