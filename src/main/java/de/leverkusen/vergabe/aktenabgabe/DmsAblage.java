package de.leverkusen.vergabe.aktenabgabe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the Vergabeakten of ended procedures to the DMS drop folder, each exactly once, after the commit that
 * ended the procedure and outside any user's request (called by a scheduled worker, {@link DmsAblageKonfiguration}).
 *
 * <p>Per hand-over, each step recorded before the next: (1) take it (a lock in the row, so two nodes do not work on
 * the same one); (2) write the container to {@code .<name>.part} in the drop folder and force it to disk; (3) record
 * {@code zustellung_begonnen_am}; (4) rename it atomically to {@code <ProzessID>_Abgabe.Abgabe.0401.zip}; (5) record
 * {@code zugestellt_am}. After a crash the row tells where it stopped: nothing begun -> write again; begun and the
 * part file still there -> only rename; begun and no part file -> the rename had happened (the DMS may already have
 * taken the file): record it, write nothing. A failure (folder missing, not writable) is recorded with the attempt
 * count and retried after the wait.
 */
public class DmsAblage {

    private static final Logger LOG = LoggerFactory.getLogger(DmsAblage.class);

    private final AktenabgabeRepository abgaben;
    private final AktenabgabeService service;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Path verzeichnis;
    private final Duration sperrdauer;
    private final Duration wartezeit;

    public DmsAblage(AktenabgabeRepository abgaben, AktenabgabeService service, PlatformTransactionManager transaktionen, Clock clock,
                     Path verzeichnis, Duration sperrdauer, Duration wartezeit) {
        this.abgaben = abgaben;
        this.service = service;
        this.tx = new TransactionTemplate(transaktionen);
        this.clock = clock;
        this.verzeichnis = verzeichnis;
        this.sperrdauer = sperrdauer;
        this.wartezeit = wartezeit;
    }

    /** Delivers every hand-over that is due; returns how many were delivered in this round. */
    @Scheduled(fixedDelayString = "${vergabe.dms.ablage.intervall:30s}", initialDelayString = "${vergabe.dms.ablage.intervall:30s}")
    public int zustellen() {
        List<Long> faellig = tx.execute(s -> abgaben.faellig(jetzt()));
        int zugestellt = 0;
        for (Long id : faellig) {
            if (zustellen(id)) {
                zugestellt++;
            }
        }
        return zugestellt;
    }

    /** Delivers this hand-over if it is due and no one else holds it; true when it is delivered now. */
    public boolean zustellen(Long id) {
        OffsetDateTime jetzt = jetzt();
        Integer genommen = tx.execute(s -> abgaben.sperren(id, jetzt, jetzt.plus(sperrdauer)));
        if (genommen == null || genommen == 0) {
            return false;
        }
        try {
            Aktenabgabe a = tx.execute(s -> service.mitContainer(id));
            String name = XdomeaAbgabe.containerName(a.getProzessId());
            Path ziel = verzeichnis.resolve(name);
            Path teil = verzeichnis.resolve("." + name + ".part");
            if (!Files.isDirectory(verzeichnis)) {
                throw new IOException("Ablageverzeichnis des DMS fehlt: " + verzeichnis);
            }
            if (a.getZustellungBegonnenAm() == null) {
                schreiben(teil, a.getInhalt());
                tx.executeWithoutResult(s -> abgaben.findById(id).orElseThrow().zustellungBegonnen(jetzt()));
            }
            if (Files.exists(teil)) {
                Files.move(teil, ziel, StandardCopyOption.ATOMIC_MOVE);
                verzeichnisSichern();
            } else {
                LOG.info("Vergabeakte {} war schon umbenannt (Abbruch vor der Buchung); nicht erneut abgelegt", name);
            }
            tx.executeWithoutResult(s -> abgaben.findById(id).orElseThrow().zugestellt(ziel.toString(), jetzt()));
            LOG.info("Vergabeakte {} (Vergabe {}) an das DMS übergeben: {}", name, a.getVergabeId(), ziel);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Vergabeakte (Abgabe {}) nicht an das DMS übergeben, neuer Versuch nach {}: {}", id, wartezeit, e.toString());
            tx.executeWithoutResult(s -> abgaben.findById(id).orElseThrow().fehlgeschlagen(e.toString(), jetzt().plus(wartezeit)));
            return false;
        }
    }

    private static void schreiben(Path teil, byte[] inhalt) throws IOException {
        try (FileChannel kanal = FileChannel.open(teil, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer puffer = ByteBuffer.wrap(inhalt);
            while (puffer.hasRemaining()) {
                kanal.write(puffer);
            }
            kanal.force(true);
        }
    }

    /** The rename itself reaches the disk (Linux: fsync of the directory); where that is not possible, it is left to the OS. */
    private void verzeichnisSichern() {
        try (FileChannel kanal = FileChannel.open(verzeichnis, StandardOpenOption.READ)) {
            kanal.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Verzeichnis {} nicht synchronisiert: {}", verzeichnis, e.toString());
        }
    }

    private OffsetDateTime jetzt() {
        return OffsetDateTime.now(clock);
    }
}
