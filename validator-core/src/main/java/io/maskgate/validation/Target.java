package io.maskgate.validation;

import io.maskgate.io.InputBoundary;
import io.maskgate.storage.LocalStorage;
import io.maskgate.storage.Storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What is validated: a local path today, a remote store tomorrow.
 *
 * @param name      the target as the user named it; the report's {@code target.path}
 * @param storage   its bytes
 * @param localPath the local file or folder, or null when the target is not local (validators that need
 *                  files, such as HuBMAP and OME-TIFF, accept only local targets)
 */
public record Target(String name, Storage storage, Path localPath) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storage, "storage");
    }

    /** The local file or folder {@code path}, named as given. */
    public static Target local(Path path) {
        return new Target(path.toString(), new LocalStorage(path), path);
    }

    /** A target whose bytes are only reachable through {@code storage}. */
    public static Target of(String name, Storage storage) {
        return new Target(name, storage, null);
    }

    public boolean isLocal() {
        return localPath != null;
    }

    /**
     * This local target with every file opened within the boundary of {@code target}: the enclosing git repository,
     * else the target folder, widened by {@code allowRoots} (see {@link InputBoundary#forTarget}).
     *
     * @throws IOException when the target or an allowed root does not exist
     */
    public Target confined(Collection<Path> allowRoots) throws IOException {
        if (localPath == null) {
            throw new IllegalStateException("only local targets are confined, not " + name);
        }
        return new Target(name, new LocalStorage(localPath, InputBoundary.forTarget(localPath, allowRoots)), localPath);
    }

    /** The boundary local files are opened within; empty for remote targets. */
    public Optional<InputBoundary> boundary() {
        return storage instanceof LocalStorage local ? Optional.of(local.boundary()) : Optional.empty();
    }

    /**
     * The boundary to open the target's files within: the storage's own, or no confinement for targets without
     * local files (areas that read files accept local targets only).
     */
    public InputBoundary inputs() {
        return boundary().orElseGet(InputBoundary::unconfined);
    }

    /**
     * The target's own name without its folders ({@code clean.zarr} for {@code ./stores/clean.zarr/} or for
     * {@code .} inside that folder); {@code ""} for a file-system root.
     */
    public String baseName() {
        if (localPath != null) {
            Path name = localPath.toAbsolutePath().normalize().getFileName();
            return name == null ? "" : name.toString();
        }
        String n = name;
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
