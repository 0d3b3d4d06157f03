package io.maskgate.ometiff;

import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.units.unit.Unit;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.EnumerationException;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.NonNegativeInteger;
import ome.xml.model.primitives.PositiveInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.List;

/** Builds the OME-XML of a written OME-TIFF with the OME data model library and serialises it with the JDK. */
final class OmeXmlWriter {

    private OmeXmlWriter() {
    }

    /**
     * The OME-XML for one image of {@code channels.size()} channels × sizeZ × sizeT planes, order XYZCT,
     * one TiffData per plane (plane p in IFD p).
     */
    static String build(String uuid, String fileName, String imageName, long width, long height, int sizeZ, int sizeT,
                        List<String> channels, String pixelType, double physicalSizeX, double physicalSizeY,
                        String unitSymbol, boolean bigEndian) {
        OMEXMLMetadataImpl m = new OMEXMLMetadataImpl();
        OMEXMLMetadataRoot root = new OMEXMLMetadataRoot();
        m.setRoot(root);
        m.setUUID(uuid);
        m.setImageID("Image:0", 0);
        m.setImageName(imageName, 0);
        m.setPixelsID("Pixels:0", 0);
        m.setPixelsDimensionOrder(DimensionOrder.XYZCT, 0);
        try {
            m.setPixelsType(PixelType.fromString(pixelType), 0);
        } catch (EnumerationException e) {
            throw new IllegalArgumentException("unknown OME pixel type " + pixelType, e);
        }
        m.setPixelsBigEndian(bigEndian, 0);
        m.setPixelsSizeX(new PositiveInteger((int) width), 0);
        m.setPixelsSizeY(new PositiveInteger((int) height), 0);
        m.setPixelsSizeZ(new PositiveInteger(sizeZ), 0);
        m.setPixelsSizeC(new PositiveInteger(channels.size()), 0);
        m.setPixelsSizeT(new PositiveInteger(sizeT), 0);
        Unit<Length> unit = lengthUnit(unitSymbol);
        m.setPixelsPhysicalSizeX(new Length(physicalSizeX, unit), 0);
        m.setPixelsPhysicalSizeY(new Length(physicalSizeY, unit), 0);
        for (int c = 0; c < channels.size(); c++) {
            m.setChannelID("Channel:0:" + c, 0, c);
            m.setChannelName(channels.get(c), 0, c);
            m.setChannelSamplesPerPixel(new PositiveInteger(1), 0, c);
        }
        int planes = channels.size() * sizeZ * sizeT;
        for (int p = 0; p < planes; p++) {
            int z = p % sizeZ;
            int c = (p / sizeZ) % channels.size();
            int t = p / (sizeZ * channels.size());
            m.setTiffDataIFD(new NonNegativeInteger(p), 0, p);
            m.setTiffDataFirstZ(new NonNegativeInteger(z), 0, p);
            m.setTiffDataFirstC(new NonNegativeInteger(c), 0, p);
            m.setTiffDataFirstT(new NonNegativeInteger(t), 0, p);
            m.setTiffDataPlaneCount(new NonNegativeInteger(1), 0, p);
            m.setUUIDValue(uuid, 0, p);
            m.setUUIDFileName(fileName, 0, p);
        }
        try {
            Document doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            Element el = root.asXMLElement(doc);
            el.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            el.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation",
                    OmeXsd.NAMESPACE + " " + OmeXsd.NAMESPACE + "/ome.xsd");
            doc.appendChild(el);
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "no");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot serialise OME-XML: " + e.getMessage(), e);
        }
    }

    private static Unit<Length> lengthUnit(String symbol) {
        return switch (symbol) {
            case "µm", "um", "micrometer" -> UNITS.MICROMETER;
            case "nm" -> UNITS.NANOMETER;
            case "mm" -> UNITS.MILLIMETER;
            default -> throw new IllegalArgumentException("unsupported physical size unit " + symbol + " (use µm, nm or mm)");
        };
    }
}
