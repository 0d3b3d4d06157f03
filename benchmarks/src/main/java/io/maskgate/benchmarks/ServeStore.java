package io.maskgate.benchmarks;

import io.maskgate.fixtures.serve.StoreHttpServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a folder over plain HTTP on 127.0.0.1 (the fixtures' loopback server) until killed, for
 * {@code benchmarks/remote.sh}; prints the base URL as its first line.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.maskgate.benchmarks.ServeStore FOLDER}
 */
public final class ServeStore {

    private ServeStore() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ServeStore FOLDER");
            System.exit(2);
        }
        StoreHttpServer server = new StoreHttpServer(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(server.origin());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
