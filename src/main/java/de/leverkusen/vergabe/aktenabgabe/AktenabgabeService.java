package de.leverkusen.vergabe.aktenabgabe;

import de.leverkusen.vergabe.dokumente.Akte;
import de.leverkusen.vergabe.dokumente.AktenLeser;
import de.leverkusen.vergabe.dokumente.Dokument;
import de.leverkusen.vergabe.dokumente.DokumentRepository;
import de.leverkusen.vergabe.dokumente.DokumentService;
import de.leverkusen.vergabe.dokumente.Dokumentart;
import de.leverkusen.vergabe.dokumente.Prozessverlauf;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Vergabeakte of an ended procedure as xdomea 3.0.0 {@code Abgabe.Abgabe.0401}: the Akte with its metadata
 * (subject, Aktenzeichen, authority, retention § 8 Abs. 4 VgV), every stored document in all its formats, every
 * letter, the running record and the audit trail. Built once, checked against the schema and kept in
 * {@code aktenabgabe}; download and delivery serve the same bytes.
 */
@Service
public class AktenabgabeService {

    static final String SYSTEM = "Vergabe-Workflow-Engine";
    static final String STELLE = "Vergabestelle";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AktenabgabeRepository abgaben;
    private final VergabeService vergaben;
    private final AktenLeser leser;
    private final DokumentService dokumentService;
    private final DokumentRepository dokumente;
    private final SchreibenService schreiben;
    private final Prozessverlauf prozessverlauf;
    private final Clock clock;
    private final String empfaenger;

    public AktenabgabeService(AktenabgabeRepository abgaben, VergabeService vergaben, AktenLeser leser, DokumentService dokumentService,
                              DokumentRepository dokumente, SchreibenService schreiben, Prozessverlauf prozessverlauf, Clock clock,
                              DmsEinstellungen einstellungen) {
        this.abgaben = abgaben;
        this.vergaben = vergaben;
        this.leser = leser;
        this.dokumentService = dokumentService;
        this.dokumente = dokumente;
        this.schreiben = schreiben;
        this.prozessverlauf = prozessverlauf;
        this.clock = clock;
        this.empfaenger = einstellungen.empfaenger();
    }

    /**
     * In the transaction that ends the procedure (outbox): the hand-over is recorded with its ProzessID, so it is
     * delivered after the commit, or not at all when the end is rolled back.
     */
    @EventListener
    public void verfahrensstand(VergabeService.Verfahrensstand stand) {
        Vergabe v = vergaben.vergabe(stand.vergabeId());
        if (v.getStatus().beendet() && abgaben.findByVergabeId(v.getId()).isEmpty()) {
            abgaben.save(new Aktenabgabe(v.getId(), UUID.randomUUID(), OffsetDateTime.now(clock)));
        }
    }

    /**
     * The hand-over with its container (built now if not yet); empty while the procedure runs. A procedure that ended
     * before this version gets its row here.
     */
    @Transactional
    public Optional<Aktenabgabe> abgabe(Vergabe vergabe) {
        Vergabe v = vergaben.vergabe(vergabe.getId());
        if (!v.getStatus().beendet()) {
            return Optional.empty();
        }
        Aktenabgabe a = abgaben.findByVergabeId(v.getId())
                .orElseGet(() -> abgaben.saveAndFlush(new Aktenabgabe(v.getId(), UUID.randomUUID(), OffsetDateTime.now(clock))));
        return Optional.of(mitContainer(a, v));
    }

    /** The hand-over of this id with its container (for the delivery). */
    @Transactional
    public Aktenabgabe mitContainer(Long abgabeId) {
        Aktenabgabe a = abgaben.findById(abgabeId).orElseThrow();
        return mitContainer(a, vergaben.vergabe(a.getVergabeId()));
    }

    private Aktenabgabe mitContainer(Aktenabgabe a, Vergabe v) {
        if (a.getInhalt() != null) {
            return a;
        }
        byte[] container = XdomeaAbgabe.container(nachricht(a, v));
        // kept only if no one else (a download, another node) was first: all serve the bytes built first
        abgaben.containerSetzen(a.getId(), container, sha256(container), OffsetDateTime.now(clock));
        return abgaben.findById(a.getId()).orElseThrow();
    }

    /** The message for the procedure; checked against the xdomea schema (an invalid one is refused, never kept). */
    XdomeaAbgabe.Nachricht nachricht(Aktenabgabe abgabe, Vergabe v) {
        // final documents are stored on first request: make sure every one that can exist is in table dokument
        for (Dokumentart art : Dokumentart.values()) {
            dokumentService.dokument(v, art);
        }
        Akte akte = leser.lesen(v);
        String bk = v.getBusinessKey();
        LocalDate ende = abgabe.getAngelegtAm().atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate();
        LocalDate zuschlag = v.getZuschlagAm() == null ? null : v.getZuschlagAm().atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate();

        List<XdomeaAbgabe.Dokument> inhalt = new ArrayList<>(gespeicherteDokumente(v, bk));
        inhalt.addAll(briefe(akte, v.getId(), bk));
        List<Prozessverlauf.Bedienung> bedienung = prozessverlauf.bedienungen(bk);
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        inhalt.add(tabelle(bk, "laufende-dokumentation.csv", "Laufende Dokumentation (§ 8 Abs. 1 VgV)", "Vermerk",
                Aktenprotokoll.laufendeDokumentation(akte.laufendeDokumentation()), jetzt));
        inhalt.add(tabelle(bk, "verlauf.csv", "Verlauf des Verfahrens (Prozesshistorie: Schritte mit Person und Zeit)", "Protokoll",
                Aktenprotokoll.verlauf(akte.verlauf()), jetzt));
        inhalt.add(tabelle(bk, "bedienprotokoll.csv", "Bedienprotokoll der Prozess-Engine (Benutzeroperationen)", "Protokoll",
                Aktenprotokoll.bedienung(bedienung), jetzt));

        XdomeaAbgabe.Akte x = new XdomeaAbgabe.Akte(uuid(bk, "akte"), akte.titel(), bk, STELLE, bemerkung(akte, v, zuschlag),
                v.getAngelegtAm().atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate(), ende, Aufbewahrungsfrist.JAHRE,
                Aufbewahrungsfrist.ende(zuschlag, ende), Aktenprotokoll.eintraege(akte.verlauf(), bedienung), inhalt);
        XdomeaAbgabe.Nachricht n = new XdomeaAbgabe.Nachricht(abgabe.getProzessId(), jetzt, Akte.AUFTRAGGEBER, STELLE, empfaenger,
                SYSTEM, x);
        XdomeaSchema.pruefen(XdomeaAbgabe.xml(n));
        return n;
    }

    /** Every row of table dokument, the formats of one document (the Ratsbeschlussvorlage) as one Dokument. */
    private List<XdomeaAbgabe.Dokument> gespeicherteDokumente(Vergabe v, String bk) {
        Map<String, List<Dokument>> gruppen = new LinkedHashMap<>();
        for (Dokument d : dokumente.findByVergabeIdOrderById(v.getId())) {
            Optional<Dokumentart> art = Dokumentart.zumNamen(d.getName());
            String gruppe = art.isPresent() && art.get().ratsvorlage() ? "ratsbeschlussvorlage" : d.getName();
            gruppen.computeIfAbsent(gruppe, g -> new ArrayList<>()).add(d);
        }
        List<XdomeaAbgabe.Dokument> liste = new ArrayList<>();
        gruppen.forEach((gruppe, dateien) -> {
            List<XdomeaAbgabe.Datei> formate = dateien.stream()
                    .sorted(Comparator.comparing((Dokument d) -> !Dokumentart.PDF.equals(d.getContentType())))
                    .map(d -> Dateiformat.datei(uuid(bk, "datei:" + d.getName()), d.getName(), d.getErstelltAm(), d.getInhalt()))
                    .toList();
            OffsetDateTime erstellt = dateien.get(0).getErstelltAm();
            String[] titel = titel(gruppe, v);
            liste.add(new XdomeaAbgabe.Dokument(uuid(bk, "dokument:" + gruppe), titel[0], titel[1],
                    erstellt.atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate(), null, null, formate));
        });
        return liste;
    }

    private static String[] titel(String gruppe, Vergabe v) {
        return switch (gruppe) {
            case "vergabevermerk.pdf" -> new String[] {"Vergabevermerk (§ 8 VgV)", "Vergabevermerk"};
            case "ratsbeschlussvorlage" -> new String[] {"Beschlussvorlage für den Rat"
                    + (v.getVorlageNummer() == null ? "" : " " + v.getVorlageNummer()), "Beschlussvorlage"};
            case "vergabebekanntmachung.xml" -> new String[] {"Vergabebekanntmachung (§ 39 VgV, eForms)", "Bekanntmachung"};
            default -> new String[] {gruppe, "Dokument"};
        };
    }

    /** Every letter to a bidder as text, with recipient and dispatch date. */
    private List<XdomeaAbgabe.Dokument> briefe(Akte akte, Long vergabeId, String bk) {
        List<Schreiben> liste = schreiben.schreiben(vergabeId);
        List<XdomeaAbgabe.Dokument> ergebnis = new ArrayList<>();
        for (int i = 0; i < liste.size(); i++) {
            Schreiben s = liste.get(i);
            // the Akte lists the same letters in the same order, with the kind of letter in words
            String art = akte.schreiben().get(i).art();
            String text = "An: " + s.getEmpfaenger() + "\nBetreff: " + s.getBetreff() + "\n\n" + s.getText() + "\n";
            LocalDate versandt = s.getVersandtAm() == null ? null : s.getVersandtAm().atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate();
            String name = "schreiben-" + (i + 1) + ".txt";
            ergebnis.add(new XdomeaAbgabe.Dokument(uuid(bk, "schreiben:" + s.getId()), s.getBetreff(), art, versandt, s.getEmpfaenger(),
                    s.getVersand() == Schreiben.Versand.VERSANDT ? versandt : null,
                    List.of(Dateiformat.datei(uuid(bk, "datei:schreiben:" + s.getId()), name, s.getVersandtAm(),
                            text.getBytes(StandardCharsets.UTF_8)))));
        }
        return ergebnis;
    }

    private static XdomeaAbgabe.Dokument tabelle(String bk, String name, String betreff, String typ, byte[] csv, OffsetDateTime am) {
        return new XdomeaAbgabe.Dokument(uuid(bk, "dokument:" + name), betreff, typ, am.atZoneSameInstant(XdomeaAbgabe.ZONE).toLocalDate(),
                null, null, List.of(Dateiformat.datei(uuid(bk, "datei:" + name), name, am, csv)));
    }

    private static String bemerkung(Akte akte, Vergabe v, LocalDate zuschlag) {
        String art = akte.verfahrensart();
        if (v.getStatus() == Vergabe.Status.ABGESCHLOSSEN && akte.zuschlag() != null) {
            return art + "; abgeschlossen, Zuschlag an " + akte.zuschlag().bieter() + " am " + DATUM.format(zuschlag);
        }
        return art + "; aufgehoben: " + (v.getAufhebungsgrund() == null ? "ohne Zuschlag beendet" : v.getAufhebungsgrund());
    }

    /** Stable ids of the objects of this procedure's file: the same object keeps its UUID in every message (xdomea § 2.4.2). */
    static UUID uuid(String businessKey, String objekt) {
        return UUID.nameUUIDFromBytes(("vergabeakte:" + businessKey + ":" + objekt).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] inhalt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhalt));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
