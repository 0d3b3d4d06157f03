package io.maskgate.rules;

import java.util.regex.Pattern;

/** The metadata of one rule, read from its {@link RuleInfo} annotation. */
public record RuleMeta(String code, Severity severity, Category category, String summary, String hint,
                       Class<? extends Rule> ruleClass) {

    private static final Pattern CODE = Pattern.compile("(ZARR|STORE|LABEL|HUBMAP|OBJECTS|OMETIFF|PACKAGE|INPUT)_[A-Z0-9]+(_[A-Z0-9]+)*");

    public RuleMeta {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code '" + code + "' of " + ruleClass.getName()
                    + " is not UPPER_SNAKE with a known area prefix");
        }
    }

    /** Reads the annotation of {@code ruleClass}; fails fast when it is missing. */
    public static RuleMeta of(Class<? extends Rule> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " is a Rule without @RuleInfo");
        }
        return new RuleMeta(info.code(), info.severity(), info.category(), info.summary(), info.hint(), ruleClass);
    }

    /** A finding of this rule with its default severity and hint: the one way a finding is raised (see {@link Rule}). */
    public Finding finding(String file, Location location, String message) {
        return finding(file, location, message, hint);
    }

    /** A finding of this rule; {@code specificHint} replaces the default hint unless it is null or empty. */
    public Finding finding(String file, Location location, String message, String specificHint) {
        return new Finding(code, severity, category, file, location, message,
                specificHint == null || specificHint.isEmpty() ? hint : specificHint);
    }
}
