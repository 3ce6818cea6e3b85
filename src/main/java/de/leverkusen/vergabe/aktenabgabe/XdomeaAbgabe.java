package de.leverkusen.vergabe.aktenabgabe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The xdomea 3.0.0 message {@code Abgabe.Abgabe.0401} ("vollständiger Export von Schriftgutobjekten") with one Akte,
 * and its transport container (ZIP with the message and the primary files). A pure function of {@link Nachricht}:
 * the element order follows {@code xdomea-Baukasten.xsd}; {@link XdomeaSchema} checks the result.
 */
public final class XdomeaAbgabe {

    public static final String NAMENSRAUM = "urn:xoev-de:xdomea:schema:3.0.0";
    public static final String NACHRICHTENTYP = "Abgabe.Abgabe.0401";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** xs:dateTime needs the seconds, which OffsetDateTime#toString leaves out when they are zero */
    private static final DateTimeFormatter ZEITPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private XdomeaAbgabe() {
    }

    /** Sender, recipient and the one Akte of the message. {@code prozessId} is the message's identity (Kopf/ProzessID). */
    public record Nachricht(UUID prozessId, OffsetDateTime erstellt, String behoerde, String absenderStelle, String empfaengerStelle,
                            String system, Akte akte) {
    }

    /**
     * The procurement file. {@code aufbewahrungsende}: the day up to which the file must be kept; {@code zdaDatum}: the
     * day the procedure ended (the file is closed, "zu den Akten").
     */
    public record Akte(UUID id, String betreff, String aktenzeichen, String federfuehrung, String bemerkung, LocalDate beginn,
                       LocalDate zdaDatum, int aufbewahrungJahre, LocalDate aufbewahrungsende, List<Protokolleintrag> protokoll,
                       List<Dokument> dokumente) {
    }

    /** One line of the audit trail (HistorienProtokollInformation); {@code metadatum}, alt, neu, bemerkung optional. */
    public record Protokolleintrag(String akteur, OffsetDateTime zeitpunkt, String aktion, String metadatum, String alt, String neu,
                                   String bemerkung) {
    }

    /**
     * One document with its formats (the same content as PDF and in its original format: one Version, several
     * Format). {@code empfaenger} and {@code postausgang} only for letters.
     */
    public record Dokument(UUID id, String betreff, String typ, LocalDate datum, String empfaenger, LocalDate postausgang,
                           List<Datei> formate) {
    }

    /**
     * A primary file: {@code dateiname} {@code <UUID>.<ext>} as the container holds it, {@code original} the name the
     * application gives it. {@code formatCode} from the code list Dateiformat 1.0 ({@code 100} = Sonstiges, then
     * {@code sonstigerName}).
     */
    public record Datei(String dateiname, String original, String formatCode, String sonstigerName, String formatVersion,
                        OffsetDateTime erstellt, byte[] inhalt) {
    }

    /** Name of the message in the container and of the container: {@code <ProzessID>_Abgabe.Abgabe.0401.xml|zip}. */
    public static String nachrichtName(UUID prozessId) {
        return prozessId + "_" + NACHRICHTENTYP + ".xml";
    }

    public static String containerName(UUID prozessId) {
        return prozessId + "_" + NACHRICHTENTYP + ".zip";
    }

    /** The transport container: the message first, then every primary file under its UUID name. */
    public static byte[] container(Nachricht n) {
        ByteArrayOutputStream puffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(puffer, StandardCharsets.UTF_8)) {
            eintrag(zip, nachrichtName(n.prozessId()), xml(n), n.erstellt());
            for (Dokument d : n.akte().dokumente()) {
                for (Datei f : d.formate()) {
                    eintrag(zip, f.dateiname(), f.inhalt(), f.erstellt());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return puffer.toByteArray();
    }

    private static void eintrag(ZipOutputStream zip, String name, byte[] inhalt, OffsetDateTime zeit) throws IOException {
        ZipEntry e = new ZipEntry(name);
        if (zeit != null) {
            e.setTime(zeit.toInstant().toEpochMilli());
        }
        zip.putNextEntry(e);
        zip.write(inhalt);
        zip.closeEntry();
    }

    /** The message as UTF-8 XML with the prefix {@code xdomea} (spec § 4.2 requires it). */
    public static byte[] xml(Nachricht n) {
        ByteArrayOutputStream aus = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(aus, "UTF-8");
            Schreiber s = new Schreiber(w);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("xdomea", NAMENSRAUM);
            s.auf(NACHRICHTENTYP);
            w.writeNamespace("xdomea", NAMENSRAUM);
            kopf(s, n);
            s.auf("Schriftgutobjekt");
            akte(s, n.akte(), n.system());
            s.zu();
            s.zu();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("xdomea-Nachricht nicht erzeugt", e);
        }
        return aus.toByteArray();
    }

    private static void kopf(Schreiber s, Nachricht n) throws XMLStreamException {
        s.auf("Kopf");
        s.text("ProzessID", n.prozessId().toString());
        s.code("Nachrichtentyp", "urn:xoev-de:xdomea:codeliste:nachrichtentyp", "2.0", "0401", "Abgabe.Abgabe");
        s.text("Erstellungszeitpunkt", zeitpunkt(n.erstellt()));
        kontakt(s, "Absender", n.behoerde(), n.absenderStelle());
        kontakt(s, "Empfaenger", n.behoerde(), n.empfaengerStelle());
        s.auf("SendendesSystem");
        s.text("Produktname", n.system());
        s.zu();
        // fixed to 1 by the schema: the DMS confirms the import with Abgabe.ImportBestaetigen.0402
        s.text("Importbestaetigung", "1");
        s.text("Empfangsbestaetigung", "0");
        s.zu();
    }

    private static void kontakt(Schreiber s, String element, String institution, String stelle) throws XMLStreamException {
        s.auf(element);
        s.auf("Institution");
        s.text("Name", institution);
        s.zu();
        if (stelle != null) {
            s.auf("Organisationseinheit");
            s.text("Name", stelle);
            s.zu();
        }
        s.zu();
    }

    private static void akte(Schreiber s, Akte a, String system) throws XMLStreamException {
        s.auf("Akte");
        s.auf("Identifikation");
        s.text("ID", a.id().toString());
        s.zu();
        s.auf("AllgemeineMetadaten");
        s.text("Betreff", a.betreff());
        s.text("Kennzeichen", a.aktenzeichen());
        s.text("Federfuehrung", a.federfuehrung());
        // offers and scoring are business secrets of the bidders (§ 5 VgV): not for the public
        s.code("Vertraulichkeitsstufe", "urn:xoev-de:xdomea:codeliste:vertraulichkeitsstufe", "1.0", "002",
                "NfD: Das Schriftgutobjekt ist als \"nur für den Dienstgebrauch (nfD)\" eingestuft.");
        s.text("Bemerkung", a.bemerkung());
        medium(s);
        s.zu();
        s.auf("ArchivspezifischeMetadaten");
        s.auf("Aufbewahrungsdauer");
        s.text("AnzahlJahre", String.valueOf(a.aufbewahrungJahre()));
        s.zu();
        s.auf("Aussonderungsart");
        // the archive decides on archival value after the retention period
        s.code("Aussonderungsart", "urn:xoev-de:xdomea:codeliste:aussonderungsart", "1.0", "B",
                "Das Schriftgutobjekt ist zum Bewerten markiert.");
        s.zu();
        s.text("Aufbewahrungsende", a.aufbewahrungsende().toString());
        s.zu();
        s.text("Typ", "Vergabeakte");
        s.auf("Laufzeit");
        s.text("Beginn", a.beginn().toString());
        s.text("Ende", a.zdaDatum().toString());
        s.zu();
        for (Protokolleintrag p : a.protokoll()) {
            protokoll(s, p);
        }
        s.auf("Akteninhalt");
        int nummer = 1;
        for (Dokument d : a.dokumente()) {
            dokument(s, d, nummer++, a.aktenzeichen(), system);
        }
        s.zu();
        s.text("ZdA", "1");
        s.text("ZdADatum", a.zdaDatum().toString());
        s.zu();
    }

    private static void protokoll(Schreiber s, Protokolleintrag p) throws XMLStreamException {
        s.auf("HistorienProtokollInformation");
        s.text("MetadatumName", p.metadatum());
        s.text("MetadatumAlterWert", p.alt());
        s.text("MetadatumNeuerWert", p.neu());
        s.text("Akteur", p.akteur());
        s.text("DatumUhrzeit", zeitpunkt(p.zeitpunkt()));
        s.text("Bemerkung", p.bemerkung());
        s.text("Aktion", p.aktion());
        s.zu();
    }

    private static void dokument(Schreiber s, Dokument d, int nummer, String aktenzeichen, String system) throws XMLStreamException {
        s.auf("Dokument");
        s.auf("Identifikation");
        s.text("ID", d.id().toString());
        s.text("NummerImUebergeordnetenContainer", String.valueOf(nummer));
        s.zu();
        s.auf("AllgemeineMetadaten");
        s.text("Betreff", d.betreff());
        s.text("Kennzeichen", aktenzeichen);
        medium(s);
        s.zu();
        s.text("Postausgangsdatum", d.postausgang() == null ? null : d.postausgang().toString());
        s.text("DatumDesSchreibens", d.datum() == null ? null : d.datum().toString());
        s.text("Typ", d.typ());
        s.auf("Version");
        s.text("Nummer", "1");
        for (Datei f : d.formate()) {
            s.auf("Format");
            s.code("Name", "urn:xoev-de:xdomea:codeliste:dateiformat", "1.0", f.formatCode(), null);
            s.text("SonstigerName", f.sonstigerName());
            s.leer("Version", f.formatVersion());
            s.auf("Primaerdokument");
            s.text("Dateiname", f.dateiname());
            s.text("DateinameOriginal", f.original());
            s.text("Ersteller", system);
            s.text("DatumUhrzeit", f.erstellt() == null ? null : zeitpunkt(f.erstellt()));
            s.zu();
            s.zu();
        }
        s.zu();
        if (d.empfaenger() != null) {
            s.auf("Empfaenger");
            s.auf("Institution");
            s.text("Name", d.empfaenger());
            s.zu();
            s.zu();
        }
        s.zu();
    }

    private static void medium(Schreiber s) throws XMLStreamException {
        s.code("Medium", "urn:xoev-de:xdomea:codeliste:medium", "1.0", "001",
                "Elektronisch: Das Schriftgutobjekt liegt ausschließlich in elektronischer Form vor.");
    }

    static String zeitpunkt(OffsetDateTime zeit) {
        return ZEITPUNKT.format(zeit.atZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Writes indented elements in the xdomea namespace; a {@code null} text leaves an optional element out. */
    private static final class Schreiber {
        private final XMLStreamWriter w;
        private int tiefe;

        Schreiber(XMLStreamWriter w) {
            this.w = w;
        }

        void auf(String name) throws XMLStreamException {
            einruecken();
            w.writeStartElement("xdomea", name, NAMENSRAUM);
            tiefe++;
        }

        void zu() throws XMLStreamException {
            tiefe--;
            einruecken();
            w.writeEndElement();
        }

        void text(String name, String text) throws XMLStreamException {
            if (text != null) {
                leer(name, text);
            }
        }

        /** A required element, empty when there is no value. */
        void leer(String name, String text) throws XMLStreamException {
            einruecken();
            w.writeStartElement("xdomea", name, NAMENSRAUM);
            w.writeCharacters(XmlText.bereinigt(text == null ? "" : text));
            w.writeEndElement();
        }

        /** A code of an XÖV code list: its children {@code code} and {@code name} are unqualified. */
        void code(String name, String liste, String version, String code, String bezeichnung) throws XMLStreamException {
            einruecken();
            w.writeStartElement("xdomea", name, NAMENSRAUM);
            w.writeAttribute("listURI", liste);
            w.writeAttribute("listVersionID", version);
            w.writeStartElement("code");
            w.writeCharacters(code);
            w.writeEndElement();
            if (bezeichnung != null) {
                w.writeStartElement("name");
                w.writeCharacters(bezeichnung);
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private void einruecken() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(tiefe));
        }
    }
}
