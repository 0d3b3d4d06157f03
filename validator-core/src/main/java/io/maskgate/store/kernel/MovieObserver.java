package io.maskgate.store.kernel;

/**
 * Sees every movie the kernel decodes, so that another analysis (hypothesis agreement) reuses the decoded pixels
 * instead of reading the chunks again. Called on the kernel's thread, hypothesis by hypothesis: {@link #begin},
 * then {@link #movie} once per hypothesis starting with {@link #firstHypothesis()}, then {@link #end}.
 */
public interface MovieObserver {

    /** The hypothesis the kernel decodes first (the others follow in ascending order). */
    int firstHypothesis();

    /** A trench starts. */
    void begin(int trench);

    /**
     * The decoded movie of {@code hypothesis}: {@code movie} is the kernel's buffer, valid only during the call
     * (copy what you keep). {@code movie} is null when the movie is background only (an absent chunk with fill
     * value 0) or could not be decoded ({@code kind} ERROR; its findings were reported).
     */
    void movie(int hypothesis, byte[] movie, ChunkStatus.Kind kind);

    /** Every hypothesis of the trench was seen. */
    void end();
}
