package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The generated documents of a procedure. Drafts are generated on each request from the current state; a document
 * that has become final (the Vergabevermerk when the procedure has ended, the Ratsbeschlussvorlage when the council
 * has decided) is generated once, stored in table {@code dokument} and from then on served as stored. Final
 * documents are stored by an asynchronous service task after the step that made them final
 * ({@link #endfassungenAblegen}); a request that comes first stores it too.
 */
@Service
public class DokumentService {

    /** One document as served. */
    public record Datei(String name, String contentType, boolean entwurf, byte[] inhalt) {
    }

    /** One line of the list. */
    public record Eintrag(String name, String contentType, boolean entwurf, String status) {
    }

    private final AktenLeser leser;
    private final DokumentRepository dokumente;
    private final VergabeService vergaben;
    private final Clock clock;
    private final Environment umgebung;
    private final Dokumenteinstellungen einstellungen;
    private final ObjectProvider<Dokumenthaken> haken;

    public DokumentService(AktenLeser leser, DokumentRepository dokumente, VergabeService vergaben, Clock clock,
                           Environment umgebung, Dokumenteinstellungen einstellungen, ObjectProvider<Dokumenthaken> haken) {
        this.haken = haken;
        this.leser = leser;
        this.dokumente = dokumente;
        this.vergaben = vergaben;
        this.clock = clock;
        this.umgebung = umgebung;
        this.einstellungen = einstellungen;
    }

    /**
     * The application's root URL for the ids in the OParl paper: {@code vergabe.dokumente.basis-url}, else this
     * server on localhost. Read when needed, not at start: the port of a server on a random port is known only then.
     */
    public String basisUrl() {
        String basis = einstellungen.basisUrl();
        if (basis != null && !basis.isBlank()) {
            return basis.endsWith("/") ? basis.substring(0, basis.length() - 1) : basis;
        }
        return "http://localhost:" + umgebung.getProperty("local.server.port", umgebung.getProperty("server.port", "8080"));
    }

    /**
     * The documents of the procedure that exist (stored or generatable now), as far as the caller may read them.
     * Decided by the {@link Dokumentstand} (tables and ranking), not by reading the whole Akte with its history.
     */
    @Transactional
    public List<Eintrag> liste(Vergabe vergabe, java.util.Set<String> gruppen) {
        Dokumentstand stand = null;
        List<Eintrag> liste = new ArrayList<>();
        for (Dokumentart art : Dokumentart.values()) {
            if (!art.erlaubt(gruppen)) {
                continue;
            }
            if (dokumente.existsByVergabeIdAndName(vergabe.getId(), art.dateiname())) {
                liste.add(new Eintrag(art.dateiname(), art.contentType(), false, "ENDFASSUNG"));
                continue;
            }
            if (art.nurGespeichert()) {
                continue;
            }
            if (stand == null) {
                stand = leser.stand(vergabe);
            }
            if (!stand.vorhanden(art)) {
                continue;
            }
            boolean endgueltig = stand.endgueltig(art);
            liste.add(new Eintrag(art.dateiname(), art.contentType(), !endgueltig, endgueltig ? "ENDFASSUNG" : "ENTWURF"));
        }
        return liste;
    }

    /** The document: as stored when final, else generated now; empty when it cannot exist yet. */
    @Transactional
    public Optional<Datei> dokument(Vergabe vergabe, Dokumentart art) {
        Optional<Dokument> gespeichert = dokumente.findByVergabeIdAndName(vergabe.getId(), art.dateiname());
        if (gespeichert.isPresent()) {
            return Optional.of(new Datei(art.dateiname(), art.contentType(), false, gespeichert.get().getInhalt()));
        }
        if (art.nurGespeichert()) {
            return Optional.empty();
        }
        Akte akte = leser.lesen(vergabe);
        Optional<Datei> datei = erzeugen(akte, art);
        datei.filter(d -> !d.entwurf()).ifPresent(d -> speichern(vergabe.getId(), d));
        return datei;
    }

    /**
     * Stores every document of the procedure that is final now and not yet stored; run by the asynchronous service
     * tasks after the council decision and at the end of the procedure. A failure fails the job (retries, then an
     * incident); nothing of the attempt is kept, so a retry stores each document once.
     */
    @Transactional
    public List<String> endfassungenAblegen(Long vergabeId) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Dokumentstand stand = leser.stand(vergabe);
        List<Dokumentart> faellig = java.util.Arrays.stream(Dokumentart.values())
                .filter(art -> !art.nurGespeichert() && stand.endgueltig(art) && !dokumente.existsByVergabeIdAndName(vergabeId, art.dateiname()))
                .toList();
        if (faellig.isEmpty()) {
            return List.of();
        }
        Akte akte = leser.lesen(vergabe);
        List<String> abgelegt = new ArrayList<>();
        for (Dokumentart art : faellig) {
            Optional<Datei> datei = erzeugen(akte, art);
            if (datei.isPresent()) {
                haken.ifAvailable(h -> h.erzeugt(vergabe.getBusinessKey(), art.dateiname()));
                speichern(vergabeId, datei.get());
                abgelegt.add(art.dateiname());
            }
        }
        return abgelegt;
    }

    /**
     * Generates the eForms award notice from the procedure and the Vergabestelle's inputs, checks it against the SDK's
     * schema and stores it as final: an invalid notice is refused (exception, the step is rolled back) and never stored.
     * Runs inside the completion of the task "Vergabebekanntmachung veröffentlichen".
     */
    @Transactional
    public byte[] vergabebekanntmachung(Long vergabeId, Bekanntmachungsangaben angaben) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Vergabebekanntmachung veröffentlichen (§ 39 VgV)", Vergabe.Status.ZUSCHLAG_ERTEILT);
        Dokumentart art = Dokumentart.VERGABEBEKANNTMACHUNG;
        if (dokumente.existsByVergabeIdAndName(vergabeId, art.dateiname())) {
            throw new IllegalStateException("Vergabebekanntmachung von " + vergabe.getBusinessKey() + " ist schon erstellt");
        }
        if (vergabe.getVerfahrenskennung() == null) {
            // set up before BT-04 was entered at the start (migration V12): the notice would not match its contract notice
            throw new Verfahrensfehler("Vergabebekanntmachung von " + vergabe.getBusinessKey() + " nicht möglich: die "
                    + "Verfahrenskennung (BT-04) der Auftragsbekanntmachung ist im Verfahren nicht erfasst");
        }
        Akte akte = leser.lesenOhneVerlauf(vergabe);
        // BT-701 is the notice's own new UUID; BT-04 repeats the contract notice's; the file number is the internal id
        byte[] xml = VergabebekanntmachungXml.erzeugen(akte, vergabe.getVerfahrensart(), angaben, UUID.randomUUID().toString(),
                vergabe.getVerfahrenskennung(), vergaben.angebot(vergabe.getZuschlagAngebotId()).getBieterEmail(),
                OffsetDateTime.now(clock));
        EformsSchema.pruefen(xml);
        speichern(vergabeId, new Datei(art.dateiname(), art.contentType(), false, xml));
        return xml;
    }

    private Optional<Datei> erzeugen(Akte akte, Dokumentart art) {
        if (art == Dokumentart.VERGABEVERMERK) {
            return Optional.of(new Datei(art.dateiname(), art.contentType(), !akte.endgueltig(), VergabevermerkPdf.erzeugen(akte)));
        }
        if (!Dokumentstand.aus(akte).vorhanden(art)) {
            return Optional.empty();
        }
        Beschlussvorlage vorlage = Beschlussvorlage.aus(akte);
        byte[] inhalt = switch (art) {
            case RATSVORLAGE_PDF -> BeschlussvorlagePdf.erzeugen(vorlage, akte.stand());
            case RATSVORLAGE_DOCX -> BeschlussvorlageDocx.erzeugen(vorlage);
            case RATSVORLAGE_OPARL -> OparlPaper.erzeugen(vorlage, basisUrl(), akte.stand());
            default -> throw new IllegalStateException(art.name());
        };
        return Optional.of(new Datei(art.dateiname(), art.contentType(), !vorlage.endgueltig(), inhalt));
    }

    private void speichern(Long vergabeId, Datei datei) {
        dokumente.save(new Dokument(vergabeId, datei.name(), datei.contentType(), datei.inhalt(), OffsetDateTime.now(clock)));
    }
}
