/**
 * HuBMAP objects tables ({@code <mask>-objects.tsv} / {@code <mask>-objects.xlsx}, "object by feature") and
 * adjacency CSVs of a {@code derived/segmentation_masks/} folder. Rule codes {@code OBJECTS_*}, listed in
 * {@link io.maskgate.objects.ObjectsRules}.
 *
 * <h2>Use</h2>
 * The HuBMAP validator calls, per dataset,
 * <pre>{@code
 * ObjectsFolderResult r = new ObjectsTableChecker().checkFolder(dir, ctx.relative(dir), masks, ctx);
 * r.checked().forEach(c -> ctx.checked(c.what(), c.count(), c.detail()));
 * }</pre>
 * where {@code masks} adapts the OME-TIFF analysis of the folder's {@code *.segmentations.ome.tiff} files:
 * <pre>{@code
 * MaskIndex masks = name -> Optional.ofNullable(summaries.get(name)).map(s -> new MaskInfo(s.channelNames(),
 *         s.channels().stream().map(l -> l == null ? null : (MaskLabels) new LabelStatsAdapter(l)).toList(),
 *         s.complete()));
 * }</pre>
 * ({@code LabelStatsAdapter} is the integrator's: a {@link io.maskgate.objects.MaskLabels} that delegates each
 * method to the OME-TIFF {@code LabelStats} of the same name.) {@link io.maskgate.objects.MaskIndex#NONE} skips the checks against labels.
 * Single files: {@code checkTable}, {@code checkTsv}, {@code checkXlsx}, {@code checkAdjacency}.
 * Fixtures write valid tables with {@link io.maskgate.objects.ObjectsTableWriter} and raw (broken) ones with
 * {@link io.maskgate.objects.TableFiles}.
 *
 * <h2>How a table is read</h2>
 * TSV (commons-csv, UTF-8) and XLSX (excel-streaming-reader, sheet {@code MAIN}, else the first sheet with a
 * warning) become the same rows of trimmed cell texts: numeric cells as a spreadsheet shows them ({@code 12},
 * {@code 0.5}), booleans {@code TRUE}/{@code FALSE}, formulas by their cached value. Rows keep their Excel-true
 * numbers (a TSV record is a row; an XLSX row missing from the sheet XML is a blank row), so both formats give the
 * same findings at the same cells. The first 20 rows are searched for the column header row; the rows above it
 * are the header block (8-row or older 7-row form), column A holding the row keys.
 *
 * <h2>Bounds</h2>
 * XLSX is streamed (100 rows cached); TSV lines are limited to 1 Mi characters; Object IDs and label marks are
 * primitive; at most 100 findings per code and column are listed per file, the rest counted in one finding.
 * A 300,000-row, 14-column XLSX table validates with {@code -Xmx64m} (tested at {@code -Xmx256m}).
 */
package io.maskgate.objects;
