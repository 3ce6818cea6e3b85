package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.verfahren.Verhandlungsverlauf.Vorbehalte;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiations of a negotiated procedure as recorded (§ 17 Abs. 10-14 VgV). Every step replays the recorded rounds
 * into a {@link Verhandlungsverlauf}, lets it check the step, then records it: the rules live in one place, the tables
 * are the authority.
 */
@Service
@Transactional
public class VerhandlungService {

    /** What a closed round sent: each list holds the offers a letter goes to. */
    public record Rundenabschluss(int runde, List<Angebot> informiert, String anlass, String inhalt, List<Angebot> ausgeschieden,
                                  String reduzierungBegruendung, List<Angebot> aufgefordert, OffsetDateTime frist) {
    }

    private final VergabeService vergaben;
    private final VerhandlungRepository verhandlungen;
    private final VerhandlungsrundeRepository runden;
    private final VerhandlungsgespraechRepository gespraeche;
    private final VerhandlungsinformationRepository informationen;
    private final Clock clock;

    public VerhandlungService(VergabeService vergaben, VerhandlungRepository verhandlungen, VerhandlungsrundeRepository runden,
                              VerhandlungsgespraechRepository gespraeche, VerhandlungsinformationRepository informationen, Clock clock) {
        this.vergaben = vergaben;
        this.verhandlungen = verhandlungen;
        this.runden = runden;
        this.gespraeche = gespraeche;
        this.informationen = informationen;
        this.clock = clock;
    }


    /** A negotiated procedure whose initial offers are evaluated (a winner or a tie) and whose negotiations are not recorded yet. */
    @Transactional(readOnly = true)
    public boolean zuVerhandeln(Long vergabeId) {
        Vergabe v = vergaben.vergabe(vergabeId);
        return v.getVerfahrensart() == Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB
                && (v.getStatus() == Vergabe.Status.GEWERTET || v.getStatus() == Vergabe.Status.LOSENTSCHEID)
                && !verhandlungen.existsById(vergabeId);
    }

    @Transactional(readOnly = true)
    public Optional<Verhandlung> verhandlung(Long vergabeId) {
        return verhandlungen.findById(vergabeId);
    }

    @Transactional(readOnly = true)
    public List<Verhandlungsrunde> runden(Long vergabeId) {
        return runden.findByVergabeIdOrderByNummer(vergabeId);
    }

    @Transactional(readOnly = true)
    public List<Verhandlungsgespraech> gespraeche(Long vergabeId) {
        return gespraeche.findByVergabeIdOrderById(vergabeId);
    }

    @Transactional(readOnly = true)
    public List<Verhandlungsinformation> informationen(Long vergabeId) {
        return informationen.findByVergabeIdOrderById(vergabeId);
    }

    /** The recorded negotiations, replayed through the rules of § 17 VgV. */
    @Transactional(readOnly = true)
    public Verhandlungsverlauf verlauf(Long vergabeId) {
        Verhandlung v = verhandlungen.findById(vergabeId)
                .orElseThrow(() -> new Verfahrensfehler("Für Vergabe " + vergabeId + " ist keine Verhandlung aufgenommen"));
        Verhandlungsverlauf verlauf = Verhandlungsverlauf.mitErstangeboten(vorbehalte(vergaben.vergabe(vergabeId)), v.getBieter());
        if (v.getZuschlagAufErstangeboteBegruendung() != null) {
            verlauf.zuschlagAufErstangebote(v.getZuschlagAufErstangeboteBegruendung());
            return verlauf;
        }
        Map<Long, String> namen = namen(vergabeId);
        List<Verhandlungsgespraech> alleGespraeche = gespraeche(vergabeId);
        List<Verhandlungsinformation> alleInformationen = informationen(vergabeId);
        for (Verhandlungsrunde r : runden(vergabeId)) {
            verlauf.rundeBeginnen();
            alleGespraeche.stream().filter(g -> g.getRundeId().equals(r.getId()))
                    .forEach(g -> verlauf.gespraechProtokollieren(namen.get(g.getAngebotId()), anwesende(g.getAnwesende()), g.getProtokoll()));
            alleInformationen.stream().filter(i -> i.getRundeId().equals(r.getId())).forEach(i -> verlauf.informieren(i.getAnlass(), i.getInhalt()));
            if (!r.getAusgeschieden().isEmpty()) {
                verlauf.reduzieren(new HashSet<>(r.getAusgeschieden()), r.getReduzierungBegruendung());
            }
        }
        if (v.getFristEndgueltigeAngebote() != null) {
            verlauf.endgueltigeAngeboteAnfordern(v.getFristEndgueltigeAngebote(), v.getAufgefordertAm());
        }
        return verlauf;
    }

    /**
     * After the evaluation of the initial offers: the award on them (only if reserved, § 17 Abs. 11 VgV), or round one,
     * whose meetings are the presentations already recorded (§ 17 Abs. 10 VgV). {@code bieter}: the initial offers the
     * evaluation did not exclude; admitted offers it excluded take no part in the negotiations.
     */
    public void eroeffnen(Long vergabeId, List<String> bieter, String benutzer, boolean aufErstangebote, String begruendung) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Verhandlungen aufnehmen", Vergabe.Status.GEWERTET, Vergabe.Status.LOSENTSCHEID);
        if (verhandlungen.existsById(vergabeId)) {
            throw new Verfahrensfehler("Über die Verhandlungen von " + vergabe.getBusinessKey() + " ist bereits entschieden");
        }
        Verhandlungsverlauf verlauf = Verhandlungsverlauf.mitErstangeboten(vorbehalte(vergabe), bieter);
        Verhandlung v = new Verhandlung(vergabeId, bieter, benutzer, jetzt());
        if (aufErstangebote) {
            verlauf.zuschlagAufErstangebote(begruendung);
            v.zuschlagAufErstangebote(verlauf.zuschlagAufErstangeboteBegruendung());
            verhandlungen.save(v);
            vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Zuschlag auf die Erstangebote ohne Verhandlung (§ 17 Abs. 11 VgV, in der "
                    + "Auftragsbekanntmachung vorbehalten): " + v.getZuschlagAufErstangeboteBegruendung());
            return;
        }
        vergabe.verhandlungBeginnen();
        verlauf.rundeBeginnen();
        Verhandlungsrunde runde = runden.save(new Verhandlungsrunde(vergabeId, 1, jetzt()));
        Map<String, Angebot> angebote = angeboteNachName(vergabeId);
        for (String name : bieter) {
            Angebot a = angebote.get(name);
            if (a == null || a.getPraesentationProtokoll() == null) {
                throw new Verfahrensfehler("Verhandlungen aufnehmen: die Präsentation von '" + name + "' ist nicht protokolliert");
            }
            verlauf.gespraechProtokollieren(name, anwesende(a.getPraesentationAnwesende()), a.getPraesentationProtokoll());
            gespraeche.save(new Verhandlungsgespraech(runde, a, a.getPraesentationBeginn() == null ? null
                    : a.getPraesentationBeginn().atZoneSameInstant(clock.getZone()).toLocalDate(),
                    a.getPraesentationAnwesende(), a.getPraesentationProtokoll(), benutzer, jetzt()));
        }
        for (Angebot a : vergaben.zugelasseneAngebote(vergabeId)) {
            if (!bieter.contains(a.getBieterName())) {
                a.ausschliessen("Das Erstangebot wurde in der Wertung ausgeschlossen (Mindestanforderung nicht erfüllt oder Mindestpunktzahl "
                        + "nicht erreicht); es wird nicht verhandelt (§ 17 Abs. 10 VgV)");
            }
        }
        verhandlungen.save(v);
        vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Verhandlungen aufgenommen mit " + String.join(", ", bieter)
                + "; die Präsentationen sind die Verhandlungsgespräche der Runde 1 (§ 17 Abs. 10 VgV)");
    }

    /** The meeting with one bidder in the current round (not on a day in the future). */
    public void gespraechProtokollieren(Long angebotId, String benutzer, LocalDate termin, String anwesende, String protokoll) {
        Angebot a = vergaben.angebot(angebotId);
        Long vergabeId = a.getVergabeId();
        vergaben.vergabe(vergabeId).erwarten("Verhandlungsgespräch protokollieren", Vergabe.Status.IN_VERHANDLUNG);
        if (termin != null && termin.isAfter(LocalDate.now(clock))) {
            throw new Eingabefehler("verhandlungstermin", "das Verhandlungsgespräch kann nicht in der Zukunft stattgefunden haben (" + termin + ")");
        }
        Verhandlungsverlauf verlauf = verlauf(vergabeId);
        verlauf.gespraechProtokollieren(a.getBieterName(), anwesende(anwesende), protokoll);
        Verhandlungsrunde runde = aktuelleRunde(vergabeId);
        gespraeche.save(new Verhandlungsgespraech(runde, a, termin, anwesende.strip(), protokoll.strip(), benutzer, jetzt()));
        vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Verhandlungsgespräch Runde " + runde.getNummer() + " mit " + a.getBieterName()
                + "; anwesend: " + anwesende.strip() + ". Protokoll: " + protokoll.strip());
    }

    /** The offers of the remaining bidders without a meeting in the current round (none after the call for final offers). */
    @Transactional(readOnly = true)
    public List<Long> offeneGespraeche(Long vergabeId) {
        Verhandlungsverlauf verlauf = verlauf(vergabeId);
        if (verlauf.fristEndgueltigeAngebote() != null || verlauf.runden().isEmpty()) {
            return List.of();
        }
        Verhandlungsverlauf.Runde runde = verlauf.runden().get(verlauf.runden().size() - 1);
        Set<String> verhandelt = runde.gespraeche().stream().map(Verhandlungsverlauf.Gespraech::bieter).collect(Collectors.toSet());
        Map<String, Angebot> angebote = angeboteNachName(vergabeId);
        return verlauf.verbleibend().stream().filter(b -> !verhandelt.contains(b)).map(b -> angebote.get(b).getId()).toList();
    }

    /** § 17 Abs. 13 VgV: information to every bidder still in the procedure; returns their offers (the letters' recipients). */
    public List<Angebot> informieren(Long vergabeId, String benutzer, String anlass, String inhalt) {
        vergaben.vergabe(vergabeId).erwarten("Bieter informieren", Vergabe.Status.IN_VERHANDLUNG);
        Verhandlungsverlauf verlauf = verlauf(vergabeId);
        String grund = anlass == null || anlass.isBlank() ? "Information an alle Bieter" : anlass.strip();
        List<String> empfaenger = verlauf.informieren(grund, inhalt);
        Verhandlungsrunde runde = aktuelleRunde(vergabeId);
        informationen.save(new Verhandlungsinformation(runde, grund, inhalt.strip(), empfaenger, benutzer, jetzt()));
        vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Information (Runde " + runde.getNummer() + ", " + grund + ") an alle "
                + "verbleibenden Bieter (§ 17 Abs. 13 VgV): " + String.join(", ", empfaenger) + ". Inhalt: " + inhalt.strip());
        return nachNamen(vergabeId, empfaenger);
    }

    /**
     * The end of the current round: information to every remaining bidder (if {@code inhalt} is given), a reduction (if
     * {@code ausscheidende} are named, § 17 Abs. 12 VgV), then the next round or the call for final offers with their
     * common deadline (§ 17 Abs. 14 VgV). All or nothing.
     */
    public Rundenabschluss rundeAbschliessen(Long vergabeId, String benutzer, String anlass, String inhalt, Set<String> ausscheidende,
                                             String reduzierungBegruendung, boolean endgueltigeAngebote, OffsetDateTime frist) {
        vergaben.vergabe(vergabeId).erwarten("Verhandlungsrunde abschließen", Vergabe.Status.IN_VERHANDLUNG);
        Verhandlungsrunde runde = aktuelleRunde(vergabeId);
        List<Angebot> informiert = inhalt == null || inhalt.isBlank() ? List.of() : informieren(vergabeId, benutzer, anlass, inhalt);
        Verhandlungsverlauf verlauf = verlauf(vergabeId);
        List<Angebot> ausgeschieden = List.of();
        if (!ausscheidende.isEmpty()) {
            verlauf.reduzieren(ausscheidende, reduzierungBegruendung);
            Verhandlungsverlauf.Reduzierung r = verlauf.runden().get(verlauf.runden().size() - 1).reduzierung();
            runde.reduziert(r.ausgeschieden(), r.begruendung(), benutzer, jetzt());
            ausgeschieden = nachNamen(vergabeId, r.ausgeschieden());
            for (Angebot a : ausgeschieden) {
                a.ausschliessen("Nach der Verhandlungsrunde " + runde.getNummer() + " ausgeschieden (§ 17 Abs. 12 VgV): " + r.begruendung());
            }
            vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Verringerung der Bieter nach Runde " + runde.getNummer()
                    + " (§ 17 Abs. 12 VgV, in der Auftragsbekanntmachung vorgesehen): ausgeschieden " + String.join(", ", r.ausgeschieden())
                    + "; Begründung nach den Zuschlagskriterien: " + r.begruendung() + "; verbleibend: " + String.join(", ", verlauf.verbleibend()));
        } else if (reduzierungBegruendung != null && !reduzierungBegruendung.isBlank()) {
            throw new Eingabefehler("ausscheidendeBieter", "eine Begründung der Verringerung ohne ausscheidende Bieter: bitte die Bieter nennen "
                    + "oder die Begründung leeren");
        }
        List<Angebot> aufgefordert = List.of();
        if (endgueltigeAngebote) {
            if (frist == null) {
                throw new Eingabefehler("fristEndgueltigeAngebote", "Pflichtfeld, wenn die endgültigen Angebote angefordert werden");
            }
            verlauf.endgueltigeAngeboteAnfordern(frist, jetzt());
            Verhandlung v = verhandlungen.findById(vergabeId).orElseThrow();
            v.endgueltigeAngeboteAngefordert(frist, benutzer, jetzt());
            aufgefordert = nachNamen(vergabeId, verlauf.verbleibend());
            vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Verhandlungen abgeschlossen; endgültige Angebote angefordert von "
                    + String.join(", ", verlauf.verbleibend()) + " bis " + Schreibweise.zeit(frist)
                    + " (§ 17 Abs. 14 VgV: über sie wird nicht mehr verhandelt)");
        } else {
            verlauf.rundeBeginnen();
            runden.save(new Verhandlungsrunde(vergabeId, runde.getNummer() + 1, jetzt()));
            vergaben.vermerk(vergabeId, benutzer, "Verhandlung", "Verhandlungsrunde " + (runde.getNummer() + 1) + " begonnen mit "
                    + String.join(", ", verlauf.verbleibend()));
        }
        return new Rundenabschluss(runde.getNummer(), informiert, anlass, inhalt, ausgeschieden, reduzierungBegruendung, aufgefordert, frist);
    }

    /** § 55 VgV for the final offers, first person: one price per remaining bidder; a bidder reduced out has none. */
    public void endgueltigeOeffnen(Long vergabeId, String benutzer, boolean vergabestelle, String niederschrift, String preistext) {
        vergaben.vergabe(vergabeId).erwarten("Endgültige Angebote öffnen", Vergabe.Status.IN_VERHANDLUNG);
        Verhandlungsverlauf verlauf = verlauf(vergabeId);
        Verhandlung v = verhandlungen.findById(vergabeId).orElseThrow();
        v.oeffnen(benutzer, vergabestelle, niederschrift, jetzt());
        List<String> ausgeschieden = v.getBieter().stream().filter(b -> !verlauf.verbleibend().contains(b)).toList();
        for (String zeile : preistext == null ? List.<String>of() : preistext.lines().toList()) {
            String name = zeile.contains(":") ? zeile.substring(0, zeile.lastIndexOf(':')).strip() : zeile.strip();
            if (ausgeschieden.contains(name)) {
                throw new Eingabefehler(Angebotspreise.FELD, "'" + name + "' ist nach der Verringerung (§ 17 Abs. 12 VgV) nicht mehr im "
                        + "Verhandlungsverfahren und kann kein endgültiges Angebot abgeben; aufgefordert: " + String.join(", ", verlauf.verbleibend()));
            }
        }
        Map<String, BigDecimal> preise = Angebotspreise.lesen(preistext, verlauf.verbleibend());
        Map<String, Angebot> angebote = angeboteNachName(vergabeId);
        preise.forEach((name, preis) -> angebote.get(name).endgueltigesAngebot(preis));
        vergaben.vermerk(vergabeId, benutzer, "Öffnung", "Endgültige Angebote geöffnet (erste Person), " + preise.size()
                + " Angebote erfasst: " + niederschrift);
    }

    /** Second, different person (four eyes, the rule of the initial opening): the final offers go to the evaluation. */
    public void endgueltigeGegenzeichnen(Long vergabeId, String benutzer, boolean vergabestelle, String vermerkText) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        vergabe.erwarten("Öffnung der endgültigen Angebote gegenzeichnen", Vergabe.Status.IN_VERHANDLUNG);
        verhandlungen.findById(vergabeId).orElseThrow().gegenzeichnen(benutzer, vergabestelle, jetzt());
        vergabe.endgueltigeAngeboteGeoeffnet();
        vergaben.vermerk(vergabeId, benutzer, "Öffnung", "Öffnung der endgültigen Angebote gegengezeichnet (zweite Person): " + vermerkText);
    }

    /** The bidders of the negotiations in the order of their initial offers (for the opening form's pre-filled lines). */
    @Transactional(readOnly = true)
    public List<String> verbleibend(Long vergabeId) {
        return verlauf(vergabeId).verbleibend();
    }

    private Verhandlungsrunde aktuelleRunde(Long vergabeId) {
        List<Verhandlungsrunde> alle = runden(vergabeId);
        if (alle.isEmpty()) {
            throw new Eingabefehler("verhandlungsrunde", "keine Verhandlungsrunde begonnen");
        }
        return alle.get(alle.size() - 1);
    }

    private static Vorbehalte vorbehalte(Vergabe v) {
        return new Vorbehalte(v.isVorbehaltZuschlagAufErstangebote(), v.isVorbehaltReduzierung());
    }

    private static List<String> anwesende(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Map<Long, String> namen(Long vergabeId) {
        return vergaben.angebote(vergabeId).stream().collect(Collectors.toMap(Angebot::getId, Angebot::getBieterName));
    }

    private Map<String, Angebot> angeboteNachName(Long vergabeId) {
        return vergaben.angebote(vergabeId).stream().collect(Collectors.toMap(Angebot::getBieterName, Function.identity()));
    }

    private List<Angebot> nachNamen(Long vergabeId, List<String> namen) {
        Map<String, Angebot> angebote = angeboteNachName(vergabeId);
        return namen.stream().map(angebote::get).toList();
    }

    private OffsetDateTime jetzt() {
        return OffsetDateTime.now(clock);
    }
}
