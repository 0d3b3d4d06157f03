package io.maskgate.findings;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.util.function.IntFunction;

/**
 * The compact binary form of a finding in a spill file. One record:
 * <pre>
 * byte     severity (bits 0-1) | same file as the previous record (bit 2)
 * varint   category ordinal
 * varint   code id in the {@link StringTable}, or 0 and the code inline
 * [string] file, unless it is the previous record's
 * varint   bit mask of the location fields present, in {@code Location}'s component order
 * ...      those fields: pointer as a string, numbers zig-zag varints
 * string   message
 * varint   hint id, or 0 and the hint inline
 * </pre>
 * Strings are a varint byte count and UTF-8. The "same file" state is per encoder/decoder and is reset at every
 * block start of an indexed file, so a reader can start at any block.
 */
final class FindingCodec {

    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final int SAME_FILE = 4;

    private FindingCodec() {
    }

    /** Writes findings; remembers the previous file. */
    static final class Encoder {
        private final StringTable strings;
        private String previousFile;

        Encoder(StringTable strings) {
            this.strings = strings;
        }

        /** Forgets the previous record: the next one is self-contained. */
        void reset() {
            previousFile = null;
        }

        @SuppressWarnings("EnumOrdinal") // spill files live for one run only: ordinals are a stable, compact code
        void write(Finding f, RecordOutput out) throws IOException {
            boolean sameFile = f.file().equals(previousFile);
            out.writeByte(f.severity().ordinal() | (sameFile ? SAME_FILE : 0));
            out.writeVarInt(f.category().ordinal());
            writeInterned(f.code(), out);
            if (!sameFile) {
                out.writeString(f.file());
                previousFile = f.file();
            }
            writeLocation(f.location(), out);
            out.writeString(f.message());
            writeInterned(f.hint(), out);
        }

        private void writeInterned(String s, RecordOutput out) throws IOException {
            int id = strings.idOf(s);
            out.writeVarInt(id);
            if (id == 0) {
                out.writeString(s);
            }
        }

        private static void writeLocation(Location l, RecordOutput out) throws IOException {
            int mask = (l.pointer() != null ? 1 : 0)
                    | (l.hypothesis() != null ? 1 << 1 : 0)
                    | (l.epoch() != null ? 1 << 2 : 0)
                    | (l.trench() != null ? 1 << 3 : 0)
                    | (l.time() != null ? 1 << 4 : 0)
                    | (l.label() != null ? 1 << 5 : 0)
                    | (l.row() != null ? 1 << 6 : 0)
                    | (l.column() != null ? 1 << 7 : 0)
                    | (l.channel() != null ? 1 << 8 : 0)
                    | (l.plane() != null ? 1 << 9 : 0)
                    | (l.ifd() != null ? 1 << 10 : 0)
                    | (l.x() != null ? 1 << 11 : 0)
                    | (l.y() != null ? 1 << 12 : 0)
                    | (l.box() != null ? 1 << 13 : 0);
            out.writeVarInt(mask);
            if (mask == 0) {
                return;
            }
            if (l.pointer() != null) {
                out.writeString(l.pointer());
            }
            writeInt(l.hypothesis(), out);
            writeInt(l.epoch(), out);
            writeInt(l.trench(), out);
            writeInt(l.time(), out);
            writeLong(l.label(), out);
            writeLong(l.row(), out);
            writeInt(l.column(), out);
            writeInt(l.channel(), out);
            writeInt(l.plane(), out);
            writeInt(l.ifd(), out);
            writeLong(l.x(), out);
            writeLong(l.y(), out);
            Location.Box b = l.box();
            if (b != null) {
                out.writeSignedLong(b.xMin());
                out.writeSignedLong(b.yMin());
                out.writeSignedLong(b.xMax());
                out.writeSignedLong(b.yMax());
            }
        }

        private static void writeInt(Integer v, RecordOutput out) throws IOException {
            if (v != null) {
                out.writeSignedLong(v);
            }
        }

        private static void writeLong(Long v, RecordOutput out) throws IOException {
            if (v != null) {
                out.writeSignedLong(v);
            }
        }
    }

    /** Reads findings; remembers the previous file, and the previous location to share its boxed numbers. */
    static final class Decoder {
        private final IntFunction<String> strings;
        private String previousFile;
        private Location previous = Location.NONE;

        Decoder(IntFunction<String> strings) {
            this.strings = strings;
        }

        void reset() {
            previousFile = null;
            previous = Location.NONE;
        }

        Finding read(RecordInput in) throws IOException {
            int head = in.readByte();
            int severity = head & 3;
            if (severity >= SEVERITIES.length) {
                throw new IOException("corrupt finding file: severity " + severity);
            }
            int category = in.readVarInt();
            if (category >= CATEGORIES.length) {
                throw new IOException("corrupt finding file: category " + category);
            }
            String code = readInterned(in);
            String file;
            if ((head & SAME_FILE) != 0) {
                if (previousFile == null) {
                    throw new IOException("corrupt finding file: 'same file' without a previous record");
                }
                file = previousFile;
            } else {
                file = in.readString();
                previousFile = file;
            }
            Location location = readLocation(in);
            String message = in.readString();
            String hint = readInterned(in);
            return new Finding(code, SEVERITIES[severity], CATEGORIES[category], file, location, message, hint);
        }

        private String readInterned(RecordInput in) throws IOException {
            int id = in.readVarInt();
            return id == 0 ? in.readString() : strings.apply(id);
        }

        private Location readLocation(RecordInput in) throws IOException {
            int mask = in.readVarInt();
            if (mask == 0) {
                return Location.NONE;
            }
            Location p = previous;
            String pointer = (mask & 1) != 0 ? in.readString() : null;
            Integer hypothesis = (mask & 1 << 1) != 0 ? box(in.readSignedInt(), p.hypothesis()) : null;
            Integer epoch = (mask & 1 << 2) != 0 ? box(in.readSignedInt(), p.epoch()) : null;
            Integer trench = (mask & 1 << 3) != 0 ? box(in.readSignedInt(), p.trench()) : null;
            Integer time = (mask & 1 << 4) != 0 ? box(in.readSignedInt(), p.time()) : null;
            Long label = (mask & 1 << 5) != 0 ? box(in.readSignedLong(), p.label()) : null;
            Long row = (mask & 1 << 6) != 0 ? in.readSignedLong() : null;
            Integer column = (mask & 1 << 7) != 0 ? box(in.readSignedInt(), p.column()) : null;
            Integer channel = (mask & 1 << 8) != 0 ? box(in.readSignedInt(), p.channel()) : null;
            Integer plane = (mask & 1 << 9) != 0 ? box(in.readSignedInt(), p.plane()) : null;
            Integer ifd = (mask & 1 << 10) != 0 ? box(in.readSignedInt(), p.ifd()) : null;
            Long x = (mask & 1 << 11) != 0 ? in.readSignedLong() : null;
            Long y = (mask & 1 << 12) != 0 ? in.readSignedLong() : null;
            Location.Box bounds = (mask & 1 << 13) != 0
                    ? new Location.Box(in.readSignedLong(), in.readSignedLong(), in.readSignedLong(), in.readSignedLong()) : null;
            Location l = new Location(pointer, hypothesis, epoch, trench, time, label, row, column, channel, plane, ifd, x, y,
                    bounds);
            previous = l;
            return l;
        }

        /** The previous record's box when it holds the same value: runs of one chunk share them. */
        private static Integer box(int v, Integer previous) {
            return previous != null && previous == v ? previous : Integer.valueOf(v);
        }

        private static Long box(long v, Long previous) {
            return previous != null && previous == v ? previous : Long.valueOf(v);
        }
    }
}
