package io.maskgate.validation;

import io.maskgate.storage.LocalStorage;
import io.maskgate.storage.Storage;

import java.nio.file.Path;
import java.util.Objects;

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
