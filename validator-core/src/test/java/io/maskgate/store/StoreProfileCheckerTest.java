package io.maskgate.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.engine.Areas;
import io.maskgate.rules.Finding;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static io.maskgate.store.TestStore.DATA;
import static io.maskgate.store.TestStore.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreProfileCheckerTest {

    /** Breaks a fresh realistic store and asserts exactly one finding, of {@code code}, at file and pointer. */
    private static Finding only(String code, String file, String pointer, Consumer<TestStore> breakIt) {
        TestStore store = TestStore.realistic();
        breakIt.accept(store);
        return only(store.check(), code, file, pointer);
    }

    static Finding only(List<Finding> findings, String code, String file, String pointer) {
        assertEquals(1, findings.size(), "expected exactly one " + code + " finding, got:" + TestStore.pretty(findings));
        Finding f = findings.get(0);
        assertEquals(code, f.code(), TestStore.pretty(findings));
        assertEquals(file, f.file(), TestStore.pretty(findings));
        assertEquals(pointer, f.location().pointer(), TestStore.pretty(findings));
        return f;
    }

    // ---- clean stores ----

    @Test
    void realisticStoreIsClean() {
        List<Finding> findings = TestStore.realistic().check();
        assertTrue(findings.isEmpty(), TestStore.pretty(findings));
    }

    @Test
    void consistentStoreOfAnotherShapeIsClean() {
        TestStore store = TestStore.of(new int[] {100, 200, 400, 800, 1000}, 2, 2, 2, 3, 50, 120, 30);
        assertEquals(12, store.attrs().get("trench_mapping").size());
        List<Finding> findings = store.check();
        assertTrue(findings.isEmpty(), TestStore.pretty(findings));
    }

    @Test
    void fullSizeMappingIsClean() {
        // 28 FOVs x 2 lanes x 50 trenches = 2800 records, the size of the real release.
        TestStore store = TestStore.of(TestStore.RELEASE_EPOCHS, 28, 28, 2, 50, 721, 164, 34);
        List<Finding> findings = store.check();
        assertTrue(findings.isEmpty(), TestStore.pretty(findings));
    }

    @Test
    void fullSizeMappingWithOneBadRecordYieldsOneFinding() {
        TestStore store = TestStore.of(TestStore.RELEASE_EPOCHS, 28, 28, 2, 50, 721, 164, 34);
        store.trench(1234).put("x_left", "12");
        only(store.check(), "STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/trench_mapping/1234/x_left");
    }

    @Test
    void withoutDataArrayOnlyRootChecksRun() {
        TestStore store = TestStore.realistic();
        List<Finding> out = new ArrayList<>();
        new StoreProfileChecker().check(store.group(), ROOT, null, DATA, out::add);
        assertTrue(out.isEmpty(), TestStore.pretty(out));
    }

    @Test
    void withoutDataArrayRootInconsistencyIsStillFound() {
        TestStore store = TestStore.realistic();
        store.attrs().put("n_trenches", 59);
        List<Finding> out = new ArrayList<>();
        new StoreProfileChecker().check(store.group(), ROOT, null, DATA, out::add);
        only(out, "STORE_TRENCH_COUNT", ROOT, "/attributes/n_trenches");
    }

    @Test
    void withoutRootGroupNothingCrashes() {
        TestStore store = TestStore.realistic();
        List<Finding> out = new ArrayList<>();
        new StoreProfileChecker().check(null, ROOT, store.array(), DATA, out::add);
        assertTrue(out.isEmpty(), TestStore.pretty(out));
    }

    @Test
    void ruleSetListsExactlyTheRulesTheCheckerRuns() {
        Set<Class<?>> listed = new HashSet<>(new StoreRules().rules());
        List<Class<?>> run = new StoreProfileChecker().ruleClasses();
        assertEquals(listed, new HashSet<>(run));
        assertEquals(run.size(), listed.size());
        for (Class<?> c : run) {
            @SuppressWarnings("unchecked")
            RuleMeta meta = RuleMeta.of((Class<? extends io.maskgate.rules.Rule>) c);
            assertTrue(meta.code().startsWith("STORE_"), meta.code());
            assertTrue(!meta.summary().isBlank() && !meta.hint().isBlank(), meta.code());
        }
        assertTrue(Areas.ruleCatalog().byCode("STORE_EXPERIMENT_NAME").isPresent());
    }

    // ---- attribute schema ----

    @Test
    void missingTrenchMappingIsOneFinding() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/trench_mapping", s -> s.attrs().remove("trench_mapping"));
    }

    @Test
    void missingRecordFieldIsOneFindingAtTheField() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/trench_mapping/12/x_left", s -> s.trench(12).remove("x_left"));
    }

    @Test
    void missingNestedAcquisitionPixelSize() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/source_acquisition_metadata/file_summary/pixel_size_um",
                s -> ((ObjectNode) s.attrs().get("source_acquisition_metadata").get("file_summary")).remove("pixel_size_um"));
    }

    @Test
    void missingEpochValuesOnTheDataArray() {
        only("STORE_ATTRIBUTE_MISSING", DATA, "/attributes/hypothesis_epoch_values",
                s -> s.dataAttrs().remove("hypothesis_epoch_values"));
    }

    @Test
    void rootWithoutAttributesIsOneFinding() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes", s -> s.root.remove("attributes"));
    }

    @Test
    void missingSubsetMetadataIsOneFinding() {
        // The FOV and time-point checks that need it are skipped rather than reported again.
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/source_subset_metadata",
                s -> s.attrs().remove("source_subset_metadata"));
    }

    @Test
    void missingAcquisitionMetadataIsOneFinding() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/source_acquisition_metadata",
                s -> s.attrs().remove("source_acquisition_metadata"));
    }

    @Test
    void missingCountIsOneFinding() {
        only("STORE_ATTRIBUTE_MISSING", ROOT, "/attributes/n_trenches", s -> s.attrs().remove("n_trenches"));
    }

    @Test
    void stringCountIsATypeError() {
        Finding f = only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/n_trenches", s -> s.attrs().put("n_trenches", "60"));
        assertTrue(f.message().contains("integer"), f.message());
    }

    @Test
    void fractionalBoundInOneRecordIsOneFinding() {
        only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/trench_mapping/12/x_left", s -> s.trench(12).put("x_left", 94.5));
    }

    @Test
    void nonBooleanFlip() {
        only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/trench_mapping/3/needs_flip", s -> s.trench(3).put("needs_flip", "yes"));
    }

    @Test
    void nonIntegerEpoch() {
        only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/segmentation_hypothesis_epochs/1",
                s -> ((ArrayNode) s.attrs().get("segmentation_hypothesis_epochs")).set(1, 300.5));
    }

    @Test
    void countBeyond32Bits() {
        only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/n_times", s -> s.attrs().put("n_times", 99_999_999_999L));
    }

    @Test
    void recordThatIsNotAnObject() {
        only("STORE_ATTRIBUTE_TYPE", ROOT, "/attributes/trench_mapping/7",
                s -> ((ArrayNode) s.attrs().get("trench_mapping")).set(7, TestStore.ints(1, 2)));
    }

    @Test
    void nonStringAxisNames() {
        only("STORE_ATTRIBUTE_TYPE", DATA, "/attributes/axis_names/0",
                s -> ((ArrayNode) s.dataAttrs().get("axis_names")).set(0, 5));
    }

    // ---- data array ----

    @Test
    void dataTypeMustBeUint8() {
        only("STORE_DATA_TYPE", DATA, "/data_type", s -> s.data.put("data_type", "uint16"));
    }

    @Test
    void dataRankMustBeFive() {
        only("STORE_DATA_RANK", DATA, "/shape", s -> {
            s.data.set("shape", TestStore.ints(17, 60, 721, 164 * 34));
            ObjectNode conf = (ObjectNode) s.data.get("chunk_grid").get("configuration");
            conf.set("chunk_shape", TestStore.ints(1, 1, 721, 164 * 34));
            s.dataAttrs().remove("axis_names");
        });
    }

    @Test
    void dimensionNamesInAnotherOrder() {
        only("STORE_AXIS_NAMES", DATA, "/dimension_names/3", s -> {
            ArrayNode names = s.data.putArray("dimension_names");
            names.add("hypothesis").add("trench").add("time").add("x").add("y");
        });
    }

    @Test
    void unnamedDimensionsAreFine() {
        TestStore store = TestStore.realistic();
        store.data.putArray("dimension_names").addNull().addNull().addNull().addNull().addNull();
        store.dataAttrs().remove("axis_names");
        assertTrue(store.check().isEmpty(), TestStore.pretty(store.check()));
    }

    @Test
    void axisNamesAttributeWrong() {
        only("STORE_AXIS_NAMES", DATA, "/attributes/axis_names/1",
                s -> ((ArrayNode) s.dataAttrs().get("axis_names")).set(1, "fov"));
    }

    @Test
    void chunkShapeOtherThanOneTrenchMovieWarns() {
        Finding f = only("STORE_CHUNK_SHAPE", DATA, "/chunk_grid/configuration/chunk_shape",
                s -> s.chunkShape().set(2, 100));
        assertEquals(Severity.WARNING, f.severity());
    }

    // ---- counts and sizes ----

    @Test
    void hypothesisAxisShorterThanTheEpochLists() {
        only("STORE_HYPOTHESIS_COUNT", DATA, "/shape/0", s -> s.shape().set(0, 16));
    }

    @Test
    void rootEpochListWithAnExtraEpoch() {
        only("STORE_HYPOTHESIS_COUNT", ROOT, "/attributes/segmentation_hypothesis_epochs",
                s -> ((ArrayNode) s.attrs().get("segmentation_hypothesis_epochs")).add(4000));
    }

    @Test
    void nTrenchesDisagreesWithMappingAndShape() {
        only("STORE_TRENCH_COUNT", ROOT, "/attributes/n_trenches", s -> s.attrs().put("n_trenches", 59));
    }

    @Test
    void trenchAxisDisagreesWithMetadata() {
        only("STORE_TRENCH_COUNT", DATA, "/shape/1", s -> s.shape().set(1, 61));
    }

    @Test
    void mappingLengthDisagrees() {
        only("STORE_TRENCH_COUNT", ROOT, "/attributes/trench_mapping",
                s -> ((ArrayNode) s.attrs().get("trench_mapping")).remove(59));
    }

    @Test
    void nTimesDisagrees() {
        only("STORE_TIME_COUNT", ROOT, "/attributes/n_times", s -> s.attrs().put("n_times", 720));
    }

    @Test
    void activeTimepointCountDisagrees() {
        only("STORE_TIME_COUNT", ROOT, "/attributes/source_subset_metadata/active_timepoint_count",
                s -> s.subset().put("active_timepoint_count", 700));
    }

    @Test
    void trenchHeightAttributeDisagreesWithShapeAndBoxes() {
        only("STORE_TRENCH_SIZE", ROOT, "/attributes/trench_height", s -> s.attrs().put("trench_height", 165));
    }

    @Test
    void widthAxisDisagrees() {
        only("STORE_TRENCH_SIZE", DATA, "/shape/4", s -> {
            s.shape().set(4, 35);
            s.chunkShape().set(4, 35);
        });
    }

    @Test
    void allBoxesWiderThanTheCropIsOneFinding() {
        only("STORE_TRENCH_SIZE", ROOT, "/attributes/trench_mapping", s -> {
            for (int i = 0; i < 60; i++) {
                s.trench(i).put("x_right", s.trench(i).get("x_right").intValue() + 1);
            }
        });
    }

    // ---- epochs and template ----

    @Test
    void epochListsDiffer() {
        only("STORE_EPOCHS_MISMATCH", DATA, "/attributes/hypothesis_epoch_values/5",
                s -> ((ArrayNode) s.attrs().get("segmentation_hypothesis_epochs")).set(5, 1301));
    }

    @Test
    void epochsNotIncreasing() {
        only("STORE_EPOCHS_SEQUENCE", DATA, "/attributes/hypothesis_epoch_values/4", s -> {
            for (ArrayNode list : List.of((ArrayNode) s.attrs().get("segmentation_hypothesis_epochs"),
                    (ArrayNode) s.dataAttrs().get("hypothesis_epoch_values"))) {
                list.set(3, 1050);
                list.set(4, 800);
            }
        });
    }

    @Test
    void emptyEpochLists() {
        TestStore store = TestStore.of(new int[0], 3, 4, 2, 10, 721, 164, 34);
        only(store.check(), "STORE_EPOCHS_SEQUENCE", DATA, "/attributes/hypothesis_epoch_values");
    }

    @Test
    void templateWithoutEpochField() {
        Finding f = only("STORE_CHECKPOINT_TEMPLATE", ROOT, "/attributes/segmentation_model_checkpoint_template",
                s -> s.attrs().put("segmentation_model_checkpoint_template", "/models/run/final"));
        assertTrue(f.message().contains("all 17 epochs"), f.message());
    }

    @Test
    void templateWithAnotherField() {
        only("STORE_CHECKPOINT_TEMPLATE", ROOT, "/attributes/segmentation_model_checkpoint_template",
                s -> s.attrs().put("segmentation_model_checkpoint_template", "/models/{run}/epoch_{epoch}"));
    }

    @Test
    void templateWithEscapedBracesOnly() {
        only("STORE_CHECKPOINT_TEMPLATE", ROOT, "/attributes/segmentation_model_checkpoint_template",
                s -> s.attrs().put("segmentation_model_checkpoint_template", "/models/run_{{epoch}}"));
    }

    @Test
    void templateWithEscapedBracesAndField() {
        TestStore store = TestStore.realistic();
        store.attrs().put("segmentation_model_checkpoint_template", "/models/{{literal}}/epoch_{epoch}");
        assertTrue(store.check().isEmpty(), TestStore.pretty(store.check()));
    }

    // ---- provenance ----

    @Test
    void experimentNameIsNotTheNd2Stem() {
        only("STORE_EXPERIMENT_NAME", ROOT, "/attributes/experiment_name",
                s -> s.attrs().put("experiment_name", "20260307_SB7_exit_snake_V4_2"));
    }

    @Test
    void windowsNd2PathStem() {
        TestStore store = TestStore.realistic();
        store.attrs().put("source_nd2", "D:\\runs\\20260307_SB7_exit_snake_V4_1.ND2");
        assertTrue(store.check().isEmpty(), TestStore.pretty(store.check()));
    }

    @Test
    void nonPositivePixelSize() {
        only("STORE_PIXEL_SIZE_INVALID", ROOT, "/attributes/pixel_size_um", s -> s.attrs().put("pixel_size_um", -0.1));
    }

    @Test
    void pixelSizeDiffersFromAcquisition() {
        only("STORE_PIXEL_SIZE_MISMATCH", ROOT, "/attributes/pixel_size_um", s -> s.attrs().put("pixel_size_um", 0.1079));
    }

    @Test
    void pixelSizeRoundingIsTolerated() {
        TestStore store = TestStore.realistic();
        store.attrs().put("pixel_size_um", TestStore.PIXEL_SIZE * (1 + 1e-12));
        assertTrue(store.check().isEmpty(), TestStore.pretty(store.check()));
    }

    @Test
    void metadataVersionDiffers() {
        only("STORE_METADATA_VERSION", ROOT, "/attributes/source_metadata_version",
                s -> s.attrs().put("source_metadata_version", 1));
    }

    // ---- fields of view ----

    @Test
    void activeFovNotRaw() {
        only("STORE_FOV_LISTS", ROOT, "/attributes/source_subset_metadata/active_fov_names/3",
                s -> ((ArrayNode) s.subset().get("active_fov_names")).add("XYPos:9"));
    }

    @Test
    void repeatedRawFov() {
        only("STORE_FOV_LISTS", ROOT, "/attributes/source_subset_metadata/raw_fov_names/4",
                s -> ((ArrayNode) s.subset().get("raw_fov_names")).add("XYPos:0"));
    }

    @Test
    void fovRenamedEverywhereWarnsOnce() {
        Finding f = only("STORE_FOV_NAME_FORMAT", ROOT, "/attributes/source_subset_metadata/raw_fov_names/1", s -> {
            ((ArrayNode) s.subset().get("raw_fov_names")).set(1, "Pos1");
            ((ArrayNode) s.subset().get("active_fov_names")).set(1, "Pos1");
            for (int i = 20; i < 40; i++) {
                s.trench(i).put("fov", "Pos1");
            }
        });
        assertEquals(Severity.WARNING, f.severity());
    }

    // ---- trench records ----

    @Test
    void wrongTrenchId() {
        only("STORE_TRENCH_ID", ROOT, "/attributes/trench_mapping/12/trench_id", s -> s.trench(12).put("trench_id", 99));
    }

    @Test
    void gapInTrenchIdsIsOneFinding() {
        Finding f = only("STORE_TRENCH_ID", ROOT, "/attributes/trench_mapping/30/trench_id", s -> {
            for (int i = 30; i < 60; i++) {
                s.trench(i).put("trench_id", i + 1);
            }
        });
        assertTrue(f.message().contains("29 records"), f.message());
    }

    @Test
    void duplicateTrenchId() {
        only("STORE_TRENCH_ID", ROOT, "/attributes/trench_mapping/13/trench_id", s -> s.trench(13).put("trench_id", 12));
    }

    @Test
    void boxTallerThanTheCrop() {
        only("STORE_TRENCH_BOX_SIZE", ROOT, "/attributes/trench_mapping/12/y_bottom",
                s -> s.trench(12).put("y_bottom", s.trench(12).get("y_bottom").intValue() + 1));
    }

    @Test
    void boxWiderThanTheCrop() {
        only("STORE_TRENCH_BOX_SIZE", ROOT, "/attributes/trench_mapping/12/x_right",
                s -> s.trench(12).put("x_right", s.trench(12).get("x_right").intValue() + 3));
    }

    @Test
    void boxBeyondTheFrameWidth() {
        // The last trench of the last lane, moved past the 2304 px frame edge (x order and size kept).
        only("STORE_TRENCH_BOUNDS", ROOT, "/attributes/trench_mapping/59/x_right", s -> {
            s.trench(59).put("x_left", 2280);
            s.trench(59).put("x_right", 2314);
        });
    }

    @Test
    void boxAboveTheFrame() {
        only("STORE_TRENCH_BOUNDS", ROOT, "/attributes/trench_mapping/12/y_top", s -> {
            s.trench(12).put("y_top", -10);
            s.trench(12).put("y_bottom", 154);
        });
    }

    @Test
    void orientationOutOfRange() {
        only("STORE_TRENCH_ORIENTATION", ROOT, "/attributes/trench_mapping/12/orientation",
                s -> s.trench(12).put("orientation", 0));
    }

    @Test
    void needsFlipContradictsOrientation() {
        only("STORE_TRENCH_FLIP", ROOT, "/attributes/trench_mapping/12/needs_flip",
                s -> s.trench(12).put("needs_flip", !s.trench(12).get("needs_flip").booleanValue()));
    }

    @Test
    void orientationContradictsNeedsFlip() {
        only("STORE_TRENCH_FLIP", ROOT, "/attributes/trench_mapping/2/needs_flip",
                s -> s.trench(2).put("orientation", 1));
    }

    @Test
    void trenchFromInactiveFov() {
        only("STORE_TRENCH_FOV", ROOT, "/attributes/trench_mapping/12/fov", s -> s.trench(12).put("fov", "XYPos:3"));
    }

    @Test
    void trenchOfAnotherFovInTheMiddle() {
        only("STORE_TRENCH_ORDER", ROOT, "/attributes/trench_mapping/12/fov", s -> s.trench(12).put("fov", "XYPos:1"));
    }

    @Test
    void activeFovsSortedAsTextIsOneFinding() {
        TestStore store = TestStore.of(TestStore.RELEASE_EPOCHS, 12, 12, 2, 5, 721, 164, 34);
        ArrayNode active = (ArrayNode) store.subset().get("active_fov_names");
        List<String> names = new ArrayList<>();
        active.forEach(n -> names.add(n.asText()));
        names.sort(null); // XYPos:0, XYPos:1, XYPos:10, XYPos:11, XYPos:2, ...
        active.removeAll();
        names.forEach(active::add);
        Finding f = only(store.check(), "STORE_TRENCH_ORDER", ROOT, "/attributes/source_subset_metadata/active_fov_names");
        assertTrue(f.message().contains("XYPos:10"), f.message());
    }

    @Test
    void laneOrderIsStillCheckedWhenFovBlocksAreReordered() {
        TestStore store = TestStore.realistic();
        ArrayNode active = (ArrayNode) store.subset().get("active_fov_names");
        active.set(0, "XYPos:1");
        active.set(1, "XYPos:0");
        store.trench(12).put("lane_index", 0);
        List<Finding> findings = store.check();
        assertEquals(List.of("/attributes/source_subset_metadata/active_fov_names", "/attributes/trench_mapping/12/lane_index"),
                findings.stream().map(x -> x.location().pointer()).toList(), TestStore.pretty(findings));
        assertTrue(findings.stream().allMatch(x -> x.code().equals("STORE_TRENCH_ORDER")), TestStore.pretty(findings));
    }

    @Test
    void trenchOfAnotherLaneInTheMiddle() {
        only("STORE_TRENCH_ORDER", ROOT, "/attributes/trench_mapping/12/lane_index", s -> s.trench(12).put("lane_index", 0));
    }

    @Test
    void trenchRowsDifferFromItsLane() {
        only("STORE_LANE_GEOMETRY", ROOT, "/attributes/trench_mapping/12/y_top", s -> {
            s.trench(12).put("y_top", s.trench(12).get("y_top").intValue() + 5);
            s.trench(12).put("y_bottom", s.trench(12).get("y_bottom").intValue() + 5);
        });
    }

    @Test
    void trenchOpensToTheOtherSideOfItsLane() {
        only("STORE_LANE_GEOMETRY", ROOT, "/attributes/trench_mapping/12/orientation", s -> {
            s.trench(12).put("orientation", -1);
            s.trench(12).put("needs_flip", true);
        });
    }

    @Test
    void trenchOutOfLeftToRightOrder() {
        // Record 12 (lane position 2) is given the x of lane position 7.
        only("STORE_LANE_X_ORDER", ROOT, "/attributes/trench_mapping/12/x_left", s -> {
            s.trench(12).put("x_left", 4 + 45 * 7);
            s.trench(12).put("x_right", 4 + 45 * 7 + 34);
        });
    }

    @Test
    void trenchTooFarLeftInItsLane() {
        only("STORE_LANE_X_ORDER", ROOT, "/attributes/trench_mapping/15/x_left", s -> {
            s.trench(15).put("x_left", 50);
            s.trench(15).put("x_right", 84);
        });
    }

    @Test
    void overlappingNeighboursWarn() {
        Finding f = only("STORE_TRENCH_OVERLAP", ROOT, "/attributes/trench_mapping/12/x_left", s -> {
            s.trench(12).put("x_left", 79);
            s.trench(12).put("x_right", 113);
        });
        assertEquals(Severity.WARNING, f.severity());
    }
}
