package de.leverkusen.vergabe.betrieb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Online backup of the embedded H2 database (engine and application tables, one file) with H2's {@code BACKUP TO}
 * over the application's own connection pool: the file database is locked by the running application, so an outside
 * tool cannot open it; the backup is transactionally consistent (MVCC) and blocks no one. The target folder is
 * configuration ({@code vergabe.sicherung.verzeichnis}), never part of a request. PostgreSQL is backed up with its own
 * tools (pg_dump); see docs/betrieb.md.
 */
@Service
public class Datensicherung {

    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS'Z'");

    private final JdbcTemplate jdbc;
    private final DataSource datenquelle;
    private final Path verzeichnis;

    public Datensicherung(JdbcTemplate jdbc, DataSource datenquelle,
                          Sicherungseinstellungen einstellungen) {
        this.jdbc = jdbc;
        this.datenquelle = datenquelle;
        this.verzeichnis = einstellungen.verzeichnis().toAbsolutePath().normalize();
    }

    /** Only an H2 database is backed up by the application. */
    public boolean moeglich() {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(datenquelle, m -> m.getDatabaseProductName()));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    /** Writes a backup to a new ZIP file in the configured folder and returns it. */
    public Path sichern() {
        if (!moeglich()) {
            throw new IllegalStateException("Die Datenbank ist nicht H2: PostgreSQL mit pg_dump sichern (docs/betrieb.md)");
        }
        try {
            Files.createDirectories(verzeichnis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path datei = verzeichnis.resolve("vergabe-" + STEMPEL.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip");
        if (Files.exists(datei)) {
            throw new IllegalStateException("Datensicherung " + datei + " gibt es schon");
        }
        jdbc.execute("BACKUP TO '" + datei.toString().replace("'", "''") + "'");
        return datei;
    }
}
