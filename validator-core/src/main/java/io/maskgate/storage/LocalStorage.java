package io.maskgate.storage;

import io.maskgate.io.InputBoundary;
import io.maskgate.io.InputCheck;
import io.maskgate.io.InputRefusal;
import io.maskgate.io.RefusedInputException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local folder as a {@link Storage}: key {@code a/b} is the file {@code root/a/b}. Every file is opened through
 * an {@link InputBoundary}: read-only, regular files only, never through a link that leaves the boundary, dangles
 * or loops (those fail with a {@link io.maskgate.io.RefusedInputException}). Other failures (and the messages
 * built from them) are those of the file system.
 */
public final class LocalStorage implements Storage {

    private static final boolean BACKSLASH_SEPARATES = File.separatorChar == '\\';

    private final Path root;
    private final InputBoundary boundary;

    /**
     * The storage of the files under {@code root} (a folder, or a single file reached as key {@code ""}), not
     * confined: links may lead anywhere, but only regular files are opened. Validation confines it (see
     * {@link #LocalStorage(Path, InputBoundary)}).
     */
    public LocalStorage(Path root) {
        this(root, InputBoundary.unconfined());
    }

    /** The storage of the files under {@code root}, opened only within {@code boundary}. */
    public LocalStorage(Path root, InputBoundary boundary) {
        this.root = Objects.requireNonNull(root, "root");
        this.boundary = Objects.requireNonNull(boundary, "boundary");
    }

    /** The boundary every file of this storage is opened within. */
    public InputBoundary boundary() {
        return boundary;
    }

    /** The folder (or file) this storage reads. */
    public Path root() {
        return root;
    }

    /** The file of {@code key}: {@code root.resolve(key)}, the root itself for {@code ""}. */
    public Path path(String key) {
        Keys.check(key);
        if (BACKSLASH_SEPARATES && (key.indexOf('\\') >= 0 || key.indexOf(':') >= 0)) {
            throw new IllegalArgumentException("invalid storage key '" + key + "': '\\' and ':' are not allowed here");
        }
        return root.resolve(key);
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public KeyKind kind(String key) {
        InputCheck check = boundary.check(path(key));
        return switch (check.kind()) {
            case FILE -> KeyKind.FILE;
            case DIRECTORY -> KeyKind.DIRECTORY;
            case ABSENT, UNREADABLE -> KeyKind.ABSENT;
            // A link that leaves the boundary is something that exists but cannot be read here.
            case REFUSED -> switch (check.refusal().reason()) {
                case SYMLINK_DANGLING, SYMLINK_LOOP -> KeyKind.BROKEN_LINK;
                case SYMLINK_OUTSIDE, NOT_REGULAR -> KeyKind.OTHER;
            };
        };
    }

    @Override
    public long size(String key) throws IOException {
        return boundary.size(path(key));
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        try {
            return Optional.of(new FileObject(boundary.openChannel(path(key))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RefusedInputException e) {
            if (e.refusal().reason() == InputRefusal.Reason.SYMLINK_DANGLING) {
                return Optional.empty(); // nothing is stored there; the input scan names the link
            }
            throw e;
        }
    }

    @Override
    public InputStream newInputStream(String key) throws IOException {
        return boundary.newInputStream(path(key));
    }

    /**
     * {@inheritDoc} Walks one folder at a time (memory holds one folder's entries per level, not every key);
     * a folder that cannot be read goes to {@link KeyVisitor#unreadable}.
     */
    @Override
    public void list(String prefix, KeyVisitor visitor) throws IOException {
        walk(path(prefix), prefix, visitor, true);
    }

    @Override
    public Storage at(String prefix) {
        return prefix.isEmpty() ? this : new LocalStorage(path(prefix), boundary);
    }

    @Override
    public String toString() {
        return "LocalStorage[" + root + "]";
    }

    /** One folder entry; folders sort as {@code name/} so that the walk yields keys in String order. */
    private record Entry(String name, String sortName, Path file, boolean folder) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sortName);
    }

    /** A folder entry whose kind could not be read (it vanished, or permissions); reported after the folder is closed. */
    private record Unreadable(String name, IOException cause) {
    }

    private static void walk(Path folder, String prefix, KeyVisitor visitor, boolean top) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                try {
                    boolean sub = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
                    entries.add(new Entry(name, sub ? name + "/" : name, file, sub));
                } catch (IOException e) {
                    unreadable.add(new Unreadable(name, e));
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            if (!top) {
                visitor.unreadable(prefix, e);
            }
            return; // at the top: nothing is stored under the prefix
        } catch (IOException e) {
            visitor.unreadable(prefix, e);
            return;
        } catch (DirectoryIteratorException e) {
            visitor.unreadable(prefix, e.getCause());
            return;
        }
        for (Unreadable u : unreadable) {
            visitor.unreadable(Keys.join(prefix, u.name()), u.cause());
        }
        entries.sort(Entry.ORDER);
        for (Entry entry : entries) {
            String key = Keys.join(prefix, entry.name());
            if (entry.folder()) {
                walk(entry.file(), key, visitor, false);
            } else {
                visitor.key(key);
            }
        }
    }

    /** An open file read with positional reads: no shared channel position, no copy beyond the JDK's own. */
    private record FileObject(FileChannel channel) implements StoredObject {
        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
