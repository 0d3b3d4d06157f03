package io.maskgate.ometiff;

import ome.xml.model.OMEModel;
import ome.xml.model.OMEModelImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the element of an OME-XML document that ome-xml's model cannot read, after the whole
 * document failed: each model class is built from its DOM element ({@code ome.xml.model.Pixels}
 * from a {@code Pixels} element), so the deepest element whose own model object fails to build is
 * the one to name, e.g. {@code Image 0 › Pixels › TiffData 1} (the names {@link OmeXml#read} uses
 * for the elements it reads). Runs only on a document that
 * already failed, so its reflective cost does not matter.
 */
final class OmeModelProbe {

    private static final String MODEL_PACKAGE = "ome.xml.model.";
    private static final Set<String> COUNTED = Set.of("Image", "Channel", "TiffData", "Plane");

    private OmeModelProbe() {
    }

    /** The deepest failing element below the root, e.g. {@code Image 0 › Pixels}; {@code OME} when none fails. */
    static String failingElement(Element root) {
        String path = root == null ? null : descend(root, null);
        return path == null ? "OME" : path;
    }

    private static String descend(Element parent, String path) {
        Map<String, Integer> seen = new HashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = localName(child);
            int index = seen.merge(name, 1, Integer::sum) - 1;
            if (!builds(child, name)) {
                String here = name + (indexed(parent, name) ? " " + index : "");
                return descend(child, path == null ? here : path + " › " + here);
            }
        }
        return path;
    }

    private static String localName(Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    /** True for the elements the checks count (Image 0, Channel 1, ...) and for any repeated sibling. */
    private static boolean indexed(Element parent, String name) {
        if (COUNTED.contains(name)) {
            return true;
        }
        int count = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                count++;
            }
        }
        return count > 1;
    }

    /** False when the model object of {@code e} throws while it is built; true also when no model class exists. */
    private static boolean builds(Element e, String name) {
        Constructor<?> ctor;
        try {
            ctor = Class.forName(MODEL_PACKAGE + name).getConstructor(Element.class, OMEModel.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e1) {
            return true; // not an element the model builds on its own: its parent is the one to name
        }
        try {
            ctor.newInstance(e, new OMEModelImpl());
            return true;
        } catch (InvocationTargetException ex) {
            return false;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return true;
        }
    }
}
