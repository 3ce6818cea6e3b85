package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of the draft resolution for the council (Ratsbeschlussvorlage) in the city's structure, the same for
 * PDF, DOCX and OParl: Betreff, Vorlage number, Beschlussentwurf with numbered resolution points, Begründung,
 * financial impact, climate relevance, Beratungsfolge.
 *
 * @param endgueltig the council has decided (approved or rejected) or the procedure has ended
 */
public record Beschlussvorlage(String businessKey, String betreff, String nummer, LocalDate datum, boolean endgueltig,
                               List<String> beschlusspunkte, List<Abschnitt> begruendung, Finanzen finanzen,
                               String klimarelevanz, List<Beratung> beratungsfolge) {

    public static final String AUSSCHUSS = "Finanz- und Digitalisierungsausschuss";
    public static final String RAT = "Rat der Stadt Leverkusen";
    public static final String IVL = "ivl – Informationsverarbeitung Leverkusen GmbH";

    public record Abschnitt(String titel, List<String> absaetze) {
    }

    /** {@code haushaltsmittel}: budget cover yes/no, {@code null}: not yet stated. */
    public record Finanzen(String einmalig, String laufend, Boolean haushaltsmittel) {
        public String haushaltsmittelText() {
            return haushaltsmittel == null ? "noch nicht festgestellt" : haushaltsmittel ? "ja" : "nein";
        }
    }

    /** {@code rolle}: Vorberatung or Entscheidung; {@code entscheidend}: the authoritative consultation (OParl). */
    public record Beratung(String gremium, String rolle, boolean entscheidend, LocalDate sitzung, String ergebnis) {
    }

    public static Beschlussvorlage aus(Akte akte) {
        Akte.Bieter best = akte.bestbieter();
        if (best == null) {
            throw new IllegalStateException("Noch kein Bestbieter in " + akte.businessKey() + ": keine Beschlussvorlage möglich");
        }
        Akte.Rat rat = akte.rat();
        String betreff = rat.betreff() != null && !rat.betreff().isBlank() ? rat.betreff()
                : "Vergabe des Auftrags „" + akte.titel() + "“ (" + akte.businessKey() + ")";
        String nummer = rat.vorlageNummer() != null ? rat.vorlageNummer() : "noch nicht vergeben";
        LocalDate datum = (rat.vorlageErstelltAm() != null ? rat.vorlageErstelltAm() : akte.stand())
                .atZoneSameInstant(Schreibweise.ZONE).toLocalDate();

        List<String> punkte = List.of(
                "Der Rat der Stadt Leverkusen beschließt, im Vergabeverfahren „" + akte.titel() + "“ (Aktenzeichen "
                        + akte.businessKey() + ") den Zuschlag auf das Angebot der " + best.name() + " zum Angebotspreis von "
                        + Schreibweise.euro(best.preis()) + " netto zu erteilen.",
                "Die Verwaltung wird beauftragt, die " + IVL + " gemäß dem Letter of Intent (LoI) mit der Abnahme der "
                        + "Lizenzen für das ausgewählte System zu beauftragen.");

        List<Abschnitt> begruendung = new ArrayList<>();
        long zugelassen = akte.bieter().stream().filter(b -> !b.ausgeschlossen()).count();
        List<String> verfahren = new ArrayList<>();
        verfahren.add(Akte.AUFTRAGGEBER + " hat den Auftrag „" + akte.titel() + "“ europaweit im Verfahren „"
                + akte.verfahrensart() + "“ ausgeschrieben; geschätzter Auftragswert " + Schreibweise.euro(akte.geschaetzterWert())
                + " netto. Angebotsfrist: " + Schreibweise.zeit(akte.angebotsfrist()) + ".");
        verfahren.add(akte.bieter().size() + " Angebote sind eingegangen, " + zugelassen + " davon wurden nach Prüfung der "
                + "Ausschlussgründe und der Eignung zur Wertung zugelassen."
                + akte.bieter().stream().filter(Akte.Bieter::ausgeschlossen)
                        .map(b -> " Ausgeschlossen: " + b.name() + " (" + Schreibweise.text(b.grund()) + ").").collect(Collectors.joining()));
        verfahren.add("Die Bieter haben ihre Angebote vom " + Schreibweise.datum(akte.praesentationVon()) + " bis "
                + Schreibweise.datum(akte.praesentationBis()) + " präsentiert.");
        begruendung.add(new Abschnitt("Verfahren", verfahren));

        List<String> wertung = new ArrayList<>();
        wertung.add("Gewertet wurde nach der veröffentlichten Methode (" + akte.katalog().methodenbeschreibung() + ") "
                + "mit dem festgelegten Bewertungsbogen: " + akte.katalog().kriterien().stream().filter(Kriterium::gewertet)
                        .map(k -> k.name() + " (" + Schreibweise.zahl(k.gewicht()) + ")").collect(Collectors.joining(", "))
                + "; Punkteskala " + akte.katalog().punkteMin() + " bis " + akte.katalog().punkteMax() + ".");
        for (Wertungsrechner.Rang r : akte.wertung().rangfolge()) {
            wertung.add(r.ausgeschlossen() ? r.bieter() + ": ausgeschlossen (" + r.grund() + ")"
                    : "Rang " + r.rang() + ": " + r.bieter() + " – Leistungspunkte " + Schreibweise.zahl(r.leistung()) + ", Preis "
                            + Schreibweise.euro(r.preis()) + ", Z = " + Schreibweise.zahl(r.kennzahl()));
        }
        begruendung.add(new Abschnitt("Wertung", wertung));
        begruendung.add(new Abschnitt("Ergebnis", List.of("Das wirtschaftlichste Angebot (§ 127 GWB, § 58 VgV) hat die "
                + best.name() + " abgegeben. Die Projektleitung hat den Zuschlagsvorschlag freigegeben."
                + (akte.zuschlagsbegruendung() != null ? " Begründung des Vorschlags: " + akte.zuschlagsbegruendung() : ""))));

        Finanzen finanzen = new Finanzen(Schreibweise.euro(best.preis()) + " netto (Angebotspreis des Bestbieters)",
                "nicht Bestandteil der Angebotsdaten des Vergabeverfahrens; sie sind gesondert zu ermitteln (u. a. Betrieb bei der ivl)",
                rat.haushaltsmittel());
        String klima = "Keine unmittelbaren Auswirkungen auf den Klimaschutz festgestellt; eine Bewertung der Klimarelevanz "
                + "durch den Fachbereich ist im Vergabeverfahren nicht erfasst.";
        List<Beratung> folge = List.of(
                new Beratung(AUSSCHUSS, "Vorberatung", false, null, null),
                new Beratung(RAT, "Entscheidung", true, rat.sitzungsdatum(),
                        rat.beschluss() == null ? null : VergabevermerkPdf.beschluss(rat.beschluss())));
        return new Beschlussvorlage(akte.businessKey(), betreff, nummer, datum, Dokumentstand.aus(akte).endgueltig(Dokumentart.RATSVORLAGE_PDF), punkte,
                begruendung, finanzen, klima, folge);
    }
}
