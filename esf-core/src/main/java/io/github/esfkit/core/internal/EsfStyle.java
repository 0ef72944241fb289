package io.github.esfkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The Immutables style of every esfkit value type: authors write a package-private {@code AbstractX},
 * users see the generated public {@code X} with a strict builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public @interface EsfStyle {}
