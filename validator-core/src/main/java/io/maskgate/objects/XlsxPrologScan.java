package io.maskgate.objects;

import io.maskgate.rules.Location;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses a workbook with a DOCTYPE in any XML part before excel-streaming-reader or POI parses it. Real spreadsheet
 * writers emit no DTD, and a DTD in a workbook is an XXE or entity-expansion attempt; POI's parsers are configured
 * against them, but not every part goes through the same parser (the streaming sheet reader skips a DTD silently),
 * so every {@code *.xml} and {@code *.rels} part is checked here, the same way, and the workbook is refused whole.
 * <p>Only each part's prolog is read, with a StAX reader that supports no DTD and resolves no entity: reading stops at
 * the root element, after at most {@value #MAX_PROLOG_BYTES} bytes of a part, and at most {@value #MAX_PARTS} parts are
 * read. A file that is no zip is left to POI, which reports it as before.
 */
final class XlsxPrologScan {

    /** More parts than any real workbook holds (a part per sheet, drawing, comment ...). */
    static final int MAX_PARTS = 10_000;
    /** A prolog is a declaration and perhaps a comment; this much before the root element is not a spreadsheet. */
    static final int MAX_PROLOG_BYTES = 1 << 20;

    private static final XMLInputFactory FACTORY = factory();

    private XlsxPrologScan() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not resolved");
        });
        return f;
    }

    /** Throws when a part of the zip {@code copy} declares a DOCTYPE, or the zip has too many parts. */
    static void check(Path copy) throws TableReadException {
        ZipFile zip;
        try {
            zip = new ZipFile(copy.toFile());
        } catch (ZipException e) {
            return; // not a zip (or a damaged one): POI reports it
        } catch (IOException e) {
            return;
        }
        try (zip) {
            int parts = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry entry = en.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new TableReadException(XlsxUnreadable.class, Location.NONE, "the workbook zip holds more than "
                            + MAX_PARTS + " parts; a real workbook holds a few dozen, so maskgate did not read it",
                            "Open and re-save the workbook in Excel or LibreOffice.", null);
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".rels"))) {
                    continue;
                }
                if (declaresDoctype(zip, entry)) {
                    throw new TableReadException(XlsxUnreadable.class, Location.NONE, "part " + name
                            + " of the workbook declares a DOCTYPE; a workbook written by a spreadsheet program has none, and"
                            + " maskgate neither resolves nor expands DTDs, entities or external references in a workbook",
                            "Remove the <!DOCTYPE ...> from " + name + ", or open and re-save the workbook in Excel or LibreOffice.",
                            null);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a part that cannot be inflated is left to POI, which reports it (zip-bomb guard included)
        }
    }

    private static boolean declaresDoctype(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = new Capped(zip.getInputStream(entry), MAX_PROLOG_BYTES)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        return true;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return false;
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // damaged XML: the DTD check cannot tell, POI reports the damage when it reads the part; but a DOCTYPE the
            // reader refused to process is still a DOCTYPE
            String m = String.valueOf(e.getMessage());
            return m.contains("DOCTYPE") || m.contains("DTD") || m.contains("external entities");
        }
    }

    /** Ends the stream after {@code max} bytes, as if the part were cut there. */
    private static final class Capped extends FilterInputStream {
        private long left;

        Capped(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
