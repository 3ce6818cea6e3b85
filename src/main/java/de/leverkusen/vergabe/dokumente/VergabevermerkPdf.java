package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vergabevermerk (§ 8 Abs. 2 VgV) of one procedure as PDF: authority, subject and value, procedure type and its
 * reason, the bidders considered and not considered with reasons, abnormally low offers, conflicts of interest and
 * what was done, scoring method, criteria, ranking and sensitivity, the winner and the reasons (or why there is no
 * award), the council, the letters with their dispatch times, review proceedings and the audit trail from the
 * engine's history; the running record as annex. "ENTWURF" while the procedure runs.
 */
public final class VergabevermerkPdf {

    private VergabevermerkPdf() {
    }

    /**
     * Section 2a: participation period, requests received, the checks (with a request for missing documents and its
     * outcome), the selection with reasons, who was told when.
     */
    private static void teilnahmewettbewerb(PdfSatz pdf, Akte.Teilnahme t, boolean endgueltig) {
        pdf.ueberschrift("2a. Teilnahmewettbewerb (§§ 16, 17, 51 VgV)");
        pdf.feld("Teilnahmefrist", Schreibweise.fristende(t.teilnahmefrist()));
        pdf.feld("Bekannt gemachte Zahl der Bewerber", "mindestens " + t.mindestzahl()
                + (t.hoechstzahl() == null ? ", keine Höchstzahl" : ", höchstens " + t.hoechstzahl()));
        pdf.feld("Auswahlkriterien", Schreibweise.text(t.auswahlkriterien()));
        pdf.feld("Öffnung der Teilnahmeanträge (§ 55 Abs. 1 VgV)", t.oeffnung() == null ? offen(endgueltig)
                : "durch " + t.oeffnung().erstePerson() + ", gegengezeichnet von " + Schreibweise.text(t.oeffnung().zweitePerson())
                        + " am " + Schreibweise.zeit(t.oeffnung().am()));
        pdf.feld("Eingegangene Teilnahmeanträge", String.valueOf(t.bewerber().size()));
        List<String[]> zeilen = new ArrayList<>();
        for (Akte.Bewerber b : t.bewerber()) {
            String gruende = b.auswahlgrund() != null ? b.auswahlgrund() + (b.informiertAm() == null ? "" : " (mitgeteilt am "
                    + Schreibweise.zeit(b.informiertAm()) + ")") : Schreibweise.text(b.pruefvermerk());
            zeilen.add(new String[] {b.name(), bewerberstatus(b.status()), b.punkte() == null ? "–" : Schreibweise.zahl(b.punkte()),
                    b.nachforderung() == null ? gruende : b.auswahlgrund() == null && b.pruefvermerk() == null ? b.nachforderung()
                            : gruende + (gruende.endsWith(".") ? " " : ". ") + b.nachforderung()});
        }
        pdf.tabelle(new float[] {0.25f, 0.17f, 0.1f, 0.48f}, new String[] {"Bewerber", "Ergebnis", "Punkte", "Gründe"}, zeilen);
        boolean keinerGeeignet = t.oeffnung() != null && !t.bewerber().isEmpty()
                && t.bewerber().stream().allMatch(b -> "NICHT_GEEIGNET".equals(b.status()));
        pdf.feld("Auswahl", t.auswahl() == null && keinerGeeignet
                ? "keine: kein Bewerber ist geeignet, niemand darf aufgefordert werden (§ 51 Abs. 3 Satz 2 VgV)" : Schreibweise.text(t.auswahl()));
        pdf.feld("Aufforderung zur Angebotsabgabe", t.aufgefordertAm() == null ? offen(endgueltig) : Schreibweise.zeit(t.aufgefordertAm()));
    }

    /** A step not (yet) taken: in the final record of an ended procedure it will not come. */
    private static String offen(boolean endgueltig) {
        return endgueltig ? "entfällt (Verfahren beendet)" : "noch nicht erfolgt";
    }

    private static String bewerberstatus(String status) {
        return switch (status) {
            case "EINGEGANGEN" -> "eingegangen";
            case "GEEIGNET" -> "geeignet";
            case "NICHT_GEEIGNET" -> "nicht geeignet";
            case "AUFGEFORDERT" -> "aufgefordert";
            case "NICHT_AUFGEFORDERT" -> "nicht aufgefordert";
            default -> status;
        };
    }

    public static byte[] erzeugen(Akte akte) {
        boolean entwurf = !akte.endgueltig();
        PdfSatz pdf = new PdfSatz("Vergabevermerk " + akte.businessKey(), "Vergabevermerk " + akte.businessKey(), entwurf, akte.stand());
        pdf.titel("Vergabevermerk nach § 8 VgV");
        pdf.absatz(entwurf
                ? "ENTWURF – Stand " + Schreibweise.zeit(akte.stand()) + ". Das Verfahren läuft noch (Stand: " + status(akte)
                        + "); der Vermerk wird mit dem Abschluss des Verfahrens endgültig."
                : "Endfassung – erstellt am " + Schreibweise.zeit(akte.stand()) + " mit dem Ende des Verfahrens (Stand: "
                        + status(akte) + "). Aufzubewahren mindestens drei Jahre ab dem Zuschlag (§ 8 Abs. 4 VgV).");

        pdf.ueberschrift("1. Öffentlicher Auftraggeber, Gegenstand und Wert des Auftrags");
        pdf.feld("Öffentlicher Auftraggeber", Akte.AUFTRAGGEBER);
        pdf.feld("Aktenzeichen", akte.businessKey());
        pdf.feld("Gegenstand", akte.titel());
        pdf.feld("Geschätzter Auftragswert", Schreibweise.euro(akte.geschaetzterWert()) + " netto (§ 3 VgV)");
        pdf.feld("Verfahren eingeleitet", Schreibweise.zeit(akte.angelegtAm()));

        pdf.ueberschrift("2. Verfahrensart und Begründung");
        pdf.feld("Verfahrensart", akte.verfahrensart());
        pdf.feld("Begründung", akte.verfahrensartBegruendung() != null && !akte.verfahrensartBegruendung().isBlank()
                ? akte.verfahrensartBegruendung()
                : "Regelverfahren nach § 119 Abs. 2 GWB, § 14 Abs. 2 VgV; einer besonderen Begründung bedarf es nicht.");
        pdf.feld("Angebotsfrist", Schreibweise.zeit(akte.angebotsfrist()));
        pdf.feld("Öffnung der Angebote (§ 55 VgV)", akte.oeffnung() == null ? offen(!entwurf)
                : "durch " + akte.oeffnung().erstePerson() + ", gegengezeichnet von " + Schreibweise.text(akte.oeffnung().zweitePerson())
                        + " am " + Schreibweise.zeit(akte.oeffnung().am()));
        pdf.feld("Präsentationen", Schreibweise.datum(akte.praesentationVon()) + " bis " + Schreibweise.datum(akte.praesentationBis()));

        if (akte.teilnahme() != null) {
            teilnahmewettbewerb(pdf, akte.teilnahme(), !entwurf);
        }

        pdf.ueberschrift("3. Berücksichtigte und nicht berücksichtigte Bieter");
        List<String[]> bieter = new ArrayList<>();
        for (Akte.Bieter b : akte.bieter()) {
            bieter.add(new String[] {b.name(), Schreibweise.euro(b.preis()), ergebnis(akte, b), grund(akte, b)});
        }
        pdf.tabelle(new float[] {0.225f, 0.165f, 0.22f, 0.39f}, new String[] {"Bieter", "Angebotspreis (netto)", "Ergebnis", "Grund"}, bieter);

        pdf.ueberschrift("4. Ungewöhnlich niedrige Angebote (§ 60 VgV)");
        List<String[]> niedrig = new ArrayList<>();
        for (Akte.Bieter b : akte.bieter()) {
            if (b.niedrigpreis() != null) {
                niedrig.add(new String[] {b.name(), Schreibweise.euro(b.preis()), b.niedrigpreis()});
            }
        }
        if (akte.laufendeDokumentation().stream().noneMatch(e -> "§ 60 VgV".equals(e.stufe()))) {
            pdf.absatz("Noch nicht geprüft: die Prüfung nach § 60 VgV folgt auf die Prüfung der Angebote.");
        } else if (niedrig.isEmpty()) {
            pdf.absatz("Keine. Jeder Preis der zugelassenen Angebote wurde mit dem nächsthöheren Angebot und dem geschätzten "
                    + "Auftragswert verglichen; kein Angebot lag über den Aufgreifschwellen.");
        } else {
            pdf.tabelle(new float[] {0.25f, 0.16f, 0.59f}, new String[] {"Bieter", "Angebotspreis (netto)", "Befund, Aufklärung und Entscheidung"}, niedrig);
        }

        pdf.ueberschrift("5. Interessenkonflikte (§ 6 VgV) und getroffene Maßnahmen");
        List<String[]> bewerter = new ArrayList<>();
        for (Akte.Bewerter b : akte.bewerter()) {
            bewerter.add(new String[] {b.benutzer(), Schreibweise.zeit(b.erklaertAm()), erklaerung(b), massnahme(b)});
        }
        pdf.tabelle(new float[] {0.15f, 0.17f, 0.38f, 0.3f}, new String[] {"Mitglied", "Erklärt am", "Erklärung", "Maßnahme"}, bewerter);
        if (akte.bewerter().stream().noneMatch(Akte.Bewerter::interessenkonflikt)) {
            pdf.absatz("Kein Mitglied der Bewertungskommission hat einen Interessenkonflikt erklärt.");
        }

        wertung(pdf, akte);
        verhandlung(pdf, akte.verhandlung());

        pdf.ueberschrift("7. Zuschlag und Gründe");
        Akte.Bieter best = akte.bestbieter();
        if (akte.zuschlag() != null) {
            pdf.feld("Zuschlag erteilt an", akte.zuschlag().bieter() + " (" + Schreibweise.euro(akte.zuschlag().preis()) + " netto)");
            pdf.feld("Zuschlag erteilt am", Schreibweise.zeit(akte.zuschlag().am()));
        } else if (akte.aufhebungsgrund() != null) {
            pdf.feld("Kein Zuschlag", "Das Verfahren wurde ohne Zuschlag beendet (Aufhebung). Grund: " + akte.aufhebungsgrund());
        } else if (best != null) {
            pdf.feld("Vorgesehener Zuschlag", best.name() + " (" + Schreibweise.euro(best.preis()) + " netto); noch nicht erteilt");
        } else {
            pdf.feld("Zuschlag", "noch nicht entschieden");
        }
        if (best != null) {
            pdf.feld("Gründe", "Wirtschaftlichstes Angebot (§ 127 GWB, § 58 VgV): Rang 1 nach der veröffentlichten Wertungsmethode ("
                    + akte.katalog().methodenbeschreibung() + ").");
        }
        if (akte.zuschlagsbegruendung() != null) {
            pdf.feld("Begründung des Zuschlagsvorschlags", akte.zuschlagsbegruendung());
        }
        if (akte.zuschlag() != null && akte.zuschlag().vermerk() != null) {
            pdf.feld("Vermerk zum Zuschlag", akte.zuschlag().vermerk());
        }

        pdf.ueberschrift("8. Befassung des Rates");
        Akte.Rat rat = akte.rat();
        pdf.feld("Vorlage", rat.vorlageNummer() == null ? "noch nicht erstellt"
                : rat.vorlageNummer() + (rat.betreff() != null ? ": " + rat.betreff() : ""));
        pdf.feld("Haushaltsmittel", rat.haushaltsmittel() == null ? "noch nicht festgestellt"
                : rat.haushaltsmittel() ? "verfügbar" : "nicht verfügbar");
        pdf.feld("Beschluss des Rates", rat.beschluss() == null ? "noch nicht gefasst"
                : beschluss(rat.beschluss()) + " in der Sitzung vom " + Schreibweise.datum(rat.sitzungsdatum()));

        pdf.ueberschrift("9. Mitteilungen an die Bieter");
        if (akte.schreiben().isEmpty()) {
            pdf.absatz("Bisher keine.");
        } else {
            List<String[]> briefe = new ArrayList<>();
            for (Akte.Brief b : akte.schreiben()) {
                briefe.add(new String[] {b.versandtAm() == null ? "noch nicht versandt" : Schreibweise.zeit(b.versandtAm()), b.art(),
                        b.empfaenger(), b.betreff(), switch (b.versand()) {
                            case "VERSANDT", "EMAIL" -> "E-Mail";
                            case "POST" -> "Post";
                            default -> "durch die Vergabestelle";
                        }});
            }
            pdf.tabelle(new float[] {0.185f, 0.19f, 0.21f, 0.31f, 0.105f},
                    new String[] {"Versandt am", "Art", "Empfänger", "Betreff", "Versand"}, briefe);
        }

        pdf.ueberschrift("10. Rügen und Nachprüfungsverfahren (§§ 160 ff. GWB)");
        if (akte.nachpruefung().isEmpty()) {
            pdf.absatz("Keine. Es ist weder eine Rüge noch ein Nachprüfungsantrag eingegangen.");
        } else {
            List<String[]> np = new ArrayList<>();
            for (Akte.Eintrag e : akte.nachpruefung()) {
                np.add(new String[] {Schreibweise.zeit(e.zeitpunkt()), e.text()});
            }
            pdf.tabelle(new float[] {0.18f, 0.82f}, new String[] {"Zeitpunkt", "Vorgang"}, np);
        }

        pdf.ueberschrift("11. Verlauf des Verfahrens (aus der Historie der Prozess-Engine)");
        List<String[]> schritte = new ArrayList<>();
        for (Akte.Schritt s : akte.verlauf()) {
            schritte.add(new String[] {s.ende() != null ? Schreibweise.zeit(s.ende()) : "offen seit " + Schreibweise.zeit(s.beginn()),
                    s.prozess(), s.schritt(), s.benutzer() != null ? s.benutzer() : "userTask".equals(s.art()) ? "–" : "System"});
        }
        pdf.tabelle(new float[] {0.19f, 0.17f, 0.48f, 0.16f}, new String[] {"Erledigt am", "Prozess", "Schritt", "Person"}, schritte);

        pdf.ueberschrift("Anlage: Laufende Dokumentation (§ 8 Abs. 1 VgV)");
        List<String[]> vermerke = new ArrayList<>();
        for (Akte.Eintrag e : akte.laufendeDokumentation()) {
            vermerke.add(new String[] {Schreibweise.zeit(e.zeitpunkt()), e.stufe(), Schreibweise.text(e.benutzer()), e.text()});
        }
        pdf.tabelle(new float[] {0.19f, 0.14f, 0.12f, 0.55f}, new String[] {"Zeitpunkt", "Stufe", "Person", "Vermerk"}, vermerke);
        return pdf.fertig();
    }

    /** § 8 Abs. 2 VgV with § 17 Abs. 10-14 VgV: every round with its minutes, the information sent, reductions, final offers. */
    private static void verhandlung(PdfSatz pdf, Akte.Verhandlung v) {
        if (v == null) {
            return;
        }
        pdf.ueberschrift("6a. Verhandlungen (§ 17 Abs. 10-14 VgV)");
        if (v.zuschlagAufErstangebote() != null) {
            pdf.feld("Zuschlag auf die Erstangebote", "ohne Verhandlung, in der Auftragsbekanntmachung vorbehalten (§ 17 Abs. 11 VgV). "
                    + "Begründung: " + v.zuschlagAufErstangebote());
            return;
        }
        for (Akte.Runde r : v.runden()) {
            pdf.absatz("Verhandlungsrunde " + r.nummer() + (r.nummer() == 1 ? " (die Präsentationen der Erstangebote)" : ""));
            List<String[]> gespraeche = new ArrayList<>();
            for (Akte.Gespraech g : r.gespraeche()) {
                gespraeche.add(new String[] {g.bieter(), Schreibweise.datum(g.termin()), g.anwesende(), g.protokoll()});
            }
            pdf.tabelle(new float[] {0.22f, 0.12f, 0.2f, 0.46f}, new String[] {"Bieter", "Tag", "Anwesende", "Protokoll"}, gespraeche);
            for (Akte.Information i : r.informationen()) {
                pdf.feld("Information an alle verbleibenden Bieter (§ 17 Abs. 13 VgV)", Schreibweise.zeit(i.am()) + ", " + i.anlass() + ": "
                        + i.inhalt() + " – an: " + String.join(", ", i.empfaenger()));
            }
            if (!r.ausgeschieden().isEmpty()) {
                pdf.feld("Verringerung nach der Runde (§ 17 Abs. 12 VgV)", "ausgeschieden: " + String.join(", ", r.ausgeschieden())
                        + ". Begründung nach den Zuschlagskriterien: " + r.reduzierungBegruendung());
            }
        }
        pdf.feld("Endgültige Angebote (§ 17 Abs. 14 VgV)", v.fristEndgueltigeAngebote() == null ? "noch nicht angefordert"
                : "angefordert bis " + Schreibweise.zeit(v.fristEndgueltigeAngebote()) + "; über sie wird nicht verhandelt");
        if (v.oeffnung() != null) {
            pdf.feld("Öffnung der endgültigen Angebote", "durch " + v.oeffnung().erstePerson() + ", gegengezeichnet von "
                    + Schreibweise.text(v.oeffnung().zweitePerson()) + (v.oeffnung().am() == null ? "" : " am " + Schreibweise.zeit(v.oeffnung().am())));
        }
        if (!v.endgueltigeAngebote().isEmpty()) {
            List<String[]> preise = new ArrayList<>();
            for (Akte.EndgueltigesAngebot e : v.endgueltigeAngebote()) {
                preise.add(new String[] {e.bieter(), Schreibweise.euro(e.erstangebot()), Schreibweise.euro(e.endgueltig())});
            }
            pdf.tabelle(new float[] {0.4f, 0.3f, 0.3f}, new String[] {"Bieter", "Erstangebot (netto)", "Endgültiges Angebot (netto)"}, preise);
            pdf.absatz("Gewertet wurden die endgültigen Angebote, auf neuen Bewertungsbögen nach der unveränderten Wertungsgrundlage "
                    + "(Abschnitt 6).");
        }
    }

    private static void wertung(PdfSatz pdf, Akte akte) {
        pdf.ueberschrift("6. Wertung: Methode, Kriterien, Ergebnis");
        pdf.feld("Wertungsmethode", akte.katalog().methodenbeschreibung() + ". Leistungspunkte L = Summe (Gewichtung x "
                + "Punkte). Punkte je Kriterium: konsolidierter Wert (exakter Mittelwert der Bewertungsbögen der Kommission oder "
                + "begründete Abweichung der Vergabestelle); A-Kriterien: Mindestanforderungen, nicht erfüllt schließt aus.");
        pdf.feld("Punkteskala", akte.katalog().punkteMin() + " bis " + akte.katalog().punkteMax() + " Punkte");
        List<String[]> kriterien = new ArrayList<>();
        for (Kriterium k : akte.katalog().kriterien()) {
            kriterien.add(new String[] {k.id(), k.name(), k.gewertet() ? Schreibweise.zahl(k.gewicht()) : "A (Mindestanforderung)"});
        }
        pdf.tabelle(new float[] {0.1f, 0.7f, 0.2f}, new String[] {"Nr.", "Kriterium", "Gewichtung"}, kriterien);
        Wertungsergebnis w = akte.wertung();
        if (w == null) {
            pdf.absatz("Noch keine Bewertungsbögen abgegeben oder noch nicht konsolidiert: Rangfolge und Ergebnis liegen noch nicht vor.");
            return;
        }
        List<String[]> rangfolge = new ArrayList<>();
        for (Wertungsrechner.Rang r : w.rangfolge()) {
            rangfolge.add(new String[] {r.rang() == null ? "–" : String.valueOf(r.rang()), r.bieter(), Schreibweise.zahl(r.leistung()),
                    Schreibweise.euro(r.preis()), r.kennzahl() == null ? "ausgeschlossen: " + r.grund() : Schreibweise.zahl(r.kennzahl())});
        }
        pdf.absatz("Konsolidiertes Ergebnis und Rangfolge der zugelassenen Angebote:");
        pdf.tabelle(new float[] {0.08f, 0.38f, 0.14f, 0.18f, 0.22f},
                new String[] {"Rang", "Bieter", "Leistung L", "Preis P", "Kennzahl Z = L/P"}, rangfolge);
        if (w.losentscheid()) {
            pdf.absatz("Gleichstand an der Spitze nach der veröffentlichten Gleichstandsregel: Losentscheid durch zwei Mitglieder der Vergabestelle.");
            for (Akte.Eintrag e : akte.laufendeDokumentation()) {
                if ("Losentscheid".equals(e.stufe())) {
                    pdf.feld("Losentscheid", Schreibweise.zeit(e.zeitpunkt()) + (e.benutzer() == null ? "" : ", " + e.benutzer()) + ": " + e.text());
                }
            }
        }
        if (akte.konsolidierungsvermerk() != null) {
            pdf.feld("Konsolidierung", akte.konsolidierungsvermerk());
        }
        Wertungsergebnis.Sensitivitaet s = w.sensitivitaet();
        if (s != null && !s.gewichte().isEmpty()) {
            pdf.absatz("Sensitivität: Faktor auf die Gewichtung eines Kriteriums (alle anderen unverändert, gesucht im Bereich "
                    + "0 bis 3), ab dem ein anderes Angebot gewinnt.");
            List<String[]> zeilen = new ArrayList<>();
            for (Wertungsergebnis.Gewichtsschwelle g : s.gewichte()) {
                zeilen.add(new String[] {g.kriterium(), schwelle(g.faktorAbwaerts(), g.zuschlagAbwaerts(), "0"),
                        schwelle(g.faktorAufwaerts(), g.zuschlagAufwaerts(), "3")});
            }
            pdf.tabelle(new float[] {0.12f, 0.44f, 0.44f}, new String[] {"Kriterium", "Faktor unter 1", "Faktor über 1"}, zeilen);
            if (s.preis() != null) {
                pdf.absatz(s.preis().preis() == null
                        ? "Preis: " + s.preis().bieter() + " (Rang 2) läge bei keinem Preis vorn."
                        : "Preis: " + s.preis().bieter() + " (Rang 2) läge ab einem Angebotspreis von höchstens "
                                + Schreibweise.euro(s.preis().preis()) + " vorn.");
            }
        }
    }

    private static String schwelle(java.math.BigDecimal faktor, String sieger, String grenze) {
        return faktor == null ? "kein Wechsel bis " + grenze
                : "ab " + Schreibweise.zahl(faktor) + ": " + (sieger == null ? "Losentscheid" : sieger);
    }

    private static String ergebnis(Akte akte, Akte.Bieter b) {
        if (b.ausgeschlossen()) {
            return "nicht berücksichtigt (ausgeschlossen, § 57 VgV)";
        }
        if (akte.zuschlag() != null && akte.zuschlag().bieter().equals(b.name())) {
            return "berücksichtigt: Zuschlag erteilt";
        }
        if (wertungsausschluss(akte, b) != null) {
            return "nicht berücksichtigt (in der Wertung ausgeschlossen)";
        }
        Wertungsrechner.Rang r = rang(akte, b);
        if (r == null) {
            return "EINGEGANGEN".equals(b.status()) ? "in Prüfung" : "zur Wertung zugelassen";
        }
        if (akte.aufhebungsgrund() != null) {
            return "zugelassen, Rang " + r.rang() + "; kein Zuschlag (Aufhebung)";
        }
        if (b.name().equals(akte.wertung().zuschlag())) {
            return "berücksichtigt: Rang 1, Zuschlag vorgesehen";
        }
        return "nicht berücksichtigt (Rang " + r.rang() + ")";
    }

    private static String grund(Akte akte, Akte.Bieter b) {
        if (b.ausgeschlossen()) {
            return Schreibweise.text(b.grund());
        }
        Wertungsrechner.Rang x = wertungsausschluss(akte, b);
        if (x != null) {
            return Schreibweise.text(x.grund());
        }
        Wertungsrechner.Rang r = rang(akte, b);
        if (r == null) {
            return "–";
        }
        Wertungsrechner.Rang erster = akte.wertung().rangfolge().get(0);
        if (r.rang() != null && r.rang() == 1) {
            return "Wirtschaftlichstes Angebot: L = " + Schreibweise.zahl(r.leistung()) + ", Z = " + Schreibweise.zahl(r.kennzahl());
        }
        return "Geringeres Preis-Leistungs-Verhältnis: L = " + Schreibweise.zahl(r.leistung()) + ", Z = " + Schreibweise.zahl(r.kennzahl())
                + " gegenüber Z = " + Schreibweise.zahl(erster.kennzahl()) + " des Angebots auf Rang 1";
    }

    /** The line of an offer excluded in the evaluation (A-criterion, minimum points), or null. */
    private static Wertungsrechner.Rang wertungsausschluss(Akte akte, Akte.Bieter b) {
        if (akte.wertung() == null) {
            return null;
        }
        return akte.wertung().rangfolge().stream().filter(r -> r.bieter().equals(b.name()) && r.ausgeschlossen())
                .findFirst().orElse(null);
    }

    private static Wertungsrechner.Rang rang(Akte akte, Akte.Bieter b) {
        if (akte.wertung() == null) {
            return null;
        }
        return akte.wertung().rangfolge().stream().filter(r -> r.bieter().equals(b.name()) && !r.ausgeschlossen())
                .findFirst().orElse(null);
    }

    private static String erklaerung(Akte.Bewerter b) {
        return switch (b.status()) {
            case "BENANNT" -> "noch nicht erklärt";
            case "UNBEFANGEN" -> "kein Interessenkonflikt";
            default -> "Interessenkonflikt erklärt: " + Schreibweise.text(b.erklaerung());
        };
    }

    private static String massnahme(Akte.Bewerter b) {
        return switch (b.status()) {
            case "AUSGESCHLOSSEN" -> "von der Wertung ausgeschlossen (§ 6 Abs. 1 VgV); keine Bewertungsbögen";
            case "BEFANGEN" -> "Ausschluss von der Wertung veranlasst";
            case "UNBEFANGEN" -> "wirkt an der Wertung mit";
            default -> "–";
        };
    }

    /** The procedure's stage in words ("in der Wertung"), never the enum key. */
    private static String status(Akte akte) {
        return Vergabe.Status.valueOf(akte.status()).text();
    }

    static String beschluss(String beschluss) {
        return switch (Ratsbeschluss.valueOf(beschluss)) {
            case ZUGESTIMMT -> "Zugestimmt";
            case ABGELEHNT -> "Abgelehnt";
            case VERTAGT -> "Vertagt";
        };
    }
}
