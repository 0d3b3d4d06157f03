/**
 * The pixel kernel: the check of one trench as a pure function. {@link io.maskgate.store.kernel.TrenchKernel}
 * takes a trench's stored chunks for every hypothesis ({@link io.maskgate.store.kernel.TrenchChunks}, laid out
 * by {@link io.maskgate.store.kernel.TrenchLayout}), decodes them with the array's codec pipeline, runs the
 * label rules, streams findings into a sink and adds to mergeable
 * {@link io.maskgate.store.kernel.TrenchStats}. Nothing here starts a thread or touches a file: executors
 * (the local thread pool in {@code store.scan}, a distributed engine) fetch the chunks and merge the results.
 */
package io.maskgate.store.kernel;
