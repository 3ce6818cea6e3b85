package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * Every PDF the renderers produce is PDF/A-2b by veraPDF's rules, and Unicode text users type comes back out of the
 * PDF exactly (no "?"): Polish and Turkish names, typographic quotes, €, §. The PDFs are tagged.
 */
class PdfATest {

    static final String UNICODE = "Zażółć gęślą jaźń, İstanbul Şişli, „Zitat“ 1.250.000,00 € § 134";

    @Test
    void vergabevermerk_undBeschlussvorlage_mitUnicodeText_sindPdfA2b_undDerTextKommtUnveraendertZurueck() throws IOException {
        Akte akte = mitUnicode(DokumentSatzTest.akte());
        byte[] vermerk = VergabevermerkPdf.erzeugen(akte);
        byte[] vorlage = BeschlussvorlagePdf.erzeugen(Beschlussvorlage.aus(akte), DokumentSatzTest.T);
        Path ordner = Path.of("target/dokumente");
        Files.createDirectories(ordner);
        Files.write(ordner.resolve("pdfa-vergabevermerk-unicode.pdf"), vermerk);
        Files.write(ordner.resolve("pdfa-beschlussvorlage-unicode.pdf"), vorlage);

        PdfA.pruefen(vermerk, "Vergabevermerk");
        PdfA.pruefen(vorlage, "Beschlussvorlage");
        for (byte[] pdf : List.of(vermerk, vorlage)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String fliess = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(fliess).contains(UNICODE).doesNotContain("?", "\uFFFD");
            }
        }
        try (PDDocument doc = Loader.loadPDF(vermerk)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("6a. Verhandlungen (§ 17 Abs. 10-14 VgV)",
                    "Verhandlungsrunde 2", "ausgeschieden: Aktenwerk Software GmbH", "379.000,00");
        }
        // characters beyond WinAnsi in the 60-criteria file survive too (arrow, check mark)
        try (PDDocument doc = Loader.loadPDF(VergabevermerkPdf.erzeugen(DokumentSatzTest.akte()))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Pfeil → und Haken ✓");
        }
    }

    @Test
    void metadaten_titelAutorDatum_undPdfaKennung_eingebetteteSchriften() throws Exception {
        byte[] pdf = VergabevermerkPdf.erzeugen(DokumentSatzTest.akte());
        PdfA.pruefen(pdf, "Vergabevermerk mit 60 Kriterien");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Vergabevermerk VG-TEST-SATZ");
            assertThat(info.getAuthor()).isEqualTo("Stadt Leverkusen");
            // the state of the file: DokumentSatzTest.T = 10.02.2022 10:30 +01:00
            assertThat(info.getCreationDate().toInstant()).isEqualTo(DokumentSatzTest.T.toInstant());
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Vergabevermerk VG-TEST-SATZ");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Stadt Leverkusen");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(DokumentSatzTest.T.toInstant());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            List<String> schriften = new ArrayList<>();
            PDResources r = doc.getPage(0).getResources();
            for (COSName n : r.getFontNames()) {
                PDFont f = r.getFont(n);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                schriften.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(schriften).contains("DejaVuSans", "DejaVuSans-Bold");

            // tagged: a structure tree Document > H1, H2, P, Table > TR > TH/TD, in reading order
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureElement dokument = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            assertThat(dokument.getStructureType()).isEqualTo("Document");
            List<String> typen = new ArrayList<>();
            for (Object kind : dokument.getKids()) {
                typen.add(((PDStructureElement) kind).getStructureType());
            }
            assertThat(typen.subList(0, 3)).containsExactly("H1", "P", "H2");
            assertThat(typen).contains("Table", "H2");
            PDStructureElement tabelle = dokument.getKids().stream().map(k -> (PDStructureElement) k)
                    .filter(e -> e.getStructureType().equals("Table") && e.getKids().size() > 2).findFirst().orElseThrow();
            PDStructureElement kopf = (PDStructureElement) tabelle.getKids().get(0);
            assertThat(kopf.getStructureType()).isEqualTo("TR");
            assertThat(kopf.getKids()).allSatisfy(z -> assertThat(((PDStructureElement) z).getStructureType()).isEqualTo("TH"));
        }
    }

    /** The check itself: a plain PDF as the renderers made it before (Helvetica not embedded, no XMP, no intent) fails. */
    @Test
    void pruefungErkenntEinPdfOhnePdfA() throws IOException {
        java.io.ByteArrayOutputStream aus = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage seite = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(seite);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, seite)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                s.showText("Vergabevermerk");
                s.endText();
            }
            doc.save(aus);
        }
        // 6.2.11.4.1: font programs embedded; 6.6.2.1: XMP metadata stream in the catalog
        assertThat(PdfA.verstoesse(aus.toByteArray())).anyMatch(v -> v.startsWith("6.2.11.4.1-"))
                .anyMatch(v -> v.startsWith("6.6.2.1-"));
    }

    /** The file with the sentence in the subject, the procedure's reason, the award justification and the council's subject. */
    static Akte mitUnicode(Akte a) {
        return new Akte(a.businessKey(), UNICODE, a.verfahrensart(), UNICODE, a.geschaetzterWert(), a.angebotsfrist(),
                a.praesentationVon(), a.praesentationBis(), a.status(), a.endgueltig(), a.angelegtAm(), a.oeffnung(), a.bieter(),
                a.bewerter(), a.katalog(), a.wertung(), a.konsolidierungsvermerk(), UNICODE, a.zuschlag(),
                new Akte.Rat(a.rat().vorlageNummer(), UNICODE, a.rat().haushaltsmittel(), a.rat().vorlageErstelltAm(),
                        a.rat().beschluss(), a.rat().sitzungsdatum()),
                a.aufhebungsgrund(), a.schreiben(), a.nachpruefung(), a.laufendeDokumentation(), a.verlauf(), a.stand(), verhandlung());
    }

    /** Issue 17: two negotiation rounds with minutes, information, a reduction and the final offers, in the same PDF/A. */
    static Akte.Verhandlung verhandlung() {
        java.time.OffsetDateTime t = DokumentSatzTest.T;
        Akte.Runde eins = new Akte.Runde(1, List.of(new Akte.Gespraech("Aktenwerk Software GmbH", t.toLocalDate(), "vergabe1, bewerter1", UNICODE),
                new Akte.Gespraech("Kommunal-DMS AG", t.toLocalDate(), "vergabe1, bewerter1", "Präsentation")),
                List.of(new Akte.Information(t, "Frage eines Bieters", "Die Schnittstelle zu OpenRathaus ist Teil der Leistung.",
                        List.of("Aktenwerk Software GmbH", "Kommunal-DMS AG"))), List.of("Aktenwerk Software GmbH"), "Niedrigste Kennzahl Z.");
        Akte.Runde zwei = new Akte.Runde(2, List.of(new Akte.Gespraech("Kommunal-DMS AG", t.toLocalDate(), "vergabe2", "Verhandlung über Wartung")),
                List.of(), List.of(), null);
        return new Akte.Verhandlung(null, List.of(eins, zwei), t, new Akte.Oeffnung("vergabe1", "vergabe2", t),
                List.of(new Akte.EndgueltigesAngebot("Kommunal-DMS AG", new java.math.BigDecimal("389500.00"), new java.math.BigDecimal("379000.00"))));
    }
}
