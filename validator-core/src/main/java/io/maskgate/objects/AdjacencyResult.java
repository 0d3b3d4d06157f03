package io.maskgate.objects;

/**
 * What checking one adjacency CSV covered.
 *
 * @param layout     how the object ids were recognised: {@code matrix}, {@code header}, {@code headerless} or {@code none}
 * @param rows       data rows read
 * @param references object-id cells compared with the mask's Object IDs (0 when there was no objects table to compare with)
 */
public record AdjacencyResult(String file, String layout, long rows, long references) {
}
