package io.maskgate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the targets and writes the reports; never fails the build on findings. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractMaskgateMojo {
    @Override
    boolean gate() {
        return false;
    }
}
