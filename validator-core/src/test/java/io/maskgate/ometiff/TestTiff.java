package io.maskgate.ometiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Test-only TIFF builder on top of {@link TiffWriter}: any compression the reader supports (with
 * test-only PackBits and LZW encoders), predictor 2, strips or tiles, any sample type, SubIFDs,
 * and hooks to break the result.
 */
final class TestTiff {

    /** One image IFD. Fields are public and mutable: tests build pages like fixtures. */
    static final class Page {
        long[][] px;
        int bits = 32;
        int sampleFormat = 1;
        int samplesPerPixel = 1;
        int compression = 8;
        int predictor = 1;
        int tile;          // 0 = strips
        int rowsPerStrip;  // 0 = all rows in one strip
        int surplus;       // bytes of zeros encoded after each block's pixels (a decompression bomb)
        String description;
        long newSubfileType;
        List<Page> subs = new ArrayList<>();

        Page(long[][] px) {
            this.px = px;
        }

        Page bits(int b, boolean signed) {
            bits = b;
            sampleFormat = signed ? 2 : 1;
            return this;
        }

        Page compression(int c) {
            compression = c;
            return this;
        }

        Page predictor(int p) {
            predictor = p;
            return this;
        }

        Page tiles(int size) {
            tile = size;
            return this;
        }

        Page strips(int rows) {
            rowsPerStrip = rows;
            return this;
        }

        Page surplus(int bytes) {
            surplus = bytes;
            return this;
        }

        Page description(String d) {
            description = d;
            return this;
        }

        Page sub(Page p) {
            p.newSubfileType = 1;
            subs.add(p);
            return this;
        }

        int width() {
            return px[0].length;
        }

        int height() {
            return px.length;
        }
    }

    /** Offsets of what was written, for tests that break a file afterwards. */
    record Written(List<Long> ifdOffsets, List<Long> nextPointers, boolean bigTiff, ByteOrder order) {
    }

    static Written write(Path file, boolean bigTiff, ByteOrder order, List<Page> pages) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            TiffWriter w = new TiffWriter(ch, bigTiff, order);
            List<Long> ifds = new ArrayList<>();
            List<Long> nexts = new ArrayList<>();
            for (Page p : pages) {
                long[] subOffsets = new long[p.subs.size()];
                for (int i = 0; i < p.subs.size(); i++) {
                    subOffsets[i] = writePage(w, p.subs.get(i), null);
                }
                long at = writePage(w, p, subOffsets);
                long next = at + (bigTiff ? 8 : 2) + (long) entryCount(p, subOffsets) * (bigTiff ? 20 : 12);
                w.chain(at, next);
                ifds.add(at);
                nexts.add(next);
            }
            return new Written(ifds, nexts, bigTiff, order);
        }
    }

    private static int entryCount(Page p, long[] subs) {
        return entries(p, new long[1], new long[1], subs, true).size();
    }

    private static long writePage(TiffWriter w, Page p, long[] subs) throws IOException {
        int width = p.width();
        int height = p.height();
        int bw = p.tile > 0 ? p.tile : width;
        int bh = p.tile > 0 ? p.tile : (p.rowsPerStrip > 0 ? p.rowsPerStrip : height);
        int across = (width + bw - 1) / bw;
        int down = (height + bh - 1) / bh;
        long[] offsets = new long[across * down];
        long[] counts = new long[across * down];
        int bps = p.bits / 8 * p.samplesPerPixel;
        for (int by = 0; by < down; by++) {
            for (int bx = 0; bx < across; bx++) {
                int rows = p.tile > 0 ? bh : Math.min(bh, height - by * bh);
                byte[] raw = new byte[rows * bw * bps];
                for (int r = 0; r < rows; r++) {
                    long prev = 0;
                    for (int x = 0; x < bw; x++) {
                        int yy = by * bh + r;
                        int xx = bx * bw + x;
                        long v = yy < height && xx < width ? p.px[yy][xx] : 0;
                        long stored = p.predictor == 2 ? v - prev : v;
                        prev = v;
                        for (int s = 0; s < p.samplesPerPixel; s++) {
                            put(raw, (r * bw + x) * bps + s * (p.bits / 8), stored, p.bits / 8, w.order());
                        }
                    }
                }
                byte[] enc = encode(p.compression, p.surplus > 0 ? java.util.Arrays.copyOf(raw, raw.length + p.surplus) : raw);
                offsets[by * across + bx] = w.append(enc, 0, enc.length);
                counts[by * across + bx] = enc.length;
            }
        }
        return w.writeDirectory(entries(p, offsets, counts, subs, w.bigTiff()));
    }

    private static List<TiffWriter.Entry> entries(Page p, long[] offsets, long[] counts, long[] subs, boolean big) {
        List<TiffWriter.Entry> e = new ArrayList<>();
        e.add(TiffWriter.Entry.ints(TiffTags.NEW_SUBFILE_TYPE, TiffTags.LONG, p.newSubfileType));
        e.add(TiffWriter.Entry.ints(TiffTags.IMAGE_WIDTH, TiffTags.LONG, p.width()));
        e.add(TiffWriter.Entry.ints(TiffTags.IMAGE_LENGTH, TiffTags.LONG, p.height()));
        long[] bits = new long[p.samplesPerPixel];
        java.util.Arrays.fill(bits, p.bits);
        e.add(TiffWriter.Entry.ints(TiffTags.BITS_PER_SAMPLE, TiffTags.SHORT, bits));
        e.add(TiffWriter.Entry.ints(TiffTags.COMPRESSION, TiffTags.SHORT, p.compression));
        e.add(TiffWriter.Entry.ints(TiffTags.PHOTOMETRIC, TiffTags.SHORT, p.samplesPerPixel == 3 ? 2 : 1));
        if (p.description != null) {
            e.add(TiffWriter.Entry.ascii(TiffTags.IMAGE_DESCRIPTION, p.description.getBytes(StandardCharsets.UTF_8)));
        }
        e.add(TiffWriter.Entry.ints(TiffTags.SAMPLES_PER_PIXEL, TiffTags.SHORT, p.samplesPerPixel));
        if (p.predictor != 1) {
            e.add(TiffWriter.Entry.ints(TiffTags.PREDICTOR, TiffTags.SHORT, p.predictor));
        }
        int offType = big ? TiffTags.LONG8 : TiffTags.LONG;
        if (p.tile > 0) {
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_WIDTH, TiffTags.SHORT, p.tile));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_LENGTH, TiffTags.SHORT, p.tile));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_OFFSETS, offType, offsets));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_BYTE_COUNTS, offType, counts));
        } else {
            e.add(TiffWriter.Entry.ints(TiffTags.ROWS_PER_STRIP, TiffTags.LONG, p.rowsPerStrip > 0 ? p.rowsPerStrip : p.height()));
            e.add(TiffWriter.Entry.ints(TiffTags.STRIP_OFFSETS, TiffTags.LONG, offsets));
            e.add(TiffWriter.Entry.ints(TiffTags.STRIP_BYTE_COUNTS, TiffTags.LONG, counts));
        }
        if (subs != null && subs.length > 0) {
            e.add(TiffWriter.Entry.ints(TiffTags.SUB_IFDS, big ? TiffTags.IFD8 : TiffTags.IFD, subs));
        }
        e.add(TiffWriter.Entry.ints(TiffTags.SAMPLE_FORMAT, TiffTags.SHORT, p.sampleFormat));
        return e;
    }

    private static void put(byte[] b, int at, long v, int n, ByteOrder order) {
        for (int i = 0; i < n; i++) {
            int shift = 8 * (order == ByteOrder.BIG_ENDIAN ? n - 1 - i : i);
            b[at + i] = (byte) (v >>> shift);
        }
    }

    static byte[] encode(int compression, byte[] raw) {
        return switch (compression) {
            case 1 -> raw;
            case 8, 32946 -> deflate(raw);
            case 32773 -> packBits(raw);
            case 5 -> lzw(raw);
            default -> raw; // unsupported codes: the bytes do not matter, the reader refuses first
        };
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static byte[] packBits(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int run = 1;
            while (i + run < raw.length && run < 128 && raw[i + run] == raw[i]) {
                run++;
            }
            if (run >= 2) {
                out.write(1 - run);
                out.write(raw[i]);
                i += run;
                continue;
            }
            int start = i;
            while (i < raw.length && i - start < 128 && !(i + 1 < raw.length && raw[i + 1] == raw[i])) {
                i++;
            }
            if (i == start) {
                i++;
            }
            out.write(i - start - 1);
            out.write(raw, start, i - start);
        }
        return out.toByteArray();
    }

    /** TIFF LZW with early change; emits Clear first and whenever the table is full. */
    static byte[] lzw(byte[] raw) {
        BitWriter out = new BitWriter();
        Map<Integer, Integer> dict = new HashMap<>();
        int next = 258;
        out.write(256, 9);
        if (raw.length == 0) {
            out.write(257, 9);
            return out.bytes();
        }
        int w = raw[0] & 0xFF;
        for (int i = 1; i < raw.length; i++) {
            int b = raw[i] & 0xFF;
            Integer code = dict.get(w << 8 | b);
            if (code != null) {
                w = code;
                continue;
            }
            out.write(w, width(next));
            dict.put(w << 8 | b, next++);
            w = b;
            if (next >= 4094) {
                out.write(256, width(next));
                dict.clear();
                next = 258;
            }
        }
        out.write(w, width(next));
        out.write(257, width(next + 1));
        return out.bytes();
    }

    private static int width(int next) {
        return next <= 511 ? 9 : next <= 1023 ? 10 : next <= 2047 ? 11 : 12;
    }

    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long acc;
        private int n;

        void write(int code, int bits) {
            acc = (acc << bits) | code;
            n += bits;
            while (n >= 8) {
                out.write((int) (acc >>> (n - 8)) & 0xFF);
                n -= 8;
            }
        }

        byte[] bytes() {
            if (n > 0) {
                out.write((int) (acc << (8 - n)) & 0xFF);
                n = 0;
            }
            return out.toByteArray();
        }
    }

    /** A w × h image with value f(x, y). */
    static long[][] image(int w, int h, java.util.function.BiFunction<Integer, Integer, Long> f) {
        long[][] px = new long[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y][x] = f.apply(x, y);
            }
        }
        return px;
    }

    /** Reads every row of an image with the production reader. */
    static long[][] readAll(TiffFile f, TiffImage img) throws IOException, TiffException {
        try (TiffPlaneReader r = TiffPlaneReader.open(f, img)) {
            long[][] out = new long[(int) img.height()][(int) img.width()];
            for (int y = 0; y < img.height(); y++) {
                r.readRow(out[y]);
            }
            return out;
        }
    }
}
