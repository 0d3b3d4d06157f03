package io.maskgate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobTest {

    @Test
    void codeGlobHasStarAndQuestionMark() {
        assertTrue(Glob.code("LABEL_*").matches("LABEL_GAP"));
        assertTrue(Glob.code("LABEL_*").matches("LABEL_"));
        assertFalse(Glob.code("LABEL_*").matches("STORE_LABEL_GAP"));
        assertTrue(Glob.code("ZARR_?_X").matches("ZARR_A_X"));
        assertFalse(Glob.code("ZARR_?_X").matches("ZARR_AB_X"));
        assertTrue(Glob.code("*").matches(""));
        assertTrue(Glob.code("STORE_SHAPE").isLiteral());
        assertFalse(Glob.code("STORE_*").isLiteral());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void fortyStarsNeverBacktrack() {
        String stars = "*".repeat(40);
        assertFalse(Glob.code(stars + "X").matches("STORE_FOV_LISTS_AND_A_LONG_TAIL_OF_LETTERS_WITHOUT_THE_END"));
        assertTrue(Glob.code(stars + "S").matches("STORE_FOV_LISTS"));
        String starry = "*a".repeat(40) + "b";
        assertFalse(Glob.code(starry).matches("a".repeat(100_000)));
        assertFalse(Glob.path(stars + "x").matches("data/c/0/" + "y".repeat(100_000)));
        assertFalse(Glob.path("**/".repeat(40) + "x").matches("a/".repeat(10_000) + "y"));
        assertTrue(Glob.path("**/".repeat(40) + "x").matches("a/".repeat(10_000) + "x"));
    }

    /** The path glob agrees with the JDK's glob on the syntax it documents. */
    @Test
    void pathGlobAgreesWithJdkGlob() {
        List<String> patterns = List.of("data/c/0/**", "data/*/zarr.json", "*.tsv", "**.tsv", "data/?/x", "[a-c]*/x",
                "[!a-c]*/x", "{data,labels}/**", "x/{a,b}{c,d}.json", "zarr.json", "data/**/zarr.json", "\\*literal",
                "*/*", "**");
        List<String> files = List.of("data/c/0/1/0/0/0", "data/c/zarr.json", "data/zarr.json", "a.tsv", "up/a.tsv",
                "data/1/x", "data/12/x", "b/x", "d/x", "labels/z", "x/ac.json", "x/bd.json", "x/ab.json", "zarr.json",
                "data/c/1/zarr.json", "*literal", "aliteral", "a/b", "a", "");
        for (String p : patterns) {
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + p);
            Glob g = Glob.path(p);
            for (String f : files) {
                assertEquals(jdk.matches(Path.of(f)), g.matches(f), p + " against '" + f + "'");
            }
        }
    }

    @Test
    void literalPathsAreRecognised() {
        assertTrue(Glob.path("data/c/0/1/0/0/0").isLiteral());
        assertFalse(Glob.path("data/c/0/**").isLiteral());
        assertFalse(Glob.path("data/{a,b}").isLiteral());
        assertFalse(Glob.path("data/\\*").isLiteral());
    }

    @Test
    void malformedPathGlobsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.path("data/{a,b")).getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.path("data/[ab")).getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Glob.path("{a,b}".repeat(9))).getMessage()
                .contains("alternatives"));
    }
}
