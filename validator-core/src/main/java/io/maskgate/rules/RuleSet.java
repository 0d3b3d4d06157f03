package io.maskgate.rules;

import java.util.List;

/** The rules of one area, listed by the area's own package so the catalogue needs no scanning. */
public interface RuleSet {
    List<Class<? extends Rule>> rules();
}
