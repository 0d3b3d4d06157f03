package io.maskgate.ometiff;

import io.maskgate.io.InputBoundary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A classic TIFF or BigTIFF file, either byte order: the main IFD chain and, on request, the
 * SubIFDs of a directory. The chain is walked once on open; if it breaks (offset past the end,
 * loop), the directories read so far stay available and {@link #chainError()} says why.
 * Bio-Formats, the usual TIFF reader of OME, is not on Maven Central, hence this code.
 */
public final class TiffFile implements AutoCloseable {

    /** More IFDs than this in one chain is treated as corrupt. */
    static final int MAX_DIRECTORIES = 1_000_000;

    private final FileChannel channel;
    private final TiffInput input;
    private final boolean bigTiff;
    private final List<TiffDirectory> directories = new ArrayList<>();
    /** Every IFD offset read so far (main chain and SubIFDs) and its name, to detect loops. */
    private final Map<Long, String> visited = new HashMap<>();
    private TiffException chainError;

    private TiffFile(FileChannel channel, TiffInput input, boolean bigTiff) {
        this.channel = channel;
        this.input = input;
        this.bigTiff = bigTiff;
    }

    /**
     * Opens {@code path} (read-only, a regular file only) and walks its IFD chain.
     *
     * @throws TiffException of kind NOT_TIFF when the header is not a TIFF header
     */
    public static TiffFile open(Path path) throws IOException, TiffException {
        return open(InputBoundary.unconfined(), path);
    }

    /**
     * Opens {@code path} within {@code inputs} and walks its IFD chain.
     *
     * @throws io.maskgate.io.RefusedInputException when the boundary refuses the path
     * @throws TiffException of kind NOT_TIFF when the header is not a TIFF header
     */
    public static TiffFile open(InputBoundary inputs, Path path) throws IOException, TiffException {
        FileChannel ch = inputs.openChannel(path);
        try {
            TiffFile f = openChannel(ch);
            f.walkChain();
            return f;
        } catch (IOException | TiffException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static TiffFile openChannel(FileChannel ch) throws IOException, TiffException {
        long size = ch.size();
        if (size == 0) {
            throw new TiffException(TiffException.Kind.NOT_TIFF, "the file is empty (0 bytes)");
        }
        int headLen = (int) Math.min(16, size);
        TiffInput probe = new TiffInput(ch, size, ByteOrder.LITTLE_ENDIAN);
        ByteBuffer head = probe.read(0, headLen);
        byte[] h = new byte[headLen];
        head.get(h);
        ByteOrder order;
        if (headLen >= 2 && h[0] == 'I' && h[1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (headLen >= 2 && h[0] == 'M' && h[1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new TiffException(TiffException.Kind.NOT_TIFF, "the file starts with bytes " + hex(h, 4) + describeMagic(h)
                    + ", not a TIFF header (II or MM followed by 42 or BigTIFF's 43)");
        }
        if (headLen < 8) {
            throw new TiffException(TiffException.Kind.NOT_TIFF, "the file has only " + size + " bytes, too short for a TIFF header");
        }
        ByteBuffer hb = ByteBuffer.wrap(h).order(order);
        int version = hb.getShort(2) & 0xFFFF;
        TiffInput in = new TiffInput(ch, size, order);
        if (version == 42) {
            TiffFile f = new TiffFile(ch, in, false);
            f.firstOffset = hb.getInt(4) & 0xFFFFFFFFL;
            return f;
        }
        if (version == 43) {
            if (headLen < 16) {
                throw new TiffException(TiffException.Kind.NOT_TIFF, "the file has only " + size + " bytes, too short for a BigTIFF header");
            }
            int offsetSize = hb.getShort(4) & 0xFFFF;
            if (offsetSize != 8 || hb.getShort(6) != 0) {
                throw new TiffException(TiffException.Kind.NOT_TIFF, "BigTIFF header declares offset size " + offsetSize
                        + " (must be 8)");
            }
            TiffFile f = new TiffFile(ch, in, true);
            f.firstOffset = hb.getLong(8);
            return f;
        }
        throw new TiffException(TiffException.Kind.NOT_TIFF, "the header has byte-order mark " + (char) h[0] + (char) h[1]
                + " but version " + version + " (TIFF is 42, BigTIFF 43)");
    }

    private long firstOffset;

    private static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, b.length); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }

    private static String describeMagic(byte[] h) {
        if (h.length >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return " (a PNG file)";
        }
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return " (a JPEG file)";
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) {
            return " (a gzip file)";
        }
        if (h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return " (a ZIP file)";
        }
        if (h.length >= 1 && (h[0] == '<' || h[0] == '{')) {
            return " (a text file)";
        }
        return "";
    }

    private void walkChain() throws IOException {
        long offset = firstOffset;
        int index = 0;
        while (offset != 0) {
            String name = "IFD " + index;
            if (index >= MAX_DIRECTORIES) {
                chainError = new TiffException(TiffException.Kind.CORRUPT, "the IFD chain has more than " + MAX_DIRECTORIES + " IFDs");
                return;
            }
            String seen = visited.get(offset);
            if (seen != null) {
                chainError = new TiffException(TiffException.Kind.IFD_LOOP, "IFD " + (index - 1) + " links back to offset "
                        + offset + ", already read as " + seen + ": the IFD chain loops");
                return;
            }
            try {
                TiffDirectory d = TiffDirectory.read(input, bigTiff, name, offset);
                visited.put(offset, name);
                directories.add(d);
                offset = d.nextOffset();
                index++;
            } catch (TiffException e) {
                chainError = e;
                return;
            }
        }
        if (directories.isEmpty() && chainError == null) {
            chainError = new TiffException(TiffException.Kind.CORRUPT, "the header points to no IFD (first IFD offset is 0)");
        }
    }

    public boolean bigTiff() {
        return bigTiff;
    }

    public ByteOrder byteOrder() {
        return input.order();
    }

    public long size() {
        return input.size();
    }

    TiffInput input() {
        return input;
    }

    /** The IFDs of the main chain that could be read, in order. */
    public List<TiffDirectory> directories() {
        return List.copyOf(directories);
    }

    /** Why the chain walk stopped early, or null when the whole chain was read. */
    public TiffException chainError() {
        return chainError;
    }

    /** The SubIFDs (tag 330) of {@code parent}, in the order listed; empty when it has none. */
    public List<TiffDirectory> subDirectories(TiffDirectory parent) throws TiffException, IOException {
        long[] offsets = parent.longs(TiffTags.SUB_IFDS, 4096);
        List<TiffDirectory> out = new ArrayList<>(offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            String name = "SubIFD " + (i + 1) + " of " + parent.name();
            String seen;
            synchronized (visited) {
                seen = visited.get(offsets[i]);
            }
            if (seen != null && !seen.equals(name)) {
                throw new TiffException(TiffException.Kind.IFD_LOOP, name + " points to offset " + offsets[i]
                        + ", already read as " + seen + ": the SubIFD tree loops or shares an IFD");
            }
            TiffDirectory d = TiffDirectory.read(input, bigTiff, name, offsets[i]);
            synchronized (visited) {
                visited.put(offsets[i], name);
            }
            out.add(d);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
