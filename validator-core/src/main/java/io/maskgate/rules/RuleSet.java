package io.maskgate.rules;

import java.util.List;

/**
 * The rules of one area, as the catalogue sees them: listed by the area's own package, so the catalogue
 * needs no scanning. An area builds it from its {@link RuleList}, the one place a rule is registered.
 */
public interface RuleSet {
    List<Class<? extends Rule>> rules();
}
