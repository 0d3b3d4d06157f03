package io.maskgate.objects;

import java.io.Closeable;

/**
 * Rows of a table in order, row 1 first, without gaps (missing rows come back blank) so that the
 * structure checks see the blank separator row however the file stores it.
 */
interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    TableRow next() throws TableReadException;
}
