package io.maskgate.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob matched in linear time (text length × pattern length), whatever the pattern: the JDK's
 * glob and a glob translated to {@link java.util.regex.Pattern} backtrack, so a pattern of forty
 * {@code *} never finishes. Matching runs every pattern position at once (a set of states), so
 * nothing is ever retried.
 *
 * <p>Code globs know {@code *} (any text) and {@code ?} (one character). Path globs follow
 * {@code java.nio} glob syntax: {@code *} and {@code ?} stop at {@code /}, {@code **} crosses it,
 * {@code [a-z]} / {@code [!a-z]} classes, {@code {a,b}} alternatives (not nested) and {@code \} escapes.
 */
public final class Glob {

    /** Alternatives a pattern may expand to ({@code {a,b}{c,d}} is four); more is refused, not expanded. */
    static final int MAX_ALTERNATIVES = 256;

    private enum Kind { CHAR, ONE, CLASS, STAR, STAR_ANY }

    private record Token(Kind kind, char c, String ranges, boolean negated) {
        boolean accepts(char ch, boolean pathMode) {
            return switch (kind) {
                case CHAR -> ch == c;
                case ONE, STAR -> !pathMode || ch != '/';
                case STAR_ANY -> true;
                case CLASS -> (!pathMode || ch != '/') && inRanges(ch) != negated;
            };
        }

        private boolean inRanges(char ch) {
            for (int i = 0; i + 1 < ranges.length(); i += 2) {
                if (ch >= ranges.charAt(i) && ch <= ranges.charAt(i + 1)) {
                    return true;
                }
            }
            return false;
        }

        boolean repeats() {
            return kind == Kind.STAR || kind == Kind.STAR_ANY;
        }
    }

    private final String pattern;
    private final boolean pathMode;
    private final List<Token[]> alternatives;
    private final boolean literal;

    private Glob(String pattern, boolean pathMode, List<Token[]> alternatives, boolean literal) {
        this.pattern = pattern;
        this.pathMode = pathMode;
        this.alternatives = alternatives;
        this.literal = literal;
    }

    /** A rule-code glob: {@code *} and {@code ?} are wildcards, every other character is itself. */
    public static Glob code(String pattern) {
        List<Token> tokens = new ArrayList<>();
        boolean literal = true;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                literal = false;
                if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != Kind.STAR) { // ** = *
                    tokens.add(new Token(Kind.STAR, c, "", false));
                }
            } else if (c == '?') {
                literal = false;
                tokens.add(new Token(Kind.ONE, c, "", false));
            } else {
                tokens.add(new Token(Kind.CHAR, c, "", false));
            }
        }
        List<Token[]> single = new ArrayList<>(1);
        single.add(tokens.toArray(Token[]::new));
        return new Glob(pattern, false, single, literal);
    }

    /**
     * A path glob in {@code java.nio} syntax.
     *
     * @throws IllegalArgumentException naming the problem when the pattern is malformed or expands too far
     */
    public static Glob path(String pattern) {
        List<List<Token>> alts = new ArrayList<>();
        alts.add(new ArrayList<>());
        boolean literal = true;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("'{' at position " + i + " is never closed");
                }
                String body = pattern.substring(i + 1, end);
                if (body.indexOf('{') >= 0) {
                    throw new IllegalArgumentException("'{' groups cannot be nested (position " + i + ")");
                }
                String[] choices = body.split(",", -1);
                if ((long) alts.size() * choices.length > MAX_ALTERNATIVES) {
                    throw new IllegalArgumentException("the {…} groups expand to more than " + MAX_ALTERNATIVES + " alternatives");
                }
                List<List<Token>> next = new ArrayList<>();
                for (List<Token> prefix : alts) {
                    for (String choice : choices) {
                        List<Token> t = new ArrayList<>(prefix);
                        parsePlain(choice, t);
                        next.add(t);
                    }
                }
                alts = next;
                literal = false;
                i = end + 1;
                continue;
            }
            int stop = nextBrace(pattern, i);
            String plain = pattern.substring(i, stop);
            for (List<Token> t : alts) {
                literal &= parsePlain(plain, t);
            }
            i = stop;
        }
        List<Token[]> arrays = new ArrayList<>(alts.size());
        for (List<Token> t : alts) {
            arrays.add(t.toArray(Token[]::new));
        }
        return new Glob(pattern, true, List.copyOf(arrays), literal);
    }

    /** Index of the next unescaped '{' at or after {@code from}, or the end. */
    private static int nextBrace(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = p.indexOf(']', i + 2);
                i = end < 0 ? i : end;
            } else if (c == '{') {
                return i;
            }
        }
        return p.length();
    }

    /** Appends the tokens of a brace-free piece; true when it holds no wildcard. */
    private static boolean parsePlain(String p, List<Token> out) {
        boolean literal = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= p.length()) {
                        throw new IllegalArgumentException("the pattern ends with an escape '\\'");
                    }
                    out.add(new Token(Kind.CHAR, p.charAt(++i), "", false));
                }
                case '*' -> {
                    literal = false;
                    boolean doubled = i + 1 < p.length() && p.charAt(i + 1) == '*';
                    if (doubled) {
                        i++;
                    }
                    Kind k = doubled ? Kind.STAR_ANY : Kind.STAR;
                    Token last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last.repeats()) {
                        // a run of stars is one star (the widest of them): same language, fewer states
                        if (k == Kind.STAR_ANY && last.kind() == Kind.STAR) {
                            out.set(out.size() - 1, new Token(Kind.STAR_ANY, c, "", false));
                        }
                    } else {
                        out.add(new Token(k, c, "", false));
                    }
                }
                case '?' -> {
                    literal = false;
                    out.add(new Token(Kind.ONE, c, "", false));
                }
                case '[' -> {
                    literal = false;
                    i = parseClass(p, i, out);
                }
                default -> out.add(new Token(Kind.CHAR, c, "", false));
            }
        }
        return literal;
    }

    /** Parses {@code [..]} starting at {@code start}; returns the index of its ']'. */
    private static int parseClass(String p, int start, List<Token> out) {
        int i = start + 1;
        boolean negated = i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^');
        if (negated) {
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        boolean first = true;
        while (i < p.length() && (p.charAt(i) != ']' || first)) {
            char lo = p.charAt(i);
            if (lo == '\\' && i + 1 < p.length()) {
                lo = p.charAt(++i);
            }
            char hi = lo;
            if (i + 2 < p.length() && p.charAt(i + 1) == '-' && p.charAt(i + 2) != ']') {
                hi = p.charAt(i + 2);
                i += 2;
                if (hi < lo) {
                    throw new IllegalArgumentException("the range " + lo + "-" + hi + " in '[' at position " + start + " is backwards");
                }
            }
            ranges.append(lo).append(hi);
            first = false;
            i++;
        }
        if (i >= p.length()) {
            throw new IllegalArgumentException("'[' at position " + start + " is never closed");
        }
        out.add(new Token(Kind.CLASS, '[', ranges.toString(), negated));
        return i;
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** True when the pattern has no wildcard: it matches exactly the text {@link #pattern()} (after escapes). */
    public boolean isLiteral() {
        return literal && pattern.indexOf('\\') < 0;
    }

    /** Whether the whole of {@code text} matches. */
    public boolean matches(CharSequence text) {
        for (Token[] tokens : alternatives) {
            if (matches(tokens, text)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Token[] tokens, CharSequence text) {
        int m = tokens.length;
        BitSet active = new BitSet(m + 1);
        BitSet next = new BitSet(m + 1);
        active.set(0);
        close(tokens, active);
        for (int p = 0; p < text.length() && !active.isEmpty(); p++) {
            char ch = text.charAt(p);
            next.clear();
            for (int s = active.nextSetBit(0); s >= 0 && s < m; s = active.nextSetBit(s + 1)) {
                Token t = tokens[s];
                if (t.accepts(ch, pathMode)) {
                    next.set(t.repeats() ? s : s + 1);
                }
            }
            close(tokens, next);
            BitSet swap = active;
            active = next;
            next = swap;
        }
        return active.get(m);
    }

    /** Adds the states reachable without input: a star may match nothing. */
    private static void close(Token[] tokens, BitSet states) {
        for (int s = states.nextSetBit(0); s >= 0 && s < tokens.length; s = states.nextSetBit(s + 1)) {
            if (tokens[s].repeats()) {
                states.set(s + 1);
            }
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
