package io.maskgate.labels;

import io.maskgate.engine.Areas;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelRulesTest {

    private static final int T = 5;
    private static final int H = 164;
    private static final int W = 34;
    private static final int F = H * W;

    /** A clean movie: every frame has rods labelled 1..n in raster order, all at least 15 px. */
    private static byte[] cleanMovie(long seed) {
        byte[] movie = new byte[T * F];
        Random rnd = new Random(seed);
        for (int t = 0; t < T; t++) {
            TestFrames.rods(movie, t * F, H, W, 2 + rnd.nextInt(5), rnd);
        }
        return movie;
    }

    private static CollectingSink check(byte[] movie) {
        MovieChecker checker = new MovieChecker(T, H, W, LabelRules.frameRules(15), LabelRules.movieRules());
        CollectingSink sink = new CollectingSink();
        checker.check(movie, sink, new LabelStats(LabelRules.contentRules().size()));
        return sink;
    }

    private static int maxLabel(byte[] movie, int t) {
        FrameAnalyzer a = new FrameAnalyzer(H, W);
        a.analyze(movie, t * F);
        return a.maxLabel();
    }

    @Test
    void cleanMoviesAreSilent() {
        for (long seed = 0; seed < 50; seed++) {
            CollectingSink sink = check(cleanMovie(seed));
            assertEquals(List.of(), sink.items, "seed " + seed);
            assertEquals(0, sink.counted);
        }
        assertEquals(List.of(), check(new byte[T * F]).items, "background only");
    }

    @Test
    void splitLabelReportsTheLabelAndItsComponentBoxes() {
        byte[] movie = cleanMovie(1);
        // Relabel the last object of frame 2 as label 1: label 1 now has two components, and no gap appears.
        int max = maxLabel(movie, 2);
        for (int p = 2 * F; p < 3 * F; p++) {
            if (movie[p] == max) {
                movie[p] = 1;
            }
        }
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_SPLIT"), sink.codes());
        assertEquals(1, sink.items.size());
        CollectingSink.Item item = sink.items.get(0);
        assertEquals(2, item.time());
        assertEquals(1, item.label());
        assertTrue(item.message().startsWith("label 1 forms 2 separate 4-connected components"), item.message());
    }

    @Test
    void splitLabelCapsTheListedBoxes() {
        byte[] movie = new byte[T * F];
        for (int i = 0; i < 8; i++) {
            TestFrames.rect(movie, 0, W, i * 20, i * 20 + 4, 0, 5, 1);
        }
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_SPLIT"), sink.codes());
        assertTrue(sink.items.get(0).message().contains("forms 8 separate"), sink.items.get(0).message());
        assertTrue(sink.items.get(0).message().endsWith("; and 3 more"), sink.items.get(0).message());
    }

    @Test
    void gapReportsTheMissingLabels() {
        byte[] movie = cleanMovie(2);
        int max = maxLabel(movie, 3);
        for (int p = 3 * F; p < 4 * F; p++) {
            if (movie[p] == max) {
                movie[p] = (byte) (max + 2);
            }
        }
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_GAP"), sink.codes());
        assertEquals(1, sink.items.size());
        assertEquals(3, sink.items.get(0).time());
        assertEquals(LabelFindingSink.NO_LABEL, sink.items.get(0).label());
        assertTrue(sink.items.get(0).message().contains("2 labels missing (" + max + ", " + (max + 1) + ")"),
                sink.items.get(0).message());
    }

    @Test
    void smallObjectReportsItsAreaAndBox() {
        byte[] movie = cleanMovie(3);
        int max = maxLabel(movie, 0);
        // A 2x3 fragment with the next label, in the background at the right edge.
        int y = 150;
        TestFrames.rect(movie, 0, W, y, y + 2, 31, 34, max + 1);
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_SMALL_OBJECT"), sink.codes(), sink.items.toString());
        CollectingSink.Item item = sink.items.get(0);
        assertEquals(0, item.time());
        assertEquals(max + 1, item.label());
        assertEquals("label " + (max + 1) + " has 6 px, less than the minimum object area of 15 px (y 150-151, x 31-33)",
                item.message());
    }

    @Test
    void smallObjectThresholdFollowsTheOption() {
        byte[] movie = new byte[T * F];
        TestFrames.rect(movie, 0, W, 0, 4, 0, 5, 1); // 20 px
        MovieChecker strict = new MovieChecker(T, H, W, LabelRules.frameRules(21), LabelRules.movieRules());
        CollectingSink sink = new CollectingSink();
        strict.check(movie, sink, new LabelStats(5));
        assertEquals(List.of("LABEL_SMALL_OBJECT"), sink.codes());
        assertEquals(List.of(), check(movie).items);
    }

    @Test
    void nearUint8LimitFiresFrom240() {
        byte[] movie = new byte[T * F];
        for (int label = 1; label <= 239; label++) {
            int y = (label - 1) / 4 * 2;
            int x = (label - 1) % 4 * 8;
            TestFrames.rect(movie, F, W, y, y + 2, x, x + 8, label);
            TestFrames.rect(movie, 2 * F, W, y, y + 2, x, x + 8, label);
        }
        assertEquals(List.of(), check(movie).items, "239 labels are fine");
        TestFrames.rect(movie, 2 * F, W, 160, 162, 0, 8, 240);
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_NEAR_UINT8_LIMIT"), sink.codes());
        assertEquals(2, sink.items.get(0).time());
        assertEquals("max label 240 (240 objects) is 15 below the uint8 maximum 255", sink.items.get(0).message());
    }

    @Test
    void dropoutNeedsObjectsOnBothSides() {
        byte[] movie = cleanMovie(4);
        java.util.Arrays.fill(movie, 2 * F, 3 * F, (byte) 0);
        CollectingSink sink = check(movie);
        assertEquals(List.of("LABEL_HYPOTHESIS_DROPOUT"), sink.codes());
        assertEquals(2, sink.items.get(0).time());
        // An empty first frame or two empty frames in a row are not a dropout.
        java.util.Arrays.fill(movie, 3 * F, 4 * F, (byte) 0);
        java.util.Arrays.fill(movie, 0, F, (byte) 0);
        assertEquals(List.of(), check(movie).items);
    }

    @Test
    void countedButNotListedFindingsBuildNoMessage() {
        byte[] movie = new byte[T * F];
        TestFrames.rect(movie, 0, W, 0, 2, 0, 2, 3); // small, gap
        int[] counted = new int[1];
        LabelFindingSink refusing = new LabelFindingSink() {
            @Override
            public boolean count(RuleMeta rule) {
                counted[0]++;
                return false;
            }

            @Override
            public void report(RuleMeta rule, int time, int label, String message) {
                throw new AssertionError("report after count returned false");
            }
        };
        new MovieChecker(T, H, W, LabelRules.frameRules(15), LabelRules.movieRules())
                .check(movie, refusing, new LabelStats(5));
        assertEquals(2, counted[0]);
    }

    @Test
    void everyLabelRuleIsInTheCatalogue() {
        List<String> codes = Areas.ruleCatalog().all().stream().map(RuleMeta::code).filter(c -> c.startsWith("LABEL_")).toList();
        assertEquals(List.of("LABEL_GAP", "LABEL_HYPOTHESIS_DROPOUT", "LABEL_NEAR_UINT8_LIMIT", "LABEL_SMALL_OBJECT",
                "LABEL_SPLIT"), codes);
        assertEquals(codes, LabelRules.contentRules().stream().map(RuleMeta::code).sorted().toList());
    }
}
