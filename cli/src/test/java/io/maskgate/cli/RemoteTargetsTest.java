package io.maskgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.fixtures.FileTrees;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.defects.DefectCatalog;
import io.maskgate.fixtures.serve.LocalS3Server;
import io.maskgate.fixtures.serve.LoopbackServers;
import io.maskgate.fixtures.serve.StoreHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code maskgate validate} and {@code maskgate agreement} through the real command line, on stores served by the
 * fixtures' loopback HTTP server and local S3 server (127.0.0.1, started and stopped here): the same exit codes and
 * JSON reports as from disk, apart from the target and, over HTTP, the stray-key line.
 */
class RemoteTargetsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BUCKET = "masks";

    @TempDir
    static Path dir;
    static LoopbackServers servers;
    static StoreHttpServer http;
    static LocalS3Server s3;

    @BeforeAll
    static void serve() throws IOException {
        Path clean = dir.resolve("clean.zarr");
        MaskStoreGenerator.generate(clean, StoreSpec.small(5));
        Path corrupt = dir.resolve("corrupt.zarr");
        FileTrees.copy(clean, corrupt);
        DefectCatalog.storeDefect("chunk-corrupt").orElseThrow().inject(corrupt);
        servers = LoopbackServers.start(dir, BUCKET, "AKIAMASKGATECLITEST1", "cli/test+secret+never+printed");
        http = servers.http();
        s3 = servers.s3();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    private static String[] s3Options() {
        return new String[] {"--s3-endpoint", s3.endpoint(), "--s3-region", "us-east-1"};
    }

    private static CliRun validate(String target, String... more) {
        // Progress lines (not a bar: no terminal) go to standard error, the JSON report to standard output.
        String[] args = new String[3 + more.length];
        args[0] = "validate";
        args[1] = target;
        args[2] = "--format=json";
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.run(args);
    }

    /**
     * The JSON report without the target's path, the input-boundary line (only local targets read files) and, when
     * asked, the stray-key line.
     */
    private static JsonNode comparable(CliRun run, boolean dropStrayLine) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(run.out());
        ((ObjectNode) root.get("target")).remove("path");
        for (Iterator<JsonNode> it = ((ArrayNode) root.get("checked")).elements(); it.hasNext(); ) {
            String what = it.next().path("what").asText();
            if (what.equals("input files") || (dropStrayLine && what.startsWith("stray files"))) {
                it.remove();
            }
        }
        return root;
    }

    @Test
    void validateGivesTheDiskVerdictOverHttpAndS3() throws IOException {
        for (String store : List.of("clean.zarr", "corrupt.zarr")) {
            int expected = store.equals("clean.zarr") ? 0 : 1;
            CliRun disk = validate(dir.resolve(store).toString());
            CliRun web = validate(http.url(store));
            CliRun bucket = validate("s3://" + BUCKET + "/" + store, s3Options());
            for (CliRun run : List.of(disk, web, bucket)) {
                assertEquals(expected, run.exit(), run::toString);
            }
            assertEquals(comparable(disk, true), comparable(web, true), web::toString);
            assertEquals(comparable(disk, false), comparable(bucket, false), bucket::toString);
            assertEquals(http.url(store), MAPPER.readTree(web.out()).path("target").path("path").asText());
            assertTrue(web.err().contains("maskgate: read ") && web.err().contains(" requests"), web::toString);
        }
        assertTrue(validate(dir.resolve("corrupt.zarr").toString()).out().contains("ZARR_CHUNK_CORRUPT"));
    }

    @Test
    void agreementTakesRemoteTargetsWithTheSameOptions() {
        CliRun disk = CliRun.run("agreement", dir.resolve("clean.zarr").toString(), "--no-progress");
        assertEquals(0, disk.exit(), disk::toString);
        assertFalse(disk.out().isBlank(), disk::toString);
        CliRun web = CliRun.run("agreement", http.url("clean.zarr"), "--no-progress", "--remote-requests", "4");
        assertEquals(0, web.exit(), web::toString);
        assertEquals(disk.out(), web.out());
        String[] s3 = s3Options();
        CliRun bucket = CliRun.run("agreement", "s3://" + BUCKET + "/clean.zarr", "--no-progress", s3[0], s3[1], s3[2],
                s3[3], "--remote-timeout", "30");
        assertEquals(0, bucket.exit(), bucket::toString);
        assertEquals(disk.out(), bucket.out());
    }

    @Test
    void remoteOptionsAreCheckedAlikeByBothCommands() {
        for (String command : List.of("validate", "agreement")) {
            CliRun bad = CliRun.run(command, http.url("clean.zarr"), "--remote-requests", "0");
            assertEquals(2, bad.exit(), bad::toString);
            assertTrue(bad.err().contains("--remote-requests must be at least 1, was 0"), bad::toString);
            CliRun s3OnHttp = CliRun.run(command, http.url("clean.zarr"), "--s3-endpoint", s3.endpoint());
            assertEquals(2, s3OnHttp.exit(), s3OnHttp::toString);
            assertTrue(s3OnHttp.err().contains("apply to s3:// targets only"), s3OnHttp::toString);
        }
    }
}
