package io.maskgate.hubmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The file (or folder) a user probably meant when a required entry matches nothing, and what is
 * wrong with it: {@code cells.segmentations.ome.tif} "needs the .tiff extension, not .tif";
 * {@code cells-objects.csv} "objects tables must be .xlsx or .tsv, not .csv". HuBMAP only prints the
 * regex; this reads the entry's {@link PatternShape} and looks for the typical slips, most specific
 * first: letter case, wrong extension, wrong separator, missing name part, wrong folder.
 *
 * @param path        dataset-relative path of the near miss ({@code "dir/"} for a folder)
 * @param explanation what is wrong, in words
 * @param fix         the corrected path, or "" when there is no single one
 * @param others      how many further paths have the same slip
 */
public record NearMiss(String path, String explanation, String fix, int others) {

    /**
     * Finds the most likely near miss of {@code entry} among {@code paths} (a dataset listing).
     * Paths that are what another entry of {@code schema} asks for (a file matching another file
     * entry, another required folder) are never offered.
     */
    @SuppressWarnings("ReferenceEquality") // identity on purpose: skips this very entry of the schema's list
    public static Optional<NearMiss> find(SchemaEntry entry, DirectorySchema schema, List<String> paths) {
        List<String> candidates = new ArrayList<>();
        TreeSet<String> otherFolders = new TreeSet<>();
        for (SchemaEntry other : schema.entries()) {
            if (other != entry && other.shape() instanceof PatternShape.Folder f) {
                otherFolders.add(f.dir());
            }
        }
        for (String p : paths) {
            boolean taken = false;
            for (SchemaEntry other : schema.entries()) {
                if (other != entry && other.shape() instanceof PatternShape.FileIn && other.matches(p)) {
                    taken = true;
                }
            }
            if (!taken) {
                candidates.add(p);
            }
        }
        if (entry.shape() instanceof PatternShape.FileIn f) {
            return fileIn(entry, f, candidates);
        }
        if (entry.shape() instanceof PatternShape.Folder f) {
            return folder(f, candidates, otherFolders);
        }
        return Optional.empty();
    }

    // ---- a file directly inside a folder, with a name suffix

    private static Optional<NearMiss> fileIn(SchemaEntry entry, PatternShape.FileIn shape, List<String> paths) {
        List<List<NearMiss>> tiers = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            tiers.add(new ArrayList<>());
        }
        String dir = shape.dir();
        for (String path : paths) {
            if (path.endsWith("/")) {
                continue;
            }
            int slash = path.lastIndexOf('/');
            String parent = slash < 0 ? "" : path.substring(0, slash);
            String name = path.substring(slash + 1);
            NearMiss m;
            if ((m = caseSlip(shape, path, parent, name)) != null) {
                tiers.get(0).add(m);
            } else if (!parent.equals(dir)) {
                if ((m = wrongFolder(shape, path, parent, name)) != null) {
                    tiers.get(4).add(m);
                }
            } else if ((m = wrongExtension(entry, shape, path, name)) != null) {
                tiers.get(1).add(m);
            } else if ((m = wrongSeparator(shape, path, name)) != null) {
                tiers.get(2).add(m);
            } else if ((m = missingPart(shape, path, name)) != null) {
                tiers.get(3).add(m);
            }
        }
        for (List<NearMiss> tier : tiers) {
            if (!tier.isEmpty()) {
                NearMiss first = tier.get(0);
                return Optional.of(new NearMiss(first.path, first.explanation, first.fix, tier.size() - 1));
            }
        }
        return Optional.empty();
    }

    private static NearMiss caseSlip(PatternShape.FileIn shape, String path, String parent, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : shape.suffixes()) {
            if (lower.endsWith(suffix.toLowerCase(Locale.ROOT)) && name.length() > suffix.length()
                    && parent.equalsIgnoreCase(shape.dir())) {
                String fixed = shape.dir() + "/" + name.substring(0, name.length() - suffix.length()) + suffix;
                String what = !parent.equals(shape.dir())
                        ? "folder names are case-sensitive: it must be in " + shape.dir() + "/, not " + parent + "/"
                        : "names are case-sensitive: it must end in exactly " + suffix;
                if (!fixed.equals(path)) {
                    return new NearMiss(path, what, fixed, 0);
                }
            }
        }
        return null;
    }

    private static NearMiss wrongFolder(PatternShape.FileIn shape, String path, String parent, String name) {
        for (String suffix : shape.suffixes()) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return new NearMiss(path, "it must be directly inside " + shape.dir() + "/, not in "
                        + (parent.isEmpty() ? "the top of the dataset" : parent + "/"), shape.dir() + "/" + name, 0);
            }
        }
        return null;
    }

    private static NearMiss wrongExtension(SchemaEntry entry, PatternShape.FileIn shape, String path, String name) {
        TreeSet<String> allowed = new TreeSet<>();
        String core = null;
        for (String suffix : shape.suffixes()) {
            String[] split = splitSuffix(suffix);
            if (core == null) {
                core = split[0];
            } else if (!core.equals(split[0])) {
                return null;
            }
            allowed.add(split[1]);
        }
        int at = core == null || core.isEmpty() ? -1 : name.lastIndexOf(core);
        if (at <= 0) {
            return null;
        }
        String found = name.substring(at + core.length());
        if (allowed.contains(found) || (!found.isEmpty() && found.charAt(0) != '.')) {
            return null;
        }
        List<String> allowedOrdered = new ArrayList<>();
        for (String suffix : shape.suffixes()) {
            String r = splitSuffix(suffix)[1];
            if (!allowedOrdered.contains(r)) {
                allowedOrdered.add(r);
            }
        }
        // strip the leading extension components all of them share (".ome" in ".ome.tif" vs ".ome.tiff")
        List<String> all = new ArrayList<>(allowedOrdered);
        all.add(found);
        int common = commonLeadingComponents(all);
        List<String> allowedTails = new ArrayList<>();
        for (String a : allowedOrdered) {
            allowedTails.add(tail(a, common));
        }
        String foundTail = found.isEmpty() ? "" : tail(found, common);
        String explanation;
        if (allowedTails.size() == 1) {
            explanation = "it needs the " + allowedTails.get(0) + " extension"
                    + (foundTail.isEmpty() ? "" : ", not " + foundTail);
        } else {
            explanation = plural(entry.title()) + " must be " + PatternShape.orList(allowedTails)
                    + (foundTail.isEmpty() ? "" : ", not " + foundTail);
        }
        String preferred = allowedOrdered.get(0);
        if (found.endsWith(".csv") || found.endsWith(".txt")) {
            for (String a : allowedOrdered) {
                if (a.endsWith(".tsv")) {
                    preferred = a;
                }
            }
        }
        String fix = shape.dir() + "/" + name.substring(0, at + core.length()) + preferred;
        return new NearMiss(path, explanation, fix, 0);
    }

    private static NearMiss wrongSeparator(PatternShape.FileIn shape, String path, String name) {
        for (String suffix : shape.suffixes()) {
            String[] split = splitSuffix(suffix);
            String core = split[0];
            if (core.length() < 2) {
                continue;
            }
            String word = core.substring(1);
            String rest = word + split[1];
            if (name.endsWith(rest) && name.length() > rest.length() + 1) {
                char sep = name.charAt(name.length() - rest.length() - 1);
                if (sep != core.charAt(0) && (sep == '-' || sep == '_' || sep == '.' || sep == ' ')) {
                    String stem = name.substring(0, name.length() - rest.length() - 1);
                    return new NearMiss(path, "the name must end in " + suffix + ": use '" + core + "', not '" + sep + word + "'",
                            shape.dir() + "/" + stem + suffix, 0);
                }
            }
        }
        return null;
    }

    private static NearMiss missingPart(PatternShape.FileIn shape, String path, String name) {
        for (String suffix : shape.suffixes()) {
            // the longest '.'-aligned tail of the suffix that the name already ends in, at least the last extension
            int best = -1;
            for (int i = suffix.indexOf('.', 1); i >= 0; i = suffix.indexOf('.', i + 1)) {
                if (name.endsWith(suffix.substring(i)) && name.length() > suffix.length() - i) {
                    best = i;
                    break;
                }
            }
            if (best > 0) {
                String stem = name.substring(0, name.length() - (suffix.length() - best));
                return new NearMiss(path, "the name must end in " + suffix + "; it lacks " + suffix.substring(0, best),
                        shape.dir() + "/" + stem + suffix, 0);
            }
        }
        return null;
    }

    /** {@code ".segmentations.ome.tiff"} → {".segmentations", ".ome.tiff"}; {@code "-objects.xlsx"} → {"-objects", ".xlsx"}. */
    static String[] splitSuffix(String suffix) {
        int dot = suffix.indexOf('.', 1);
        return dot < 0 ? new String[] {suffix, ""} : new String[] {suffix.substring(0, dot), suffix.substring(dot)};
    }

    private static int commonLeadingComponents(List<String> extensions) {
        List<String[]> parts = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        for (String e : extensions) {
            String[] p = e.isEmpty() ? new String[0] : e.substring(1).split("\\.", -1);
            parts.add(p);
            min = Math.min(min, p.length);
        }
        int n = 0;
        while (n < min - 1) {
            String c = parts.get(0)[n];
            for (String[] p : parts) {
                if (!p[n].equals(c)) {
                    return n;
                }
            }
            n++;
        }
        return n;
    }

    private static String tail(String extension, int skipComponents) {
        int at = 0;
        for (int i = 0; i < skipComponents; i++) {
            at = extension.indexOf('.', at + 1);
        }
        return extension.substring(at);
    }

    private static String plural(String title) {
        return title.endsWith("s") ? title : title + "s";
    }

    // ---- a folder

    private static Optional<NearMiss> folder(PatternShape.Folder shape, List<String> paths, TreeSet<String> otherFolders) {
        TreeSet<String> dirs = new TreeSet<>();
        for (String p : paths) {
            for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
                dirs.add(p.substring(0, i));
            }
        }
        String want = shape.dir();
        String wantName = want.substring(want.lastIndexOf('/') + 1);
        String wantParent = want.lastIndexOf('/') < 0 ? "" : want.substring(0, want.lastIndexOf('/'));
        List<List<NearMiss>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        dirs.removeAll(otherFolders);
        for (String d : dirs) {
            String name = d.substring(d.lastIndexOf('/') + 1);
            String parent = d.lastIndexOf('/') < 0 ? "" : d.substring(0, d.lastIndexOf('/'));
            if (d.equalsIgnoreCase(want)) {
                tiers.get(0).add(new NearMiss(d + "/", "folder names are case-sensitive: rename " + d + "/ to " + want + "/",
                        want + "/", 0));
            } else if (parent.equals(wantParent) && name.length() >= 4 && editDistance(name.toLowerCase(Locale.ROOT),
                    wantName.toLowerCase(Locale.ROOT)) <= 2) {
                tiers.get(1).add(new NearMiss(d + "/", "the folder must be named " + wantName + "/, not " + name + "/",
                        want + "/", 0));
            } else if (name.equals(wantName) && !parent.equalsIgnoreCase(wantParent)) {
                tiers.get(2).add(new NearMiss(d + "/", "the folder must be at " + want + "/, not at " + d + "/", want + "/", 0));
            }
        }
        for (List<NearMiss> tier : tiers) {
            if (!tier.isEmpty()) {
                NearMiss first = tier.get(0);
                return Optional.of(new NearMiss(first.path, first.explanation, first.fix, tier.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** Levenshtein distance; names are short (one path segment), so the quadratic table is tiny. */
    static int editDistance(String a, String b) {
        if (a.length() > 255 || b.length() > 255) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
