package uk.cxsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.cli.Main;

/**
 * A sweep against a Spark standalone cluster started here: a master and one worker (one core), each its own JVM on
 * 127.0.0.1, and the executor the worker starts. The rows are those of the local runner.
 */
class SparkStandaloneTest {
    private static final String SMALL = "../simulator/src/test/resources/scenarios/small.yaml";
    private static final String[] SWEEP = {"sweep", SMALL, "--param", "people.toleranceMean=4:8:3",
        "--customers", "2000", "--days", "20", "--quiet"};

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aSweepOnAStandaloneMasterWithOneWorkerWritesTheLocalRows() throws Exception {
        int port = freePort();
        Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
        start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort())), null, "elected leader");
        start("worker", List.of("org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:" + port, "--host",
                "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", Files.createDirectories(dir.resolve("work")).toString()), home.getParent(),
                "Successfully registered with master");

        Path local = dir.resolve("local");
        Path cluster = dir.resolve("cluster");
        assertEquals(0, Main.execute(join(SWEEP, "--threads", "2", "--out", local.toString())));
        // the executor is a JVM of its own: it finds cxsim's classes on this JVM's class path
        System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        System.setProperty("spark.executor.memory", "512m");
        try {
            assertEquals(0, Main.execute(join(SWEEP, "--spark", "--master", "spark://127.0.0.1:" + port, "--out",
                    cluster.toString())));
        } finally {
            System.clearProperty("spark.executor.extraClassPath");
            System.clearProperty("spark.executor.memory");
        }
        List<String> rows = Files.readAllLines(cluster.resolve("sweep.csv"));
        assertEquals(1 + 3, rows.size());
        assertEquals(Files.readAllLines(local.resolve("sweep.csv")), rows);
    }

    @AfterEach
    void stopCluster() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** Starts a Spark daemon on this class path and waits until it prints {@code ready}. */
    private void start(String name, List<String> mainAndArgs, Path sparkHome, String ready) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("sparkOpens", "").split(" ")).stream()
                .filter(s -> !s.isBlank()).toList());
        command.add("-Xmx512m");
        // cxsim's own Log4j settings keep Spark quiet; a daemon here says when it is up, at INFO
        Path logging = dir.resolve("log4j2-daemons.properties");
        Files.writeString(logging, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
                + "appender.console.type = Console\nappender.console.name = out\n"
                + "appender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %m%n\n");
        command.add("-Dlog4j2.configurationFile=" + logging);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        if (sparkHome != null) {
            pb.environment().put("SPARK_HOME", sparkHome.toString());
            pb.environment().put("SPARK_SCALA_VERSION", "2.12");
        }
        Process p = pb.start();
        started.add(p);
        CountDownLatch up = new CountDownLatch(1);
        Path log = dir.resolve(name + ".log");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    if (line.contains(ready)) {
                        up.countDown();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "spark-" + name + "-log");
        reader.setDaemon(true);
        reader.start();
        assertTrue(up.await(90, TimeUnit.SECONDS), () -> "the Spark " + name + " did not start: "
                + (Files.exists(log) ? readQuietly(log) : "no output"));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static String[] join(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
