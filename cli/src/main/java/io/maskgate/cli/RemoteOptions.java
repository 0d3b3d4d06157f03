package io.maskgate.cli;

import io.maskgate.engine.RemoteAccess;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;

/** How to reach remote targets ({@code https://}, {@code s3://}): one option set shared by the commands that read stores. */
final class RemoteOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "An S3-compatible server for s3:// targets (MinIO, Ceph, ...), addressed path-style. "
                    + "Credentials come from the AWS default chain (environment, profile, ...), never from options.")
    String s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION",
            description = "The region of s3:// targets (default: the AWS default chain, else us-east-1).")
    String s3Region;

    @Option(names = "--remote-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Remote targets: the longest one request may take (default: ${DEFAULT-VALUE}).")
    int remoteTimeout;

    @Option(names = "--remote-requests", paramLabel = "N", defaultValue = "16",
            description = "Remote targets: requests in flight at once (default: ${DEFAULT-VALUE}).")
    int remoteRequests;

    /** The options as the engine takes them; a usage error for values out of range. */
    RemoteAccess access() {
        if (remoteTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--remote-timeout must be at least 1 second, was " + remoteTimeout);
        }
        if (remoteRequests < 1) {
            throw new ParameterException(spec.commandLine(), "--remote-requests must be at least 1, was " + remoteRequests);
        }
        return RemoteAccess.defaults().withS3Endpoint(s3Endpoint).withS3Region(s3Region)
                .withTimeout(Duration.ofSeconds(remoteTimeout)).withRequests(remoteRequests);
    }
}
