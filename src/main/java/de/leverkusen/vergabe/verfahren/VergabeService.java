package de.leverkusen.vergabe.verfahren;

import de.leverkusen.vergabe.fristen.Fristenrechner;
import de.leverkusen.vergabe.nachpruefung.Ruegepruefung;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life cycle of a procedure and its Vergabeakte: offers, committee, council, award. */
@Service
@Transactional
public class VergabeService {

    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final VergabeRepository vergaben;
    private final AngebotRepository angebote;
    private final BewerterRepository bewerter;
    private final VermerkRepository vermerke;
    private final Fristenrechner fristenrechner;
    private final Clock clock;
    private final ApplicationEventPublisher ereignisse;

    public VergabeService(VergabeRepository vergaben, AngebotRepository angebote, BewerterRepository bewerter,
                          VermerkRepository vermerke, Fristenrechner fristenrechner, Clock clock, ApplicationEventPublisher ereignisse) {
        this.vergaben = vergaben;
        this.angebote = angebote;
        this.bewerter = bewerter;
        this.vermerke = vermerke;
        this.fristenrechner = fristenrechner;
        this.clock = clock;
        this.ereignisse = ereignisse;
    }

    /**
     * Published when a procedure reaches a state that makes one of its documents final (council decision, end with
     * or without award); listeners act after the commit.
     */
    public record Verfahrensstand(Long vergabeId) {
    }

    public Vergabe anlegen(Vergabeantrag antrag, String benutzer) {
        antrag.pruefen();
        antrag.pruefeAngebotsfrist(fristenrechner, clock.getZone());
        if (vergaben.findByBusinessKey(antrag.businessKey()).isPresent()) {
            throw new Eingabefehler("businessKey", "das Aktenzeichen " + antrag.businessKey() + " ist bereits vergeben");
        }
        Vergabe vergabe = vergaben.save(new Vergabe(antrag.businessKey(), antrag, jetzt()));
        for (Vergabeantrag.Bieter b : antrag.bieter()) {
            angebote.save(new Angebot(vergabe.getId(), b.name().trim(), b.email().trim()));
        }
        for (String b : antrag.bewerter()) {
            bewerter.save(new Bewerter(vergabe.getId(), b));
        }
        vermerk(vergabe.getId(), benutzer, "Einleitung", "Verfahren eingeleitet: " + antrag.titel() + " (" + antrag.verfahrensart().text()
                + ", geschätzter Auftragswert " + Schreibweise.euro(antrag.geschaetzterWert()) + " netto), "
                + (antrag.teilnahme() == null ? antrag.bieter().size() + " Bieter" : "Teilnahmewettbewerb") + ", Bewertungskommission "
                + String.join(", ", antrag.bewerter()));
        if (antrag.teilnahme() != null) {
            Vergabeantrag.Teilnahmeangaben t = antrag.teilnahme();
            vermerk(vergabe.getId(), benutzer, "Teilnahmewettbewerb", "Teilnahmefrist bis " + Schreibweise.fristende(t.teilnahmefrist())
                    + "; aufzufordern mindestens " + t.mindestzahl() + (t.hoechstzahl() == null ? ", keine Höchstzahl" : ", höchstens " + t.hoechstzahl())
                    + " Bewerber (§ 51 VgV); Auswahlkriterien: " + t.auswahlkriterien().strip()
                    + (antrag.verfahrensart() == Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB
                    ? "; Zuschlag auf die Erstangebote " + (t.vorbehaltZuschlagAufErstangebote() ? "" : "nicht ") + "vorbehalten (§ 17 Abs. 11 VgV)"
                    + ", Verringerung der Zahl der Angebote " + (t.vorbehaltReduzierung() ? "" : "nicht ") + "vorbehalten (§ 17 Abs. 12 VgV)" : ""));
        }
        vermerk(vergabe.getId(), benutzer, "Einleitung", Schwellenwert.pruefung(antrag.geschaetzterWert(), antrag.fristereignisAm()));
        return vergabe;
    }

    @Transactional(readOnly = true)
    public Vergabe vergabe(Long vergabeId) {
        return vergaben.findById(vergabeId).orElseThrow(() -> new NoSuchElementException("Vergabe " + vergabeId));
    }

    @Transactional(readOnly = true)
    public Angebot angebot(Long angebotId) {
        return angebote.findById(angebotId).orElseThrow(() -> new NoSuchElementException("Angebot " + angebotId));
    }

    @Transactional(readOnly = true)
    public List<Angebot> angebote(Long vergabeId) {
        return angebote.findByVergabeIdOrderById(vergabeId);
    }

    @Transactional(readOnly = true)
    public List<Angebot> zugelasseneAngebote(Long vergabeId) {
        return angebote.findByVergabeIdAndStatusOrderById(vergabeId, Angebot.Status.ZUGELASSEN);
    }

    @Transactional(readOnly = true)
    public List<Bewerter> bewerter(Long vergabeId) {
        return bewerter.findByVergabeIdOrderById(vergabeId);
    }

    @Transactional(readOnly = true)
    public List<Bewerter> unbefangeneBewerter(Long vergabeId) {
        return bewerter.findByVergabeIdAndStatusOrderById(vergabeId, Bewerter.Status.UNBEFANGEN);
    }

    @Transactional(readOnly = true)
    public List<Vermerk> vermerke(Long vergabeId) {
        return vermerke.findByVergabeIdOrderByZeitpunktAscIdAsc(vergabeId);
    }

    /**
     * First of the two openers of § 55 VgV: opens the offers and records each bidder's price; only a member of the
     * Vergabestelle ({@code vergabestelle}), only after the offer deadline on the procedure's clock.
     */
    public void oeffnen(Long vergabeId, String benutzer, boolean vergabestelle, String niederschrift, Map<String, BigDecimal> preise) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.oeffnen(benutzer, vergabestelle, jetzt());
        List<Angebot> alle = angebote(vergabeId);
        Set<String> bieter = new HashSet<>();
        alle.forEach(a -> bieter.add(a.getBieterName()));
        if (!bieter.equals(preise.keySet())) {
            throw new Eingabefehler(Angebotspreise.FELD, "je Bieter genau ein Angebotspreis erforderlich: " + String.join(", ", bieter));
        }
        for (Angebot a : alle) {
            BigDecimal preis = preise.get(a.getBieterName());
            if (preis.signum() <= 0) {
                throw new Eingabefehler(Angebotspreise.FELD, "Angebotspreis von " + a.getBieterName() + " muss größer als 0 sein");
            }
            a.preisErfassen(preis);
        }
        vermerk(vergabeId, benutzer, "Öffnung", "Angebote geöffnet (erste Person), " + alle.size() + " Angebote erfasst: " + niederschrift);
    }

    /** Second opener; must be another member of the Vergabestelle than the first. */
    public void gegenzeichnen(Long vergabeId, String benutzer, boolean vergabestelle, String vermerkText) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.gegenzeichnen(benutzer, vergabestelle, jetzt());
        vermerk(vergabeId, benutzer, "Öffnung", "Öffnung gegengezeichnet (zweite Person): " + vermerkText);
    }

    public void zulassen(Long angebotId, String begruendung) {
        Angebot angebot = angebot(angebotId);
        vergabe(angebot.getVergabeId()).erwarten("Angebot zulassen", Vergabe.Status.GEOEFFNET);
        angebot.zulassen();
        vermerk(angebot.getVergabeId(), null, "Prüfung", "Angebot " + angebot.getBieterName() + " zur Wertung zugelassen: " + begruendung);
    }

    public void ausschliessen(Long angebotId, String grund) {
        Angebot angebot = angebot(angebotId);
        vergabe(angebot.getVergabeId()).erwarten("Angebot ausschließen", Vergabe.Status.GEOEFFNET);
        angebot.ausschliessen(grund);
        vermerk(angebot.getVergabeId(), null, "Prüfung", "Angebot " + angebot.getBieterName() + " ausgeschlossen: " + grund);
    }

    /**
     * § 60 Abs. 1 VgV after the opening and the checks: each admitted offer's price against the next higher one and the
     * estimate. Flagged offers are recorded with the reason and must be clarified before the evaluation can finish.
     */
    public List<Long> niedrigpreisePruefen(Long vergabeId, Niedrigpreisschwellen schwellen) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.erwarten("Ungewöhnlich niedrige Angebote prüfen", Vergabe.Status.GEOEFFNET);
        List<Niedrigpreisschwellen.Befund> befunde = schwellen.pruefen(zugelasseneAngebote(vergabeId).stream()
                .map(a -> new Niedrigpreisschwellen.Preis(a.getId(), a.getBieterName(), a.getPreis())).toList(), vergabe.getGeschaetzterWert());
        for (Niedrigpreisschwellen.Befund befund : befunde) {
            Angebot angebot = angebot(befund.angebotId());
            angebot.niedrigpreisFestgestellt(befund.text());
            vermerk(vergabeId, null, "§ 60 VgV", "Angebot " + angebot.getBieterName() + " erscheint ungewöhnlich niedrig: "
                    + befund.text() + ". Aufklärung beim Bieter erforderlich.");
        }
        if (befunde.isEmpty()) {
            vermerk(vergabeId, null, "§ 60 VgV", "Kein zugelassenes Angebot erscheint ungewöhnlich niedrig (Aufgreifschwellen "
                    + "gegenüber dem nächsthöheren Angebot und dem geschätzten Auftragswert nicht überschritten).");
        }
        return befunde.stream().map(Niedrigpreisschwellen.Befund::angebotId).toList();
    }

    public List<Angebot> niedrigpreisAngebote(Long vergabeId) {
        return angebote(vergabeId).stream().filter(a -> a.getNiedrigpreisBefund() != null).toList();
    }

    /** The request to the bidder in text form (§ 60 Abs. 1 VgV), with a deadline in the future. */
    public Angebot aufklaerungAnfordern(Long angebotId, String benutzer, String fragen, LocalDate frist, LocalDate heute, int mindesttage) {
        Angebot angebot = angebot(angebotId);
        vergabe(angebot.getVergabeId()).erwarten("Aufklärung anfordern", Vergabe.Status.GEOEFFNET);
        if (angebot.getNiedrigpreisBefund() == null || angebot.getNiedrigpreisEntscheidung() != null) {
            throw new Verfahrensfehler("Aufklärung: Angebot " + angebot.getBieterName() + " ist nicht als ungewöhnlich niedrig "
                    + "festgestellt oder bereits entschieden");
        }
        Nachforderungsfrist.pruefen(frist, heute, mindesttage, "aufklaerungFrist", "Aufklärung", "§ 60 Abs. 1 VgV");
        angebot.aufklaerungAngefordert(fragen, frist);
        vermerk(angebot.getVergabeId(), benutzer, "§ 60 VgV", "Aufklärung bei " + angebot.getBieterName() + " in Textform angefordert, Frist "
                + frist + ": " + fragen);
        return angebot;
    }

    /** The bidder's answer and the decision: accepted with reasons, or excluded under § 60 Abs. 3 VgV. */
    public void niedrigpreisEntscheiden(Long angebotId, String benutzer, String antwort, Angebot.Niedrigpreisentscheidung entscheidung,
                                        String begruendung) {
        Angebot angebot = angebot(angebotId);
        vergabe(angebot.getVergabeId()).erwarten("Aufklärung entscheiden", Vergabe.Status.GEOEFFNET);
        if (angebot.getAufklaerungFrist() == null || angebot.getNiedrigpreisEntscheidung() != null) {
            throw new Verfahrensfehler("Aufklärung: für Angebot " + angebot.getBieterName() + " ist keine Aufklärung angefordert "
                    + "oder sie ist bereits entschieden");
        }
        angebot.niedrigpreisEntschieden(antwort, entscheidung, begruendung);
        if (entscheidung == Angebot.Niedrigpreisentscheidung.AUSGESCHLOSSEN) {
            ausschliessen(angebotId, "ungewöhnlich niedriger Preis nicht zufriedenstellend aufgeklärt (§ 60 Abs. 3 VgV): " + begruendung);
        } else {
            vermerk(angebot.getVergabeId(), benutzer, "§ 60 VgV", "Preis von " + angebot.getBieterName()
                    + " nach Aufklärung angenommen: " + begruendung);
        }
    }

    /** Declaration of an evaluator under § 6 VgV; a declared conflict removes them from this procedure. */
    public void erklaerungAbgeben(Long vergabeId, String benutzer, boolean interessenkonflikt, String beschreibung) {
        if (interessenkonflikt && (beschreibung == null || beschreibung.isBlank())) {
            throw new Eingabefehler("interessenkonfliktBeschreibung", "Pflichtfeld, wenn ein Interessenkonflikt erklärt wird");
        }
        vergabe(vergabeId).erwartenLaufend("Interessenkonflikt erklären");
        Bewerter b = bewerter.findByVergabeIdAndBenutzer(vergabeId, benutzer)
                .orElseThrow(() -> new NoSuchElementException(benutzer + " gehört nicht zur Bewertungskommission von Vergabe " + vergabeId));
        b.erklaeren(interessenkonflikt, beschreibung, jetzt());
        vermerk(vergabeId, benutzer, "Interessenkonflikt", interessenkonflikt
                ? "Interessenkonflikt erklärt: " + beschreibung
                : "Erklärt, dass kein Interessenkonflikt besteht");
    }

    public void bewerterAusschliessen(Long vergabeId, String benutzer) {
        vergabe(vergabeId).erwartenLaufend("Bewerter ausschließen");
        bewerter.findByVergabeIdAndBenutzer(vergabeId, benutzer).orElseThrow().ausschliessen();
        vermerk(vergabeId, null, "Interessenkonflikt", benutzer
                + " wirkt wegen des erklärten Interessenkonflikts an der Wertung nicht mit (§ 6 Abs. 1 VgV)");
    }

    /** The final offers of a negotiated procedure, opened and checked under § 60 VgV, go to the evaluation. */
    public void endgueltigeWertungBeginnen(Long vergabeId) {
        vergabe(vergabeId).wertungBeginnen();
    }

    /** One presentation slot per admitted offer inside the window; returns the admitted offers. */
    public List<Angebot> praesentationenPlanen(Long vergabeId) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.wertungBeginnen();
        List<Angebot> zugelassen = zugelasseneAngebote(vergabeId);
        List<Praesentationsplan.Termin> termine = Praesentationsplan.planen(
                vergabe.getPraesentationVon(), vergabe.getPraesentationBis(), zugelassen.size(), clock.getZone());
        for (int i = 0; i < zugelassen.size(); i++) {
            Praesentationsplan.Termin t = termine.get(i);
            zugelassen.get(i).praesentation(t.beginn().toOffsetDateTime(), t.ende().toOffsetDateTime());
            vermerk(vergabeId, null, "Präsentation", "Präsentation " + zugelassen.get(i).getBieterName() + " geplant: " + Schreibweise.zeit(t.beginn().toOffsetDateTime()) + " bis "
                    + Schreibweise.zeit(t.ende().toOffsetDateTime()).substring(11) + " Uhr");
        }
        return zugelassen;
    }

    public void praesentationDokumentieren(Long angebotId, String benutzer, String anwesende, String protokoll) {
        Angebot angebot = angebot(angebotId);
        vergabe(angebot.getVergabeId()).erwarten("Präsentation dokumentieren", Vergabe.Status.IN_WERTUNG);
        angebot.praesentationProtokolliert(anwesende, protokoll);
        vermerk(angebot.getVergabeId(), benutzer, "Präsentation", "Präsentation " + angebot.getBieterName()
                + " durchgeführt; anwesend: " + anwesende + ". Protokoll: " + protokoll);
    }

    /**
     * The ranking's result: the winner (an admitted offer of this procedure) or none when every offer is excluded.
     * The award goes to this offer and no other.
     */
    public void wertungFestgestellt(Long vergabeId, Long bestbieterAngebotId) {
        Vergabe vergabe = vergabe(vergabeId);
        List<String> offen = angebote(vergabeId).stream().filter(Angebot::niedrigpreisOffen).map(Angebot::getBieterName).toList();
        if (!offen.isEmpty()) {
            throw new Verfahrensfehler("Wertung: ungewöhnlich niedrige Angebote sind noch nicht aufgeklärt und entschieden "
                    + "(§ 60 VgV): " + String.join(", ", offen));
        }
        if (bestbieterAngebotId != null) {
            Angebot angebot = angebot(bestbieterAngebotId);
            if (!angebot.getVergabeId().equals(vergabeId) || angebot.getStatus() != Angebot.Status.ZUGELASSEN) {
                throw new Verfahrensfehler("Wertung: Angebot " + bestbieterAngebotId + " ist kein zugelassenes Angebot von " + vergabe.getBusinessKey());
            }
        }
        vergabe.wertungFestgestellt(bestbieterAngebotId);
    }

    /** The top of the ranking is tied after the published tie rule: a lot decides among these offers. */
    public void gleichstandFestgestellt(Long vergabeId, List<Long> gleichauf) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.gleichstandFestgestellt(gleichauf);
        vermerk(vergabeId, null, "Losentscheid", "Gleichstand an der Spitze nach der veröffentlichten Gleichstandsregel zwischen "
                + gleichauf.stream().map(id -> angebot(id).getBieterName()).collect(Collectors.joining(", "))
                + ": Losentscheid durch zwei Mitglieder der Vergabestelle erforderlich");
    }

    /** The first member records the draw: the offer of {@code bieterName} was drawn on {@code datum}. */
    public void losGezogen(Long vergabeId, String benutzer, boolean vergabestelle, String bieterName, LocalDate datum, String vermerkText) {
        Vergabe vergabe = vergabe(vergabeId);
        List<Angebot> gleichauf = vergabe.getGleichaufAngebote().stream().map(this::angebot).toList();
        Angebot gezogen = gleichauf.stream().filter(a -> a.getBieterName().equalsIgnoreCase(bieterName.strip())).findFirst()
                .orElseThrow(() -> new Eingabefehler("losGewinner", "'" + bieterName + "' ist keines der gleichauf liegenden Angebote: "
                        + gleichauf.stream().map(Angebot::getBieterName).collect(Collectors.joining(", "))));
        vergabe.losGezogen(benutzer, vergabestelle, gezogen.getId(), datum, LocalDate.now(clock));
        vermerk(vergabeId, benutzer, "Losentscheid", "Los am " + datum + " gezogen: es fiel auf " + gezogen.getBieterName() + ". " + vermerkText);
    }

    /** The second member countersigns the draw; the drawn offer is the winner. */
    public void losGegengezeichnet(Long vergabeId, String benutzer, boolean vergabestelle, String vermerkText) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.losGegengezeichnet(benutzer, vergabestelle);
        vermerk(vergabeId, benutzer, "Losentscheid", "Losentscheid gegengezeichnet (zweite Person); Bestbieter: "
                + angebot(vergabe.getBestbieterAngebotId()).getBieterName() + ". " + vermerkText);
    }

    /** The draw in words, for the ranking, the letters and the Vergabevermerk; {@code null} without one. */
    @Transactional(readOnly = true)
    public String losentscheidText(Long vergabeId) {
        Vergabe v = vergabe(vergabeId);
        if (v.getGleichaufAngebote().isEmpty()) {
            return null;
        }
        String gleichauf = v.getGleichaufAngebote().stream().map(id -> angebot(id).getBieterName())
                .collect(Collectors.joining(", "));
        if (v.getLosGegengezeichnetVon() == null) {
            return "Gleichstand zwischen " + gleichauf + ": Losentscheid erforderlich";
        }
        return "Gleichstand zwischen " + gleichauf + " nach der veröffentlichten Gleichstandsregel; Losentscheid am "
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(v.getLosDatum()) + " durch " + v.getLosGezogenVon()
                + ", gegengezeichnet von " + v.getLosGegengezeichnetVon() + ": das Los fiel auf " + angebot(v.getLosAngebotId()).getBieterName();
    }

    /** § 134 GWB information dispatched; the award is possible from {@code fruehesterZuschlag}. */
    public void bieterInformiert(Long vergabeId, LocalDate fruehesterZuschlag) {
        vergabe(vergabeId).bieterInformiert(fruehesterZuschlag);
    }

    /**
     * A review application was served on {@code zugestelltAm} (§ 169 Abs. 1 GWB): no award until the Vergabekammer has
     * decided, whatever the stage; the stages before the award go on. {@code true} if it is now pending, {@code false}
     * if another one already was (the later one is only recorded). {@code zugestelltAm} {@code null}: today (the
     * procedure was told by another way than the procedure API).
     */
    public boolean nachpruefungsantrag(Long vergabeId, String benutzer, LocalDate zugestelltAm) {
        LocalDate heute = LocalDate.now(clock);
        LocalDate am = zugestelltAm != null ? zugestelltAm : heute;
        boolean neu = vergabe(vergabeId).nachpruefungsantrag(am, heute);
        vermerk(vergabeId, benutzer, "Nachprüfung", neu
                ? "Nachprüfungsantrag zugestellt am " + TAG.format(am) + "; Zuschlag bis zur Entscheidung der Vergabekammer untersagt (§ 169 Abs. 1 GWB)"
                : "Weiterer Nachprüfungsantrag zugestellt am " + TAG.format(am) + "; die Vergabekammer entscheidet im anhängigen Verfahren");
        return neu;
    }

    /** Recorded by the task of the chamber's decision when the procedure API did not record it (see above). */
    public void nachpruefungAnhaengig(Long vergabeId, String benutzer) {
        if (!vergabe(vergabeId).isNachpruefungAnhaengig()) {
            nachpruefungsantrag(vergabeId, benutzer, null);
        }
    }

    /**
     * The Vergabekammer's decision served on {@code zugestelltAm} (see {@link Vergabe#kammerentscheidung}). Rejected:
     * the award waits for the two weeks of the immediate appeal (§ 172 Abs. 1 GWB, computed with the holidays);
     * returns the day the award is possible from after it, else {@code null}.
     */
    public LocalDate kammerentscheidung(Long vergabeId, boolean zurueckgewiesen, boolean neueWertung, LocalDate zugestelltAm) {
        LocalDate letzterTag = zurueckgewiesen ? fristenrechner.letzterTagBeschwerdefrist(zugestelltAm) : null;
        vergabe(vergabeId).kammerentscheidung(neueWertung, letzterTag, zugestelltAm, LocalDate.now(clock));
        return letzterTag == null ? null : letzterTag.plusDays(1);
    }

    /**
     * An immediate appeal lodged on {@code eingelegtAm} against the chamber's rejecting decision (§ 171 GWB): in time,
     * the award stays barred until two weeks after the appeal period (§ 173 Abs. 1 Satz 2 GWB) or the court's decision.
     */
    public void sofortigeBeschwerde(Long vergabeId, String benutzer, LocalDate eingelegtAm) {
        Vergabe v = vergabe(vergabeId);
        LocalDate bis = v.getBeschwerdefristLetzterTag() == null ? null : fristenrechner.letzterTagAufschiebendeWirkung(v.getBeschwerdefristLetzterTag());
        v.sofortigeBeschwerde(eingelegtAm, bis, LocalDate.now(clock));
        vermerk(vergabeId, benutzer, "Nachprüfung", "Sofortige Beschwerde eingelegt am " + TAG.format(eingelegtAm) + " (Beschwerdefrist bis "
                + TAG.format(v.getBeschwerdefristLetzterTag()) + ", § 172 Abs. 1 GWB): aufschiebende Wirkung bis " + TAG.format(bis)
                + " (§ 173 Abs. 1 Satz 2 GWB), Zuschlag frühestens am " + TAG.format(bis.plusDays(1))
                + ", wenn das Beschwerdegericht nicht verlängert oder vorher entscheidet");
    }

    /** The court's order on the appeal: extends the suspensive effect up to {@code verlaengertBis}, or decides. */
    public void beschwerdegericht(Long vergabeId, String benutzer, String aktenzeichen, Beschwerdeentscheidung entscheidung,
                                  LocalDate verlaengertBis, String vermerkText) {
        Vergabe v = vergabe(vergabeId);
        String text = "Beschwerdegericht (" + aktenzeichen + "): ";
        switch (entscheidung) {
            case AUFSCHIEBENDE_WIRKUNG_VERLAENGERT -> {
                if (verlaengertBis == null) {
                    throw new Eingabefehler("aufschiebendeWirkungBis", "Pflichtangabe, wenn das Gericht die aufschiebende Wirkung verlängert");
                }
                v.aufschiebendeWirkungVerlaengert(verlaengertBis);
                text += "aufschiebende Wirkung verlängert bis " + TAG.format(verlaengertBis) + " (§ 173 Abs. 1 Satz 3 GWB)";
            }
            case BESCHWERDE_ZURUECKGEWIESEN -> {
                v.beschwerdeentscheidung(true);
                text += "sofortige Beschwerde zurückgewiesen; der Zuschlag ist nicht mehr durch die Nachprüfung gehemmt";
            }
            case BESCHWERDE_STATTGEGEBEN -> {
                v.beschwerdeentscheidung(false);
                text += "sofortige Beschwerde stattgegeben; kein Zuschlag auf die bisherige Wertung (§ 178 GWB)";
            }
        }
        vermerk(vergabeId, benutzer, "Nachprüfung", text + (vermerkText == null || vermerkText.isBlank() ? "" : " – " + vermerkText.strip()));
    }

    /** What the court (Oberlandesgericht, Vergabesenat) decided on an immediate appeal. */
    public enum Beschwerdeentscheidung { AUFSCHIEBENDE_WIRKUNG_VERLAENGERT, BESCHWERDE_ZURUECKGEWIESEN, BESCHWERDE_STATTGEGEBEN }

    /**
     * A complaint (Rüge, § 160 Abs. 3 GWB), in any stage of the running procedure: its timeliness computed and
     * recorded with it in the running record (stage "Rüge").
     */
    public Ruegepruefung ruege(Long vergabeId, String benutzer, String bieter, String inhalt, LocalDate kenntnisAm,
                               LocalDate eingegangenAm, boolean ausUnterlagenErkennbar) {
        Vergabe v = vergabe(vergabeId);
        v.erwartenLaufend("Rüge erfassen");
        LocalDate heute = LocalDate.now(clock);
        if (eingegangenAm.isAfter(heute)) {
            throw new Eingabefehler("eingegangenAm", "eine Rüge kann nicht in der Zukunft eingehen (" + TAG.format(eingegangenAm) + ")");
        }
        if (kenntnisAm.isAfter(eingegangenAm)) {
            throw new Eingabefehler("kenntnisAm", "der Bieter kann den Verstoß nicht nach dem Eingang seiner Rüge erkannt haben");
        }
        // in the participation competition (no offer period yet) the notice's breaches are due by the end of the
        // participation period (§ 160 Abs. 3 Satz 1 Nr. 2 GWB)
        OffsetDateTime periode = v.getAngebotsfrist() != null ? v.getAngebotsfrist() : v.getTeilnahmefrist();
        Ruegepruefung pruefung = fristenrechner.ruege(kenntnisAm, eingegangenAm, ausUnterlagenErkennbar,
                periode == null ? null : periode.atZoneSameInstant(clock.getZone()).toLocalDate());
        vermerk(vergabeId, benutzer, "Rüge", "Rüge von " + bieter + " (Kenntnis am " + TAG.format(kenntnisAm) + "): " + inhalt.strip()
                + " – " + pruefung.text());
        return pruefung;
    }

    /** The answer to a complaint; refusing to remedy starts the bidder's 15 days for the review application. */
    public void ruegeBeantwortet(Long vergabeId, String benutzer, boolean abhilfe, String antwort) {
        LocalDate heute = LocalDate.now(clock);
        String text = abhilfe ? "Der Rüge wird abgeholfen: " + antwort.strip() : "Der Rüge wird nicht abgeholfen: " + antwort.strip()
                + " – Nachprüfungsantrag nur binnen 15 Kalendertagen nach Eingang dieser Mitteilung (§ 160 Abs. 3 Satz 1 Nr. 4 GWB), "
                + "bei Eingang am " + TAG.format(heute) + " bis " + TAG.format(fristenrechner.letzterTagAntragNachNichtabhilfe(heute));
        vermerk(vergabeId, benutzer, "Rüge beantwortet", text);
    }

    /** Why the award of this procedure is not possible now, or {@code null}. */
    public String zuschlagVerwehrt(Long vergabeId) {
        return vergabe(vergabeId).zuschlagVerwehrt(LocalDate.now(clock));
    }

    public void beschlussvorlage(Long vergabeId, String benutzer, String vorlageNummer, String betreff, boolean haushaltsmittel) {
        vergabe(vergabeId).beschlussvorlage(vorlageNummer, haushaltsmittel);
        vermerk(vergabeId, benutzer, "Rat", "Beschlussvorlage " + vorlageNummer + " erstellt: " + betreff
                + (haushaltsmittel ? " (Haushaltsmittel verfügbar)" : " (Haushaltsmittel nicht verfügbar)"));
    }

    public void ratsbeschluss(Long vergabeId, String benutzer, Ratsbeschluss beschluss, LocalDate sitzungsdatum, String vermerkText) {
        vergabe(vergabeId).ratsbeschluss(beschluss, sitzungsdatum);
        ereignisse.publishEvent(new Verfahrensstand(vergabeId));
        vermerk(vergabeId, benutzer, "Rat", "Ratssitzung vom " + Schreibweise.datum(sitzungsdatum) + ": " + switch (beschluss) {
                    case ZUGESTIMMT -> "zugestimmt";
                    case ABGELEHNT -> "abgelehnt";
                    case VERTAGT -> "vertagt";
                }
                + (vermerkText == null || vermerkText.isBlank() ? "" : " – " + vermerkText));
    }

    /** Ends the procedure without award on a ground of § 63 Abs. 1 VgV chosen by the Vergabestelle, with reasons. */
    public void aufheben(Long vergabeId, String benutzer, Aufhebungsgrund grund, String anlass, String begruendung) {
        String text = grund.text() + ". Anlass: " + anlass + ". Begründung: " + begruendung;
        vergabe(vergabeId).aufheben(text, jetzt());
        ereignisse.publishEvent(new Verfahrensstand(vergabeId));
        vermerk(vergabeId, benutzer, "Aufhebung", "Verfahren ohne Zuschlag aufgehoben: " + text);
    }

    /** The award, to the ranking's winner, once the standstill (and an appeal period) is over and no review is pending. */
    public void zuschlag(Long vergabeId, String benutzer, String vermerkText) {
        Vergabe vergabe = vergabe(vergabeId);
        vergabe.zuschlag(jetzt());
        Angebot angebot = angebot(vergabe.getZuschlagAngebotId());
        vermerk(vergabeId, benutzer, "Zuschlag", "Zuschlag erteilt an " + angebot.getBieterName() + ": " + vermerkText);
    }

    public void abschliessen(Long vergabeId, String benutzer, String zusammenfassung) {
        vergabe(vergabeId).abschliessen(jetzt());
        ereignisse.publishEvent(new Verfahrensstand(vergabeId));
        vermerk(vergabeId, benutzer, "Abschluss", "Vergabevermerk abgeschlossen: " + zusammenfassung);
    }

    /**
     * An intervention of operations (the admin) into the procedure's process, past its model (modification, start at
     * a later activity, restart, migration): recorded in the running record with person and time. A business key
     * that belongs to no procedure is ignored (nothing to record it in).
     */
    public void betriebseingriff(String businessKey, String benutzer, String beschreibung) {
        vergaben.findByBusinessKey(businessKey).ifPresent(v -> vermerk(v.getId(), benutzer, "Betrieb",
                "Eingriff des Betriebs in den Ablauf: " + beschreibung));
    }

    public void vermerk(Long vergabeId, String benutzer, String stufe, String text) {
        vermerke.save(new Vermerk(vergabeId, jetzt(), benutzer, stufe, text));
    }

    private OffsetDateTime jetzt() {
        return OffsetDateTime.now(clock);
    }
}
