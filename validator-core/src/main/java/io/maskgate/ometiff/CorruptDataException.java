package io.maskgate.ometiff;

import java.io.IOException;

/** Compressed block data that cannot be decoded (as opposed to an I/O failure). */
final class CorruptDataException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptDataException(String message) {
        super(message);
    }
}
