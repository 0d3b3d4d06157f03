package io.maskgate.ometiff;

import ome.units.quantity.Length;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.Channel;
import ome.xml.model.OME;
import ome.xml.model.OMEModelImpl;
import ome.xml.model.Pixels;
import ome.xml.model.TiffData;
import ome.xml.model.UUID;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.primitives.NonNegativeInteger;
import ome.xml.model.primitives.PositiveInteger;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads OME-XML with the OME data model library ({@code ome-xml}): a secure JAXP DOM parse (no
 * DOCTYPE, no external entities), then {@link OMEXMLMetadataRoot} over the document element, and
 * the model objects of the first Image for the few fields the checks need, each checked for absence.
 */
final class OmeXml {

    private OmeXml() {
    }

    /** A document that could not be parsed: the message (with line and column when known). */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        ParseException(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        String describe() {
            return line > 0 ? "line " + line + ", column " + column + ": " + getMessage() : getMessage();
        }
    }

    /**
     * Deepest element nesting accepted: real OME-XML is a dozen levels deep, and the model and the probe
     * walk the tree recursively, so 100,000 levels would overflow the stack.
     */
    static final int MAX_DEPTH = 500;

    /** Errors become exceptions, warnings are dropped: nothing is printed. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse and is not a finding
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** Parses {@code xml} into a DOM document; refuses DOCTYPE declarations and nesting beyond {@link #MAX_DEPTH}. */
    static Document parseDom(String xml) throws ParseException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT); // the default handler prints "[Fatal Error]" lines to stderr
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("maxElementDepth")) {
                throw new ParseException("elements are nested more than " + MAX_DEPTH + " deep; maskgate reads OME-XML up to"
                        + " that depth (real OME-XML is a dozen levels deep)", e.getLineNumber(), e.getColumnNumber());
            }
            if (m.contains("DOCTYPE")) {
                throw new ParseException("a DOCTYPE declaration is not allowed in OME-XML (entities and external DTDs are never"
                        + " resolved)", e.getLineNumber(), e.getColumnNumber());
            }
            throw new ParseException("not well-formed XML: " + e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new ParseException("not well-formed XML: " + e.getMessage(), -1, -1);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support secure processing", e);
        }
    }

    /**
     * Reads the fields of the first Image with ome-xml's model. Every optional element and attribute
     * may be absent (e.g. a TiffData without UUID child, as tifffile writes it). An exception the model
     * throws anyway is turned into a {@link ParseException} that names the element it was reading,
     * never the exception's own text.
     */
    static OmeXmlInfo read(Document doc) throws ParseException {
        OME root;
        try {
            root = new OMEXMLMetadataRoot(doc.getDocumentElement(), new OMEModelImpl());
        } catch (EnumerationException | RuntimeException e) {
            throw new ParseException("the OME data model cannot read " + OmeModelProbe.failingElement(doc.getDocumentElement()),
                    -1, -1);
        }
        int images = read("OME", root::sizeOfImageList);
        String uuid = read("OME", root::getUUID);
        if (images == 0) {
            return new OmeXmlInfo(uuid, 0, null, null, null, null, null, null, null,
                    null, null, null, null, List.of(), List.of());
        }
        Pixels pixels = read("Image 0", () -> root.getImage(0).getPixels());
        if (pixels == null) { // required by the schema, which reports its absence
            return new OmeXmlInfo(uuid, images, null, null, null, null, null, null, null,
                    null, null, null, null, List.of(), List.of());
        }
        String at = "Image 0 › Pixels";
        List<OmeXmlInfo.Channel> channels = new ArrayList<>();
        int channelCount = read(at, pixels::sizeOfChannelList);
        for (int c = 0; c < channelCount; c++) {
            int i = c;
            channels.add(read(at + " › Channel " + c, () -> {
                Channel ch = pixels.getChannel(i);
                return new OmeXmlInfo.Channel(ch.getID(), ch.getName(), value(ch.getSamplesPerPixel()));
            }));
        }
        List<OmeXmlInfo.TiffData> tiffData = new ArrayList<>();
        int tiffDataCount = read(at, pixels::sizeOfTiffDataList);
        for (int t = 0; t < tiffDataCount; t++) {
            int i = t;
            tiffData.add(read(at + " › TiffData " + t, () -> {
                TiffData td = pixels.getTiffData(i);
                UUID u = td.getUUID(); // optional: needed only when the planes live in another file
                return new OmeXmlInfo.TiffData(value(td.getIFD()), value(td.getFirstC()), value(td.getFirstZ()),
                        value(td.getFirstT()), value(td.getPlaneCount()), u == null ? null : u.getValue(),
                        u == null ? null : u.getFileName());
            }));
        }
        return read(at, () -> {
            Length px = pixels.getPhysicalSizeX();
            Length py = pixels.getPhysicalSizeY();
            return new OmeXmlInfo(uuid, images,
                    pixels.getDimensionOrder() == null ? null : pixels.getDimensionOrder().getValue(),
                    pixels.getType() == null ? null : pixels.getType().getValue(),
                    size(pixels.getSizeX()), size(pixels.getSizeY()), size(pixels.getSizeZ()),
                    size(pixels.getSizeC()), size(pixels.getSizeT()),
                    number(px), symbol(px), number(py), symbol(py), channels, tiffData);
        });
    }

    /** Runs one read of the model; an exception becomes a finding text naming {@code element}. */
    private static <T> T read(String element, Supplier<T> getter) throws ParseException {
        try {
            return getter.get();
        } catch (RuntimeException e) {
            throw new ParseException("the OME data model cannot read " + element, -1, -1);
        }
    }

    private static Double number(Length l) {
        return l == null || l.value() == null ? null : l.value().doubleValue();
    }

    private static String symbol(Length l) {
        return l == null || l.unit() == null ? null : l.unit().getSymbol();
    }

    private static Integer value(NonNegativeInteger v) {
        return v == null ? null : v.getValue();
    }

    private static Integer value(PositiveInteger v) {
        return v == null ? null : v.getValue();
    }

    private static Long size(PositiveInteger v) {
        return v == null ? null : v.getValue().longValue();
    }
}
