package io.github.esfkit.core.participant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks special-category personal data (känsliga personuppgifter, GDPR Art. 9), such as disability or
 * ethnic origin: kept out of every export except aggregate counts, and allowed to stay uncollected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface SpecialCategory {}
