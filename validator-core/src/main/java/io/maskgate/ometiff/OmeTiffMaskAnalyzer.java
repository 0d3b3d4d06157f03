package io.maskgate.ometiff;

import io.maskgate.io.InputBoundary;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;
import io.maskgate.validation.ByteSize;
import io.maskgate.validation.ProgressListener;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one label-mask OME-TIFF and summarises its labels: TIFF structure, OME-XML (schema and
 * consistency), then every plane streamed row by row for label semantics and, in the same pass,
 * its pyramid levels for nearest-neighbour consistency. Every problem becomes a finding; a broken
 * TIFF is reported once with its real cause. The HuBMAP dataset validator calls
 * {@link #analyse} for each mask file and uses the returned summary to compare objects tables with
 * the labels.
 */
public final class OmeTiffMaskAnalyzer {

    /** Largest default cap on distinct labels per plane; {@link #defaultMaxLabels()} lowers it for small heaps. */
    public static final int DEFAULT_MAX_LABELS = 8_000_000;
    /**
     * Heap one distinct label of a plane can take at worst: the scanner's label table (60 bytes) and
     * index (13 bytes per slot) just after doubling, their copies while growing, the sorted
     * statistics and, for split labels, the second pass's own table.
     */
    static final long BYTES_PER_LABEL = 320;
    /** The default cap never drops below this (a few MB), however small the heap. */
    static final int MIN_DEFAULT_MAX_LABELS = 10_000;
    /** Split labels reported per plane before summarising the rest. */
    static final int MAX_SPLITS_REPORTED = 20;
    static final int MAX_XSD_REPORTED = 20;
    /** OME-XML longer than this is not parsed unless a run says otherwise (a DOM takes several times the text size). */
    static final long DEFAULT_MAX_OME_XML_BYTES = 16L << 20;

    private final int maxLabels;
    private final long maxOmeXmlBytes;

    /** An analyser with the {@linkplain #defaultMaxLabels() default label cap} for this JVM's heap. */
    public OmeTiffMaskAnalyzer() {
        this(defaultMaxLabels());
    }

    public OmeTiffMaskAnalyzer(int maxLabelsPerPlane) {
        this(maxLabelsPerPlane, DEFAULT_MAX_OME_XML_BYTES);
    }

    private OmeTiffMaskAnalyzer(int maxLabelsPerPlane, long maxOmeXmlBytes) {
        this.maxLabels = maxLabelsPerPlane;
        this.maxOmeXmlBytes = maxOmeXmlBytes;
    }

    /** This analyser parsing OME-XML of at most {@code maxBytes} (a run's {@code maxDocumentBytes}). */
    public OmeTiffMaskAnalyzer withMaxOmeXmlBytes(long maxBytes) {
        return maxBytes == maxOmeXmlBytes ? this : new OmeTiffMaskAnalyzer(maxLabels, maxBytes);
    }

    /**
     * The default cap on distinct labels per plane: {@link #DEFAULT_MAX_LABELS}, or fewer so that the
     * labels of the plane being scanned fit in half the maximum heap. Without this an over-segmented
     * plane (millions of labels) ran a default-sized JVM out of memory instead of reporting
     * OMETIFF_LABEL_LIMIT. It depends on -Xmx only, not on the heap in use, so a run is repeatable.
     */
    public static int defaultMaxLabels() {
        long fit = Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_LABEL;
        return (int) Math.max(MIN_DEFAULT_MAX_LABELS, Math.min(DEFAULT_MAX_LABELS, fit));
    }

    /**
     * Checks {@code path} and reports to {@code sink} under the name {@code file}.
     *
     * @return the label summary, or empty when the file is not a readable TIFF at all
     */
    public Optional<OmeTiffMaskSummary> analyse(Path path, String file, FindingSink sink, ProgressListener progress) {
        return analyse(InputBoundary.unconfined(), path, file, sink, progress);
    }

    /** {@link #analyse(Path, String, FindingSink, ProgressListener)} opening the file within {@code inputs}. */
    public Optional<OmeTiffMaskSummary> analyse(InputBoundary inputs, Path path, String file, FindingSink sink,
                                                ProgressListener progress) {
        OnceReporter once = new OnceReporter();
        try (TiffFile tf = TiffFile.open(inputs, path)) {
            return Optional.of(new Run(tf, path, file, sink, once, progress).run());
        } catch (TiffException e) {
            once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            once.add(Corrupt.class, Location.NONE, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        } finally {
            once.flush(file, sink);
        }
    }

    static Class<? extends Rule> ruleFor(TiffException.Kind kind) {
        return switch (kind) {
            case NOT_TIFF -> NotTiff.class;
            case CORRUPT -> Corrupt.class;
            case IFD_LOOP -> IfdLoop.class;
            case UNSUPPORTED_COMPRESSION -> UnsupportedCompression.class;
            case LOSSY_COMPRESSION -> LossyCompression.class;
            case UNSUPPORTED_SAMPLES -> PixelType.class;
            case TOO_LARGE -> TooLarge.class;
        };
    }

    /** The state of one analysis. */
    private final class Run {
        private final TiffFile tf;
        private final Path path;
        private final String file;
        private final FindingSink sink;
        private final OnceReporter once;
        private final ProgressListener progress;
        private List<String> levelSignature;
        private boolean levelsReported;
        private boolean subfileTypeReported;
        private int pyramidLevels = 1;

        Run(TiffFile tf, Path path, String file, FindingSink sink, OnceReporter once, ProgressListener progress) {
            this.tf = tf;
            this.path = path;
            this.file = file;
            this.sink = sink;
            this.once = once;
            this.progress = progress;
        }

        OmeTiffMaskSummary run() throws IOException {
            TiffException chainError = tf.chainError();
            if (chainError != null) {
                once.add(ruleFor(chainError.kind()), Location.NONE, chainError.getMessage());
            }
            List<TiffDirectory> dirs = tf.directories();
            List<TiffImage> pages = new ArrayList<>(dirs.size());
            List<Integer> fullRes = new ArrayList<>();
            for (int i = 0; i < dirs.size(); i++) {
                TiffImage page = null;
                try {
                    page = TiffImage.of(dirs.get(i));
                } catch (TiffException e) {
                    once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                }
                pages.add(page);
                if (page == null || (page.newSubfileType() & 1) == 0) {
                    fullRes.add(i);
                }
            }
            OmeXmlInfo xml = dirs.isEmpty() ? null : readOmeXml(dirs.get(0));
            PlaneMap map = null;
            if (xml != null && xml.imageCount() > 0 && xml.sizeZ() != null && xml.sizeC() != null && xml.sizeT() != null) {
                long planes = xml.sizeZ() * xml.effectiveSizeC() * xml.sizeT();
                if (planes <= PlaneMap.MAX_PLANES) {
                    map = PlaneMap.build(xml, pages.size());
                }
            }
            String fileName = path.getFileName() == null ? file : path.getFileName().toString();
            OmeTiffLayout layout = new OmeTiffLayout(file, fileName, pages, chainError == null, xml, fullRes, map);
            for (OmeTiffMetadataCheck check : OmeTiffRules.metadataChecks()) {
                check.check(layout, sink);
            }
            PlaneMap planes = map != null ? map : xml == null ? identityOverFullRes(fullRes) : null;
            if (planes == null) {
                return new OmeTiffMaskSummary(channelNames(xml, 0), List.of(), 0, 0, null, null, 1, false, namesKnown(xml));
            }
            return scanPlanes(pages, planes, xml, map != null, chainError == null);
        }

        private PlaneMap identityOverFullRes(List<Integer> fullRes) {
            PlaneMap id = PlaneMap.identity(fullRes.size());
            int[] map = id.planeToIfd();
            for (int i = 0; i < map.length; i++) {
                map[i] = fullRes.get(i);
            }
            return id;
        }

        /** Channel names mean something only when they come from the OME-XML of an Image. */
        private boolean namesKnown(OmeXmlInfo xml) {
            return xml != null && xml.imageCount() > 0;
        }

        private List<String> channelNames(OmeXmlInfo xml, int sizeC) {
            List<String> names = new ArrayList<>();
            int n = Math.max(sizeC, xml == null ? 0 : xml.channels().size());
            for (int c = 0; c < n; c++) {
                String name = xml != null && c < xml.channels().size() ? xml.channels().get(c).name() : null;
                names.add(name == null ? "" : name);
            }
            return names;
        }

        /** The OME-XML of IFD 0, or null (after reporting) when it is missing or unusable. */
        private OmeXmlInfo readOmeXml(TiffDirectory first) throws IOException {
            byte[] bytes;
            try {
                bytes = first.bytes(TiffTags.IMAGE_DESCRIPTION, maxOmeXmlBytes);
            } catch (TiffException e) {
                if (e.kind() == TiffException.Kind.TOO_LARGE) {
                    sink.accept(RuleMeta.of(OmeXmlTooLarge.class).finding(file, Location.NONE, "IFD 0's OME-XML is "
                            + first.count(TiffTags.IMAGE_DESCRIPTION) + " bytes, more than the limit of " + maxOmeXmlBytes
                            + "; not parsed, so channels and plane order were not checked (raise the limit with "
                            + ByteSize.MAX_DOCUMENT_OPTION + ")"));
                    return null;
                }
                once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                return null;
            }
            if (bytes == null) {
                sink.accept(RuleMeta.of(NoOmeXml.class).finding(file, Location.NONE, "IFD 0 has no ImageDescription tag"));
                return null;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                sink.accept(RuleMeta.of(XmlInvalid.class).finding(file, Location.NONE,
                        "IFD 0's ImageDescription is not valid UTF-8 (OME-XML must be UTF-8)"));
                return null;
            }
            String trimmed = text.strip();
            if (!trimmed.endsWith("OME>")) {
                String start = trimmed.length() > 60 ? trimmed.substring(0, 60) + "…" : trimmed;
                sink.accept(RuleMeta.of(NoOmeXml.class).finding(file, Location.NONE,
                        "IFD 0's ImageDescription is not OME-XML (it does not end with OME>): '"
                                + start.replaceAll("\\p{Cntrl}", " ") + "'"));
                return null;
            }
            Document doc;
            try {
                doc = OmeXml.parseDom(text);
            } catch (OmeXml.ParseException e) {
                sink.accept(RuleMeta.of(XmlInvalid.class).finding(file, Location.NONE, "OME-XML " + e.describe()));
                return null;
            }
            int[] total = new int[1];
            List<OmeXsd.Problem> problems = OmeXsd.validate(text, MAX_XSD_REPORTED, total);
            for (OmeXsd.Problem p : problems) {
                sink.accept(RuleMeta.of(XmlInvalid.class).finding(file, Location.NONE,
                        "OME-XML is not valid against the OME 2016-06 schema: " + p.describe()));
            }
            if (total[0] > problems.size()) {
                sink.accept(RuleMeta.of(XmlInvalid.class).finding(file, Location.NONE,
                        (total[0] - problems.size()) + " more OME-XML schema errors like the ones above"));
            }
            try {
                return OmeXml.read(doc);
            } catch (OmeXml.ParseException e) {
                if (problems.isEmpty()) {
                    sink.accept(RuleMeta.of(XmlInvalid.class).finding(file, Location.NONE, "OME-XML " + e.describe()));
                }
                return null;
            }
        }

        /** {@code mapped}: the OME-XML maps planes to IFDs; otherwise the map is one plane per IFD and findings name IFDs. */
        private OmeTiffMaskSummary scanPlanes(List<TiffImage> pages, PlaneMap map, OmeXmlInfo xml, boolean mapped,
                                              boolean chainComplete) throws IOException {
            int sizeC = map.sizeC();
            LabelStats[] perChannel = new LabelStats[sizeC];
            boolean[] channelBroken = new boolean[sizeC];
            int[] firstIfd = new int[sizeC];
            boolean complete = chainComplete;
            long sizeX = 0;
            long sizeY = 0;
            progress.begin("OME-TIFF planes of " + file, map.planes());
            try {
                for (int p = 0; p < map.planes(); p++) {
                    int[] zct = map.zct(p);
                    int c = zct[1];
                    int planeInChannel = zct[0] + map.sizeZ() * zct[2];
                    int ifd = map.planeToIfd()[p];
                    if (zct[0] == 0 && zct[2] == 0) {
                        firstIfd[c] = ifd;
                    }
                    TiffImage page = ifd >= 0 && ifd < pages.size() ? pages.get(ifd) : null;
                    LabelStats stats = page == null ? null : scanPlane(page, new PlaneRef(c, planeInChannel, ifd, mapped));
                    if (page != null && sizeX == 0) {
                        sizeX = page.width();
                        sizeY = page.height();
                    }
                    if (stats == null) {
                        channelBroken[c] = true;
                        complete = false;
                    } else if (!channelBroken[c]) {
                        perChannel[c] = perChannel[c] == null ? stats : perChannel[c].merge(stats);
                    }
                    progress.advance(1);
                }
            } finally {
                progress.end();
            }
            List<String> names = channelNames(xml, sizeC);
            List<LabelStats> channels = new ArrayList<>();
            for (int c = 0; c < sizeC; c++) {
                LabelStats s = channelBroken[c] ? null : perChannel[c];
                channels.add(s);
                if (s != null && s.size() == 0) {
                    String name = c < names.size() && !names.get(c).isEmpty() ? " ('" + names.get(c) + "')" : "";
                    String what = mapped ? "channel " + c + name : "IFD " + firstIfd[c];
                    sink.accept(RuleMeta.of(EmptyMask.class).finding(file,
                            mapped ? Location.pixel(c, null, null, null) : Location.ifd(firstIfd[c], null, null),
                            what + " has no labelled pixel: every value is 0"));
                }
            }
            return new OmeTiffMaskSummary(names, channels, sizeX, sizeY, xml == null ? null : xml.physicalSizeX(),
                    xml == null ? null : xml.physicalSizeY(), pyramidLevels, complete, namesKnown(xml));
        }

        /** Scans one plane and its pyramid; null when its pixels could not be read. */
        private LabelStats scanPlane(TiffImage page, PlaneRef where) throws IOException {
            if (page.samplesPerPixel() != 1 || !page.integerSamples()) {
                return null; // reported by the metadata checks
            }
            List<TiffImage> levels = pyramid(page, where);
            List<TiffPlaneReader> open = new ArrayList<>();
            try {
                TiffPlaneReader reader;
                try {
                    reader = TiffPlaneReader.open(tf, page);
                } catch (TiffException e) {
                    once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                    return null;
                }
                open.add(reader);
                NearestLevelCheck head = openChain(page, levels, open);
                NearestLevelCheck chain = head;
                LabelScanner scanner = new LabelScanner(reader.width(), maxLabels, null);
                long[] row = new long[reader.width()];
                for (int y = 0; y < page.height(); y++) {
                    try {
                        reader.readRow(row);
                    } catch (TiffException e) {
                        once.add(ruleFor(e.kind()), where.at(0L, (long) y), e.getMessage());
                        return null;
                    }
                    scanner.row(y, row);
                    if (chain != null) {
                        try {
                            chain.parentRow(y, row);
                        } catch (TiffException e) {
                            once.add(ruleFor(e.kind()), where.whole(), e.getMessage());
                            chain = null;
                        }
                    }
                }
                scanner.finish();
                if (scanner.overflow()) {
                    sink.accept(RuleMeta.of(LabelLimit.class).finding(file, where.whole(),
                            "the plane has more than " + maxLabels + " distinct labels; its label analysis stopped there"));
                    return null;
                }
                LabelStats stats = scanner.stats().inPlane(where.plane());
                if (scanner.negativePixels() > 0) {
                    sink.accept(RuleMeta.of(NegativeLabel.class).finding(file,
                            where.at(scanner.negativeX(), scanner.negativeY()),
                            scanner.negativePixels() + " pixels have negative values (lowest " + scanner.negativeMin()
                                    + "); the first is at (x=" + scanner.negativeX() + ", y=" + scanner.negativeY() + ")"));
                }
                reportSplits(page, stats, where);
                if (chain != null) {
                    reportPyramid(head, stats, where);
                }
                return stats;
            } finally {
                for (TiffPlaneReader r : open) {
                    r.close();
                }
            }
        }

        /** Opens readers for the levels (largest first) and links their checks; null when there is no level to check. */
        private NearestLevelCheck openChain(TiffImage page, List<TiffImage> levels, List<TiffPlaneReader> open)
                throws IOException {
            List<TiffPlaneReader> readers = new ArrayList<>();
            for (TiffImage level : levels) {
                try {
                    TiffPlaneReader r = TiffPlaneReader.open(tf, level);
                    open.add(r);
                    readers.add(r);
                } catch (TiffException e) {
                    once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                    break;
                }
            }
            NearestLevelCheck next = null;
            long[] cumulative = new long[readers.size() + 1];
            cumulative[0] = 1;
            int[] factors = new int[readers.size()];
            for (int k = 0; k < readers.size(); k++) {
                long parentWidth = k == 0 ? page.width() : readers.get(k - 1).width();
                factors[k] = factorOf(parentWidth, readers.get(k).image().width());
                cumulative[k + 1] = cumulative[k] * factors[k];
            }
            for (int k = readers.size() - 1; k >= 0; k--) {
                long pw = k == 0 ? page.width() : readers.get(k - 1).width();
                long ph = k == 0 ? page.height() : readers.get(k - 1).height();
                next = new NearestLevelCheck(readers.get(k), k + 1, factors[k], cumulative[k + 1], (int) pw, ph, next);
            }
            return next;
        }

        private int factorOf(long parent, long child) {
            return (int) Math.max(1, Math.round((double) parent / child));
        }

        /**
         * The valid pyramid levels of {@code page} (SubIFDs), reporting layout problems; levels after
         * the first inconsistent one are left out of the pixel check.
         */
        private List<TiffImage> pyramid(TiffImage page, PlaneRef where) throws IOException {
            List<TiffImage> levels = new ArrayList<>();
            List<TiffDirectory> subs;
            try {
                subs = tf.subDirectories(page.directory());
            } catch (TiffException e) {
                once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                return levels;
            }
            List<String> signature = new ArrayList<>();
            signature.add(page.width() + "×" + page.height());
            long pw = page.width();
            long ph = page.height();
            int firstFactor = 0;
            boolean consistent = true;
            for (TiffDirectory sub : subs) {
                TiffImage level;
                try {
                    level = TiffImage.of(sub);
                } catch (TiffException e) {
                    once.add(ruleFor(e.kind()), Location.NONE, e.getMessage());
                    break;
                }
                signature.add(level.width() + "×" + level.height());
                if ((level.newSubfileType() & 1) == 0 && !subfileTypeReported) {
                    subfileTypeReported = true;
                    sink.accept(RuleMeta.of(PyramidSubfileType.class).finding(file, where.whole(),
                            sub.name() + " has NewSubfileType " + level.newSubfileType() + ", not 1 (reduced-resolution image)"));
                }
                if (!level.pixelTypeName().equals(page.pixelTypeName()) || level.samplesPerPixel() != page.samplesPerPixel()) {
                    if (consistent) {
                        sink.accept(RuleMeta.of(PixelTypeMismatch.class).finding(file, where.whole(),
                                sub.name() + " stores " + level.pixelTypeName() + " samples, the full-resolution plane "
                                        + page.pixelTypeName()));
                    }
                    consistent = false;
                }
                if (consistent) {
                    String problem = factorProblem(pw, ph, level.width(), level.height(), firstFactor);
                    if (problem != null) {
                        sink.accept(RuleMeta.of(PyramidFactor.class).finding(file, where.whole(),
                                sub.name() + " is " + level.width() + " × " + level.height() + " below a level of " + pw
                                        + " × " + ph + ": " + problem));
                        consistent = false;
                    } else {
                        if (firstFactor == 0) {
                            firstFactor = factorOf(pw, level.width());
                        }
                        levels.add(level);
                    }
                }
                pw = level.width();
                ph = level.height();
            }
            pyramidLevels = Math.max(pyramidLevels, signature.size());
            if (!consistent) {
                return levels; // already reported; comparing its level sizes would repeat the same cause
            }
            if (levelSignature == null) {
                levelSignature = signature;
            } else if (!levelSignature.equals(signature) && !levelsReported) {
                levelsReported = true;
                sink.accept(RuleMeta.of(PyramidLevels.class).finding(file, where.whole(),
                        "this plane's levels are " + String.join(", ", signature) + " but the first plane's are "
                                + String.join(", ", levelSignature)));
            }
            return levels;
        }

        /** Why (child) is not an integer reduction of (parent), or null when it is. */
        private String factorProblem(long pw, long ph, long cw, long ch, int firstFactor) {
            if (cw >= pw && ch >= ph) {
                return "a pyramid level must be smaller than the level above";
            }
            long f = Math.max(1, Math.round((double) pw / cw));
            if (f < 2) {
                return "the width does not shrink by an integer factor of at least 2";
            }
            boolean xOk = cw == (pw + f - 1) / f || cw == pw / f;
            boolean yOk = ch == (ph + f - 1) / f || ch == ph / f;
            if (!xOk || !yOk) {
                return "not a reduction by one integer factor in both X and Y (X suggests factor " + f + ")";
            }
            if (firstFactor != 0 && f != firstFactor) {
                return "factor " + f + " differs from the factor " + firstFactor + " of the first level";
            }
            return null;
        }

        private void reportPyramid(NearestLevelCheck head, LabelStats fullRes, PlaneRef where) {
            for (NearestLevelCheck k = head; k != null; k = k.next()) {
                if (k.violations() == 0) {
                    continue;
                }
                long v = k.firstValue();
                long f = k.factor();
                String atFull = v != 0 && fullRes.indexOf(v) < 0 ? "; value " + v + " does not occur at full resolution at all" : "";
                TiffImage img = k.child().image();
                sink.accept(RuleMeta.of(PyramidNotNearest.class).finding(file,
                        where.at(k.firstX() * k.cumulativeFactor(), k.firstY() * k.cumulativeFactor()),
                        "pyramid level " + k.level() + " (" + img.name() + ", " + img.width() + " × " + img.height()
                                + ") has value " + v + " at level pixel (x=" + k.firstX() + ", y=" + k.firstY()
                                + "), which is not in the " + f + " × " + f + " block (x " + k.firstX() * f + "–"
                                + (k.firstX() * f + f - 1) + ", y " + k.firstY() * f + "–" + (k.firstY() * f + f - 1)
                                + ") of the level above" + atFull + "; " + k.violations() + " pixel"
                                + (k.violations() == 1 ? "" : "s") + " of this level are not nearest-neighbour samples"));
            }
        }

        /** Reports labels with more than one 4-connected part; a second pass collects the parts' boxes. */
        private void reportSplits(TiffImage page, LabelStats stats, PlaneRef where) throws IOException {
            int splits = 0;
            for (int i = 0; i < stats.size(); i++) {
                if (stats.components(i) > 1) {
                    splits++;
                }
            }
            if (splits == 0) {
                return;
            }
            long[] detail = new long[Math.min(splits, MAX_SPLITS_REPORTED)];
            int n = 0;
            for (int i = 0; i < stats.size() && n < detail.length; i++) {
                if (stats.components(i) > 1) {
                    detail[n++] = stats.label(i);
                }
            }
            LabelScanner second = new LabelScanner((int) page.width(), maxLabels, detail);
            boolean detailed = true;
            try (TiffPlaneReader reader = TiffPlaneReader.open(tf, page)) {
                long[] row = new long[reader.width()];
                for (int y = 0; y < page.height(); y++) {
                    reader.readRow(row);
                    second.row(y, row);
                }
                second.finish();
            } catch (TiffException e) {
                detailed = false; // the first pass read it; if the second cannot, report without boxes
            }
            for (long label : detail) {
                int i = stats.indexOf(label);
                StringBuilder parts = new StringBuilder();
                if (detailed) {
                    int[] b = second.parts(label);
                    for (int k = 0; k < b.length; k += 4) {
                        parts.append(k == 0 ? "" : "; ").append("x ").append(b[k]).append("–").append(b[k + 2])
                                .append(", y ").append(b[k + 1]).append("–").append(b[k + 3]);
                    }
                }
                int comps = stats.components(i);
                Location.Box box = new Location.Box(stats.minX(i), stats.minY(i), stats.maxX(i), stats.maxY(i));
                sink.accept(RuleMeta.of(LabelSplit.class).finding(file,
                        where.at((long) stats.firstX(i), (long) stats.minY(i)).withLabel(label, box),
                        "label " + label + " has " + comps + " separate 4-connected parts (" + stats.pixelCount(i) + " pixels)"
                                + (parts.length() > 0 ? ": " + parts + (comps > LabelScanner.MAX_PARTS ? "; …" : "") : "")));
            }
            if (splits > detail.length) {
                sink.accept(RuleMeta.of(LabelSplit.class).finding(file, where.whole(),
                        (splits - detail.length) + " more labels of this plane have several parts (" + splits + " in all)"));
            }
        }
    }
}
