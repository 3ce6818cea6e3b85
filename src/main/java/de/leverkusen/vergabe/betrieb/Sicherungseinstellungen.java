package de.leverkusen.vergabe.betrieb;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the online backups ({@code vergabe.sicherung.*}, docs/betrieb.md).
 *
 * @param verzeichnis folder of POST /api/betrieb/sicherung, never taken from a request. Its default lives in
 *                    application.yaml only, because it is derived from {@code vergabe.daten-verzeichnis}.
 */
@ConfigurationProperties("vergabe.sicherung")
public record Sicherungseinstellungen(Path verzeichnis) {

    public Sicherungseinstellungen {
        if (verzeichnis == null) {
            throw new IllegalArgumentException("vergabe.sicherung.verzeichnis ist nicht gesetzt");
        }
    }
}
