package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A small typesetter on PDFBox for A4 documents: headings, wrapped paragraphs, label/value lines and tables whose
 * rows break across pages (line by line, header repeated). Every text is drawn as a plain string (no markup is
 * interpreted). The result is PDF/A-2b (ISO 19005-2, level B), as an e-file or archive ingest requires: DejaVu Sans
 * embedded as subset (Unicode: €, §, typographic quotes, Polish, Turkish, arrows ...; licence next to the fonts in
 * {@code schriften/}), XMP metadata matching the document information, an sRGB output intent (the JDK's sRGB
 * profile). Characters DejaVu Sans has no glyph for become U+FFFD (see {@link #rein}). The PDF is also tagged (reading
 * order and structure for screen readers and reflow): headings H1-H3, paragraphs P, tables Table/TR/TH/TD, lists
 * L/LI/Lbl/LBody; footer, watermark, rules and repeated table headers are artifacts.
 */
final class PdfSatz {

    private static final PDRectangle FORMAT = PDRectangle.A4;
    private static final float RAND = 56;
    private static final float OBEN = FORMAT.getHeight() - RAND;
    private static final float UNTEN = RAND + 14;
    private static final float BREITE = FORMAT.getWidth() - 2 * RAND;

    private static final byte[] SCHRIFT = ressource("/schriften/DejaVuSans.ttf");
    private static final byte[] SCHRIFT_FETT = ressource("/schriften/DejaVuSans-Bold.ttf");
    private static final String ERZEUGER = "Vergabe-Workflow-Engine";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** the JDK's sRGB profile, read once (getData() copies it out of the colour management module each time) */
    private static final byte[] SRGB_PROFIL = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * One XMP serializer per thread: its constructor looks up the XML transformer factory on the class path (a
     * service lookup costing more than the serialization); it holds a DocumentBuilder, which is not thread-safe.
     */
    private static final ThreadLocal<XmpSerializer> XMP = ThreadLocal.withInitial(XmpSerializer::new);

    private final PDDocument dokument = new PDDocument();
    private final PDFont normal = schrift(dokument, SCHRIFT);
    private final PDFont fett = schrift(dokument, SCHRIFT_FETT);
    private final Map<Integer, Boolean> darstellbar = new HashMap<>();
    private final String titel;
    private final Calendar erstellt;
    private final String kopfzeile;
    private final boolean entwurf;
    private PDPageContentStream seite;
    private float y;
    /** Tagging: the structure tree, per page the element of each marked-content id, the element being written. */
    private final PDStructureTreeRoot strukturwurzel = new PDStructureTreeRoot();
    private final PDStructureElement gesamt = new PDStructureElement(StandardStructureTypes.DOCUMENT, strukturwurzel);
    private final Map<Integer, COSObjectable> elternJeSeite = new HashMap<>();
    private COSArray eltern;
    private PDPage aktuelleSeite;
    private PDStructureElement aktuell;

    /** {@code erstellt}: creation date in the metadata (the state of the file the document shows). */
    PdfSatz(String titel, String kopfzeile, boolean entwurf, OffsetDateTime erstellt) {
        this.titel = ohneSteuerzeichen(titel);
        this.erstellt = GregorianCalendar.from(erstellt.atZoneSameInstant(Schreibweise.ZONE));
        this.kopfzeile = kopfzeile;
        this.entwurf = entwurf;
        strukturwurzel.appendKid(gesamt);
        neueSeite();
    }

    // ------------------------------------------------------------------------------------------------ blocks

    void titel(String text) {
        aktuell = element(StandardStructureTypes.H1, gesamt);
        zeilen(text, fett, 16, 20, 0, BREITE);
        abstand(6);
    }

    void ueberschrift(String text) {
        abstand(8);
        platz(16 + 3 * 13); // keep a heading with the first lines after it
        aktuell = element(StandardStructureTypes.H2, gesamt);
        zeilen(text, fett, 12, 16, 0, BREITE);
        abstand(2);
    }

    void absatz(String text) {
        aktuell = element(StandardStructureTypes.P, gesamt);
        zeilen(text, normal, 10, 13, 0, BREITE);
        abstand(4);
    }

    /** A label in bold and its value, wrapped in the column right of it (a third: the usual labels fit on one line). */
    void feld(String label, String wert) {
        tabelleOhneKopf(new float[] {0.33f, 0.67f}, List.<String[]>of(new String[] {label, wert}), true,
                element(StandardStructureTypes.TABLE, gesamt), StandardStructureTypes.TR,
                StandardStructureTypes.TH, StandardStructureTypes.TD);
    }

    /** A numbered point: the number, the text indented beside it. */
    void feldNummer(String nummer, String text) {
        tabelleOhneKopf(new float[] {0.06f, 0.94f}, List.<String[]>of(new String[] {nummer, text}), false,
                element(StandardStructureTypes.L, gesamt), StandardStructureTypes.LI,
                StandardStructureTypes.LBL, StandardStructureTypes.L_BODY);
        abstand(4);
    }

    void unterueberschrift(String text) {
        abstand(4);
        platz(14 + 2 * 13);
        aktuell = element(StandardStructureTypes.H3, gesamt);
        zeilen(text, fett, 10.5f, 14, 0, BREITE);
    }

    /** A table; {@code anteile}: column widths as fractions of the text width. Rows break across pages. */
    void tabelle(float[] anteile, String[] kopf, List<String[]> zeilen) {
        float[] breiten = wortbreiten(breiten(anteile), kopf, zeilen);
        List<List<String>> kopfZeilen = umbrechen(kopf, breiten, fett, 9);
        platz(hoehe(kopfZeilen, 11) + 2 * 11);
        PDStructureElement tabelle = element(StandardStructureTypes.TABLE, gesamt);
        zeile(kopfZeilen, breiten, fett, 9, 11, zellen(tabelle, StandardStructureTypes.TH, StandardStructureTypes.TH, kopf.length));
        linie();
        for (String[] z : zeilen) {
            List<List<String>> spalten = umbrechen(z, breiten, normal, 9);
            PDStructureElement[] zellen = zellen(tabelle, StandardStructureTypes.TD, StandardStructureTypes.TD, z.length);
            int n = spalten.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < n; i++) {
                if (y - 11 < UNTEN) {
                    neueSeite();
                    zeile(kopfZeilen, breiten, fett, 9, 11, null); // the repeated header is an artifact
                    linie();
                }
                zeichneZeile(spalten, breiten, normal, 9, i, zellen);
                y -= 11;
            }
            y -= 3;
        }
        abstand(6);
    }

    /** One row of cells under {@code container}: a new row element ({@code zeilentyp}), the first cell typed apart. */
    private PDStructureElement[] zellen(PDStructureElement container, String ersteZelle, String zelle, int n) {
        return zellen(container, StandardStructureTypes.TR, ersteZelle, zelle, n);
    }

    private PDStructureElement[] zellen(PDStructureElement container, String zeilentyp, String ersteZelle, String zelle, int n) {
        PDStructureElement zeile = element(zeilentyp, container);
        PDStructureElement[] zellen = new PDStructureElement[n];
        for (int s = 0; s < n; s++) {
            zellen[s] = element(s == 0 ? ersteZelle : zelle, zeile);
            if (StandardStructureTypes.TH.equals(zellen[s].getStructureType())) {
                // a header cell says what it heads: its column (table head) or its row (label of a field)
                PDTableAttributeObject bezug = new PDTableAttributeObject();
                bezug.setScope(ersteZelle.equals(zelle) ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                zellen[s].addAttribute(bezug);
            }
        }
        return zellen;
    }

    private void tabelleOhneKopf(float[] anteile, List<String[]> zeilen, boolean ersteFett, PDStructureElement container,
                                 String zeilentyp, String ersteZelle, String zelle) {
        float[] breiten = breiten(anteile);
        for (String[] z : zeilen) {
            PDStructureElement[] zellen = zellen(container, zeilentyp, ersteZelle, zelle, z.length);
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
                        aktuell = zellen[s];
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
                    fuss.beginMarkedContent(COSName.ARTIFACT);
                    fuss.setNonStrokingColor(Color.DARK_GRAY);
                    String links = rein(kopfzeile + (entwurf ? " – ENTWURF" : ""));
                    schreiben(fuss, links, normal, 8, RAND, RAND - 4);
                    String rechts = "Seite " + (i + 1) + " von " + n;
                    schreiben(fuss, rechts, normal, 8, FORMAT.getWidth() - RAND - breite(rechts, normal, 8), RAND - 4);
                    fuss.endMarkedContent();
                }
                if (entwurf) {
                    try (PDPageContentStream wasser = new PDPageContentStream(dokument, p, PDPageContentStream.AppendMode.PREPEND, true, true)) {
                        wasser.beginMarkedContent(COSName.ARTIFACT);
                        wasser.setNonStrokingColor(new Color(225, 225, 225));
                        wasser.beginText();
                        wasser.setFont(fett, 110);
                        wasser.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), 150, 180));
                        wasser.showText("ENTWURF");
                        wasser.endText();
                        wasser.endMarkedContent();
                    }
                }
            }
            pdfa();
            ByteArrayOutputStream aus = new ByteArrayOutputStream();
            dokument.save(aus);
            dokument.close();
            return aus.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What PDF/A-2b asks beyond embedded fonts: document information and XMP metadata that agree (title, author =
     * the authority, creator tool, producer, dates), the PDF/A identification (part 2, conformance B) and an output
     * intent that gives the RGB colours (text, rules, the watermark) a defined meaning.
     */
    private void pdfa() throws IOException {
        PDDocumentInformation info = dokument.getDocumentInformation();
        info.setTitle(titel);
        info.setAuthor(Akte.AUFTRAGGEBER);
        info.setCreator(ERZEUGER);
        info.setProducer(ERZEUGER);
        info.setCreationDate(erstellt);
        info.setModificationDate(erstellt);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(titel);
        dc.addCreator(Akte.AUFTRAGGEBER);
        dc.setFormat("application/pdf");
        XMPBasicSchema basis = xmp.createAndAddXMPBasicSchema();
        basis.setCreatorTool(ERZEUGER);
        basis.setCreateDate(erstellt);
        basis.setModifyDate(erstellt);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(ERZEUGER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            XMP.get().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadaten = new PDMetadata(dokument);
        metadaten.importXMPMetadata(xml.toByteArray());
        dokument.getDocumentCatalog().setMetadata(metadaten);
        dokument.getDocumentCatalog().setLanguage("de-DE");

        PDDocumentCatalog katalog = dokument.getDocumentCatalog();
        katalog.setStructureTreeRoot(strukturwurzel);
        PDNumberTreeNode elternbaum = new PDNumberTreeNode(PDParentTreeValue.class);
        elternbaum.setNumbers(elternJeSeite);
        strukturwurzel.setParentTree(elternbaum);
        strukturwurzel.setParentTreeNextKey(elternJeSeite.size());
        PDMarkInfo markiert = new PDMarkInfo();
        markiert.setMarked(true);
        katalog.setMarkInfo(markiert);
        PDViewerPreferences ansicht = new PDViewerPreferences(new COSDictionary());
        ansicht.setDisplayDocTitle(true);
        katalog.setViewerPreferences(ansicht);

        PDOutputIntent intent = new PDOutputIntent(dokument,
                new ByteArrayInputStream(SRGB_PROFIL));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        dokument.getDocumentCatalog().addOutputIntent(intent);
    }

    private static PDStructureElement element(String typ, PDStructureElement eltern) {
        PDStructureElement e = new PDStructureElement(typ, eltern);
        eltern.appendKid(e);
        return e;
    }

    private static PDFont schrift(PDDocument dokument, byte[] ttf) {
        try {
            return PDType0Font.load(dokument, new ByteArrayInputStream(ttf), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ressource(String pfad) {
        try (InputStream ein = PdfSatz.class.getResourceAsStream(pfad)) {
            if (ein == null) {
                throw new IllegalStateException("Schrift fehlt im Klassenpfad: " + pfad);
            }
            return ein.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ohneSteuerzeichen(String text) {
        return text == null ? "" : text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    // ------------------------------------------------------------------------------------------------ text

    /**
     * The text as the font can draw it: line breaks kept, other control characters become spaces, a character the
     * font has no glyph for (rare: DejaVu Sans covers Latin, Greek, Cyrillic, arrows, dingbats) becomes U+FFFD, so the
     * reader sees that something is missing. Markup is just text.
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
            } else {
                b.append('\uFFFD');
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

    private void zeilen(String text, PDFont font, float groesse, float abstand, float einzug, float breite) {
        for (String z : umbrechen(text, breite - einzug, font, groesse)) {
            if (y - abstand < UNTEN) {
                neueSeite();
            }
            text(z, font, groesse, RAND + einzug, y - groesse);
            y -= abstand;
        }
    }

    /** Wraps at spaces; a word longer than the width is split. Explicit line breaks are kept. */
    List<String> umbrechen(String text, float breite, PDFont font, float groesse) {
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

    private List<List<String>> umbrechen(String[] zellen, float[] breiten, PDFont font, float groesse) {
        List<List<String>> spalten = new ArrayList<>();
        for (int s = 0; s < zellen.length; s++) {
            spalten.add(umbrechen(zellen[s], breiten[s] - 6, font, groesse));
        }
        return spalten;
    }

    private static float hoehe(List<List<String>> spalten, float abstand) {
        return spalten.stream().mapToInt(List::size).max().orElse(1) * abstand;
    }

    private void zeile(List<List<String>> spalten, float[] breiten, PDFont font, float groesse, float abstand,
                       PDStructureElement[] zellen) {
        int n = spalten.stream().mapToInt(List::size).max().orElse(1);
        for (int i = 0; i < n; i++) {
            zeichneZeile(spalten, breiten, font, groesse, i, zellen);
            y -= abstand;
        }
    }

    /** Line {@code i} of each cell; {@code zellen}: the cells' structure elements, {@code null}: an artifact. */
    private void zeichneZeile(List<List<String>> spalten, float[] breiten, PDFont font, float groesse, int i,
                              PDStructureElement[] zellen) {
        float x = RAND;
        for (int s = 0; s < spalten.size(); s++) {
            if (i < spalten.get(s).size()) {
                aktuell = zellen == null ? null : zellen[s];
                text(spalten.get(s).get(i), font, groesse, x, y - groesse);
            }
            x += breiten[s];
        }
    }

    /**
     * Widens columns narrower than their longest word (header in bold) at the expense of columns with room to spare,
     * so that no word is split; a word longer than 30 % of the text width (an e-mail address, a URL) may still be split, and
     * so may words in a table whose columns have no room to give.
     */
    private float[] wortbreiten(float[] breiten, String[] kopf, List<String[]> zeilen) {
        int n = breiten.length;
        float[] minimum = new float[n];
        for (int s = 0; s < n; s++) {
            minimum[s] = laengstesWort(kopf[s], fett, 9);
            float voll = breite(rein(kopf[s]).replace('\n', ' '), fett, 9);
            for (String[] z : zeilen) {
                minimum[s] = Math.max(minimum[s], laengstesWort(z[s], normal, 9));
                voll = Math.max(voll, breite(rein(z[s]).replace('\n', ' '), normal, 9));
            }
            if (voll + 7 <= breiten[s]) {
                minimum[s] = voll + 7; // every cell fits on one line (dates with time): it stays so
            } else if (minimum[s] + 7 > 0.3f * BREITE) {
                minimum[s] = Math.min(breiten[s], minimum[s] + 7); // a word that long is split anyway: keep the share
            } else {
                minimum[s] = minimum[s] + 7;
            }
        }
        float fehlt = 0;
        float uebrig = 0;
        for (int s = 0; s < n; s++) {
            fehlt += Math.max(0, minimum[s] - breiten[s]);
            uebrig += Math.max(0, breiten[s] - minimum[s]);
        }
        if (fehlt == 0 || uebrig == 0) {
            return breiten;
        }
        // not enough room for all: each narrow column gets the same fraction of what it lacks
        float anteil = Math.min(1, uebrig / fehlt);
        float[] neu = new float[n];
        for (int s = 0; s < n; s++) {
            neu[s] = breiten[s] < minimum[s] ? breiten[s] + (minimum[s] - breiten[s]) * anteil
                    : breiten[s] - (breiten[s] - minimum[s]) * fehlt * anteil / uebrig;
        }
        return neu;
    }

    private float laengstesWort(String text, PDFont font, float groesse) {
        float max = 0;
        for (String wort : rein(text).split("[ \n]")) {
            max = Math.max(max, breite(wort, font, groesse));
        }
        return max;
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
            seite.beginMarkedContent(COSName.ARTIFACT);
            seite.setStrokingColor(Color.GRAY);
            seite.setLineWidth(0.5f);
            seite.moveTo(RAND, y - 1);
            seite.lineTo(RAND + BREITE, y - 1);
            seite.stroke();
            seite.endMarkedContent();
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

    private float breite(String text, PDFont font, float groesse) {
        try {
            return font.getStringWidth(text) / 1000 * groesse;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a line of text as marked content of the current structure element (or as an artifact). */
    private void text(String text, PDFont font, float groesse, float x, float basis) {
        if (text.isEmpty()) {
            return;
        }
        try {
            if (aktuell == null) {
                seite.beginMarkedContent(COSName.ARTIFACT);
                schreiben(seite, text, font, groesse, x, basis);
                seite.endMarkedContent();
                return;
            }
            int mcid = eltern.size();
            COSDictionary eigenschaften = new COSDictionary();
            eigenschaften.setInt(COSName.MCID, mcid);
            seite.beginMarkedContent(COSName.getPDFName(aktuell.getStructureType()), PDPropertyList.create(eigenschaften));
            schreiben(seite, text, font, groesse, x, basis);
            seite.endMarkedContent();
            PDMarkedContentReference verweis = new PDMarkedContentReference();
            verweis.setMCID(mcid);
            verweis.setPage(aktuelleSeite);
            aktuell.appendKid(verweis);
            eltern.add(aktuell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schreiben(PDPageContentStream ziel, String text, PDFont font, float groesse, float x, float basis) throws IOException {
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
            p.setStructParents(elternJeSeite.size());
            eltern = new COSArray();
            elternJeSeite.put(p.getStructParents(), eltern);
            aktuelleSeite = p;
            seite = new PDPageContentStream(dokument, p);
            seite.setNonStrokingColor(Color.BLACK);
            y = OBEN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
