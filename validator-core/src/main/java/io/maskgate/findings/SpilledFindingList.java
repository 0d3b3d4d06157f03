package io.maskgate.findings;

import io.maskgate.rules.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Findings in one sorted, indexed file: iteration decodes the file sequentially; {@link #get(int)} starts at the
 * nearest block (every {@value #BLOCK} records) and keeps a cursor, so ascending look-ups cost little.
 */
final class SpilledFindingList extends FindingList {

    /** Records per index block. */
    static final int BLOCK = 1024;

    /** One daemon thread for the whole JVM: deletes the files of lists dropped without close(). */
    private static final Cleaner CLEANER = Cleaner.create();

    private final FileChannel channel;
    private final long length;
    private final long[] blocks;
    private final int size;
    private final String[] strings;
    private final Cleaner.Cleanable cleanable;
    // get(i) cursor, guarded by `this`
    private RecordInput cursorInput;
    private FindingCodec.Decoder cursorDecoder;
    private int cursorNext = -1;

    /**
     * @param channel the open file; closed with {@code directory}
     * @param blocks  the offset of record {@code k × BLOCK} at index {@code k}
     */
    SpilledFindingList(SpillDirectory directory, FileChannel channel, long length, long[] blocks, int size, String[] strings) {
        this.channel = channel;
        this.length = length;
        this.blocks = blocks;
        this.size = size;
        this.strings = strings;
        this.cleanable = CLEANER.register(this, directory);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean spilled() {
        return true;
    }

    @Override
    public synchronized Finding get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        try {
            if (cursorNext < 0 || index < cursorNext || index / BLOCK > cursorNext / BLOCK) {
                int block = index / BLOCK;
                cursorInput = new RecordInput(channel, blocks[block], length);
                cursorDecoder = new FindingCodec.Decoder(this::string);
                cursorNext = block * BLOCK;
            }
            Finding f = cursorDecoder.read(cursorInput);
            while (cursorNext < index) {
                cursorNext++;
                f = cursorDecoder.read(cursorInput);
            }
            cursorNext++;
            return f;
        } catch (IOException e) {
            cursorNext = -1;
            throw failure(e);
        }
    }

    @Override
    public Iterator<Finding> iterator() {
        return new Iterator<>() {
            private final RecordInput in = new RecordInput(channel, 0, length);
            private final FindingCodec.Decoder decoder = new FindingCodec.Decoder(SpilledFindingList.this::string);
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Finding next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                try {
                    Finding f = decoder.read(in);
                    next++;
                    return f;
                } catch (IOException e) {
                    throw failure(e);
                }
            }
        };
    }

    private String string(int id) {
        return StringTable.lookup(strings, id);
    }

    private RuntimeException failure(IOException e) {
        if (e instanceof ClosedChannelException) {
            return new IllegalStateException("the findings of this report were closed", e);
        }
        return new UncheckedIOException("cannot read the temporary findings: " + e.getMessage(), e);
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
