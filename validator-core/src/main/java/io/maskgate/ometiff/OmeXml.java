package io.maskgate.ometiff;

import ome.units.quantity.Length;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.OMEModelImpl;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.primitives.NonNegativeInteger;
import ome.xml.model.primitives.PositiveInteger;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
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

/**
 * Reads OME-XML with the OME data model library ({@code ome-xml}): a secure JAXP DOM parse (no
 * DOCTYPE, no external entities), then {@link OMEXMLMetadataRoot} over the document element, and
 * the metadata getters for the few fields the checks need.
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

    /** Parses {@code xml} into a DOM document; refuses DOCTYPE declarations. */
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
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new ParseException("not well-formed XML: " + e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new ParseException("not well-formed XML: " + e.getMessage(), -1, -1);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support secure processing", e);
        }
    }

    /** Reads the fields of the first Image with ome-xml's model. */
    static OmeXmlInfo read(Document doc) throws ParseException {
        OMEXMLMetadataImpl meta = new OMEXMLMetadataImpl();
        try {
            meta.setRoot(new OMEXMLMetadataRoot(doc.getDocumentElement(), new OMEModelImpl()));
        } catch (EnumerationException | RuntimeException e) {
            throw new ParseException("the OME data model cannot read it: " + e.getMessage(), -1, -1);
        }
        try {
            int images = meta.getImageCount();
            if (images == 0) {
                return new OmeXmlInfo(meta.getUUID(), 0, null, null, null, null, null, null, null,
                        null, null, null, null, List.of(), List.of());
            }
            List<OmeXmlInfo.Channel> channels = new ArrayList<>();
            for (int c = 0; c < meta.getChannelCount(0); c++) {
                channels.add(new OmeXmlInfo.Channel(meta.getChannelID(0, c), meta.getChannelName(0, c),
                        value(meta.getChannelSamplesPerPixel(0, c))));
            }
            List<OmeXmlInfo.TiffData> tiffData = new ArrayList<>();
            for (int t = 0; t < meta.getTiffDataCount(0); t++) {
                tiffData.add(new OmeXmlInfo.TiffData(value(meta.getTiffDataIFD(0, t)), value(meta.getTiffDataFirstC(0, t)),
                        value(meta.getTiffDataFirstZ(0, t)), value(meta.getTiffDataFirstT(0, t)),
                        value(meta.getTiffDataPlaneCount(0, t)), meta.getUUIDValue(0, t), meta.getUUIDFileName(0, t)));
            }
            Length px = meta.getPixelsPhysicalSizeX(0);
            Length py = meta.getPixelsPhysicalSizeY(0);
            return new OmeXmlInfo(meta.getUUID(), images,
                    meta.getPixelsDimensionOrder(0) == null ? null : meta.getPixelsDimensionOrder(0).getValue(),
                    meta.getPixelsType(0) == null ? null : meta.getPixelsType(0).getValue(),
                    size(meta.getPixelsSizeX(0)), size(meta.getPixelsSizeY(0)), size(meta.getPixelsSizeZ(0)),
                    size(meta.getPixelsSizeC(0)), size(meta.getPixelsSizeT(0)),
                    px == null ? null : px.value().doubleValue(), px == null ? null : px.unit().getSymbol(),
                    py == null ? null : py.value().doubleValue(), py == null ? null : py.unit().getSymbol(),
                    channels, tiffData);
        } catch (RuntimeException e) {
            throw new ParseException("the OME data model cannot read it: " + e, -1, -1);
        }
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
