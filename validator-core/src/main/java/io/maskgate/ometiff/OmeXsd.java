package io.maskgate.ometiff;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates OME-XML against the released 2016-06 OME schema, offline: the XSD and the W3C
 * {@code xml.xsd} it imports come from the {@code org.openmicroscopy:specification} jar on the
 * class path; any other reference is refused rather than fetched.
 */
final class OmeXsd {

    static final String NAMESPACE = "http://www.openmicroscopy.org/Schemas/OME/2016-06";
    private static final String OME_XSD = "released-schema/2016-06/ome.xsd";
    private static final String XML_XSD = "released-schema/external/xml.xsd";

    /** One schema violation with its 1-based line and column (-1 when unknown). */
    record Problem(int line, int column, String message) {
        String describe() {
            return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
        }
    }

    private OmeXsd() {
    }

    /** Compiled once, lazily; a compiled Schema is immutable and thread-safe. */
    private static final class Holder {
        static final Schema SCHEMA = compile();
    }

    private static Schema compile() {
        ClassLoader cl = OmeXsd.class.getClassLoader();
        URL main = cl.getResource(OME_XSD);
        URL xml = cl.getResource(XML_XSD);
        if (main == null || xml == null) {
            throw new IllegalStateException("the OME 2016-06 schema is not on the class path (org.openmicroscopy:specification)");
        }
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            f.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (systemId != null && systemId.endsWith("/xml.xsd")) {
                    return new ClasspathInput(xml, publicId);
                }
                throw new IllegalStateException("the OME schema refers to " + systemId + ", which maskgate does not fetch");
            });
            try (InputStream in = main.openStream()) {
                return f.newSchema(new StreamSource(in, main.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot compile the OME 2016-06 schema: " + e.getMessage(), e);
        }
    }

    /**
     * Validates {@code xml} (which must contain no DOCTYPE; the caller parses it securely first)
     * and returns at most {@code max} problems plus a count of all of them in {@code total[0]}.
     */
    static List<Problem> validate(String xml, int max, int[] total) {
        List<Problem> problems = new ArrayList<>();
        total[0] = 0;
        Validator v = Holder.SCHEMA.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK validator does not support access restrictions", e);
        }
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add(e);
            }

            private void add(SAXParseException e) {
                total[0]++;
                if (problems.size() < max) {
                    problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                }
            }
        });
        try {
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            if (total[0] == 0) {
                total[0]++;
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        } catch (SAXException | IOException e) {
            total[0]++;
            problems.add(new Problem(-1, -1, e.getMessage()));
        }
        return problems;
    }

    /** Serves xml.xsd from the class path. */
    private record ClasspathInput(URL url, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return url.toExternalForm(); }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
