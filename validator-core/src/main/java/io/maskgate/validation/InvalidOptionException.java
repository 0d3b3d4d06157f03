package io.maskgate.validation;

/**
 * An option value out of range or not one of the accepted values: a usage error (exit code 2), never a finding.
 * It names the option as the Maven plugin parameter does ({@code minObjectArea}); a command line shows the
 * same problem under its flag ({@code --min-object-area}), so both front ends word it the same way.
 */
public final class InvalidOptionException extends UsageException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String problem;

    /**
     * @param option  the option's name, e.g. {@code threads}
     * @param problem what is wrong, completing "OPTION ...", e.g. {@code must be 1 or more, was 0}
     */
    public InvalidOptionException(String option, String problem) {
        super(option + " " + problem);
        this.option = option;
        this.problem = problem;
    }

    /** Fails unless {@code value >= min}; {@code minimum} words the bound, e.g. {@code 0 (all trenches)}. */
    public static void requireAtLeast(String option, long value, long min, String minimum) {
        if (value < min) {
            throw new InvalidOptionException(option, "must be " + minimum + " or more, was " + value);
        }
    }

    /** Fails unless {@code value >= min}. */
    public static void requireAtLeast(String option, long value, long min) {
        requireAtLeast(option, value, min, Long.toString(min));
    }

    public String option() {
        return option;
    }

    public String problem() {
        return problem;
    }
}
