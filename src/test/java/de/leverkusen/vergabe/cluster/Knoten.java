package de.leverkusen.vergabe.cluster;

import de.leverkusen.vergabe.VergabeApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One application node in a JVM of its own: {@code java -cp <test classpath> VergabeApplication --...}. A JVM per
 * node, because the engine's clock, its registry of engines and the job executor are per JVM, and because only a
 * process of its own can be killed like a crashed server ({@link #toeten()}, SIGKILL).
 */
public final class Knoten implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process prozess;
    private final long gestartetNanos;

    private Knoten(String name, int port, Path log, Process prozess, long gestartetNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.prozess = prozess;
        this.gestartetNanos = gestartetNanos;
    }

    /**
     * Starts a node and waits until its REST API answers. {@code eigenschaften} are passed as command-line
     * arguments (they win over the application's files), {@code umgebung} as environment variables.
     */
    public static Knoten starten(String name, Map<String, String> eigenschaften, Map<String, String> umgebung,
                                 List<String> jvmOptionen) {
        int port = EingebettetesPostgres.freierPort();
        List<String> befehl = new ArrayList<>();
        befehl.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        befehl.addAll(jvmOptionen);
        befehl.add("-cp");
        befehl.add(klassenpfad());
        befehl.add(VergabeApplication.class.getName());
        Map<String, String> alle = new LinkedHashMap<>(eigenschaften);
        alle.put("server.port", String.valueOf(port));
        alle.forEach((k, v) -> befehl.add("--" + k + "=" + v));
        return starten(name, port, befehl, umgebung);
    }

    /**
     * A single node on the H2 files in {@code daten} (job executor polling fast, no demo procedure, no ivl worker),
     * with {@code weitere} properties; the crash tests start it twice on the same files.
     */
    public static Knoten aufH2(String name, Path daten, Map<String, String> weitere) {
        Map<String, String> eigenschaften = new LinkedHashMap<>();
        eigenschaften.put("vergabe.daten-verzeichnis", daten.toString());
        eigenschaften.put("vergabe.demo.verfahren-starten", "false");
        eigenschaften.put("vergabe.ivl.worker.enabled", "false");
        eigenschaften.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        eigenschaften.put("camunda.bpm.job-execution.max-wait", "1000");
        eigenschaften.putAll(weitere);
        return starten(name, eigenschaften, Map.of(), List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    /** Starts any command that runs the application on {@code port} (the benchmark starts the packaged jar). */
    public static Knoten starten(String name, int port, List<String> befehl, Map<String, String> umgebung) {
        try {
            Path ordner = Files.createDirectories(Path.of("target", "knoten").toAbsolutePath());
            Path log = ordner.resolve(name + ".log");
            Path arbeitsordner = Files.createDirectories(ordner.resolve(name));
            ProcessBuilder pb = new ProcessBuilder(befehl).directory(arbeitsordner.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(umgebung);
            long start = System.nanoTime();
            Knoten k = new Knoten(name, port, log, pb.start(), start);
            k.warteBisBereit(Duration.ofSeconds(180));
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test's class path, absolute and without the project folder (surefire's class path contains it; the
     * starter's classpath*:bpmn pattern would then deploy every model twice).
     */
    public static String klassenpfad() {
        Path projekt = Path.of("").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath())
                .filter(e -> !e.equals(projekt))
                .map(Path::toString)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void warteBisBereit(Duration hoechstens) {
        long ende = System.nanoTime() + hoechstens.toNanos();
        while (System.nanoTime() < ende) {
            if (!prozess.isAlive()) {
                throw new IllegalStateException("Knoten " + name + " beendet mit " + prozess.exitValue() + "\n" + logEnde());
            }
            try {
                HttpResponse<Void> a = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (a.statusCode() == 200) {
                    return;
                }
            } catch (IOException nochNichtBereit) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            schlafen(100);
        }
        prozess.destroyForcibly();
        throw new IllegalStateException("Knoten " + name + " nicht bereit\n" + logEnde());
    }

    /** Time from the process start until the REST API answered. */
    public Duration startdauer(long bereitNanos) {
        return Duration.ofNanos(bereitNanos - gestartetNanos);
    }

    long gestartetNanos() {
        return gestartetNanos;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return prozess.pid();
    }

    public boolean laeuft() {
        return prozess.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of connections by the application. */
    public void toeten() {
        prozess.destroyForcibly();
        warteAufEnde();
    }

    /** Regular shutdown (SIGTERM). */
    @Override
    public void close() {
        if (prozess.isAlive()) {
            prozess.destroy();
            try {
                if (!prozess.waitFor(30, TimeUnit.SECONDS)) {
                    prozess.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        warteAufEnde();
    }

    private void warteAufEnde() {
        try {
            prozess.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything the node has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Regular shutdown (SIGTERM) and the exit code; fails if the node has not ended within {@code hoechstens}. */
    public int beenden(Duration hoechstens) {
        prozess.destroy();
        try {
            if (!prozess.waitFor(hoechstens.toMillis(), TimeUnit.MILLISECONDS)) {
                prozess.destroyForcibly();
                throw new AssertionError("Knoten " + name + " nach SIGTERM nicht beendet innerhalb von " + hoechstens);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return prozess.exitValue();
    }

    public String logEnde() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "(kein Log: " + e + ")";
        }
    }

    static void schlafen(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
