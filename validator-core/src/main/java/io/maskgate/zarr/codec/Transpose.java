package io.maskgate.zarr.codec;

/** Axis permutation of C-order element arrays, the kernel of the {@code transpose} codec. */
final class Transpose {

    private Transpose() {
    }

    /**
     * Writes into {@code dst} the array {@code src} (shape {@code srcShape}) with its axes permuted:
     * {@code dst} has shape {@code srcShape[order[i]]} and
     * {@code dst[i0..in] = src[j]} with {@code j[order[k]] = i[k]}.
     */
    static void permute(byte[] src, int[] srcShape, int[] order, int itemSize, byte[] dst) {
        int rank = srcShape.length;
        if (rank == 0) {
            System.arraycopy(src, 0, dst, 0, itemSize);
            return;
        }
        long[] srcStride = new long[rank];
        long s = itemSize;
        for (int d = rank - 1; d >= 0; d--) {
            srcStride[d] = s;
            s *= srcShape[d];
        }
        int[] dstShape = new int[rank];
        long[] step = new long[rank];
        for (int i = 0; i < rank; i++) {
            dstShape[i] = srcShape[order[i]];
            step[i] = srcStride[order[i]];
            if (dstShape[i] == 0) {
                return;
            }
        }
        int[] idx = new int[rank];
        int inner = dstShape[rank - 1];
        int innerStep = (int) step[rank - 1];
        long base = 0;
        int out = 0;
        while (true) {
            int p = (int) base;
            if (itemSize == 1) {
                for (int k = 0; k < inner; k++, p += innerStep) {
                    dst[out++] = src[p];
                }
            } else {
                for (int k = 0; k < inner; k++, p += innerStep, out += itemSize) {
                    System.arraycopy(src, p, dst, out, itemSize);
                }
            }
            int d = rank - 2;
            while (d >= 0) {
                idx[d]++;
                base += step[d];
                if (idx[d] < dstShape[d]) {
                    break;
                }
                base -= step[d] * idx[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }

    /** {@code inverse[order[i]] = i}. */
    static int[] inverse(int[] order) {
        int[] inv = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inv[order[i]] = i;
        }
        return inv;
    }
}
