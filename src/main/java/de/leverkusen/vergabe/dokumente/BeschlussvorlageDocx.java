package de.leverkusen.vergabe.dokumente;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The draft resolution as Word document (DOCX, Apache POI), for the council office to edit. Every text is set as a
 * plain run: markup in a justification appears as text. Characters XML 1.0 does not allow are dropped.
 */
public final class BeschlussvorlageDocx {

    private BeschlussvorlageDocx() {
    }

    public static byte[] erzeugen(Beschlussvorlage v) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Vorlage " + rein(v.nummer()));
            doc.getProperties().getCoreProperties().setCreator(Akte.AUFTRAGGEBER);
            absatz(doc, Akte.AUFTRAGGEBER + " – Der Oberbürgermeister", false, 10);
            absatz(doc, v.endgueltig() ? "Beschlussvorlage" : "Beschlussvorlage (ENTWURF)", true, 16);
            feld(doc, "Vorlage Nr.", v.nummer());
            feld(doc, "Datum", Format.datum(v.datum()));
            feld(doc, "Betreff", v.betreff());
            feld(doc, "Aktenzeichen", v.businessKey());

            absatz(doc, "Beratungsfolge", true, 12);
            XWPFTable tabelle = doc.createTable(1, 4);
            zelle(tabelle.getRow(0), 0, "Gremium", true);
            zelle(tabelle.getRow(0), 1, "Zuständigkeit", true);
            zelle(tabelle.getRow(0), 2, "Sitzung", true);
            zelle(tabelle.getRow(0), 3, "Ergebnis", true);
            for (Beschlussvorlage.Beratung b : v.beratungsfolge()) {
                XWPFTableRow zeile = tabelle.createRow();
                zelle(zeile, 0, b.gremium(), false);
                zelle(zeile, 1, b.rolle(), false);
                zelle(zeile, 2, Format.datum(b.sitzung()), false);
                zelle(zeile, 3, Format.text(b.ergebnis()), false);
            }

            absatz(doc, "Beschlussentwurf", true, 12);
            for (int i = 0; i < v.beschlusspunkte().size(); i++) {
                absatz(doc, (i + 1) + ". " + v.beschlusspunkte().get(i), false, 11);
            }

            absatz(doc, "Finanzielle Auswirkungen", true, 12);
            feld(doc, "Einmalige Kosten", v.finanzen().einmalig());
            feld(doc, "Laufende Kosten", v.finanzen().laufend());
            feld(doc, "Haushaltsmittel verfügbar", v.finanzen().haushaltsmittelText());

            absatz(doc, "Klimarelevanz", true, 12);
            absatz(doc, v.klimarelevanz(), false, 11);

            absatz(doc, "Begründung", true, 12);
            for (Beschlussvorlage.Abschnitt a : v.begruendung()) {
                absatz(doc, a.titel(), true, 11);
                for (String text : a.absaetze()) {
                    absatz(doc, text, false, 11);
                }
            }
            doc.write(aus);
            return aus.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void absatz(XWPFDocument doc, String text, boolean fett, int groesse) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(fett);
        run.setFontSize(groesse);
        run.setFontFamily("Arial");
        text(run, text);
    }

    private static void feld(XWPFDocument doc, String label, String wert) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setFontFamily("Arial");
        l.setText(label + ": ");
        XWPFRun w = p.createRun();
        w.setFontFamily("Arial");
        text(w, wert);
    }

    private static void zelle(XWPFTableRow zeile, int spalte, String text, boolean fett) {
        XWPFParagraph p = zeile.getCell(spalte).getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(fett);
        run.setFontFamily("Arial");
        text(run, text);
    }

    /** Plain text with line breaks as breaks inside the run. */
    private static void text(XWPFRun run, String text) {
        String[] zeilen = rein(text).split("\n", -1);
        for (int i = 0; i < zeilen.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(zeilen[i], i);
        }
    }

    static String rein(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean erlaubt = c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (erlaubt) {
                b.appendCodePoint(c);
            }
        });
        return b.toString().replace("\r", "");
    }
}
