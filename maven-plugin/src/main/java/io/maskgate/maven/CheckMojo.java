package io.maskgate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the targets and fails the build on findings at or above {@code failOnSeverity}
 * (BUILD FAILURE); I/O, config and internal problems are BUILD ERRORs.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMaskgateMojo {
    @Override
    boolean gate() {
        return true;
    }
}
