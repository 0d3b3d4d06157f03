package io.maskgate.labels;

import java.util.Arrays;
import java.util.List;

/**
 * Checks one movie (the {@code times × height × width} uint8 frames of one hypothesis of one trench,
 * row-major): analyses every frame once, runs the frame rules on each analysis, then the movie rules
 * on the per-frame summaries, and feeds the statistics. Reused for every movie a worker checks;
 * not thread-safe.
 */
public final class MovieChecker implements MovieSummary {

    private final int times;
    private final int frameSize;
    private final FrameAnalyzer analyzer;
    private final FrameRule[] frameRules;
    private final MovieRule[] movieRules;
    private final int[] objects;

    public MovieChecker(int times, int height, int width, List<FrameRule> frameRules, List<MovieRule> movieRules) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
        this.times = times;
        this.analyzer = new FrameAnalyzer(height, width);
        this.frameSize = height * width;
        if ((long) frameSize * times > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a movie of " + times + " frames of " + height + "x" + width
                    + " does not fit in one byte array");
        }
        this.frameRules = frameRules.toArray(new FrameRule[0]);
        this.movieRules = movieRules.toArray(new MovieRule[0]);
        this.objects = new int[times];
    }

    /** Heap a checker needs besides its movie buffer, for memory budgets. */
    public static long bytesNeeded(int times, int height, int width) {
        return FrameAnalyzer.bytesNeeded(height, width) + 4L * times + 256;
    }

    /** Checks the movie held in {@code movie[0 .. times*height*width)}. */
    public void check(byte[] movie, LabelFindingSink out, LabelStats stats) {
        if (movie.length < frameSize * times) {
            throw new IllegalArgumentException("movie buffer of " + movie.length + " bytes is shorter than "
                    + times + " frames of " + frameSize);
        }
        final FrameAnalyzer a = analyzer;
        for (int t = 0, offset = 0; t < times; t++, offset += frameSize) {
            a.analyze(movie, offset);
            objects[t] = a.labelCount();
            stats.frame(a);
            for (FrameRule rule : frameRules) {
                rule.check(a, t, out);
            }
        }
        for (MovieRule rule : movieRules) {
            rule.check(this, out);
        }
    }

    /** Checks a movie of background only (an absent chunk with fill value 0) without reading pixels. */
    public void checkEmpty(LabelFindingSink out, LabelStats stats) {
        Arrays.fill(objects, 0);
        stats.emptyFrames(times);
        for (MovieRule rule : movieRules) {
            rule.check(this, out);
        }
    }

    @Override
    public int times() {
        return times;
    }

    @Override
    public int objects(int time) {
        return objects[time];
    }
}
