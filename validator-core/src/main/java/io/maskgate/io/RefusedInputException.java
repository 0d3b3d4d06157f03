package io.maskgate.io;

import java.nio.file.FileSystemException;

/** An input path that {@link InputBoundary} would not open; readers word it as any other unreadable file. */
public final class RefusedInputException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    private final transient InputRefusal refusal;

    public RefusedInputException(InputRefusal refusal) {
        super(refusal.path().toString(), null, "not opened: " + refusal.describe());
        this.refusal = refusal;
    }

    /** Why the path was refused. */
    public InputRefusal refusal() {
        return refusal;
    }
}
