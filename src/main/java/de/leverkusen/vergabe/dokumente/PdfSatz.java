package de.leverkusen.vergabe.dokumente;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A small typesetter on PDFBox for A4 documents: headings, wrapped paragraphs, label/value lines and tables whose
 * rows break across pages (line by line, header repeated). Every text is drawn as a plain string (no markup is
 * interpreted); characters the font cannot encode are replaced (see {@link #rein}). Helvetica (standard 14 font,
 * WinAnsi) covers ä ö ü ß § € and the typographic dashes and quotes; nothing needs to be embedded.
 */
final class PdfSatz {

    private static final PDRectangle FORMAT = PDRectangle.A4;
    private static final float RAND = 56;
    private static final float OBEN = FORMAT.getHeight() - RAND;
    private static final float UNTEN = RAND + 14;
    private static final float BREITE = FORMAT.getWidth() - 2 * RAND;

    private final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font fett = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> darstellbar = new HashMap<>();
    private final PDDocument dokument = new PDDocument();
    private final String kopfzeile;
    private final boolean entwurf;
    private PDPageContentStream seite;
    private float y;

    PdfSatz(String titel, String kopfzeile, boolean entwurf) {
        this.kopfzeile = kopfzeile;
        this.entwurf = entwurf;
        PDDocumentInformation info = dokument.getDocumentInformation();
        info.setTitle(rein(titel));
        info.setAuthor(Akte.AUFTRAGGEBER);
        info.setCreator("Vergabe-Workflow-Engine");
        neueSeite();
    }

    // ------------------------------------------------------------------------------------------------ blocks

    void titel(String text) {
        zeilen(text, fett, 16, 20, 0, BREITE);
        abstand(6);
    }

    void ueberschrift(String text) {
        abstand(8);
        platz(16 + 3 * 13); // keep a heading with the first lines after it
        zeilen(text, fett, 12, 16, 0, BREITE);
        abstand(2);
    }

    void absatz(String text) {
        zeilen(text, normal, 10, 13, 0, BREITE);
        abstand(4);
    }

    /** A label in bold and its value, wrapped in the column right of it. */
    void feld(String label, String wert) {
        tabelleOhneKopf(new float[] {0.3f, 0.7f}, List.<String[]>of(new String[] {label, wert}), true);
    }

    /** A numbered point: the number, the text indented beside it. */
    void feldNummer(String nummer, String text) {
        tabelleOhneKopf(new float[] {0.06f, 0.94f}, List.<String[]>of(new String[] {nummer, text}), false);
        abstand(4);
    }

    void unterueberschrift(String text) {
        abstand(4);
        platz(14 + 2 * 13);
        zeilen(text, fett, 10.5f, 14, 0, BREITE);
    }

    /** A list of lines, each starting with a marker, the text indented. */
    void aufzaehlung(List<String> punkte) {
        for (String p : punkte) {
            tabelleOhneKopf(new float[] {0.04f, 0.96f}, List.<String[]>of(new String[] {"•", p}), false);
        }
        abstand(4);
    }

    /** A table; {@code anteile}: column widths as fractions of the text width. Rows break across pages. */
    void tabelle(float[] anteile, String[] kopf, List<String[]> zeilen) {
        float[] breiten = breiten(anteile);
        List<List<String>> kopfZeilen = umbrechen(kopf, breiten, fett, 9);
        platz(hoehe(kopfZeilen, 11) + 2 * 11);
        zeile(kopfZeilen, breiten, fett, 9, 11);
        linie();
        for (String[] z : zeilen) {
            List<List<String>> spalten = umbrechen(z, breiten, normal, 9);
            int n = spalten.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < n; i++) {
                if (y - 11 < UNTEN) {
                    neueSeite();
                    zeile(kopfZeilen, breiten, fett, 9, 11);
                    linie();
                }
                zeichneZeile(spalten, breiten, normal, 9, i);
                y -= 11;
            }
            y -= 3;
        }
        abstand(6);
    }

    private void tabelleOhneKopf(float[] anteile, List<String[]> zeilen, boolean ersteFett) {
        float[] breiten = breiten(anteile);
        for (String[] z : zeilen) {
            List<List<String>> spalten = new ArrayList<>();
            for (int s = 0; s < z.length; s++) {
                spalten.add(umbrechen(z[s], breiten[s] - 6, s == 0 && ersteFett ? fett : normal, 10));
            }
            int n = spalten.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < n; i++) {
                if (y - 13 < UNTEN) {
                    neueSeite();
                }
                float x = RAND;
                for (int s = 0; s < spalten.size(); s++) {
                    if (i < spalten.get(s).size()) {
                        text(spalten.get(s).get(i), s == 0 && ersteFett ? fett : normal, 10, x, y - 10);
                    }
                    x += breiten[s];
                }
                y -= 13;
            }
        }
    }

    void abstand(float punkte) {
        y -= punkte;
    }

    byte[] fertig() {
        try {
            seite.close();
            int n = dokument.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                PDPage p = dokument.getPage(i);
                try (PDPageContentStream fuss = new PDPageContentStream(dokument, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    fuss.setNonStrokingColor(Color.DARK_GRAY);
                    String links = rein(kopfzeile + (entwurf ? " – ENTWURF" : ""));
                    schreiben(fuss, links, normal, 8, RAND, RAND - 4);
                    String rechts = "Seite " + (i + 1) + " von " + n;
                    schreiben(fuss, rechts, normal, 8, FORMAT.getWidth() - RAND - breite(rechts, normal, 8), RAND - 4);
                }
                if (entwurf) {
                    try (PDPageContentStream wasser = new PDPageContentStream(dokument, p, PDPageContentStream.AppendMode.PREPEND, true, true)) {
                        wasser.setNonStrokingColor(new Color(225, 225, 225));
                        wasser.beginText();
                        wasser.setFont(fett, 110);
                        wasser.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), 150, 180));
                        wasser.showText("ENTWURF");
                        wasser.endText();
                    }
                }
            }
            ByteArrayOutputStream aus = new ByteArrayOutputStream();
            dokument.save(aus);
            dokument.close();
            return aus.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ text

    /**
     * The text as the font can draw it: line breaks kept, other control characters become spaces, characters outside
     * the font's encoding are replaced (dashes and minus by "-", anything else by "?"). Markup is just text.
     */
    String rein(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append('\n');
            } else if (c == '\r') {
                // dropped: \r\n and \n are the same line break
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                b.append(' ');
            } else if (kannDarstellen(c)) {
                b.appendCodePoint(c);
            } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2212 || c == 0x2015) {
                b.append('-');
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean kannDarstellen(int c) {
        return darstellbar.computeIfAbsent(c, z -> {
            try {
                normal.encode(new String(Character.toChars(z)));
                fett.encode(new String(Character.toChars(z)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private void zeilen(String text, PDType1Font font, float groesse, float abstand, float einzug, float breite) {
        for (String z : umbrechen(text, breite - einzug, font, groesse)) {
            if (y - abstand < UNTEN) {
                neueSeite();
            }
            text(z, font, groesse, RAND + einzug, y - groesse);
            y -= abstand;
        }
    }

    /** Wraps at spaces; a word longer than the width is split. Explicit line breaks are kept. */
    List<String> umbrechen(String text, float breite, PDType1Font font, float groesse) {
        List<String> ergebnis = new ArrayList<>();
        for (String absatz : rein(text).split("\n", -1)) {
            StringBuilder zeile = new StringBuilder();
            for (String wort : absatz.split(" ")) {
                String kandidat = zeile.length() == 0 ? wort : zeile + " " + wort;
                if (breite(kandidat, font, groesse) <= breite) {
                    zeile.setLength(0);
                    zeile.append(kandidat);
                    continue;
                }
                if (zeile.length() > 0) {
                    ergebnis.add(zeile.toString());
                    zeile.setLength(0);
                }
                while (breite(wort, font, groesse) > breite) {
                    int n = wort.length() - 1;
                    while (n > 1 && breite(wort.substring(0, n), font, groesse) > breite) {
                        n--;
                    }
                    ergebnis.add(wort.substring(0, n));
                    wort = wort.substring(n);
                }
                zeile.append(wort);
            }
            ergebnis.add(zeile.toString());
        }
        return ergebnis;
    }

    private List<List<String>> umbrechen(String[] zellen, float[] breiten, PDType1Font font, float groesse) {
        List<List<String>> spalten = new ArrayList<>();
        for (int s = 0; s < zellen.length; s++) {
            spalten.add(umbrechen(zellen[s], breiten[s] - 6, font, groesse));
        }
        return spalten;
    }

    private static float hoehe(List<List<String>> spalten, float abstand) {
        return spalten.stream().mapToInt(List::size).max().orElse(1) * abstand;
    }

    private void zeile(List<List<String>> spalten, float[] breiten, PDType1Font font, float groesse, float abstand) {
        int n = spalten.stream().mapToInt(List::size).max().orElse(1);
        for (int i = 0; i < n; i++) {
            zeichneZeile(spalten, breiten, font, groesse, i);
            y -= abstand;
        }
    }

    private void zeichneZeile(List<List<String>> spalten, float[] breiten, PDType1Font font, float groesse, int i) {
        float x = RAND;
        for (int s = 0; s < spalten.size(); s++) {
            if (i < spalten.get(s).size()) {
                text(spalten.get(s).get(i), font, groesse, x, y - groesse);
            }
            x += breiten[s];
        }
    }

    private static float[] breiten(float[] anteile) {
        float summe = 0;
        for (float a : anteile) {
            summe += a;
        }
        float[] b = new float[anteile.length];
        for (int i = 0; i < anteile.length; i++) {
            b[i] = BREITE * anteile[i] / summe;
        }
        return b;
    }

    private void linie() {
        try {
            seite.setStrokingColor(Color.GRAY);
            seite.setLineWidth(0.5f);
            seite.moveTo(RAND, y - 1);
            seite.lineTo(RAND + BREITE, y - 1);
            seite.stroke();
            y -= 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void platz(float hoehe) {
        if (y - hoehe < UNTEN) {
            neueSeite();
        }
    }

    private float breite(String text, PDType1Font font, float groesse) {
        try {
            return font.getStringWidth(text) / 1000 * groesse;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String text, PDType1Font font, float groesse, float x, float basis) {
        try {
            schreiben(seite, text, font, groesse, x, basis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schreiben(PDPageContentStream ziel, String text, PDType1Font font, float groesse, float x, float basis) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        ziel.beginText();
        ziel.setFont(font, groesse);
        ziel.newLineAtOffset(x, basis);
        ziel.showText(text);
        ziel.endText();
    }

    private void neueSeite() {
        try {
            if (seite != null) {
                seite.close();
            }
            PDPage p = new PDPage(FORMAT);
            dokument.addPage(p);
            seite = new PDPageContentStream(dokument, p);
            seite.setNonStrokingColor(Color.BLACK);
            y = OBEN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
