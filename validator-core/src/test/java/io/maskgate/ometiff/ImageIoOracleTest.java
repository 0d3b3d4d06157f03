package io.maskgate.ometiff;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An independent encoder as oracle: the JDK's own TIFF writer (javax.imageio, since Java 9) writes
 * LZW, PackBits, Deflate (32946) and ZLib (8), in strips or tiles; our reader must decode them all.
 */
class ImageIoOracleTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1}-bit, tiled={2}")
    @CsvSource({"LZW,8,false", "LZW,16,true", "LZW,16,false", "PackBits,8,true", "PackBits,16,false",
            "Deflate,16,true", "ZLib,8,false", "ZLib,16,true"})
    void decodesWhatTheJdkWrites(String compression, int bits, boolean tiled) throws Exception {
        int w = 123;
        int h = 77;
        BufferedImage img = new BufferedImage(w, h, bits == 8 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = img.getRaster();
        Random r = new Random(5);
        int max = (1 << bits) - 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setSample(x, y, 0, (x / 9 + y / 7) % 4 == 0 ? r.nextInt(max + 1) : (x / 9 * 31 + y / 7) % (max + 1));
            }
        }
        Path f = dir.resolve("jdk.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(f.toFile())) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType(compression);
            if (tiled) {
                p.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
                p.setTiling(32, 32, 0, 0);
            }
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage page = TiffImage.of(tf.directories().get(0));
            assertEquals(tiled, page.tiled());
            long[][] back = TestTiff.readAll(tf, page);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(raster.getSample(x, y, 0), back[y][x], "pixel " + x + "," + y);
                }
            }
        }
    }
}
