package io.maskgate.storage;

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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local folder as a {@link Storage}: key {@code a/b} is the file {@code root/a/b}. Reads are the JDK's own
 * calls on that file, so failures (and the messages built from them) are those of the file system.
 */
public final class LocalStorage implements Storage {

    private static final boolean BACKSLASH_SEPARATES = File.separatorChar == '\\';

    private final Path root;

    /** The storage of the files under {@code root} (a folder, or a single file reached as key {@code ""}). */
    public LocalStorage(Path root) {
        this.root = Objects.requireNonNull(root, "root");
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
        Path file = path(key);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Files.isSymbolicLink(file) ? KeyKind.BROKEN_LINK : KeyKind.ABSENT;
        }
        if (attributes.isRegularFile()) {
            return KeyKind.FILE;
        }
        return attributes.isDirectory() ? KeyKind.DIRECTORY : KeyKind.OTHER;
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(path(key));
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        try {
            return Optional.of(new FileObject(FileChannel.open(path(key), StandardOpenOption.READ)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream newInputStream(String key) throws IOException {
        return Files.newInputStream(path(key));
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
        return prefix.isEmpty() ? this : new LocalStorage(path(prefix));
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
