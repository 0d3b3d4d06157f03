/**
 * Where a validation target's bytes live, behind one interface: {@link io.maskgate.storage.Storage} with a
 * local-folder implementation ({@link io.maskgate.storage.LocalStorage}) and an in-memory one
 * ({@link io.maskgate.storage.MemoryStorage}); remote stores (HTTP, S3) plug in here. The bottom layer of the
 * core: it depends on the JDK only.
 */
package io.maskgate.storage;
