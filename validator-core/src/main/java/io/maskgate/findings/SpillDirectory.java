package io.maskgate.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The private temporary folder of one collection's spill files, created on the first spill. {@link #run()} closes
 * what is open and deletes the folder with everything in it; it is idempotent and is also the
 * {@link java.lang.ref.Cleaner} action that removes the files when a report is dropped without being closed.
 */
final class SpillDirectory implements Runnable {

    private final Path parent;
    private Path dir;
    private int files;
    private final List<FileChannel> open = new ArrayList<>();
    private boolean deleted;

    /** @param parent where to create the folder; null for the system's temporary folder */
    SpillDirectory(Path parent) {
        this.parent = parent;
    }

    /** A new file name in the folder (the folder is created on first use). */
    synchronized Path newFile(String prefix) throws IOException {
        if (deleted) {
            throw new IllegalStateException("the findings were closed");
        }
        if (dir == null) {
            dir = parent == null ? Files.createTempDirectory("maskgate-findings-")
                    : Files.createTempDirectory(parent, "maskgate-findings-");
        }
        return dir.resolve(prefix + "-" + files++ + ".bin");
    }

    /** Keeps {@code channel} to be closed with the folder. */
    synchronized void track(FileChannel channel) {
        open.add(channel);
    }

    /** The folder, or null before the first spill. */
    synchronized Path path() {
        return dir;
    }

    @Override
    public synchronized void run() {
        if (deleted) {
            return;
        }
        deleted = true;
        for (FileChannel c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // deleting is what matters
            }
        }
        open.clear();
        if (dir == null) {
            return;
        }
        try (var entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary findings in " + dir + ": " + e.getMessage(), e);
        }
    }
}
