package io.maskgate.ometiff;

import io.maskgate.report.StatTable;
import io.maskgate.validation.LocalTargetValidator;
import io.maskgate.validation.ValidationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Validates a single label-mask OME-TIFF file ({@code .ome.tiff} / {@code .ome.tif}). */
public final class OmeTiffValidator implements LocalTargetValidator {

    private final OmeTiffMaskAnalyzer analyzer;

    public OmeTiffValidator() {
        this(new OmeTiffMaskAnalyzer());
    }

    public OmeTiffValidator(OmeTiffMaskAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String kind() {
        return "ome-tiff";
    }

    @Override
    public boolean accepts(Path path) {
        Path name = path.getFileName();
        if (name == null || !Files.isRegularFile(path)) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ome.tiff") || n.endsWith(".ome.tif");
    }

    @Override
    public void validate(Path path, ValidationContext context) {
        String file = context.relative(path);
        Optional<OmeTiffMaskSummary> summary = analyzer.withMaxOmeXmlBytes(context.options().maxDocumentBytes())
                .analyse(context.inputs(), path, file, context, context.progress());
        if (summary.isEmpty()) {
            return;
        }
        OmeTiffMaskSummary s = summary.get();
        int planesRead = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c < s.channels().size(); c++) {
            LabelStats l = s.channels().get(c);
            int split = 0;
            if (l != null) {
                planesRead++;
                for (int i = 0; i < l.size(); i++) {
                    if (l.components(i) > 1) {
                        split++;
                    }
                }
            }
            List<Object> row = new ArrayList<>();
            row.add(c);
            row.add(c < s.channelNames().size() ? s.channelNames().get(c) : "");
            row.add(l == null ? null : l.size());
            row.add(l == null ? null : l.foregroundPixels());
            row.add(l == null ? null : split);
            row.add(l == null ? null : l.size() == 0 ? null : l.label(l.size() - 1));
            rows.add(row);
        }
        context.checked("mask channels", planesRead, "label semantics of " + s.sizeX() + " × " + s.sizeY() + " pixels, "
                + s.pyramidLevels() + " resolution level" + (s.pyramidLevels() == 1 ? "" : "s"));
        context.statistics(new StatTable("omeTiffChannels", "Labels per mask channel of the OME-TIFF",
                List.of("channel", "name", "labels", "labelledPixels", "splitLabels", "maxLabel"), rows));
    }
}
