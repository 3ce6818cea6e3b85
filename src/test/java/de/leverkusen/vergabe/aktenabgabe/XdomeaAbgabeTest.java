package de.leverkusen.vergabe.aktenabgabe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The message builder on its own: any text users type stays valid XML and valid xdomea; the schema check bites. */
class XdomeaAbgabeTest {

    static final UUID PROZESS = UUID.fromString("9fde4e7a-b41b-11ec-9225-005056871b7c");
    // 10:00 UTC on 10.02.2022 is 11:00 in Leverkusen (CET, +01:00), seconds written although they are zero
    static final OffsetDateTime ZEIT = OffsetDateTime.of(2022, 2, 10, 10, 0, 0, 0, ZoneOffset.UTC);

    static XdomeaAbgabe.Nachricht nachricht(String betreff, List<XdomeaAbgabe.Dokument> dokumente) {
        XdomeaAbgabe.Akte akte = new XdomeaAbgabe.Akte(UUID.nameUUIDFromBytes("akte".getBytes(StandardCharsets.UTF_8)), betreff,
                "VG-2021-DMS", "Vergabestelle", "Offenes Verfahren (§ 15 VgV)", LocalDate.of(2021, 10, 7), LocalDate.of(2022, 3, 1), 3,
                LocalDate.of(2025, 2, 10),
                List.of(new XdomeaAbgabe.Protokolleintrag("vergabe1", ZEIT, "Vergabe: Zuschlag erteilen", null, null, null, null)),
                dokumente);
        return new XdomeaAbgabe.Nachricht(PROZESS, ZEIT, "Stadt Leverkusen", "Vergabestelle", "E-Akte", "Vergabe-Workflow-Engine", akte);
    }

    static XdomeaAbgabe.Dokument brief(String text) {
        return new XdomeaAbgabe.Dokument(UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)), text, "Information nach § 134 GWB",
                LocalDate.of(2022, 2, 10), "Łódź Software Sp. z o.o.", LocalDate.of(2022, 2, 10),
                List.of(Dateiformat.datei(UUID.nameUUIDFromBytes("datei".getBytes(StandardCharsets.UTF_8)), "schreiben-1.txt", ZEIT,
                        text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void textDerBenutzer_markupUndSteuerzeichen_bleibtGueltig() {
        String text = "<b>Angebot</b> & \"Preis\" € § – İstanbul \u0007Glocke \uD83D\uDE00";
        byte[] xml = XdomeaAbgabe.xml(nachricht(text, List.of(brief(text))));
        assertThat(XdomeaSchema.verstoesse(xml)).isEmpty();
        String s = new String(xml, StandardCharsets.UTF_8);
        // markup is text, the bell (not allowed in XML 1.0) becomes U+FFFD, the rest stays as typed
        assertThat(s).contains("&lt;b&gt;Angebot&lt;/b&gt; &amp; \"Preis\" € § – İstanbul \uFFFDGlocke \uD83D\uDE00")
                .contains("<xdomea:Erstellungszeitpunkt>2022-02-10T11:00:00+01:00</xdomea:Erstellungszeitpunkt>")
                .contains("<xdomea:Dateiname>" + UUID.nameUUIDFromBytes("datei".getBytes(StandardCharsets.UTF_8)) + ".txt</xdomea:Dateiname>");
    }

    @Test
    void akteOhneDokumente_gueltig() {
        assertThat(XdomeaSchema.verstoesse(XdomeaAbgabe.xml(nachricht("Vergabeakte", List.of())))).isEmpty();
    }

    @Test
    void schemaverstoss_wirdErkanntUndAbgewiesen() {
        String gueltig = new String(XdomeaAbgabe.xml(nachricht("Vergabeakte", List.of())), StandardCharsets.UTF_8);
        // Typ before ArchivspezifischeMetadaten breaks the order of AkteType
        String vertauscht = gueltig.replace("<xdomea:Typ>Vergabeakte</xdomea:Typ>", "")
                .replace("<xdomea:ArchivspezifischeMetadaten>", "<xdomea:Typ>Vergabeakte</xdomea:Typ><xdomea:ArchivspezifischeMetadaten>");
        assertThat(XdomeaSchema.verstoesse(vertauscht.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        // a ProzessID that is no UUID
        byte[] keineUuid = gueltig.replace(PROZESS.toString(), "VG-2021-DMS").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XdomeaSchema.pruefen(keineUuid)).hasMessageContaining("xdomea-Nachricht verstößt gegen das Schema");
    }

    @Test
    void dateiformateNachCodeliste() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdfa = "%PDF-1.7\n<pdfaid:part>2</pdfaid:part>".getBytes(StandardCharsets.ISO_8859_1);
        UUID id = UUID.nameUUIDFromBytes(new byte[] {1});
        assertThat(Dateiformat.datei(id, "vergabevermerk.pdf", ZEIT, pdf)).extracting(XdomeaAbgabe.Datei::formatCode,
                XdomeaAbgabe.Datei::formatVersion, XdomeaAbgabe.Datei::dateiname).containsExactly("018", "1.7", id + ".pdf");
        assertThat(Dateiformat.datei(id, "vergabevermerk.pdf", ZEIT, pdfa).formatCode()).isEqualTo("044");
        assertThat(Dateiformat.datei(id, "ratsbeschlussvorlage.docx", ZEIT, new byte[0]).formatCode()).isEqualTo("035");
        assertThat(Dateiformat.datei(id, "ratsbeschlussvorlage-oparl.json", ZEIT, new byte[0]))
                .extracting(XdomeaAbgabe.Datei::formatCode, XdomeaAbgabe.Datei::sonstigerName)
                .containsExactly("100", "json - JavaScript Object Notation (RFC 8259)");
    }
}
