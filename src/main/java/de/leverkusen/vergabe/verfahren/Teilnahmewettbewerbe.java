package de.leverkusen.vergabe.verfahren;

import static de.leverkusen.vergabe.modelle.TeilnahmewettbewerbProzess.*;

import de.leverkusen.vergabe.fristen.Fristeneinstellungen;
import de.leverkusen.vergabe.fristen.Fristenrechner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation competition of the restricted and the negotiated procedure (§§ 16, 17, 51 VgV): four-eyes opening
 * of the requests after the participation period, the check of each candidate, the selection and the invitation to
 * tender, which creates the offer rows of the invited candidates and nobody else's.
 */
@Service
@Transactional
public class Teilnahmewettbewerbe {

    /** the values of the exclusion-ground select (form ausschlussgruende-pruefen) that exclude */
    private static final Set<String> AUSSCHLIESSEND = Set.of("ZWINGEND_123", "FAKULTATIV_124_AUSSCHLUSS");

    private final VergabeService vergaben;
    private final TeilnahmeantragRepository antraege;
    private final AngebotRepository angebote;
    private final Fristenrechner fristenrechner;
    private final Clock clock;
    /** the shortest deadline for missing documents, shared with the offers' request (§ 56 Abs. 2, 4 VgV) */
    private final int nachforderungMindesttage;

    public Teilnahmewettbewerbe(VergabeService vergaben, TeilnahmeantragRepository antraege, AngebotRepository angebote,
                                Fristenrechner fristenrechner, Clock clock, Fristeneinstellungen fristen) {
        this.vergaben = vergaben;
        this.antraege = antraege;
        this.angebote = angebote;
        this.fristenrechner = fristenrechner;
        this.clock = clock;
        this.nachforderungMindesttage = fristen.nachforderungMindesttage();
    }

    @Transactional(readOnly = true)
    public List<Teilnahmeantrag> antraege(Long vergabeId) {
        return antraege.findByVergabeIdOrderById(vergabeId);
    }

    @Transactional(readOnly = true)
    public Teilnahmeantrag antrag(Long antragId) {
        return antraege.findById(antragId).orElseThrow(() -> new NoSuchElementException("Teilnahmeantrag " + antragId));
    }

    /** First opener: only after the participation period, a member of the Vergabestelle; records the candidates. */
    public void oeffnen(Long vergabeId, String benutzer, boolean vergabestelle, String niederschrift, List<Vergabeantrag.Bieter> bewerber) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.teilnahmeantraegeOeffnen(benutzer, vergabestelle, jetzt());
        for (Vergabeantrag.Bieter b : bewerber) {
            antraege.save(new Teilnahmeantrag(vergabeId, b.name().trim(), b.email().trim()));
        }
        vergaben.vermerk(vergabeId, benutzer, "Teilnahmewettbewerb", "Teilnahmeanträge geöffnet (erste Person), " + bewerber.size()
                + " Teilnahmeanträge erfasst: " + bewerber.stream().map(Vergabeantrag.Bieter::name).collect(Collectors.joining(", "))
                + ". Niederschrift: " + niederschrift);
    }

    /** Second opener; another member of the Vergabestelle than the first. */
    public void gegenzeichnen(Long vergabeId, String benutzer, boolean vergabestelle, String vermerkText) {
        vergaben.vergabe(vergabeId).teilnahmeantraegeGegenzeichnen(benutzer, vergabestelle, jetzt());
        vergaben.vermerk(vergabeId, benutzer, "Teilnahmewettbewerb", "Öffnung der Teilnahmeanträge gegengezeichnet (zweite Person): " + vermerkText);
    }

    /**
     * The check of one candidate like a bidder's (§§ 123, 124 GWB before suitability, § 122 GWB): a candidate with an
     * exclusion ground is not suitable; a suitable one gets its points by the published selection criteria.
     */
    public void pruefen(Long antragId, String benutzer, String ausschlussgrund, boolean geeignet, BigDecimal punkte, String vermerk) {
        Teilnahmeantrag antrag = antrag(antragId);
        vergaben.vergabe(antrag.getVergabeId()).erwarten("Bewerber prüfen", Vergabe.Status.TEILNAHME_GEOEFFNET);
        nochNichtEntschieden(antrag, "Bewerber prüfen");
        if (antrag.nachforderungOffen()) {
            throw new Verfahrensfehler("Bewerber prüfen: von " + antrag.getBewerberName() + " sind Unterlagen bis zum "
                    + Schreibweise.datum(antrag.getNachforderungsfrist()) + " nachgefordert; erst ist ihre Nachreichung zu prüfen");
        }
        boolean ausgeschlossen = AUSSCHLIESSEND.contains(ausschlussgrund);
        if (geeignet && !ausgeschlossen && (punkte == null || punkte.signum() < 0)) {
            throw new Eingabefehler("bewerberPunkte", "Pflichtfeld für einen geeigneten Bewerber: Punkte nach den veröffentlichten "
                    + "Auswahlkriterien, nicht negativ (§ 51 Abs. 1 VgV)");
        }
        boolean ergebnis = geeignet && !ausgeschlossen;
        String text = ausgeschlossen ? ("ZWINGEND_123".equals(ausschlussgrund) ? "zwingender Ausschlussgrund (§ 123 GWB): "
                : "fakultativer Ausschlussgrund (§ 124 GWB): ") + vermerk
                : geeignet ? vermerk : "Eignung nicht nachgewiesen (§ 122 GWB): " + vermerk;
        antrag.geprueft(ergebnis, ausschlussgrund, text, punkte);
        vergaben.vermerk(antrag.getVergabeId(), benutzer, "Teilnahmewettbewerb", "Bewerber " + antrag.getBewerberName() + (ergebnis
                ? " geeignet, " + Schreibweise.zahl(punkte) + " Punkte nach den Auswahlkriterien: " + text
                : " nicht geeignet: " + text));
    }

    /**
     * § 56 Abs. 2 VgV: instead of deciding, the Vergabestelle requests missing company documents (references,
     * certificates; never documents that affect the points) once per candidate, before the selection, with a deadline
     * of at least the configured minimum after today's letter. The candidate stays undecided until the outcome.
     */
    public void nachfordern(Long antragId, String benutzer, String unterlagen, LocalDate frist) {
        Teilnahmeantrag antrag = antrag(antragId);
        vergaben.vergabe(antrag.getVergabeId()).erwarten("Unterlagen nachfordern", Vergabe.Status.TEILNAHME_GEOEFFNET);
        nochNichtEntschieden(antrag, "Unterlagen nachfordern");
        if (antrag.getNachgefordertAm() != null) {
            throw new Eingabefehler(BEWERBER_PRUEFSCHRITT, "von " + antrag.getBewerberName() + " wurden bereits am "
                    + Schreibweise.datum(antrag.getNachgefordertAm()) + " Unterlagen nachgefordert; eine zweite Nachforderung ist "
                    + "nicht vorgesehen, über den Bewerber ist jetzt zu entscheiden");
        }
        Nachforderungsfrist.pruefen(frist, LocalDate.now(clock), nachforderungMindesttage, BEWERBER_NACHFORDERUNGSFRIST, "Nachreichung",
                "§ 56 Abs. 2, 4 VgV");
        antrag.nachgefordert(unterlagen.strip(), frist, benutzer, jetzt());
        vergaben.vermerk(antrag.getVergabeId(), benutzer, "Teilnahmewettbewerb", "Von Bewerber " + antrag.getBewerberName()
                + " Unterlagen nachgefordert (§ 56 Abs. 2 VgV), Frist bis " + Schreibweise.datum(frist) + ", 24:00 Uhr: " + unterlagen.strip());
    }

    /**
     * The Vergabestelle records the outcome of the request within the deadline: received (on a day from the request to
     * today, not after the deadline), then the candidate is checked; or not complete, then it is not suitable.
     */
    public void nachreichungPruefen(Long antragId, String benutzer, boolean vollstaendig, LocalDate eingegangenAm, String vermerk) {
        Teilnahmeantrag antrag = offeneNachforderung(antragId, "Nachgereichte Unterlagen prüfen");
        if (!vollstaendig) {
            String grund = "Nachgeforderte Unterlagen nicht vollständig vorgelegt (§ 57 Abs. 1 Nr. 2 VgV analog, § 56 Abs. 2 VgV): "
                    + antrag.getNachgeforderteUnterlagen() + (vermerk == null || vermerk.isBlank() ? "" : ". " + vermerk.strip());
            antrag.nichtNachgereicht(Teilnahmeantrag.Nachforderungsausgang.NICHT_VOLLSTAENDIG, grund);
            vergaben.vermerk(antrag.getVergabeId(), benutzer, "Teilnahmewettbewerb", "Bewerber " + antrag.getBewerberName() + " nicht geeignet: " + grund);
            return;
        }
        LocalDate heute = LocalDate.now(clock);
        LocalDate nachgefordert = antrag.getNachgefordertAm().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (eingegangenAm == null) {
            throw new Eingabefehler(BEWERBER_UNTERLAGEN_EINGEGANGEN_AM, "Pflichtfeld, wenn die Unterlagen nachgereicht sind");
        }
        if (eingegangenAm.isBefore(nachgefordert) || eingegangenAm.isAfter(heute) || eingegangenAm.isAfter(antrag.getNachforderungsfrist())) {
            throw new Eingabefehler(BEWERBER_UNTERLAGEN_EINGEGANGEN_AM, "der Eingang (" + Schreibweise.datum(eingegangenAm) + ") muss zwischen der "
                    + "Nachforderung am " + Schreibweise.datum(nachgefordert) + " und heute liegen, spätestens am Fristende "
                    + Schreibweise.datum(antrag.getNachforderungsfrist()) + " (§ 56 Abs. 2, 4 VgV)");
        }
        antrag.nachgereicht(eingegangenAm);
        vergaben.vermerk(antrag.getVergabeId(), benutzer, "Teilnahmewettbewerb", "Nachgeforderte Unterlagen von Bewerber " + antrag.getBewerberName()
                + " am " + Schreibweise.datum(eingegangenAm) + " fristgerecht eingegangen" + (vermerk == null || vermerk.isBlank() ? "" : ": " + vermerk.strip()));
    }

    /** The deadline passed without the documents: the candidate is not suitable. Refused before the deadline's end. */
    public void nachforderungsfristAbgelaufen(Long antragId) {
        Teilnahmeantrag antrag = offeneNachforderung(antragId, "Nachforderungsfrist abgelaufen");
        OffsetDateTime ende = nachforderungsfristEnde(antrag);
        if (jetzt().isBefore(ende)) {
            throw new Verfahrensfehler("Nachforderungsfrist abgelaufen: die Frist für " + antrag.getBewerberName() + " läuft bis "
                    + Schreibweise.fristende(ende));
        }
        String grund = "Nachgeforderte Unterlagen nicht bis zum Fristende am " + Schreibweise.fristende(ende) + " eingegangen "
                + "(§ 57 Abs. 1 Nr. 2 VgV analog, § 56 Abs. 2 VgV): " + antrag.getNachgeforderteUnterlagen();
        antrag.nichtNachgereicht(Teilnahmeantrag.Nachforderungsausgang.FRIST_ABGELAUFEN, grund);
        vergaben.vermerk(antrag.getVergabeId(), null, "Teilnahmewettbewerb", "Bewerber " + antrag.getBewerberName() + " nicht geeignet: " + grund);
    }

    /** The end of the request's deadline: 24:00 of its day at the authority's seat. */
    @Transactional(readOnly = true)
    public OffsetDateTime nachforderungsfristEnde(Long antragId) {
        return nachforderungsfristEnde(antrag(antragId));
    }

    private OffsetDateTime nachforderungsfristEnde(Teilnahmeantrag antrag) {
        if (antrag.getNachforderungsfrist() == null) {
            throw new Verfahrensfehler("Von " + antrag.getBewerberName() + " wurden keine Unterlagen nachgefordert");
        }
        return antrag.getNachforderungsfrist().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private Teilnahmeantrag offeneNachforderung(Long antragId, String schritt) {
        Teilnahmeantrag antrag = antrag(antragId);
        vergaben.vergabe(antrag.getVergabeId()).erwarten(schritt, Vergabe.Status.TEILNAHME_GEOEFFNET);
        if (!antrag.nachforderungOffen()) {
            throw new Verfahrensfehler(schritt + ": von " + antrag.getBewerberName() + " sind keine Unterlagen nachgefordert, deren "
                    + "Nachreichung noch offen ist");
        }
        return antrag;
    }

    /** One decision per candidate: a decided candidate is not checked again, nor asked for documents. */
    private static void nochNichtEntschieden(Teilnahmeantrag antrag, String schritt) {
        if (antrag.getStatus() != Teilnahmeantrag.Status.EINGEGANGEN) {
            throw new Verfahrensfehler(schritt + ": über " + antrag.getBewerberName() + " ist bereits entschieden ("
                    + (antrag.getStatus() == Teilnahmeantrag.Status.NICHT_GEEIGNET ? "nicht geeignet" : "geeignet") + ")");
        }
    }

    /**
     * The selection of § 51 VgV by the candidates' names, checked by {@link Bewerberauswahl}; returns its result. Every
     * candidate not invited is recorded with the reason its letter tells.
     */
    public Bewerberauswahl.Ergebnis auswaehlen(Long vergabeId, String benutzer, List<String> namen, String begruendung) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Bewerber auswählen", Vergabe.Status.TEILNAHME_GEOEFFNET);
        List<Teilnahmeantrag> alle = antraege(vergabeId);
        List<String> offen = alle.stream().filter(a -> a.getStatus() == Teilnahmeantrag.Status.EINGEGANGEN)
                .map(a -> a.getBewerberName() + (a.nachforderungOffen() ? " (Unterlagen nachgefordert bis "
                        + Schreibweise.datum(a.getNachforderungsfrist()) + ")" : "")).toList();
        if (!offen.isEmpty()) {
            throw new Verfahrensfehler("Bewerber auswählen: noch nicht geprüft: " + String.join(", ", offen));
        }
        Map<String, Teilnahmeantrag> nachName = alle.stream().collect(Collectors.toMap(a -> a.getBewerberName().toLowerCase(), a -> a));
        Set<Long> gewaehlt = new LinkedHashSet<>();
        Set<String> doppelt = new HashSet<>();
        for (String name : namen) {
            Teilnahmeantrag a = nachName.get(name.strip().toLowerCase());
            if (a == null) {
                throw new Eingabefehler("auswahl", "'" + name.strip() + "' hat keinen Teilnahmeantrag in diesem Verfahren gestellt "
                        + "(§ 51 Abs. 3 Satz 2 VgV)");
            }
            if (!doppelt.add(a.getBewerberName())) {
                throw new Eingabefehler("auswahl", "'" + a.getBewerberName() + "' steht doppelt in der Auswahl");
            }
            gewaehlt.add(a.getId());
        }
        Bewerberauswahl.Ergebnis ergebnis = Bewerberauswahl.pruefen(vergabe.teilnahmewettbewerb(),
                alle.stream().map(Teilnahmeantrag::alsBewerber).toList(), gewaehlt, begruendung);
        vergabe.bewerberAusgewaehlt();
        Map<Long, String> nicht = ergebnis.nichtAufgefordert().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue));
        for (Teilnahmeantrag a : alle) {
            if (nicht.containsKey(a.getId())) {
                a.nichtAufgefordert(nicht.get(a.getId()));
            } else {
                a.ausgewaehlt();
            }
        }
        vergaben.vermerk(vergabeId, benutzer, "Auswahl der Bewerber", ergebnis.vermerk());
        return ergebnis;
    }

    /** Whether the checks found any candidate suitable; without one nobody can be invited and the procedure ends (§ 63 VgV). */
    @Transactional(readOnly = true)
    public boolean geeigneteBewerberVorhanden(Long vergabeId) {
        return antraege(vergabeId).stream().anyMatch(a -> a.getStatus() == Teilnahmeantrag.Status.GEEIGNET);
    }

    /** Candidates not invited, whose letter is still to be written. */
    @Transactional(readOnly = true)
    public List<Teilnahmeantrag> nichtAufgefordert(Long vergabeId) {
        return antraege(vergabeId).stream().filter(a -> a.getStatus() == Teilnahmeantrag.Status.NICHT_AUFGEFORDERT).toList();
    }

    /** The letter telling a candidate it is not invited is written: it gets no § 134 GWB letter later. */
    public void informiert(Long antragId) {
        antrag(antragId).informiert(jetzt());
    }

    /**
     * The invitation to tender (§ 52 VgV) to the selected candidates: the offer period counts from today's dispatch
     * (§ 16 Abs. 5-8, § 17 Abs. 6-9 VgV), the presentations lie after it. Each invited candidate gets its offer row;
     * nobody else can ever submit an offer in this procedure.
     */
    public List<Angebot> auffordern(Long vergabeId, String benutzer, OffsetDateTime angebotsfrist, LocalDate praesentationVon,
                                    LocalDate praesentationBis) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Zur Angebotsabgabe auffordern", Vergabe.Status.BEWERBER_AUSGEWAEHLT);
        LocalDate heute = LocalDate.now(clock);
        Vergabeantrag.angebotsfristPruefen(fristenrechner, clock.getZone(), vergabe.getVerfahrensart(), heute, vergabe.isElektronisch(),
                vergabe.isDringlich(), angebotsfrist);
        Vergabeantrag.praesentationPruefen(praesentationVon, praesentationBis, angebotsfrist);
        vergabe.aufgefordert(angebotsfrist, praesentationVon, praesentationBis, jetzt());
        List<Teilnahmeantrag> eingeladen = antraege(vergabeId).stream()
                .filter(a -> a.getStatus() == Teilnahmeantrag.Status.GEEIGNET).toList();
        List<Angebot> neu = eingeladen.stream().map(a -> {
            Angebot angebot = angebote.save(new Angebot(vergabeId, a.getBewerberName(), a.getBewerberEmail()));
            a.aufgefordert(angebot.getId());
            return angebot;
        }).toList();
        vergaben.vermerk(vergabeId, benutzer, "Aufforderung zur Angebotsabgabe", neu.size() + " Bewerber zur Angebotsabgabe aufgefordert ("
                + neu.stream().map(Angebot::getBieterName).collect(Collectors.joining(", ")) + "), Angebotsfrist bis "
                + Schreibweise.fristende(angebotsfrist) + ", Präsentationen " + Schreibweise.datum(praesentationVon) + " bis "
                + Schreibweise.datum(praesentationBis));
        return neu;
    }

    private OffsetDateTime jetzt() {
        return OffsetDateTime.now(clock);
    }
}
