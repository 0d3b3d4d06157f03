package io.maskgate.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Metadata of one rule, kept on the rule class itself (as Error Prone's {@code @BugPattern}).
 * Rule documentation and {@code maskgate rules} are generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable UPPER_SNAKE code with an area prefix ({@code ZARR_}, {@code STORE_}, ...). Never renamed. */
    String code();

    /** Default severity; a config file may re-classify it. */
    Severity severity();

    Category category();

    /** One sentence: what the rule requires. */
    String summary();

    /** Default advice on how to fix a violation; a finding may give a more specific one. */
    String hint() default "";
}
