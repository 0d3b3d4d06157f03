package io.maskgate.validation;

/** The user asked for something impossible (no such path, bad option): exit code 2, not a finding. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
