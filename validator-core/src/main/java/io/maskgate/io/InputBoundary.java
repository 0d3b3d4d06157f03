package io.maskgate.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way maskgate reads input files: every open and folder listing of a validation target goes through
 * here. A path is examined without opening it ({@link #check}); only regular files whose real path lies under
 * one of the boundary's roots are opened, read-only. Symbolic links that leave the boundary, dangle or loop, and
 * pipes, sockets and devices, are refused with a {@link RefusedInputException} before anything is opened, so a
 * named pipe never blocks a run and no file outside the boundary reaches a report.
 *
 * <p>Immutable and thread-safe (the optional open observer must be thread-safe itself).
 */
public final class InputBoundary {

    /** Links followed in a row before a chain counts as a loop (Linux's own limit). */
    private static final int MAX_LINK_HOPS = 40;

    private final List<Path> roots;
    private final String description;
    private final Consumer<Path> onOpen;

    private final boolean confined;

    private InputBoundary(List<Path> roots, String description, Consumer<Path> onOpen, boolean confined) {
        this.roots = List.copyOf(roots);
        this.description = description;
        this.onOpen = onOpen;
        this.confined = confined;
    }

    /**
     * The boundary of a validation target: the enclosing repository when the target lies in one (the nearest
     * folder holding {@code .git}, a folder or a file, where git-annex and DVC keep data behind links), else the
     * target folder (a file target's parent), widened by {@code allowRoots}. A target that is a link is resolved
     * first.
     *
     * @throws IOException when the target or an allowed root does not exist
     */
    public static InputBoundary forTarget(Path target, Collection<Path> allowRoots) throws IOException {
        Path real = target.toRealPath();
        Path start = Files.isDirectory(real) ? real : real.getParent();
        Path repository = null;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                repository = dir;
                break;
            }
        }
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(repository != null ? repository : start);
        String description = repository != null ? "the git repository holding the target (" + repository + ")"
                : (real.equals(start) ? "the target folder (" : "the target file's folder (") + start + ")";
        for (Path allowed : allowRoots) {
            Path r = allowed.toRealPath();
            if (roots.add(r)) {
                description += ", --allow-root " + r;
            }
        }
        return new InputBoundary(new ArrayList<>(roots), description, InputBoundary::ignore, true);
    }

    /** The boundary made of {@code roots} (each resolved to its real path). */
    public static InputBoundary of(Collection<Path> roots) throws IOException {
        List<Path> real = new ArrayList<>();
        for (Path r : roots) {
            real.add(r.toRealPath());
        }
        return new InputBoundary(real, "the folders " + real, InputBoundary::ignore, true);
    }

    /**
     * No confinement, for files the user names himself (a config file): links may lead anywhere, but only a
     * regular file is opened and only for reading.
     */
    public static InputBoundary unconfined() {
        List<Path> fsRoots = new ArrayList<>();
        java.nio.file.FileSystems.getDefault().getRootDirectories().forEach(fsRoots::add);
        return new InputBoundary(fsRoots, "the whole file system", InputBoundary::ignore, false);
    }

    /** This boundary, telling {@code observer} the real path of every file it opens (to count reads). */
    public InputBoundary observed(Consumer<Path> observer) {
        return new InputBoundary(roots, description, Objects.requireNonNull(observer, "observer"), confined);
    }

    private static void ignore(Path real) {
        // no observer: nothing to tell
    }

    /** False for {@link #unconfined()}, true for a boundary of given folders. */
    public boolean isConfined() {
        return confined;
    }

    /** The real folders inside which files may be opened. */
    public List<Path> roots() {
        return roots;
    }

    /** Which boundary applies and why, for the report. */
    public String describe() {
        return description;
    }

    /** True when the real path {@code real} lies under one of the roots. */
    public boolean contains(Path real) {
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** What {@code path} is, decided from its attributes and links only: nothing is opened. Never throws. */
    public InputCheck check(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return InputCheck.of(InputCheck.Kind.ABSENT, path, null);
        } catch (IOException e) {
            return InputCheck.unreadable(path, e);
        }
        String link = null;
        if (own.isSymbolicLink()) {
            try {
                link = Files.readSymbolicLink(path).toString();
            } catch (IOException e) {
                return InputCheck.unreadable(path, e);
            }
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return InputCheck.refused(new InputRefusal(InputRefusal.Reason.SYMLINK_DANGLING, path, link, ""));
        } catch (AccessDeniedException e) {
            return InputCheck.unreadable(path, e);
        } catch (FileSystemException e) {
            if (linkLoops(path) || (e.getReason() != null && e.getReason().contains("symbolic links"))) {
                return InputCheck.refused(new InputRefusal(InputRefusal.Reason.SYMLINK_LOOP, path, link,
                        "which leads back to itself through symbolic links"));
            }
            return InputCheck.unreadable(path, e);
        } catch (IOException e) {
            return InputCheck.unreadable(path, e);
        }
        if (!contains(real)) {
            return InputCheck.refused(new InputRefusal(InputRefusal.Reason.SYMLINK_OUTSIDE, path, link, "outside the boundary"));
        }
        BasicFileAttributes attributes;
        try {
            attributes = own.isSymbolicLink() ? Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : own;
        } catch (IOException e) {
            return InputCheck.unreadable(path, e);
        }
        if (attributes.isRegularFile()) {
            return InputCheck.of(InputCheck.Kind.FILE, path, real);
        }
        if (attributes.isDirectory()) {
            return InputCheck.of(InputCheck.Kind.DIRECTORY, path, real);
        }
        return InputCheck.refused(new InputRefusal(InputRefusal.Reason.NOT_REGULAR, path, link, special(real)));
    }

    /**
     * Opens the regular file {@code path} for reading only.
     *
     * @throws RefusedInputException when the path is refused (see {@link #check})
     * @throws NoSuchFileException   when nothing is there
     * @throws FileSystemException   when it is a folder
     */
    public FileChannel openChannel(Path path) throws IOException {
        Path real = requireFile(path);
        // The real path is opened without following links: a link swapped in after the check is not followed.
        FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        onOpen.accept(real);
        return channel;
    }

    /** A stream of the regular file {@code path}, read-only; see {@link #openChannel}. */
    public InputStream newInputStream(Path path) throws IOException {
        return Channels.newInputStream(openChannel(path));
    }

    /**
     * The whole regular file {@code path}, or null when it holds more than {@code maxBytes} (then at most
     * {@code maxBytes + 1} bytes were read); see {@link #openChannel} for the refusals.
     */
    public byte[] readAtMost(Path path, long maxBytes) throws IOException {
        try (FileChannel channel = openChannel(path)) {
            if (channel.size() > maxBytes) {
                return null;
            }
            // The size is checked again while reading: the file may grow.
            return BoundedRead.readAtMost(Channels.newInputStream(channel), maxBytes);
        }
    }

    /** The size of the regular file {@code path}; see {@link #openChannel} for the refusals. */
    public long size(Path path) throws IOException {
        return Files.size(requireFile(path));
    }

    /**
     * The entries of the folder {@code dir} (each {@code dir.resolve(name)}), sorted by name; links are listed,
     * not followed.
     *
     * @throws RefusedInputException when {@code dir} itself is refused
     * @throws NotDirectoryException when {@code dir} is not a folder
     */
    public List<Path> list(Path dir) throws IOException {
        InputCheck c = check(dir);
        switch (c.kind()) {
            case DIRECTORY -> {
                List<Path> entries = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(c.real())) {
                    for (Path p : stream) {
                        entries.add(dir.resolve(p.getFileName().toString()));
                    }
                } catch (DirectoryIteratorException e) {
                    throw e.getCause();
                }
                entries.sort(null);
                return entries;
            }
            case REFUSED -> throw new RefusedInputException(c.refusal());
            case UNREADABLE -> throw c.failure();
            case ABSENT -> throw new NoSuchFileException(dir.toString());
            default -> throw new NotDirectoryException(dir.toString());
        }
    }

    /** Receives what {@link #walk} finds. */
    public interface Walker {
        /** A regular file inside the boundary, reached first through {@code path}. */
        void file(Path path, Path real) throws IOException;

        /** A path that is refused; it is neither opened nor walked. */
        void refused(InputRefusal refusal) throws IOException;

        /** A path that could not be examined or a folder that could not be listed. */
        void unreadable(Path path, IOException cause) throws IOException;
    }

    /**
     * Walks the folder {@code dir} depth first in name order. Folder links inside the boundary are followed, but
     * each real folder is walked once and each real file reported once however many links reach it; a folder
     * link back to a folder being walked is a {@link InputRefusal.Reason#SYMLINK_LOOP}.
     */
    public void walk(Path dir, Walker walker) throws IOException {
        InputCheck top = check(dir);
        switch (top.kind()) {
            case DIRECTORY -> walk(dir, top.real(), walker, new HashSet<>(), new ArrayList<>(List.of(top.real())));
            case FILE -> walker.file(dir, top.real());
            case REFUSED -> walker.refused(top.refusal());
            case UNREADABLE -> walker.unreadable(dir, top.failure());
            default -> walker.unreadable(dir, new NoSuchFileException(dir.toString()));
        }
    }

    private void walk(Path dir, Path realDir, Walker walker, Set<Path> seen, List<Path> ancestors) throws IOException {
        List<Path> entries;
        try {
            entries = list(dir);
        } catch (IOException e) {
            walker.unreadable(dir, e);
            return;
        }
        for (Path entry : entries) {
            InputCheck c = checkEntry(entry, realDir);
            switch (c.kind()) {
                case FILE -> {
                    if (seen.add(c.real())) {
                        walker.file(entry, c.real());
                    }
                }
                case DIRECTORY -> {
                    if (ancestors.contains(c.real())) {
                        walker.refused(new InputRefusal(InputRefusal.Reason.SYMLINK_LOOP, entry, linkText(entry),
                                "which leads back to the folder " + relative(c.real()) + " that contains it"));
                    } else if (seen.add(c.real())) {
                        ancestors.add(c.real());
                        walk(entry, c.real(), walker, seen, ancestors);
                        ancestors.remove(ancestors.size() - 1);
                    }
                }
                case REFUSED -> walker.refused(c.refusal());
                case UNREADABLE -> walker.unreadable(entry, c.failure());
                default -> {
                    // vanished while the folder was walked: nothing to read
                }
            }
        }
    }

    /** {@code real} relative to the root holding it, for messages ({@code .} for a root itself). */
    public String relative(Path real) {
        for (Path root : roots) {
            if (real.startsWith(root)) {
                String rel = root.relativize(real).toString();
                return rel.isEmpty() ? "." : rel;
            }
        }
        return "outside the boundary";
    }

    /** {@link #check} of an entry of the real folder {@code realDir}: only links need resolving. */
    private InputCheck checkEntry(Path entry, Path realDir) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return InputCheck.of(InputCheck.Kind.ABSENT, entry, null);
        } catch (IOException e) {
            return InputCheck.unreadable(entry, e);
        }
        if (own.isSymbolicLink()) {
            return check(entry);
        }
        Path real = realDir.resolve(entry.getFileName().toString());
        if (own.isRegularFile()) {
            return InputCheck.of(InputCheck.Kind.FILE, entry, real);
        }
        if (own.isDirectory()) {
            return InputCheck.of(InputCheck.Kind.DIRECTORY, entry, real);
        }
        return InputCheck.refused(new InputRefusal(InputRefusal.Reason.NOT_REGULAR, entry, null, special(real)));
    }

    private Path requireFile(Path path) throws IOException {
        InputCheck c = check(path);
        return switch (c.kind()) {
            case FILE -> c.real();
            case REFUSED -> throw new RefusedInputException(c.refusal());
            case UNREADABLE -> throw c.failure();
            case ABSENT -> throw new NoSuchFileException(path.toString());
            case DIRECTORY -> throw new FileSystemException(path.toString(), null, "is a folder, not a file");
        };
    }

    private static String linkText(Path path) {
        try {
            return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** True when following the link chain at {@code path} comes back to a link already followed. */
    private static boolean linkLoops(Path path) {
        Set<Path> visited = new HashSet<>();
        Path p = path.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            if (!Files.isSymbolicLink(p)) {
                return false;
            }
            if (!visited.add(p)) {
                return true;
            }
            try {
                Path target = Files.readSymbolicLink(p);
                Path parent = p.getParent();
                p = (parent == null ? target : parent.resolve(target)).normalize();
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** What kind of special file {@code real} is, from its Unix mode where the platform has one. */
    private static String special(Path real) {
        try {
            Object mode = Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                String kind = switch (m & 0170000) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0140000 -> "a socket";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    default -> null;
                };
                if (kind != null) {
                    return kind;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through to the generic wording
        }
        return "a special file (pipe, socket or device)";
    }
}
