/**
 * Projects (projekt): identity, owner, call, period, phases (faser), planned participants, target groups,
 * age bands, sub-projects and organisations in roles; and the validators that check a project against its
 * own period, its call and the identifier rules, returning every violation at once.
 */
@NullMarked
package io.github.esfkit.core.project;

import org.jspecify.annotations.NullMarked;
