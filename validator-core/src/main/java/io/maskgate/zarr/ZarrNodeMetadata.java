package io.maskgate.zarr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node's validated {@code zarr.json}: an array or a group, exactly one of the two set.
 *
 * @param array the array's metadata, or null for a group
 * @param group the group's metadata, or null for an array
 */
public record ZarrNodeMetadata(ZarrArrayMetadata array, ZarrGroupMetadata group) {

    /** The {@code node_type} of an array. */
    public static final String ARRAY = NodeTypeRule.ARRAY;
    /** The {@code node_type} of a group. */
    public static final String GROUP = NodeTypeRule.GROUP;

    public ZarrNodeMetadata {
        if ((array == null) == (group == null)) {
            throw new IllegalArgumentException("a node is either an array or a group");
        }
    }

    public ZarrNodeMetadata(ZarrArrayMetadata array) {
        this(array, null);
    }

    public ZarrNodeMetadata(ZarrGroupMetadata group) {
        this(null, group);
    }

    public boolean isArray() {
        return array != null;
    }

    /** The node's attributes (empty when absent). */
    public ObjectNode attributes() {
        return isArray() ? array.attributes() : group.attributes();
    }
}
