package de.leverkusen.vergabe.betrieb.web;

import de.leverkusen.vergabe.betrieb.Datensicherung;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.web.Abweisung;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations (group camunda-admin, HTTP Basic): an online backup of the embedded database (docs/betrieb.md). */
@RestController
public class BetriebController {

    private static final Logger LOG = LoggerFactory.getLogger(BetriebController.class);

    private final IdentityService identity;
    private final Datensicherung sicherung;

    public BetriebController(IdentityService identity, Datensicherung sicherung) {
        this.identity = identity;
        this.sicherung = sicherung;
    }

    /** 200 with the file written, 403 for anybody but operations, 409 when the database is not H2. */
    @PostMapping("/api/betrieb/sicherung")
    public ResponseEntity<Map<String, Object>> sichern() {
        Authentication angemeldet = identity.getCurrentAuthentication();
        if (angemeldet == null || angemeldet.getGroupIds() == null || !angemeldet.getGroupIds().contains(Rollen.ADMIN.gruppe())) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "nur der Betrieb (Gruppe camunda-admin) legt Datensicherungen an");
        }
        if (!sicherung.moeglich()) {
            throw new Abweisung(HttpStatus.CONFLICT, "Die Datenbank ist nicht H2: PostgreSQL mit pg_dump sichern (docs/betrieb.md)");
        }
        Path datei = sicherung.sichern();
        try {
            long bytes = Files.size(datei);
            LOG.info("Datensicherung {} ({} Bytes) angelegt von {}", datei, bytes, angemeldet.getUserId());
            return ResponseEntity.ok(Map.of("datei", datei.toString(), "bytes", bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
