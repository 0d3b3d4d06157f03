package io.maskgate.hubmap;

import io.maskgate.objects.MaskInfo;
import io.maskgate.ometiff.LabelStats;
import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.ometiff.OmeTiffMaskSummary;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.validation.OrderedParallel;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.ValidationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyses the mask OME-TIFFs of one dataset on the validation's worker threads. The files are independent, so
 * each is analysed (and reduced to its packed labels and report rows) on a worker; its findings are held with the
 * result and replayed, with the result, in path order on the calling thread, so the report is the same whatever
 * the thread count. At most a small window of reduced results waits, never the full statistics of many files.
 */
final class MaskScan {

    /** Receives each mask's result in path order, on the calling thread. */
    @FunctionalInterface
    interface Consumer {
        void accept(String path, Mask mask);
    }

    /**
     * What is kept of one analysed file.
     *
     * @param analysed     false when the file is not a readable TIFF at all
     * @param channelNames how many channel names the file declares
     * @param info         its packed labels for the objects checks, or null when its channel names are unknown
     * @param rows         its rows of the report's mask table, one per channel
     */
    record Mask(boolean analysed, int channelNames, MaskInfo info, List<List<Object>> rows) {
    }

    private record Result(Mask mask, List<Finding> findings) {
    }

    private static final OrderedParallel.State NO_STATE = () -> {
    };

    private final OmeTiffMaskAnalyzer analyzer;
    private final ValidationContext context;

    MaskScan(OmeTiffMaskAnalyzer analyzer, ValidationContext context) {
        this.analyzer = analyzer.withMaxOmeXmlBytes(context.options().maxDocumentBytes());
        this.context = context;
    }

    /** Analyses {@code paths} (relative to {@code dataset}) and hands each result to {@code consumer} in list order. */
    void run(Path dataset, DirectoryOutcome outcome, List<String> paths, String datasetName, Consumer consumer) {
        int threads = Math.min(context.options().threads(), paths.size());
        if (threads <= 1) {
            // one worker: findings go straight to the context and progress shows each file's planes, as always
            for (String path : paths) {
                consumer.accept(path, analyse(dataset, outcome, path, context, context.progress()));
            }
            return;
        }
        ProgressListener progress = context.progress();
        progress.begin("mask OME-TIFFs of " + datasetName, paths.size());
        try {
            OrderedParallel.run(paths.size(), threads, () -> NO_STATE, (state, i) -> {
                List<Finding> found = new ArrayList<>();
                Mask mask = analyse(dataset, outcome, paths.get(i), found::add, ProgressListener.NONE);
                return new Result(mask, found);
            }, (i, result) -> {
                result.findings().forEach(context::accept);
                consumer.accept(paths.get(i), result.mask());
                progress.advance(1);
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // OrderedParallel only passes on what the work throws, and the analyser throws nothing checked
            throw new IllegalStateException(e);
        } finally {
            progress.end();
        }
    }

    private Mask analyse(Path dataset, DirectoryOutcome outcome, String path, FindingSink sink, ProgressListener progress) {
        String file = outcome.file(path);
        Optional<OmeTiffMaskSummary> summary = analyzer.analyse(context.inputs(), dataset.resolve(path), file, sink, progress);
        if (summary.isEmpty()) {
            return new Mask(false, 0, null, List.of());
        }
        OmeTiffMaskSummary s = summary.get();
        List<List<Object>> rows = new ArrayList<>(s.channels().size());
        for (int c = 0; c < s.channels().size(); c++) {
            LabelStats l = s.labels(c);
            int split = 0;
            if (l != null) {
                for (int i = 0; i < l.size(); i++) {
                    if (l.components(i) > 1) {
                        split++;
                    }
                }
            }
            List<Object> row = new ArrayList<>();
            row.add(file);
            row.add(c);
            row.add(c < s.channelNames().size() ? s.channelNames().get(c) : "");
            row.add(l == null ? null : l.size());
            row.add(l == null ? null : l.foregroundPixels());
            row.add(l == null ? null : split);
            rows.add(row);
        }
        return new Mask(true, s.channelNames().size(), MaskIndexAdapter.indexed(s), rows);
    }
}
