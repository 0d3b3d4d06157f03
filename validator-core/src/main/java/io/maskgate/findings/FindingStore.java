package io.maskgate.findings;

import io.maskgate.rules.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Keeps every finding of a run with bounded heap: findings are buffered in memory and, when the buffer reaches its
 * budget ({@link SpillSettings}), sorted and written to a temporary file as one sorted run (an external merge sort).
 * {@link #finish()} merges the runs and what is left in memory into one sorted, indexed file — or, when nothing was
 * spilled, simply sorts in memory. Counts per severity and code are kept as findings arrive, so the summary needs
 * no pass over the findings.
 *
 * <p>Thread-safe. While one buffer is being written, the next one fills; an adder waits only when that one is full
 * too, so at most two buffers exist.
 */
public final class FindingStore implements AutoCloseable {

    /**
     * Report order, made total: {@link Finding#ORDER}, then the fields it leaves out (epoch, severity, category,
     * hint), so the result never depends on the order findings arrived in (worker threads hand them over as they
     * find them).
     */
    public static final Comparator<Finding> ORDER = TotalOrder.INSTANCE;

    /** Runs merged at once: bounds the read buffers (64 KB each) and open files of a merge. */
    static final int MAX_FAN_IN = 64;

    private final SpillSettings settings;
    private final SpillDirectory directory;
    private final StringTable strings = new StringTable();
    private final Object lock = new Object();
    // Guarded by lock.
    private ArrayList<Finding> buffer = new ArrayList<>();
    private long bufferBytes;
    private boolean spilling;
    private boolean finished;
    private boolean handedOver;
    private final List<Run> runs = new ArrayList<>();
    private long total;
    private final long[] bySeverity = new long[3];
    private final Map<String, long[]> byCode = new HashMap<>();
    private IOException failure;

    /** One sorted run file. */
    private record Run(Path file, int count) {
    }

    public FindingStore(SpillSettings settings) {
        this.settings = settings;
        this.directory = new SpillDirectory(settings.tempParent());
    }

    /** Adds one finding; may write a run to disk (outside the lock) or wait for the previous one to be written. */
    @SuppressWarnings("EnumOrdinal") // counts per severity in a primitive array, read back in declaration order
    public void add(Finding finding) {
        ArrayList<Finding> full = null;
        synchronized (lock) {
            while (spilling && bufferFull()) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while findings were written to disk");
                }
            }
            if (finished) {
                throw new IllegalStateException("findings already finished");
            }
            failIfFailed();
            if (total == Integer.MAX_VALUE) {
                throw new IllegalStateException("more than " + Integer.MAX_VALUE + " findings");
            }
            total++;
            bySeverity[finding.severity().ordinal()]++;
            byCode.computeIfAbsent(finding.code(), c -> new long[1])[0]++;
            buffer.add(finding);
            bufferBytes += estimatedBytes(finding);
            if (!spilling && bufferFull()) {
                full = buffer;
                buffer = new ArrayList<>();
                bufferBytes = 0;
                spilling = true;
            }
        }
        if (full != null) {
            spill(full);
        }
    }

    /** Findings added so far. */
    public long count() {
        synchronized (lock) {
            return total;
        }
    }

    /** Counts per severity and code of the findings added so far. */
    public Summary summary() {
        synchronized (lock) {
            TreeMap<String, Long> codes = new TreeMap<>();
            byCode.forEach((code, n) -> codes.put(code, n[0]));
            return new Summary(bySeverity[0], bySeverity[1], bySeverity[2], codes);
        }
    }

    /**
     * Every finding added, in {@link #ORDER}. Called once, after the last {@link #add}. A spilled result owns the
     * temporary files from then on: close it (or the report holding it) to delete them.
     */
    public FindingList finish() {
        ArrayList<Finding> rest;
        List<Run> sorted;
        synchronized (lock) {
            if (finished) {
                throw new IllegalStateException("findings already finished");
            }
            finished = true;
            while (spilling) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while findings were written to disk");
                }
            }
            failIfFailed();
            rest = buffer;
            buffer = null;
            sorted = new ArrayList<>(runs);
        }
        Finding[] last = rest.toArray(new Finding[0]);
        rest.clear();
        Arrays.sort(last, ORDER);
        if (sorted.isEmpty()) {
            return FindingList.adopt(last);
        }
        try {
            while (sorted.size() >= MAX_FAN_IN) {
                List<Run> group = new ArrayList<>(sorted.subList(0, MAX_FAN_IN));
                sorted.subList(0, MAX_FAN_IN).clear();
                sorted.add(mergeRuns(group));
            }
            FindingList list = mergeFinal(sorted, last);
            synchronized (lock) {
                handedOver = true;
            }
            return list;
        } catch (IOException e) {
            directory.run();
            throw new UncheckedIOException("cannot merge the temporary findings: " + e.getMessage(), e);
        }
    }

    /** The temporary folder, or null when nothing was spilled (for tests). */
    Path temporaryFolder() {
        return directory.path();
    }

    /** Deletes the temporary files unless {@link #finish()} handed them to its result. */
    @Override
    public void close() {
        synchronized (lock) {
            if (handedOver) {
                return;
            }
            finished = true;
            buffer = null;
        }
        directory.run();
    }

    private boolean bufferFull() {
        return buffer.size() >= settings.maxFindingsInMemory() || bufferBytes >= settings.maxBytesInMemory();
    }

    private void failIfFailed() {
        if (failure != null) {
            throw new UncheckedIOException("cannot write findings to a temporary file: " + failure.getMessage(), failure);
        }
    }

    /**
     * A rough upper bound of the heap one finding holds: the record, its location, boxed numbers and the message
     * (file and hint strings are usually shared between findings).
     */
    private static long estimatedBytes(Finding f) {
        String pointer = f.location().pointer();
        return 200 + 2L * f.message().length() + (pointer == null ? 0 : 2L * pointer.length());
    }

    private void spill(List<Finding> full) {
        IOException error = null;
        Run run = null;
        try {
            full.sort(ORDER);
            Path file = directory.newFile("run");
            try (RecordOutput out = new RecordOutput(file)) {
                FindingCodec.Encoder encoder = new FindingCodec.Encoder(strings);
                for (Finding f : full) {
                    encoder.write(f, out);
                }
            }
            run = new Run(file, full.size());
        } catch (IOException e) {
            error = e;
        } finally {
            full.clear();
            synchronized (lock) {
                if (run != null) {
                    runs.add(run);
                }
                if (error != null && failure == null) {
                    failure = error;
                }
                spilling = false;
                lock.notifyAll();
            }
        }
        if (error != null) {
            throw new UncheckedIOException("cannot write findings to a temporary file: " + error.getMessage(), error);
        }
    }

    /** Merges {@code group} into one new run and deletes its files. */
    private Run mergeRuns(List<Run> group) throws IOException {
        Path file = directory.newFile("run");
        int count = 0;
        try (Merge merge = new Merge(group, new Finding[0]); RecordOutput out = new RecordOutput(file)) {
            FindingCodec.Encoder encoder = new FindingCodec.Encoder(strings);
            for (Finding f = merge.next(); f != null; f = merge.next()) {
                encoder.write(f, out);
                count++;
            }
        }
        for (Run r : group) {
            Files.deleteIfExists(r.file());
        }
        return new Run(file, count);
    }

    /** Merges the runs and the last in-memory findings into the indexed file of the result. */
    private FindingList mergeFinal(List<Run> group, Finding[] last) throws IOException {
        Path file = directory.newFile("findings");
        int count = 0;
        long[] blocks = new long[16];
        long length;
        try (Merge merge = new Merge(group, last); RecordOutput out = new RecordOutput(file)) {
            FindingCodec.Encoder encoder = new FindingCodec.Encoder(strings);
            for (Finding f = merge.next(); f != null; f = merge.next()) {
                if (count % SpilledFindingList.BLOCK == 0) {
                    int block = count / SpilledFindingList.BLOCK;
                    if (block == blocks.length) {
                        blocks = Arrays.copyOf(blocks, blocks.length * 2);
                    }
                    blocks[block] = out.position();
                    encoder.reset();
                }
                encoder.write(f, out);
                count++;
            }
            length = out.position();
        }
        for (Run r : group) {
            Files.deleteIfExists(r.file());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        directory.track(channel);
        int blockCount = (count + SpilledFindingList.BLOCK - 1) / SpilledFindingList.BLOCK;
        return new SpilledFindingList(directory, channel, length, Arrays.copyOf(blocks, blockCount), count,
                strings.snapshot());
    }

    /** A k-way merge of sorted runs and one sorted array, through a priority queue of their heads. */
    private final class Merge implements AutoCloseable {

        private static final class Source {
            final int rank;
            final Iterator<Finding> findings;
            Finding head;

            Source(int rank, Iterator<Finding> findings) {
                this.rank = rank;
                this.findings = findings;
            }

            boolean advance() {
                head = findings.hasNext() ? findings.next() : null;
                return head != null;
            }
        }

        private final List<FileChannel> channels = new ArrayList<>();
        private final PriorityQueue<Source> queue;

        Merge(List<Run> runs, Finding[] memory) throws IOException {
            Comparator<Source> byHead = (a, b) -> {
                int c = ORDER.compare(a.head, b.head);
                return c != 0 ? c : Integer.compare(a.rank, b.rank);
            };
            queue = new PriorityQueue<>(runs.size() + 1, byHead);
            try {
                int rank = 0;
                for (Run r : runs) {
                    FileChannel ch = FileChannel.open(r.file(), StandardOpenOption.READ);
                    channels.add(ch);
                    Source s = new Source(rank++, new RunIterator(ch, r.count()));
                    if (s.advance()) {
                        queue.add(s);
                    }
                }
                Source m = new Source(rank, Arrays.asList(memory).iterator());
                if (m.advance()) {
                    queue.add(m);
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /** The next finding in order, or null at the end. */
        Finding next() throws IOException {
            Source s = queue.poll();
            if (s == null) {
                return null;
            }
            Finding f = s.head;
            try {
                if (s.advance()) {
                    queue.add(s);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return f;
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (FileChannel c : channels) {
                try {
                    c.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** Reads the {@code count} records of one run file. */
    private final class RunIterator implements Iterator<Finding> {
        private final RecordInput in;
        private final FindingCodec.Decoder decoder = new FindingCodec.Decoder(strings::get);
        private int left;

        RunIterator(FileChannel channel, int count) throws IOException {
            this.in = new RecordInput(channel, 0, channel.size());
            this.left = count;
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public Finding next() {
            left--;
            try {
                return decoder.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
