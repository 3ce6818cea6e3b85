package de.leverkusen.vergabe.verfahren;

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

    public Teilnahmewettbewerbe(VergabeService vergaben, TeilnahmeantragRepository antraege, AngebotRepository angebote,
                                Fristenrechner fristenrechner, Clock clock) {
        this.vergaben = vergaben;
        this.antraege = antraege;
        this.angebote = angebote;
        this.fristenrechner = fristenrechner;
        this.clock = clock;
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
     * The selection of § 51 VgV by the candidates' names, checked by {@link Bewerberauswahl}; returns its result. Every
     * candidate not invited is recorded with the reason its letter tells.
     */
    public Bewerberauswahl.Ergebnis auswaehlen(Long vergabeId, String benutzer, List<String> namen, String begruendung) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Bewerber auswählen", Vergabe.Status.TEILNAHME_GEOEFFNET);
        List<Teilnahmeantrag> alle = antraege(vergabeId);
        List<String> offen = alle.stream().filter(a -> a.getStatus() == Teilnahmeantrag.Status.EINGEGANGEN)
                .map(Teilnahmeantrag::getBewerberName).toList();
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
