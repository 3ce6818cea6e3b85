package de.leverkusen.vergabe.aktenabgabe;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** The xdomea code list Dateiformat 1.0 for the files the application produces, by the file's extension. */
final class Dateiformat {

    private Dateiformat() {
    }

    /** The primary file {@code <id>.<ext>} for the file {@code original}. */
    static XdomeaAbgabe.Datei datei(UUID id, String original, OffsetDateTime erstellt, byte[] inhalt) {
        String endung = original.substring(original.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String name = id + "." + endung;
        return switch (endung) {
            // 044 "pdf (Archival)" only for a file that declares PDF/A in its XMP metadata
            case "pdf" -> new XdomeaAbgabe.Datei(name, original, enthaelt(inhalt, "pdfaid:part") ? "044" : "018", null,
                    pdfVersion(inhalt), erstellt, inhalt);
            case "docx" -> new XdomeaAbgabe.Datei(name, original, "035", null, "", erstellt, inhalt);
            case "xml" -> new XdomeaAbgabe.Datei(name, original, "030", null, "1.0", erstellt, inhalt);
            case "csv" -> new XdomeaAbgabe.Datei(name, original, "002", null, "", erstellt, inhalt);
            case "txt" -> new XdomeaAbgabe.Datei(name, original, "045", null, "", erstellt, inhalt);
            case "json" -> new XdomeaAbgabe.Datei(name, original, "100", "json - JavaScript Object Notation (RFC 8259)", "", erstellt, inhalt);
            default -> new XdomeaAbgabe.Datei(name, original, "100", endung, "", erstellt, inhalt);
        };
    }

    /** "1.7" from the header {@code %PDF-1.7}. */
    static String pdfVersion(byte[] pdf) {
        String kopf = new String(pdf, 0, Math.min(pdf.length, 16), StandardCharsets.ISO_8859_1);
        return kopf.startsWith("%PDF-") ? kopf.substring(5, Math.min(kopf.length(), 8)).trim() : "";
    }

    private static boolean enthaelt(byte[] inhalt, String text) {
        return new String(inhalt, StandardCharsets.ISO_8859_1).contains(text);
    }
}
