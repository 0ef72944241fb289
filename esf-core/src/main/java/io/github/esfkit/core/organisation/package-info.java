/**
 * Organisations (organisationer) and the roles they hold in a project: project owner (projektägare),
 * co-financier (medfinansiär), cooperation partner (samverkansaktör), sub-project (delprojekt), stakeholder
 * and evaluator. Organisation numbers and CFAR numbers are kept as printed, so that a bad number can be
 * reported by a validator instead of being rejected when the source is read.
 */
@NullMarked
package io.github.esfkit.core.organisation;

import org.jspecify.annotations.NullMarked;
