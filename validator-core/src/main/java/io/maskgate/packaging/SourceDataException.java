package io.maskgate.packaging;

import java.io.Serial;

/** The source store cannot be packaged as it is (a chunk that does not decode, unusable metadata): an invalid dataset. */
public final class SourceDataException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SourceDataException(String message) {
        super(message);
    }
}
