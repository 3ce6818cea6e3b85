package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The draft resolution for the council as PDF. */
public final class BeschlussvorlagePdf {

    private BeschlussvorlagePdf() {
    }

    /** {@code erstellt}: the state of the file the draft is made from (creation date in the PDF's metadata). */
    public static byte[] erzeugen(Beschlussvorlage v, OffsetDateTime erstellt) {
        PdfSatz pdf = new PdfSatz("Vorlage " + v.nummer(), Akte.AUFTRAGGEBER + " – Vorlage Nr. " + v.nummer(), !v.endgueltig(),
                erstellt);
        pdf.absatz(Akte.AUFTRAGGEBER + " – Der Oberbürgermeister");
        pdf.titel("Beschlussvorlage");
        pdf.feld("Vorlage Nr.", v.nummer());
        pdf.feld("Datum", Schreibweise.datum(v.datum()));
        pdf.feld("Betreff", v.betreff());
        pdf.feld("Aktenzeichen", v.businessKey());
        if (!v.endgueltig()) {
            pdf.feld("Stand", "ENTWURF – der Rat hat noch nicht entschieden");
        }

        pdf.ueberschrift("Beratungsfolge");
        List<String[]> folge = new ArrayList<>();
        for (Beschlussvorlage.Beratung b : v.beratungsfolge()) {
            folge.add(new String[] {b.gremium(), b.rolle(), Schreibweise.datum(b.sitzung()), Schreibweise.text(b.ergebnis())});
        }
        pdf.tabelle(new float[] {0.42f, 0.2f, 0.18f, 0.2f}, new String[] {"Gremium", "Zuständigkeit", "Sitzung", "Ergebnis"}, folge);

        pdf.ueberschrift("Beschlussentwurf");
        List<String[]> punkte = new ArrayList<>();
        for (int i = 0; i < v.beschlusspunkte().size(); i++) {
            punkte.add(new String[] {(i + 1) + ".", v.beschlusspunkte().get(i)});
        }
        for (String[] p : punkte) {
            pdf.feldNummer(p[0], p[1]);
        }

        pdf.ueberschrift("Finanzielle Auswirkungen");
        pdf.feld("Einmalige Kosten", v.finanzen().einmalig());
        pdf.feld("Laufende Kosten", v.finanzen().laufend());
        pdf.feld("Haushaltsmittel verfügbar", v.finanzen().haushaltsmittelText());

        pdf.ueberschrift("Klimarelevanz");
        pdf.absatz(v.klimarelevanz());

        pdf.ueberschrift("Begründung");
        for (Beschlussvorlage.Abschnitt a : v.begruendung()) {
            pdf.unterueberschrift(a.titel());
            for (String absatz : a.absaetze()) {
                pdf.absatz(absatz);
            }
        }
        return pdf.fertig();
    }
}
