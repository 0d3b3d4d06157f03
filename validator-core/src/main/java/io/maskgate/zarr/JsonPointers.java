package io.maskgate.zarr;

/** RFC 6901 JSON pointer helpers for findings. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer of member {@code key} of the object at {@code parent}. */
    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of element {@code index} of the array at {@code parent}. */
    static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** True if {@code pointer} is {@code ancestor} itself or lies below it. */
    static boolean isAtOrUnder(String pointer, String ancestor) {
        return ancestor.isEmpty() || pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    /** The first reference token, unescaped ({@code "/codecs/1/name"} → {@code codecs}); empty for the root. */
    static String topMember(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        int end = pointer.indexOf('/', 1);
        String token = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The last reference token, unescaped. */
    static String lastToken(String pointer) {
        String token = pointer.substring(pointer.lastIndexOf('/') + 1);
        return token.replace("~1", "/").replace("~0", "~");
    }
}
