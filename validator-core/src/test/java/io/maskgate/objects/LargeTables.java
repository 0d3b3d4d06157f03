package io.maskgate.objects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Generates large valid objects tables lazily (rows are produced while the writer streams them out). */
public final class LargeTables {

    private LargeTables() {
    }

    /** Centroids on a 1000-wide grid of 10-pixel cells. */
    static int x(long id) {
        return (int) ((id % 1000) * 10 + 5);
    }

    static int y(long id) {
        return (int) ((id / 1000) * 10 + 5);
    }

    static Iterable<List<String>> rows(int objects) {
        return () -> new Iterator<>() {
            private int id;

            @Override
            public boolean hasNext() {
                return id < objects;
            }

            @Override
            public List<String> next() {
                id++;
                return ObjectsTableWriter.templateRow(id, ObjectsTables.TIFF, "cells", "CL:0000000",
                        "10.17504/protocols.io.abc123", id % 3 == 0 ? "Manual" : "FUSION", "CL:0000236", x(id), y(id), 0,
                        Double.toString(20 + (id % 1000) / 8.0), id % 7 == 0 ? "TRUE" : "FALSE", id % 2 == 0 ? "T cell" : "B cell",
                        Integer.toString(id % 9));
            }
        };
    }

    static void writeXlsx(Path file, int objects) throws IOException {
        ObjectsTables.writer().writeXlsx(file, rows(objects));
    }

    static void writeTsv(Path file, int objects) throws IOException {
        ObjectsTables.writer().writeTsv(file, rows(objects));
    }

    /** Writes a table by hand: {@code LargeTables <file.xlsx|file.tsv> <objects>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int objects = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        if (file.toString().endsWith(".xlsx")) {
            writeXlsx(file, objects);
        } else {
            writeTsv(file, objects);
        }
        System.out.println("wrote " + file + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
