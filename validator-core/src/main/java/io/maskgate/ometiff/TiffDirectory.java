package io.maskgate.ometiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One image file directory: its entries, read eagerly (at most 65535 of them) but with values
 * read lazily and bounds-checked, so that a declared count can never allocate more than the file
 * holds or a sane limit allows.
 */
public final class TiffDirectory {

    /** More entries than this in one IFD is never a real image. */
    static final int MAX_ENTRIES = 65_535;

    private final TiffInput input;
    private final boolean bigTiff;
    private final String name;
    private final long offset;
    private final int[] tags;
    private final int[] types;
    private final long[] counts;
    /** Absolute file position of each entry's value bytes (the entry itself when the value is inline). */
    private final long[] valuePositions;
    private final long nextOffset;

    private TiffDirectory(TiffInput input, boolean bigTiff, String name, long offset, int[] tags, int[] types,
                          long[] counts, long[] valuePositions, long nextOffset) {
        this.input = input;
        this.bigTiff = bigTiff;
        this.name = name;
        this.offset = offset;
        this.tags = tags;
        this.types = types;
        this.counts = counts;
        this.valuePositions = valuePositions;
        this.nextOffset = nextOffset;
    }

    /** Reads the directory at {@code offset}; {@code name} (e.g. "IFD 2") prefixes every error message. */
    static TiffDirectory read(TiffInput in, boolean bigTiff, String name, long offset) throws TiffException, IOException {
        long size = in.size();
        int countBytes = bigTiff ? 8 : 2;
        int entryBytes = bigTiff ? 20 : 12;
        int nextBytes = bigTiff ? 8 : 4;
        if (offset < 0 || !in.inside(offset, countBytes)) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " at offset " + Long.toUnsignedString(offset)
                    + " points past the end of the file (size " + size + ")");
        }
        ByteBuffer head = in.read(offset, countBytes);
        long n = bigTiff ? head.getLong() : head.getShort() & 0xFFFF;
        if (n == 0) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " at offset " + offset + " has no entries");
        }
        if (n < 0 || n > MAX_ENTRIES) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " at offset " + offset + " declares "
                    + Long.toUnsignedString(n) + " entries; more than " + MAX_ENTRIES + " is not a real directory");
        }
        long tableBytes = n * entryBytes + nextBytes;
        if (!in.inside(offset + countBytes, tableBytes)) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " at offset " + offset + " declares " + n
                    + " entries (" + tableBytes + " bytes) but the file ends at " + size);
        }
        ByteBuffer table = in.read(offset + countBytes, (int) tableBytes);
        int count = (int) n;
        int[] tags = new int[count];
        int[] types = new int[count];
        long[] counts = new long[count];
        long[] positions = new long[count];
        int inline = bigTiff ? 8 : 4;
        for (int i = 0; i < count; i++) {
            long entryPos = offset + countBytes + (long) i * entryBytes;
            tags[i] = table.getShort() & 0xFFFF;
            if (i > 0 && tags[i] <= tags[i - 1]) {
                // TIFF 6.0 section 2: "The entries in an IFD must be sorted in ascending order by Tag", so a tag
                // appears at most once. A repeated tag makes its value ambiguous (readers disagree on which wins).
                throw new TiffException(TiffException.Kind.CORRUPT, name + " at offset " + offset + " entry " + i
                        + (tags[i] == tags[i - 1] ? " repeats tag " + tags[i] + " (a tag may appear once per IFD)"
                        : " has tag " + tags[i] + " after tag " + tags[i - 1])
                        + "; TIFF 6.0 requires the entries sorted in ascending tag order");
            }
            types[i] = table.getShort() & 0xFFFF;
            counts[i] = bigTiff ? table.getLong() : table.getInt() & 0xFFFFFFFFL;
            long valueField = entryPos + 4 + (bigTiff ? 8 : 4);
            long valueOffset = bigTiff ? table.getLong() : table.getInt() & 0xFFFFFFFFL;
            int typeSize = TiffTags.typeSize(types[i]);
            if (typeSize == 0 || counts[i] < 0) {
                positions[i] = -1; // unknown type: unreadable, only a problem if the tag is needed
                continue;
            }
            boolean fits = counts[i] <= inline / typeSize;
            positions[i] = fits ? valueField : valueOffset;
        }
        long next = bigTiff ? table.getLong() : table.getInt() & 0xFFFFFFFFL;
        return new TiffDirectory(in, bigTiff, name, offset, tags, types, counts, positions, next);
    }

    /** E.g. "IFD 2" or "SubIFD 1 of IFD 0". */
    public String name() {
        return name;
    }

    public long offset() {
        return offset;
    }

    /** Offset of the next IFD in the chain, 0 at the end. */
    long nextOffset() {
        return nextOffset;
    }

    private int find(int tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(int tag) {
        return find(tag) >= 0;
    }

    /** File position of the value bytes of {@code tag} (the entry itself when inline), -1 when absent. */
    long valuePosition(int tag) {
        int i = find(tag);
        return i < 0 ? -1 : valuePositions[i];
    }

    /** Number of values of {@code tag}, 0 when absent. */
    long count(int tag) {
        int i = find(tag);
        return i < 0 ? 0 : counts[i];
    }

    /** The first value of an integer tag, or {@code dflt} when absent. */
    long scalar(int tag, long dflt) throws TiffException, IOException {
        int i = find(tag);
        if (i < 0 || counts[i] == 0) {
            return dflt;
        }
        return values(i, 1)[0];
    }

    /** All values of an integer tag (at most {@code max}); empty when absent. */
    long[] longs(int tag, long max) throws TiffException, IOException {
        int i = find(tag);
        if (i < 0) {
            return new long[0];
        }
        if (counts[i] > max) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tag + " declares " + counts[i]
                    + " values; at most " + max + " make sense here");
        }
        return values(i, (int) counts[i]);
    }

    /** The first {@code n} values of an integer tag that has at least {@code n} (checked by the caller). */
    long[] firstLongs(int tag, int n) throws TiffException, IOException {
        int i = find(tag);
        if (i < 0 || counts[i] < n) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tag + " has fewer than " + n + " values");
        }
        return values(i, n);
    }

    private long[] values(int i, int n) throws TiffException, IOException {
        int type = types[i];
        int typeSize = TiffTags.typeSize(type);
        if (typeSize == 0 || type == TiffTags.ASCII || type == TiffTags.RATIONAL || type == TiffTags.SRATIONAL
                || type == TiffTags.FLOAT || type == TiffTags.DOUBLE) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tags[i] + " has field type " + type
                    + ", not an integer type");
        }
        long bytes = (long) n * typeSize;
        if (!input.inside(valuePositions[i], bytes)) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tags[i] + " values (" + bytes
                    + " bytes at offset " + Long.toUnsignedString(valuePositions[i]) + ") extend past the end of the file (size "
                    + input.size() + ")");
        }
        ByteBuffer buf = input.read(valuePositions[i], (int) bytes);
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = switch (type) {
                case TiffTags.BYTE, TiffTags.UNDEFINED -> buf.get() & 0xFF;
                case TiffTags.SBYTE -> buf.get();
                case TiffTags.SHORT -> buf.getShort() & 0xFFFF;
                case TiffTags.SSHORT -> buf.getShort();
                case TiffTags.LONG, TiffTags.IFD -> buf.getInt() & 0xFFFFFFFFL;
                case TiffTags.SLONG -> buf.getInt();
                default -> buf.getLong(); // LONG8, SLONG8, IFD8
            };
        }
        return out;
    }

    /** The raw bytes of a tag (e.g. ImageDescription), without a trailing NUL; null when absent. */
    byte[] bytes(int tag, long maxBytes) throws TiffException, IOException {
        int i = find(tag);
        if (i < 0) {
            return null;
        }
        int typeSize = TiffTags.typeSize(types[i]);
        if (typeSize != 1) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tag + " has field type " + types[i]
                    + ", not ASCII or bytes");
        }
        long n = counts[i];
        // a value past the end of the file is damage, whatever its size; only a value that is really there can be too large
        if (!input.inside(valuePositions[i], n)) {
            throw new TiffException(TiffException.Kind.CORRUPT, name + " tag " + tag + " (" + n + " bytes at offset "
                    + Long.toUnsignedString(valuePositions[i]) + ") extends past the end of the file (size " + input.size() + ")");
        }
        if (n > maxBytes) {
            throw new TiffException(TiffException.Kind.TOO_LARGE, name + " tag " + tag + " holds " + n
                    + " bytes, more than the limit of " + maxBytes);
        }
        ByteBuffer buf = input.read(valuePositions[i], (int) n);
        int len = (int) n;
        while (len > 0 && buf.get(len - 1) == 0) {
            len--;
        }
        byte[] out = new byte[len];
        buf.get(out, 0, len);
        return out;
    }

    /** An ASCII tag as text (UTF-8, as OME-TIFF requires); null when absent. */
    String text(int tag, long maxBytes) throws TiffException, IOException {
        byte[] b = bytes(tag, maxBytes);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    boolean bigTiff() {
        return bigTiff;
    }
}
