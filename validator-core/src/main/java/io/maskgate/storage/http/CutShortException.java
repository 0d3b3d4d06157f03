package io.maskgate.storage.http;

import java.io.IOException;

/** A response body that ended before its declared length, or ran past it: retried, then reported. */
final class CutShortException extends IOException {

    private static final long serialVersionUID = 1L;

    CutShortException(String message) {
        super(message);
    }
}
