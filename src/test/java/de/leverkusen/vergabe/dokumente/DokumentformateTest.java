package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What the receiving systems need of the formats: Word gets A4 with German margins, real styles (headings in the
 * navigation pane), columns that fit their words; the council system gets OParl 1.1; no document shows an internal
 * constant.
 */
public class DokumentformateTest {

    /** An internal constant or enum key such as LEISTUNG_DANN_PREIS or IN_WERTUNG (two letters and more before "_"). */
    static final Pattern KONSTANTE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    @Test
    void docx_a4_deutscheRaender_formatvorlagen_ueberschriftenMitGliederungsebene() throws IOException {
        try (XWPFDocument doc = docx()) {
            CTPageSz format = doc.getDocument().getBody().getSectPr().getPgSz();
            // A4 = 210 x 297 mm; 1 mm = 1440 / 25.4 twips: 210 mm = 11905.5 -> 11906, 297 mm = 16837.8 -> 16838
            assertThat(new BigInteger(format.getW().toString())).isEqualTo(11906);
            assertThat(new BigInteger(format.getH().toString())).isEqualTo(16838);
            CTPageMar rand = doc.getDocument().getBody().getSectPr().getPgMar();
            // 2.5 cm = 1417.3 twips -> 1418 left; 2 cm = 1133.9 -> 1134 right
            assertThat(new BigInteger(rand.getLeft().toString())).isEqualTo(1418);
            assertThat(new BigInteger(rand.getRight().toString())).isEqualTo(1134);

            XWPFStyle standard = doc.getStyles().getStyle("Standard");
            assertThat(String.valueOf(standard.getCTStyle().getDefault())).isIn("true", "1", "on");
            assertThat(standard.getName()).isEqualTo("Normal");
            assertThat(doc.getStyles().getStyle("Titel").getName()).isEqualTo("Title");
            assertThat(doc.getStyles().getStyle("Ueberschrift1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Ueberschrift1").getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(0);
            assertThat(doc.getStyles().getStyle("Ueberschrift2").getName()).isEqualTo("heading 2");
            assertThat(doc.getStyles().getStyle("Ueberschrift2").getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(1);
            assertThat(doc.getStyles().getStyle("Tabellenraster").getCTStyle().getType()).isEqualTo(STStyleType.TABLE);

            Map<String, String> vorlageJeText = new java.util.HashMap<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                assertThat(p.getStyleID()).as(p.getText()).isNotNull();
                assertThat(doc.getStyles().styleExist(p.getStyleID())).as(p.getStyleID()).isTrue();
                vorlageJeText.put(p.getText(), p.getStyleID());
            }
            assertThat(vorlageJeText).containsEntry("Beschlussvorlage (ENTWURF)", "Titel")
                    .containsEntry("Beratungsfolge", "Ueberschrift1").containsEntry("Beschlussentwurf", "Ueberschrift1")
                    .containsEntry("Finanzielle Auswirkungen", "Ueberschrift1").containsEntry("Begründung", "Ueberschrift1")
                    .containsEntry("Verfahren", "Ueberschrift2").containsEntry("Wertung", "Ueberschrift2")
                    .containsEntry("Ergebnis", "Ueberschrift2");
            assertThat(vorlageJeText.entrySet().stream().filter(e -> e.getKey().startsWith("1. Der Rat")).findFirst().orElseThrow()
                    .getValue()).isEqualTo("Standard");
        }
    }

    @Test
    void docx_tabelle_imTabellenstil_spaltenBreiterAlsIhrLaengstesWort() throws IOException {
        try (XWPFDocument doc = docx()) {
            XWPFTable tabelle = doc.getTables().get(0);
            assertThat(tabelle.getStyleID()).isEqualTo("Tabellenraster");
            List<CTTblGridCol> spalten = tabelle.getCTTbl().getTblGrid().getGridColList();
            int summe = 0;
            for (int s = 0; s < spalten.size(); s++) {
                int breite = new BigInteger(spalten.get(s).getW().toString()).intValue();
                summe += breite;
                for (int z = 0; z < tabelle.getNumberOfRows(); z++) {
                    XWPFTableCell zelle = tabelle.getRow(z).getCell(s);
                    assertThat(new BigInteger(zelle.getCTTc().getTcPr().getTcW().getW().toString()).intValue()).isEqualTo(breite);
                    for (String wort : zelle.getText().split("\\s+")) {
                        // Arial has Helvetica's widths; 11 pt; 1 pt = 20 twips; plus 2 x 108 twips cell margin
                        float twips = helvetica(z == 0).getStringWidth(wort) / 1000 * 11 * 20 + 2 * 108;
                        assertThat((float) breite).as("Spalte %d, Wort %s", s, wort).isGreaterThanOrEqualTo(twips);
                    }
                }
            }
            // the text width: 11906 - 1418 - 1134 = 9354 twips
            assertThat(summe).isEqualTo(9354);
            // "Finanz- und Digitalisierungsausschuss" needs more room than a date
            assertThat(new BigInteger(spalten.get(0).getW().toString())).isGreaterThan(new BigInteger(spalten.get(2).getW().toString()));
        }
    }

    @Test
    void oparl_paperUndBeratungen_gueltigNachDemSchema_zeitenMitSekundenUndVersatz() throws IOException {
        Beschlussvorlage vorlage = Beschlussvorlage.aus(DokumentSatzTest.akte());
        JsonNode paper = new ObjectMapper().readTree(OparlPaper.erzeugen(vorlage, "https://vergabe.example.org", DokumentSatzTest.T));
        OparlSchema.pruefen(paper, "Paper");
        for (JsonNode c : paper.get("consultation")) {
            OparlSchema.pruefen(c, "Consultation");
        }
        OparlSchema.pruefen(paper.get("mainFile"), "File");
        // T = 2022-02-10T10:30+01:00 (no seconds in Java's toString) is written with seconds and offset
        assertThat(paper.get("created").asText()).isEqualTo("2022-02-10T10:30:00+01:00");
        assertThat(paper.get("modified").asText()).isEqualTo("2022-02-10T10:30:00+01:00");
        assertThat(paper.get("consultation").get(0).get("id").asText())
                .isEqualTo("https://vergabe.example.org/api/vergaben/VG-TEST-SATZ/oparl/consultation/1");
        assertThat(paper.get("consultation").get(1).get("organization").get(0).asText())
                .isEqualTo("https://vergabe.example.org/api/oparl/organization/rat");
        assertThat(paper.get("mainFile").get("id").asText())
                .isEqualTo("https://vergabe.example.org/api/vergaben/VG-TEST-SATZ/oparl/file/ratsbeschlussvorlage.pdf");
        for (String kurz : List.of("rat", "finanz-und-digitalisierungsausschuss")) {
            OparlSchema.pruefen(new ObjectMapper().readTree(OparlPaper.organisation("https://vergabe.example.org", kurz).orElseThrow()),
                    "Organization");
        }
        // the check can fail: a time without seconds (as before) and a wrong type are refused
        ObjectNode alt = paper.deepCopy();
        alt.put("created", "2022-02-10T10:30+01:00");
        alt.put("type", "https://schema.oparl.org/1.0/Paper");
        assertThat(OparlSchema.fehler(alt, "Paper")).anyMatch(f -> f.startsWith("/created:")).anyMatch(f -> f.startsWith("/type:"))
                .allMatch(f -> f.startsWith("/created:") || f.startsWith("/type:"));
    }

    @Test
    void keinDokumentZeigtInterneKonstanten() throws IOException {
        Akte akte = DokumentSatzTest.akte();
        // the file is IN_WERTUNG with a tie rule LEISTUNG_DANN_PREIS in its catalogue: neither may show as such
        assertThat(akte.status()).isEqualTo("IN_WERTUNG");
        Beschlussvorlage vorlage = Beschlussvorlage.aus(akte);
        assertThat(konstanten(pdfText(VergabevermerkPdf.erzeugen(akte)))).isEmpty();
        assertThat(konstanten(pdfText(BeschlussvorlagePdf.erzeugen(vorlage, DokumentSatzTest.T)))).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(BeschlussvorlageDocx.erzeugen(vorlage)));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(konstanten(ex.getText())).isEmpty();
        }
        assertThat(konstanten(jsonText(new ObjectMapper().readTree(OparlPaper.erzeugen(vorlage, "https://x.example", DokumentSatzTest.T)))))
                .isEmpty();
        assertThat(konstanten("Status IN_WERTUNG, Regel LEISTUNG_DANN_PREIS, Stadt Leverkusen, EU-VOB"))
                .containsExactly("IN_WERTUNG", "LEISTUNG_DANN_PREIS");
    }

    public static List<String> konstanten(String text) {
        List<String> gefunden = new ArrayList<>();
        Matcher m = KONSTANTE.matcher(text);
        while (m.find()) {
            gefunden.add(m.group());
        }
        return gefunden;
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** All string values of a JSON document (the text a reader or a council system shows). */
    public static String jsonText(JsonNode json) {
        StringBuilder b = new StringBuilder();
        if (json.isTextual()) {
            b.append(json.asText()).append('\n');
        }
        json.elements().forEachRemaining(e -> b.append(jsonText(e)));
        return b.toString();
    }

    private static XWPFDocument docx() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(BeschlussvorlageDocx.erzeugen(Beschlussvorlage.aus(DokumentSatzTest.akte()))));
    }

    private static PDType1Font helvetica(boolean fett) {
        return new PDType1Font(fett ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA);
    }
}
