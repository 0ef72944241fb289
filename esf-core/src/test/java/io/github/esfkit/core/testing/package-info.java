/**
 * Reusable test support of esf-core, shipped in its test-jar: architecture rules every domain module
 * applies ({@link io.github.esfkit.core.testing.DomainArchitectureRules}) and QuickTheories generators
 * for core values ({@link io.github.esfkit.core.testing.CoreGenerators}). Other modules depend on
 * {@code esf-core:test-jar} with test scope and bring their own ArchUnit and QuickTheories.
 */
package io.github.esfkit.core.testing;
