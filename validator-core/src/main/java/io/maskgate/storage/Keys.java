package io.maskgate.storage;

/**
 * Storage keys: relative, {@code /}-separated paths such as {@code data/c/0/3/0/0/0}; {@code ""} is the root.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * Returns {@code key} when it stays inside the storage: no leading {@code /}, no empty, {@code .} or
     * {@code ..} segment, no NUL character.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String check(String key) {
        if (key.isEmpty()) {
            return key;
        }
        int start = 0;
        while (true) {
            int end = key.indexOf('/', start);
            if (end < 0) {
                end = key.length();
            }
            int len = end - start;
            if (len == 0 || (len == 1 && key.charAt(start) == '.') || (len == 2 && key.startsWith("..", start))) {
                throw new IllegalArgumentException("invalid storage key '" + key
                        + "': keys are relative paths without empty, '.' or '..' segments");
            }
            if (end == key.length()) {
                break;
            }
            start = end + 1;
        }
        if (key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid storage key '" + key.replace('\0', '?') + "': it holds a NUL character");
        }
        return key;
    }

    /** The folder holding {@code key}: {@code "data"} for {@code data/zarr.json}, {@code ""} for a top-level key. */
    public static String parent(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    /** {@code key} inside {@code folder}; either may be {@code ""}. */
    public static String join(String folder, String key) {
        if (folder.isEmpty()) {
            return key;
        }
        return key.isEmpty() ? folder : folder + "/" + key;
    }
}
