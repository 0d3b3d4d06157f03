package io.maskgate.packaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Names inside a packaged dataset: the mask (channel) name, the per-trench files, the reproducible OME UUIDs. */
final class MaskNaming {

    /** Channel and mask name: lower case and without digits, as HuBMAP's portal needs. */
    static final String MASK = "cells";
    static final String MASK_DIR = "derived/segmentation_masks";
    static final String OBJECTS_TSV = MASK + "-objects.tsv";
    static final String OBJECTS_XLSX = MASK + "-objects.xlsx";
    static final String ADJACENCY = MASK + "-centroid-adjacency.csv";
    static final String SUFFIX = ".segmentations.ome.tiff";

    private final int digits;
    private final String seed;

    /**
     * @param count how many files the name numbers (trenches or FOVs), for zero-padding
     * @param seed  what makes the UUIDs of this package distinct and reproducible (store checksum, dataset)
     */
    MaskNaming(int count, String seed) {
        this.digits = Math.max(4, Integer.toString(Math.max(0, count - 1)).length());
        this.seed = seed;
    }

    /** {@code trench-0042.segmentations.ome.tiff}. */
    String trenchFile(int trench) {
        return "trench-" + pad(trench) + SUFFIX;
    }

    /** {@code fov-0003.segmentations.ome.tiff}, numbered by the FOV's position in the store. */
    String fovFile(int fovIndex) {
        return "fov-" + pad(fovIndex) + SUFFIX;
    }

    private String pad(int n) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** A name-based UUID: the same store and options give the same bytes. */
    String uuid(String file) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((seed + "/" + file).getBytes(StandardCharsets.UTF_8));
    }

    /** The smallest OME integer type holding {@code maxId}. */
    static String pixelType(long maxId) {
        if (maxId <= 0xFF) {
            return "uint8";
        }
        if (maxId <= 0xFFFF) {
            return "uint16";
        }
        if (maxId <= 0xFFFF_FFFFL) {
            return "uint32";
        }
        throw new SourceDataException(maxId + " objects do not fit a uint32 mask");
    }
}
