package io.maskgate.storage.remote;

/** What one GET of a remote value gave; failures (other statuses, timeouts, cut bodies) are IOExceptions instead. */
public sealed interface RemoteResponse {

    /**
     * Nothing there: HTTP 404 or 410, or 403 (object stores answer 403 for a missing key the caller may not
     * list). Only chunk reads treat 403 as absent; a document answered with 403 is reported as unreadable.
     */
    record Absent(int status) implements RemoteResponse {
        /** True for 404 and 410, the answers that mean "no such key" whoever asks. */
        public boolean missing() {
            return status != 403;
        }
    }

    /**
     * The bytes asked for.
     *
     * @param bytes  the value from the requested offset (all of it for a whole-value GET), owned by the caller
     * @param size   the value's total size in bytes
     */
    record Body(byte[] bytes, long size) implements RemoteResponse {
    }

    /** The value exists but is larger than one response is allowed to hold: its body was not downloaded. */
    record TooLarge(long size) implements RemoteResponse {
    }
}
