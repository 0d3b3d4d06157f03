package io.maskgate.cli;

import io.maskgate.fixtures.AgreementScenario;
import io.maskgate.fixtures.FileTrees;
import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.defects.Defect;
import io.maskgate.fixtures.hostile.HostileCase;
import io.maskgate.fixtures.hostile.HostileCorpus;
import io.maskgate.fixtures.hubmap.UploadSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code maskgate fixture OUT}: writes a synthetic mask store or HuBMAP upload, optionally with one named defect. */
@Command(name = "fixture", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = {
                "Writes a synthetic multi-hypothesis mask store (or, with --kind upload, a HuBMAP segmentation-mask "
                        + "upload) into OUT, clean or with one named defect, for tests, demos and benchmarks. "
                        + "The same options and seed give the same store."})
final class FixtureCommand implements Callable<Integer> {

    /** What to generate. */
    enum Kind { STORE, UPLOAD }

    /** Starting points for the store's shape. */
    enum Preset { SMALL, DEMO, RELEASE, AGREEMENT, HOSTILE }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OUT", description = "Folder to create (must not exist or be empty).")
    Path out;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "store",
            description = "store (a Zarr v3 mask store, default) or upload (a HuBMAP segmentation-mask upload; "
                    + "only --seed and --defect apply).")
    Kind kind;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "demo",
            description = "small (3 x 6 x 12), demo (17 x 24 x 721, default), release (17 x 2795 x 721, about 190 GB raw) "
                    + "or agreement (6 x 5 x 40 whose hypotheses differ in known ways: a split cell, a merged pair, "
                    + "missing cells, a shifted cell; for the agreement report and its plots; fixed shape and seed) "
                    + "or hostile (the adversarial corpus: several hundred hostile stores, uploads, OME-TIFFs and configs, "
                    + "each in its own folder under OUT/cases, indexed in OUT/CASES.tsv with the verdict each must get).")
    Preset preset;

    @Option(names = "--hypotheses", paramLabel = "N", description = "Segmentation hypotheses (1..255).")
    Integer hypotheses;

    @Option(names = "--trenches", paramLabel = "N", description = "Trenches.")
    Integer trenches;

    @Option(names = "--times", paramLabel = "N", description = "Frames per trench movie.")
    Integer times;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of everything random.")
    Long seed;

    @Option(names = "--defect", paramLabel = "NAME", description = "Inject this defect (see --list-defects).")
    String defectName;

    @Option(names = "--list-defects", description = "List the defects: name, the code it must trigger, description.")
    boolean listDefects;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "Nothing on standard error except errors.")
    boolean quiet;

    private final CliEnvironment environment;

    FixtureCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        List<Defect> defects = kind == Kind.UPLOAD ? Fixtures.uploadDefects() : Fixtures.storeDefects();
        if (listDefects) {
            environment.out().print(defectTable(defects));
            environment.out().flush();
            return 0;
        }
        if (out == null) {
            throw usage("OUT is required (or --list-defects)");
        }
        if (!FileTrees.isMissingOrEmptyDirectory(out)) {
            throw usage("OUT " + out + " must not exist or be an empty directory");
        }
        Defect defect = null;
        if (defectName != null) {
            defect = defects.stream().filter(d -> d.name().equals(defectName)).findFirst()
                    .orElseThrow(() -> usage("unknown " + kind.name().toLowerCase(Locale.ROOT) + " defect '"
                            + defectName + "'; see --list-defects"));
        }
        Console console = new Console(environment, quiet, !noProgress);
        Defect.Expected expected;
        if (kind == Kind.UPLOAD) {
            Fixtures.generateUpload(out, UploadSpec.standard(seed != null ? seed : 1), defectName);
            console.note("wrote HuBMAP upload " + out);
            expected = defect == null ? null : new Defect.Expected(defect.expectedFile(), defect.expectedLocation());
        } else {
            expected = generateStore(console);
        }
        if (defect != null) {
            console.note("injected '" + defect.name() + "': expect " + defect.expectedCode() + " in " + expected.file()
                    + (expected.location() == null || expected.location().isNone() ? ""
                    : " [" + expected.location().describe() + "]"));
        }
        return 0;
    }

    /** Generates the store (with the defect, if any) and returns where the defect's finding is expected, or null. */
    private Defect.Expected generateStore(Console console) throws IOException {
        if (preset == Preset.AGREEMENT) { // fixed scenario: defects are refused for this preset
            generateAgreementScenario(console);
            return null;
        }
        if (preset == Preset.HOSTILE) {
            generateHostileCorpus(console);
            return null;
        }
        StoreSpec storeSpec = storeSpec();
        MaskStoreGenerator.Result result;
        Defect.Expected expected;
        try (Console.Progress progress = console.progress()) {
            Fixtures.GeneratedStore generated = Fixtures.generateStoreWithDefect(out, storeSpec, defectName,
                    Runtime.getRuntime().availableProcessors(), progress.listener());
            result = generated.result();
            expected = generated.expected();
        }
        console.note(String.format(Locale.ROOT, "wrote %s: %d x %d x %d x %d x %d, %d chunks (%d absent), %.1f MB compressed (ratio %.0f)",
                out, storeSpec.hypotheses(), storeSpec.trenches(), storeSpec.times(), storeSpec.height(), storeSpec.width(),
                result.chunksWritten(), result.chunksAbsent(), result.compressedBytes() / 1e6, result.compressionRatio()));
        return expected;
    }

    /** The agreement scenario has its own shape and changes: options that would alter them are refused, not ignored. */
    private void generateAgreementScenario(Console console) throws IOException {
        if (hypotheses != null || trenches != null || times != null || seed != null || defectName != null) {
            throw usage("--preset agreement has a fixed shape, seed and changes: drop --hypotheses, --trenches, "
                    + "--times, --seed and --defect");
        }
        AgreementScenario.write(out);
        StoreSpec s = AgreementScenario.SPEC;
        console.note(String.format(Locale.ROOT, "wrote %s: %d x %d x %d x %d x %d with %d known disagreements between "
                        + "hypotheses (split, merge, missing, shifted)", out, s.hypotheses(), s.trenches(), s.times(),
                s.height(), s.width(), AgreementScenario.EVENTS.size()));
    }

    /** The adversarial corpus has fixed cases: options that would alter them are refused, not ignored. */
    private void generateHostileCorpus(Console console) throws IOException {
        if (hypotheses != null || trenches != null || times != null || seed != null || defectName != null) {
            throw usage("--preset hostile has fixed cases: drop --hypotheses, --trenches, --times, --seed and --defect");
        }
        List<HostileCase> cases = HostileCorpus.write(out);
        Map<String, Integer> perFamily = new TreeMap<>();
        cases.forEach(c -> perFamily.merge(c.family(), 1, Integer::sum));
        console.note("wrote " + cases.size() + " hostile cases to " + out.resolve("cases") + " (" + perFamily.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + "); index: "
                + out.resolve("CASES.tsv"));
    }

    private StoreSpec storeSpec() {
        StoreSpec base = switch (preset) {
            case SMALL -> StoreSpec.small(1);
            case DEMO -> StoreSpec.demo();
            case RELEASE -> StoreSpec.release();
            case AGREEMENT -> AgreementScenario.SPEC;
            case HOSTILE -> throw new IllegalStateException("the hostile corpus has no store spec");
        };
        try {
            StoreSpec s = base.withShape(hypotheses != null ? hypotheses : base.hypotheses(),
                    trenches != null ? trenches : base.trenches(), times != null ? times : base.times());
            return seed != null ? s.withSeed(seed) : s;
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static String defectTable(List<Defect> defects) {
        int nameWidth = "NAME".length();
        int codeWidth = "EXPECTED CODE".length();
        for (Defect d : defects) {
            nameWidth = Math.max(nameWidth, d.name().length());
            codeWidth = Math.max(codeWidth, d.expectedCode().length());
        }
        StringBuilder sb = new StringBuilder();
        String format = "%-" + nameWidth + "s  %-" + codeWidth + "s  %s\n";
        sb.append(String.format(Locale.ROOT, format, "NAME", "EXPECTED CODE", "DESCRIPTION"));
        for (Defect d : defects) {
            sb.append(String.format(Locale.ROOT, format, d.name(), d.expectedCode(), d.description()));
        }
        sb.append(defects.size()).append(defects.size() == 1 ? " defect\n" : " defects\n");
        return sb.toString();
    }
}
