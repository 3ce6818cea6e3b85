package de.leverkusen.vergabe.dokumente;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.modelle.RatsbefassungProzess;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Aufgabentitel;
import de.leverkusen.vergabe.verfahren.Kammerentscheidung;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verhandlung;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.verfahren.Verhandlungsgespraech;
import de.leverkusen.vergabe.verfahren.Verhandlungsinformation;
import de.leverkusen.vergabe.verfahren.Vermerk;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link Akte} of a procedure: its tables (Vergabeakte, sheets, letters) and the engine's history of the
 * main process and every process called with its business key (audit trail, the texts entered in forms).
 *
 * <p>The history is read for the procedure, not with the caller's rights (the Projektleitung may not read the
 * scoring sheets' instances, the Ratsbüro no history at all): who may see which document is decided by the
 * controller before, and the documents show no sheet content beyond the consolidated ranking.
 */
@Service
public class AktenLeser {


    private final VergabeService vergaben;
    private final BewertungService bewertung;
    private final SchreibenService schreiben;
    private final Prozessverlauf prozessverlauf;
    private final Clock clock;
    private final Teilnahmewettbewerbe teilnahme;
    private final VerhandlungService verhandlungen;

    public AktenLeser(VergabeService vergaben, BewertungService bewertung, SchreibenService schreiben, Prozessverlauf prozessverlauf,
                      Clock clock, Teilnahmewettbewerbe teilnahme, VerhandlungService verhandlungen) {
        this.teilnahme = teilnahme;
        this.verhandlungen = verhandlungen;
        this.vergaben = vergaben;
        this.bewertung = bewertung;
        this.schreiben = schreiben;
        this.prozessverlauf = prozessverlauf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Akte lesen(Vergabe vergabe) {
        return aufbauen(vergaben.vergabe(vergabe.getId()), true);
    }

    /**
     * The Akte from the procedure's tables alone: without what the engine's history adds (the audit trail, the
     * chamber's decisions as entered in forms, the texts quoted from forms) and without the ranking. For a document
     * that quotes none of these, the eForms award notice, whose click would otherwise wait for the history.
     */
    @Transactional(readOnly = true)
    public Akte lesenOhneVerlauf(Vergabe vergabe) {
        return aufbauen(vergaben.vergabe(vergabe.getId()), false);
    }

    /**
     * The {@link Dokumentstand} from the procedure's row and its ranking (without the sensitivity analysis), not from
     * the history: what the documents list and the storing of final documents need to decide.
     */
    @Transactional(readOnly = true)
    public Dokumentstand stand(Vergabe vergabe) {
        Vergabe v = vergaben.vergabe(vergabe.getId());
        Wertungsergebnis e = ergebnis(v, false);
        return new Dokumentstand(v.getStatus().beendet(), e != null && e.zuschlag() != null, Akte.Rat.entschieden(v.getRatsbeschluss()));
    }

    private Akte aufbauen(Vergabe v, boolean mitVerlauf) {
        Long id = v.getId();
        List<Angebot> angebote = vergaben.angebote(id);
        List<Akte.Bieter> bieter = angebote.stream()
                .map(a -> new Akte.Bieter(a.getId(), a.getBieterName(), a.getPreis(), a.getStatus().name(), a.getAusschlussgrund(),
                        niedrigpreis(a)))
                .toList();
        List<Akte.Bewerter> bewerter = vergaben.bewerter(id).stream()
                .map(b -> new Akte.Bewerter(b.getBenutzer(), b.getStatus().name(), b.getErklaerung(), b.getErklaertAm()))
                .toList();
        List<Vermerk> vermerke = vergaben.vermerke(id);

        // only the texts the documents quote: reading every variable of the procedure was most of the time spent here
        Map<String, Object> variablen = !mitVerlauf ? Map.of()
                : prozessverlauf.werte(v.getBusinessKey(), Set.of(RatsbefassungProzess.VORLAGE_BETREFF, ZUSCHLAGSBEGRUENDUNG));

        Akte.Zuschlag zuschlag = null;
        if (v.getZuschlagAngebotId() != null) {
            Angebot a = vergaben.angebot(v.getZuschlagAngebotId());
            String vermerk = vermerke.stream().filter(m -> "Zuschlag".equals(m.getStufe())).map(Vermerk::getText)
                    .reduce((x, y) -> y).orElse(null);
            zuschlag = new Akte.Zuschlag(a.getBieterName(), a.getPreis(), v.getZuschlagAm(), vermerk);
        }
        OffsetDateTime vorlageErstellt = vermerke.stream()
                .filter(m -> "Rat".equals(m.getStufe()) && m.getText().startsWith("Beschlussvorlage "))
                .map(Vermerk::getZeitpunkt).reduce((x, y) -> y).orElse(null);
        Akte.Rat rat = new Akte.Rat(v.getVorlageNummer(), text(variablen.get(RatsbefassungProzess.VORLAGE_BETREFF)), haushaltsmittel(v, vermerke),
                vorlageErstellt, v.getRatsbeschluss(), v.getRatsbeschlussDatum());

        List<Akte.Brief> briefe = schreiben.schreiben(id).stream()
                .map(s -> new Akte.Brief(briefart(s.getArt()), s.getEmpfaenger(), s.getBetreff(), s.getVersand().name(), s.getVersandtAm()))
                .toList();

        List<Akte.Schritt> verlauf = new ArrayList<>();
        List<Akte.Eintrag> nachpruefung = new ArrayList<>();
        // complaints (§ 160 Abs. 3 GWB) and their answers belong to the review part of the Vergabevermerk
        vermerke.stream().filter(m -> java.util.Set.of("Nachprüfung", "Rüge", "Rüge beantwortet").contains(m.getStufe()))
                .forEach(m -> nachpruefung.add(new Akte.Eintrag(m.getZeitpunkt(), m.getBenutzer(), m.getStufe(), m.getText())));
        for (Prozessverlauf.Schritt schritt : mitVerlauf ? prozessverlauf.schritte(v.getBusinessKey()) : List.<Prozessverlauf.Schritt>of()) {
            // the record is the procedure's own: its tasks' names without the file number in front
            verlauf.add(new Akte.Schritt(schritt.beginn(), schritt.ende(), schritt.prozess(), Aufgabentitel.ohne(v.getBusinessKey(), schritt.name()),
                    schritt.typ(), schritt.benutzer()));
            if (ELEMENT_NACHPRUEFUNGSANTRAG_EINGEGANGEN.equals(schritt.element())) {
                nachpruefung.add(new Akte.Eintrag(schritt.beginn(), null, "Nachprüfung",
                        "Nachprüfungsantrag eingegangen (Vergabekammer); Wartefrist unterbrochen, Zuschlag bis zur Entscheidung untersagt"));
            }
        }
        if (mitVerlauf) {
            nachpruefung.addAll(kammerEntscheidungen(v.getBusinessKey()));
        }
        verlauf.sort(Comparator.comparing((Akte.Schritt s) -> s.ende() != null ? s.ende() : s.beginn())
                .thenComparing(Akte.Schritt::beginn));
        nachpruefung.sort(Comparator.comparing(Akte.Eintrag::zeitpunkt));

        return new Akte(v.getBusinessKey(), v.getTitel(), verfahrensart(v.getVerfahrensart()), v.getVerfahrensartBegruendung(),
                v.getGeschaetzterWert(), v.getAngebotsfrist(), v.getPraesentationVon(), v.getPraesentationBis(), v.getStatus().name(),
                v.getStatus().beendet(), v.getAngelegtAm(),
                v.getErstOeffner() == null ? null : new Akte.Oeffnung(v.getErstOeffner(), v.getZweitOeffner(), v.getGeoeffnetAm()),
                bieter, bewerter, bewertung.katalog(id), mitVerlauf ? ergebnis(v, true) : null, bewertung.konsolidierungsvermerk(id),
                text(variablen.get(ZUSCHLAGSBEGRUENDUNG)), zuschlag, rat, v.getAufhebungsgrund(), briefe, nachpruefung,
                vermerke.stream().map(m -> new Akte.Eintrag(m.getZeitpunkt(), m.getBenutzer(), m.getStufe(), m.getText())).toList(),
                verlauf, OffsetDateTime.now(clock), teilnahme(v, vermerke), verhandlung(id, angebote));
    }

    /** The participation competition from its table and the selection's entry in the running record. */
    private Akte.Teilnahme teilnahme(Vergabe v, List<Vermerk> vermerke) {
        if (v.getTeilnahmefrist() == null) {
            return null;
        }
        List<Akte.Bewerber> bewerber = teilnahme.antraege(v.getId()).stream().map(a -> new Akte.Bewerber(a.getBewerberName(),
                a.getStatus().name(), a.getPunkte(), a.getPruefvermerk(), a.getAuswahlgrund(), a.getInformiertAm(), a.nachforderungsvermerk())).toList();
        String auswahl = vermerke.stream().filter(m -> "Auswahl der Bewerber".equals(m.getStufe())).map(Vermerk::getText)
                .reduce((x, y) -> y).orElse(null);
        return new Akte.Teilnahme(v.getTeilnahmefrist(), v.getMindestzahlBewerber(), v.getHoechstzahlBewerber(), v.getAuswahlkriterien(),
                v.getTeilnahmeErstOeffner() == null ? null
                        : new Akte.Oeffnung(v.getTeilnahmeErstOeffner(), v.getTeilnahmeZweitOeffner(), v.getTeilnahmeGeoeffnetAm()),
                bewerber, auswahl, v.getAufforderungAm());
    }

    /** The recorded negotiations of a negotiated procedure; {@code null} without them. */
    private Akte.Verhandlung verhandlung(Long id, List<Angebot> angebote) {
        Verhandlung v = verhandlungen.verhandlung(id).orElse(null);
        if (v == null) {
            return null;
        }
        Map<Long, String> namen = new java.util.HashMap<>();
        angebote.forEach(a -> namen.put(a.getId(), a.getBieterName()));
        List<Verhandlungsgespraech> gespraeche = verhandlungen.gespraeche(id);
        List<Verhandlungsinformation> informationen = verhandlungen.informationen(id);
        List<Akte.Runde> runden = verhandlungen.runden(id).stream().map(r -> new Akte.Runde(r.getNummer(),
                gespraeche.stream().filter(g -> g.getRundeId().equals(r.getId()))
                        .map(g -> new Akte.Gespraech(namen.get(g.getAngebotId()), g.getTermin(), g.getAnwesende(), g.getProtokoll())).toList(),
                informationen.stream().filter(i -> i.getRundeId().equals(r.getId()))
                        .map(i -> new Akte.Information(i.getErfasstAm(), i.getAnlass(), i.getInhalt(), i.getEmpfaenger())).toList(),
                r.getAusgeschieden(), r.getReduzierungBegruendung())).toList();
        List<Akte.EndgueltigesAngebot> endgueltig = angebote.stream().filter(a -> a.getErstangebotPreis() != null)
                .map(a -> new Akte.EndgueltigesAngebot(a.getBieterName(), a.getErstangebotPreis(), a.getPreis())).toList();
        return new Akte.Verhandlung(v.getZuschlagAufErstangeboteBegruendung(), runden, v.getFristEndgueltigeAngebote(),
                v.getErstOeffner() == null ? null : new Akte.Oeffnung(v.getErstOeffner(), v.getZweitOeffner(), v.getGeoeffnetAm()), endgueltig);
    }

    /**
     * Every decision of the Vergabekammer recorded in the form "Entscheidung der Vergabekammer erfassen": each update
     * of {@code kammerEntscheidung} with the file number and note submitted with it (the updates nearest in time).
     */
    private List<Akte.Eintrag> kammerEntscheidungen(String businessKey) {
        List<Prozessverlauf.Aenderung> updates = prozessverlauf.aenderungen(businessKey, "kammer");
        List<Akte.Eintrag> eintraege = new ArrayList<>();
        for (Prozessverlauf.Aenderung e : updates) {
            if (!KAMMER_ENTSCHEIDUNG.equals(e.name()) || e.wert() == null) {
                continue;
            }
            Object az = naechster(updates, KAMMER_AKTENZEICHEN, e.zeit());
            Object vermerk = naechster(updates, KAMMER_ENTSCHEIDUNG_VERMERK, e.zeit());
            eintraege.add(new Akte.Eintrag(e.zeit(), null, "Nachprüfung", "Entscheidung der Vergabekammer"
                    + (az != null ? " (Az. " + az + ")" : "") + ": " + kammerEntscheidung(String.valueOf(e.wert()))
                    + (vermerk != null ? ". " + vermerk : "")));
        }
        return eintraege;
    }

    private static Object naechster(List<Prozessverlauf.Aenderung> updates, String name, OffsetDateTime zeit) {
        return updates.stream().filter(u -> name.equals(u.name()))
                .min(Comparator.comparingLong(u -> Math.abs(java.time.Duration.between(u.zeit(), zeit).toMillis())))
                .map(Prozessverlauf.Aenderung::wert).orElse(null);
    }

    /** The chamber's decision (a value of the form) in words. */
    public static String kammerEntscheidung(String wert) {
        return switch (Kammerentscheidung.valueOf(wert)) {
            case ANTRAG_ZURUECKGEWIESEN -> "Antrag zurückgewiesen, Verfahren wird fortgesetzt";
            case ANTRAG_STATTGEGEBEN -> "Antrag stattgegeben, erneute Wertung";
            case ANTRAG_STATTGEGEBEN_ANORDNUNGEN -> "Antrag stattgegeben, die Anordnungen der Kammer werden im laufenden Verfahren umgesetzt";
            case ANTRAG_STATTGEGEBEN_AUFHEBUNG -> "Antrag stattgegeben, Aufhebung des Verfahrens angeordnet";
        };
    }

    /** The column (since V4), else what the running record of stage "Rat" says. */
    private static Boolean haushaltsmittel(Vergabe v, List<Vermerk> vermerke) {
        if (v.getHaushaltsmittel() != null) {
            return v.getHaushaltsmittel();
        }
        return vermerke.stream().filter(m -> "Rat".equals(m.getStufe()) && m.getText().startsWith("Beschlussvorlage "))
                .map(m -> m.getText().endsWith("(Haushaltsmittel verfügbar)") ? Boolean.TRUE
                        : m.getText().endsWith("(Haushaltsmittel nicht verfügbar)") ? Boolean.FALSE : null)
                .reduce((x, y) -> y).orElse(null);
    }

    static String verfahrensart(Verfahrensart art) {
        return art.text();
    }

    /** The § 60 VgV course of one offer in words, or {@code null} when its price was not flagged. */
    public static String niedrigpreis(Angebot a) {
        if (a.getNiedrigpreisBefund() == null) {
            return null;
        }
        String text = a.getNiedrigpreisBefund() + ".";
        if (a.getAufklaerungFrist() != null) {
            text += " Aufklärung in Textform angefordert (Frist " + Schreibweise.datum(a.getAufklaerungFrist()) + "): " + a.getAufklaerungFragen();
        }
        if (a.getNiedrigpreisEntscheidung() == null) {
            return text + " Entscheidung steht aus.";
        }
        text += " Antwort des Bieters: " + a.getAufklaerungAntwort() + ".";
        return text + (a.getNiedrigpreisEntscheidung() == Angebot.Niedrigpreisentscheidung.ANGENOMMEN
                ? " Entscheidung: Preis angenommen – " : " Entscheidung: Angebot ausgeschlossen (§ 60 Abs. 3 VgV) – ")
                + a.getNiedrigpreisBegruendung();
    }

    private static String briefart(Schreiben.Art art) {
        return switch (art) {
            case INFORMATION_134 -> "Information nach § 134 GWB";
            case INFORMATION_62 -> "Unterrichtung nach § 62 VgV";
            case NACHFORDERUNG_56 -> "Nachforderung nach § 56 VgV";
            case AUFKLAERUNG_60 -> "Aufklärung nach § 60 VgV";
            case AUFHEBUNG_63 -> "Mitteilung der Aufhebung nach § 63 Abs. 2 VgV";
            case NICHTAUFFORDERUNG_51 -> "Nichtberücksichtigung der Bewerbung (§ 51 VgV, § 134 Abs. 1 Satz 2 GWB)";
            case AUFFORDERUNG_52 -> "Aufforderung zur Angebotsabgabe nach § 52 VgV";
            case VERHANDLUNG_INFORMATION -> "Information im Verhandlungsverfahren nach § 17 Abs. 13 VgV";
            case VERHANDLUNG_AUSSCHEIDEN -> "Mitteilung der Verringerung nach § 17 Abs. 12 VgV";
            case AUFFORDERUNG_ENDGUELTIG -> "Aufforderung zum endgültigen Angebot nach § 17 Abs. 14 VgV";
        };
    }

    private static String text(Object wert) {
        return wert == null ? null : String.valueOf(wert);
    }


    /** The ranking's result; after a lot draw at a tied top the drawn offer is the winner (Vergabe#losGegengezeichnet). */
    private Wertungsergebnis ergebnis(Vergabe v, boolean mitSensitivitaet) {
        Wertungsergebnis e = mitSensitivitaet ? bewertung.ergebnis(v.getId()) : bewertung.ergebnisOhneSensitivitaet(v.getId());
        if (e != null && e.zuschlag() == null && e.losentscheid() && v.getBestbieterAngebotId() != null) {
            return new Wertungsergebnis(e.methode(), e.rangfolge(), vergaben.angebot(v.getBestbieterAngebotId()).getBieterName(), true,
                    e.sensitivitaet());
        }
        return e;
    }
}
