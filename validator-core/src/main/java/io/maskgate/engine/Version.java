package io.maskgate.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, filtered into {@code maskgate/version.properties} by the build. */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("maskgate/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
