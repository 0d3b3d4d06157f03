package io.maskgate.rules;

/** Receives findings. Implementations used by the engine are thread-safe. */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding);
}
