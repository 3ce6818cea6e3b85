package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.wertung.Angebotswertung;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import de.leverkusen.vergabe.wertung.Wertungsparameter;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The renderers with content no process run produces: 60 criteria, texts of several thousand characters, markup
 * and expressions in user text, umlauts, characters outside the PDF font's encoding.
 */
class DokumentSatzTest {

    static final OffsetDateTime T = OffsetDateTime.of(2022, 2, 10, 10, 30, 0, 0, ZoneOffset.ofHours(1));
    static final String MARKUP = "<b>fett</b> & <script>alert(1)</script> ${execution.getVariable('x')} {{x}}";
    static final String UMLAUTE = "Äußerst große Übergänge: Öl, Müll, Maß, § 8 – „Zitat“ 1.000 €";

    @Test
    void sechzigKriterien_langeTexte_markupAlsText_umbruchUeberSeiten() throws IOException {
        Akte akte = akte();
        byte[] pdf = VergabevermerkPdf.erzeugen(akte);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(4);
            String text = new PDFTextStripper().getText(doc);
            String fliess = text.replaceAll("\\s+", " ");
            assertThat(fliess).contains("ENTWURF", "K60", "Kriterium Nummer 60", "K1 ", "Kriterium Nummer 1 ");
            // 60 criteria in the table and in the sensitivity table
            assertThat(text.lines().filter(l -> l.matches("K\\d+ Kriterium Nummer \\d+ .*"))).hasSize(60);
            assertThat(text.lines().filter(l -> l.matches("K\\d+ (kein Wechsel|ab ).*"))).hasSize(60);
            // markup and expressions appear as text; umlauts, §, arrows and check marks survive (embedded Unicode font)
            assertThat(fliess).contains("<b>fett</b>", "<script>alert(1)</script>", "${execution.getVariable('x')}", "{{x}}");
            assertThat(fliess).contains("Äußerst große Übergänge: Öl, Müll, Maß, § 8 – „Zitat“ 1.000 €");
            assertThat(fliess).contains("Pfeil → und Haken ✓");
            // a long text (6,000 characters without a break point in the middle) is wrapped completely, nothing is lost
            assertThat(fliess.replace(" ", "")).contains("X".repeat(300));
            assertThat(fliess).contains("ENDE-DES-LANGEN-TEXTES");
            Path ordner = Path.of("target/dokumente");
            Files.createDirectories(ordner);
            Files.write(ordner.resolve("vergabevermerk-60-kriterien.pdf"), pdf);
            for (int seite : new int[] {0, 1, 2}) {
                BufferedImage bild = new PDFRenderer(doc).renderImageWithDPI(seite, 100);
                ImageIO.write(bild, "png", ordner.resolve("vergabevermerk-60-kriterien-seite" + (seite + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void beschlussvorlage_docxUndPdf_markupAlsText() throws IOException {
        Beschlussvorlage vorlage = Beschlussvorlage.aus(akte());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(BeschlussvorlageDocx.erzeugen(vorlage)));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertThat(text).contains(MARKUP, UMLAUTE, "1. Der Rat der Stadt Leverkusen beschließt", "2. Die Verwaltung wird beauftragt");
        }
        try (PDDocument doc = Loader.loadPDF(BeschlussvorlagePdf.erzeugen(vorlage, T))) {
            String fliess = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(fliess).contains("<b>fett</b>", "Äußerst große Übergänge", "ENTWURF");
        }
        JsonNode paper = new ObjectMapper().readTree(OparlPaper.erzeugen(vorlage, "https://example.org", T));
        assertThat(paper.get("name").asText()).isEqualTo("Betreff " + MARKUP);
    }

    static Akte akte() {
        List<Kriterium> kriterien = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            kriterien.add(new Kriterium("K" + i, "Kriterium Nummer " + i + " " + (i % 7 == 0 ? UMLAUTE : "Anforderung"), 1 + i % 5));
        }
        Kriterienkatalog katalog = Wertungsbeispiele.ausKriterien("test", kriterien, 0, 10);
        List<Angebotswertung> angebote = new ArrayList<>();
        String[] bieter = {"Alpha GmbH", "Beta AG " + MARKUP, "Gamma Systeme GmbH & Co. KG"};
        String[] preise = {"400000", "380000", "450000"};
        for (int b = 0; b < 3; b++) {
            Map<String, BigDecimal> punkte = new LinkedHashMap<>();
            for (int i = 1; i <= 60; i++) {
                punkte.put("K" + i, BigDecimal.valueOf((i + b * 3) % 11));
            }
            angebote.add(new Angebotswertung((long) b + 1, bieter[b], new BigDecimal(preise[b]), null, List.of(punkte), Map.of()));
        }
        Wertungsergebnis wertung = Wertungsrechner.berechnen(Wertungsparameter.einfacheRichtwertmethode(), katalog.skala(),
                kriterien, angebote, true);
        String lang = "Anfang " + "Sehr langer Vermerk mit Umlauten äöü. ".repeat(80) + "X".repeat(600) + " ENDE-DES-LANGEN-TEXTES";
        List<Akte.Bieter> bieterListe = List.of(
                new Akte.Bieter(1L, bieter[0], new BigDecimal(preise[0]), "ZUGELASSEN", null),
                new Akte.Bieter(2L, bieter[1], new BigDecimal(preise[1]), "ZUGELASSEN", null),
                new Akte.Bieter(3L, bieter[2], new BigDecimal(preise[2]), "ZUGELASSEN", null),
                new Akte.Bieter(4L, "Delta KG", new BigDecimal("1"), "AUSGESCHLOSSEN", lang));
        List<Akte.Eintrag> vermerke = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            vermerke.add(new Akte.Eintrag(T, "vergabe1", "Prüfung", "Eintrag " + i + ": " + MARKUP + " Pfeil → und Haken ✓"));
        }
        vermerke.add(new Akte.Eintrag(T, "vergabe1", "Wertung", lang));
        return new Akte("VG-TEST-SATZ", "Titel mit " + UMLAUTE, "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)",
                "Begründung " + MARKUP + " " + UMLAUTE, new BigDecimal("1250000"), T, LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 9),
                "IN_WERTUNG", false, T, new Akte.Oeffnung("vergabe1", "vergabe2", T), bieterListe,
                List.of(new Akte.Bewerter("bewerter1", "AUSGESCHLOSSEN", "Konflikt " + MARKUP, T), new Akte.Bewerter("bewerter2", "UNBEFANGEN", null, T)),
                katalog, wertung, "Konsolidiert " + MARKUP, "Zuschlagsbegründung " + MARKUP + " " + UMLAUTE, null,
                new Akte.Rat("2022/0042", "Betreff " + MARKUP, Boolean.FALSE, T, null, null), null,
                List.of(new Akte.Brief("Information nach § 134 GWB", "a@b.example", "Betreff " + MARKUP, "MANUELL", T)),
                List.of(), vermerke, List.of(new Akte.Schritt(T, T, "Vergabe", "Angebote öffnen (1. Person)", "userTask", "vergabe1")), T);
    }
}
