package io.maskgate.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NaturalOrderTest {

    private static int sign(String a, String b) {
        return Integer.signum(NaturalOrder.compareText(a, b));
    }

    @Test
    void numbersCompareAsNumbers() {
        assertEquals(-1, sign("data/c/0/3/0", "data/c/0/12/0"));
        assertEquals(-1, sign("/trench_mapping/9/x", "/trench_mapping/10/x"));
        assertEquals(1, sign("t100", "t99"));
        assertEquals(-1, sign("a", "a0"));
        assertEquals(-1, sign("a1b", "a1c"));
        assertEquals(-1, sign("99999999999999999999999", "100000000000000000000000"), "beyond long");
        assertEquals(0, sign("x12y", "x12y"));
    }

    @Test
    void leadingZerosTieBreakByPlainTextSoOnlyEqualStringsCompareEqual() {
        assertTrue(NaturalOrder.compareText("07", "7") != 0);
        assertEquals(Integer.signum("07".compareTo("7")), sign("07", "7"));
        assertEquals(-1, sign("007", "8"));
    }

    @Test
    void isATotalOrder() {
        Random rnd = new Random(3);
        String alphabet = "0019a/b";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(6); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            words.add(sb.toString());
        }
        for (String a : words) {
            for (String b : words) {
                assertEquals(-sign(b, a), sign(a, b), a + " vs " + b);
                assertEquals(a.equals(b), sign(a, b) == 0, a + " vs " + b);
                for (int k = 0; k < 3; k++) {
                    String c = words.get(rnd.nextInt(words.size()));
                    if (sign(a, b) <= 0 && sign(b, c) <= 0) {
                        assertTrue(sign(a, c) <= 0, a + " <= " + b + " <= " + c);
                    }
                }
            }
        }
    }
}
