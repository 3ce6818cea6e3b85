package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The draft resolution as Word document (DOCX, Apache POI), for the council office to edit: A4 with German margins,
 * the document's own paragraph styles (Titel, Überschrift 1 and 2 with outline levels, so Word's navigation pane and
 * table of contents work; Standard; a table style), table columns wide enough for their longest word. Every text is
 * set as a plain run: markup in a justification appears as text. Characters XML 1.0 does not allow are dropped.
 */
public final class BeschlussvorlageDocx {

    /** A4 in twentieths of a point (twips): 210 × 297 mm. */
    static final int SEITE_BREITE = 11906;
    static final int SEITE_HOEHE = 16838;
    /** German business letter margins: 2.5 cm left (filing), 2 cm right, top and bottom (1 cm = 567 twips). */
    static final int RAND_LINKS = 1418;
    static final int RAND_RECHTS = 1134;
    static final int RAND_OBEN = 1134;
    static final int RAND_UNTEN = 1134;
    static final int TEXTBREITE = SEITE_BREITE - RAND_LINKS - RAND_RECHTS;
    /** Left and right cell margin of the table style. */
    static final int ZELLRAND = 108;

    static final String STANDARD = "Standard";
    static final String TITEL = "Titel";
    static final String UEBERSCHRIFT_1 = "Ueberschrift1";
    static final String UEBERSCHRIFT_2 = "Ueberschrift2";
    static final String TABELLE = "Tabellenraster";
    static final String SCHRIFT = "Arial";
    static final int GROESSE = 11;

    private BeschlussvorlageDocx() {
    }

    public static byte[] erzeugen(Beschlussvorlage v) {
        // not closed: close() of a new document writes the whole package a second time, into a buffer thrown away;
        // revert() releases it without that
        XWPFDocument doc = new XWPFDocument();
        try (ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle("Vorlage " + rein(v.nummer()));
            doc.getProperties().getCoreProperties().setCreator(Akte.AUFTRAGGEBER);
            formatvorlagen(doc);
            absatz(doc, STANDARD, Akte.AUFTRAGGEBER + " – Der Oberbürgermeister");
            absatz(doc, TITEL, v.endgueltig() ? "Beschlussvorlage" : "Beschlussvorlage (ENTWURF)");
            feld(doc, "Vorlage Nr.", v.nummer());
            feld(doc, "Datum", Schreibweise.datum(v.datum()));
            feld(doc, "Betreff", v.betreff());
            feld(doc, "Aktenzeichen", v.businessKey());

            absatz(doc, UEBERSCHRIFT_1, "Beratungsfolge");
            List<String[]> zeilen = new ArrayList<>();
            for (Beschlussvorlage.Beratung b : v.beratungsfolge()) {
                zeilen.add(new String[] {b.gremium(), b.rolle(), Schreibweise.datum(b.sitzung()), Schreibweise.text(b.ergebnis())});
            }
            tabelle(doc, new String[] {"Gremium", "Zuständigkeit", "Sitzung", "Ergebnis"}, zeilen);

            absatz(doc, UEBERSCHRIFT_1, "Beschlussentwurf");
            for (int i = 0; i < v.beschlusspunkte().size(); i++) {
                absatz(doc, STANDARD, (i + 1) + ". " + v.beschlusspunkte().get(i));
            }

            absatz(doc, UEBERSCHRIFT_1, "Finanzielle Auswirkungen");
            feld(doc, "Einmalige Kosten", v.finanzen().einmalig());
            feld(doc, "Laufende Kosten", v.finanzen().laufend());
            feld(doc, "Haushaltsmittel verfügbar", v.finanzen().haushaltsmittelText());

            absatz(doc, UEBERSCHRIFT_1, "Klimarelevanz");
            absatz(doc, STANDARD, v.klimarelevanz());

            absatz(doc, UEBERSCHRIFT_1, "Begründung");
            for (Beschlussvorlage.Abschnitt a : v.begruendung()) {
                absatz(doc, UEBERSCHRIFT_2, a.titel());
                for (String text : a.absaetze()) {
                    absatz(doc, STANDARD, text);
                }
            }
            seite(doc);
            doc.write(aus);
            return aus.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc.getPackage().revert();
        }
    }

    // ------------------------------------------------------------------------------------------------ styles, page

    /**
     * The styles part, written out as WordprocessingML (poi-ooxml-lite lacks the compiled types of a table style's
     * properties, so they are parsed, not built). Style names are Word's built-in ones ("Title", "heading 1", ...),
     * which Word shows in the user's language (Titel, Überschrift 1, ...) and treats as headings; the outline level is
     * what the navigation pane reads. Sizes in half-points, spacing in twips.
     */
    private static void formatvorlagen(XWPFDocument doc) {
        String xml = """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:docDefaults>
                    <w:rPrDefault><w:rPr><w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:cs="%1$s" w:eastAsia="%1$s"/>
                      <w:sz w:val="%2$d"/><w:szCs w:val="%2$d"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
                  </w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="%3$s"><w:name w:val="Normal"/><w:qFormat/></w:style>
                  <w:style w:type="paragraph" w:styleId="%4$s"><w:name w:val="Title"/><w:basedOn w:val="%3$s"/>
                    <w:next w:val="%3$s"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="%5$s"><w:name w:val="heading 1"/><w:basedOn w:val="%3$s"/>
                    <w:next w:val="%3$s"/><w:uiPriority w:val="9"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="%6$s"><w:name w:val="heading 2"/><w:basedOn w:val="%3$s"/>
                    <w:next w:val="%3$s"/><w:uiPriority w:val="9"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                    <w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
                  <w:style w:type="table" w:default="1" w:styleId="NormaleTabelle"><w:name w:val="Normal Table"/>
                    <w:uiPriority w:val="99"/><w:semiHidden/>
                    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                      <w:left w:w="%8$d" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="%8$d" w:type="dxa"/>
                    </w:tblCellMar></w:tblPr></w:style>
                  <w:style w:type="table" w:styleId="%7$s"><w:name w:val="Table Grid"/><w:basedOn w:val="NormaleTabelle"/>
                    <w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0"/></w:pPr>
                    <w:tblPr><w:tblBorders>
                      <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                      <w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                      <w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                    </w:tblBorders><w:tblCellMar><w:left w:w="%8$d" w:type="dxa"/><w:right w:w="%8$d" w:type="dxa"/>
                    </w:tblCellMar></w:tblPr></w:style>
                </w:styles>
                """.formatted(SCHRIFT, 2 * GROESSE, STANDARD, TITEL, UEBERSCHRIFT_1, UEBERSCHRIFT_2, TABELLE, ZELLRAND);
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void seite(XWPFDocument doc) {
        CTSectPr sektion = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz format = sektion.isSetPgSz() ? sektion.getPgSz() : sektion.addNewPgSz();
        format.setW(BigInteger.valueOf(SEITE_BREITE));
        format.setH(BigInteger.valueOf(SEITE_HOEHE));
        CTPageMar rand = sektion.isSetPgMar() ? sektion.getPgMar() : sektion.addNewPgMar();
        rand.setLeft(BigInteger.valueOf(RAND_LINKS));
        rand.setRight(BigInteger.valueOf(RAND_RECHTS));
        rand.setTop(BigInteger.valueOf(RAND_OBEN));
        rand.setBottom(BigInteger.valueOf(RAND_UNTEN));
        rand.setHeader(BigInteger.valueOf(709));
        rand.setFooter(BigInteger.valueOf(709));
        rand.setGutter(BigInteger.ZERO);
    }

    // ------------------------------------------------------------------------------------------------ content

    private static void absatz(XWPFDocument doc, String vorlage, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(vorlage);
        text(p.createRun(), text);
    }

    private static void feld(XWPFDocument doc, String label, String wert) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(STANDARD);
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + ": ");
        text(p.createRun(), wert);
    }

    /**
     * A table in the table style, header row repeated on each page; fixed column widths, each at least as wide as the
     * longest word in the column (so no word is broken), the rest of the text width shared in proportion.
     */
    private static void tabelle(XWPFDocument doc, String[] kopf, List<String[]> zeilen) {
        int[] breiten = spaltenbreiten(kopf, zeilen);
        XWPFTable tabelle = doc.createTable(1 + zeilen.size(), kopf.length);
        tabelle.setStyleID(TABELLE);
        CTTblPr tp = tabelle.getCTTbl().getTblPr();
        if (tp.isSetTblBorders()) {
            tp.unsetTblBorders(); // the table style draws the rules
        }
        tp.addNewTblLayout().setType(STTblLayoutType.FIXED);
        tabelle.setWidth(String.valueOf(TEXTBREITE));
        tp.getTblW().setType(STTblWidth.DXA);
        CTTblGrid raster = tabelle.getCTTbl().getTblGrid() != null ? tabelle.getCTTbl().getTblGrid() : tabelle.getCTTbl().addNewTblGrid();
        while (raster.sizeOfGridColArray() > 0) {
            raster.removeGridCol(0);
        }
        for (int b : breiten) {
            raster.addNewGridCol().setW(BigInteger.valueOf(b));
        }
        XWPFTableRow kopfzeile = tabelle.getRow(0);
        kopfzeile.setRepeatHeader(true);
        for (int s = 0; s < kopf.length; s++) {
            zelle(kopfzeile.getCell(s), kopf[s], true, breiten[s]);
        }
        for (int z = 0; z < zeilen.size(); z++) {
            for (int s = 0; s < kopf.length; s++) {
                zelle(tabelle.getRow(z + 1).getCell(s), zeilen.get(z)[s], false, breiten[s]);
            }
        }
    }

    private static void zelle(XWPFTableCell zelle, String text, boolean fett, int breite) {
        zelle.setWidth(String.valueOf(breite));
        zelle.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
        XWPFParagraph p = zelle.getParagraphs().get(0);
        p.setStyle(STANDARD);
        XWPFRun run = p.createRun();
        run.setBold(fett);
        text(run, text);
    }

    /**
     * Column widths in twips. A word's width is measured with Helvetica's metrics, which Arial shares glyph for glyph;
     * bold for the header. Columns get their longest word plus the cell margins (and 10 % reserve); what is left of
     * the text width goes to the columns in proportion to their text.
     */
    static int[] spaltenbreiten(String[] kopf, List<String[]> zeilen) {
        int n = kopf.length;
        int[] minimum = new int[n];
        long[] textmenge = new long[n];
        for (int s = 0; s < n; s++) {
            minimum[s] = wortbreite(kopf[s], true);
            textmenge[s] = rein(kopf[s]).length();
            for (String[] z : zeilen) {
                minimum[s] = Math.max(minimum[s], wortbreite(z[s], false));
                textmenge[s] += rein(z[s]).length();
            }
            minimum[s] = (int) Math.ceil(minimum[s] * 1.1) + 2 * ZELLRAND;
        }
        int summe = 0;
        long menge = 0;
        for (int s = 0; s < n; s++) {
            summe += minimum[s];
            menge += textmenge[s];
        }
        int[] breiten = new int[n];
        int rest = Math.max(0, TEXTBREITE - summe);
        int vergeben = 0;
        for (int s = 0; s < n; s++) {
            breiten[s] = summe > TEXTBREITE ? minimum[s] * TEXTBREITE / summe
                    : minimum[s] + (int) (menge == 0 ? rest / n : rest * textmenge[s] / menge);
            vergeben += breiten[s];
        }
        breiten[n - 1] += TEXTBREITE - vergeben;
        return breiten;
    }

    /** Width in twips of the longest word of the text, set in the document font at {@link #GROESSE} pt. */
    static int wortbreite(String text, boolean fett) {
        PDType1Font font = new PDType1Font(fett ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA);
        float max = 0;
        for (String wort : rein(text).split("\\s+")) {
            float breite;
            try {
                breite = font.getStringWidth(wort);
            } catch (IOException | IllegalArgumentException e) {
                breite = wort.length() * 600f; // a character Helvetica's encoding lacks: an average glyph's width
            }
            max = Math.max(max, breite / 1000 * GROESSE * 20);
        }
        return (int) Math.ceil(max);
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
