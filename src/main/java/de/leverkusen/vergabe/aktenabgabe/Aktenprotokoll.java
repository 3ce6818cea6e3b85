package de.leverkusen.vergabe.aktenabgabe;

import de.leverkusen.vergabe.dokumente.Akte;
import de.leverkusen.vergabe.dokumente.Prozessverlauf;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running record and the audit trail of a procedure as tables (CSV, UTF-8 with BOM, ";" as German spreadsheets
 * expect it) and as the Akte's history entries (HistorienProtokollInformation) of the xdomea message.
 */
final class Aktenprotokoll {

    private static final String SYSTEM = "System (Prozess-Engine)";

    private Aktenprotokoll() {
    }

    static byte[] laufendeDokumentation(List<Akte.Eintrag> eintraege) {
        Csv csv = new Csv("Zeitpunkt", "Benutzer", "Stufe", "Text");
        eintraege.forEach(e -> csv.zeile(zeit(e.zeitpunkt()), e.benutzer(), e.stufe(), e.text()));
        return csv.bytes();
    }

    static byte[] verlauf(List<Akte.Schritt> schritte) {
        Csv csv = new Csv("Beginn", "Ende", "Prozess", "Schritt", "Art", "Benutzer");
        schritte.forEach(s -> csv.zeile(zeit(s.beginn()), zeit(s.ende()), s.prozess(), s.schritt(), art(s.art()), s.benutzer()));
        return csv.bytes();
    }

    static byte[] bedienung(List<Prozessverlauf.Bedienung> eintraege) {
        Csv csv = new Csv("Zeitpunkt", "Benutzer", "Operation", "Objekt", "Eigenschaft", "Alter Wert", "Neuer Wert", "Anmerkung");
        eintraege.forEach(e -> csv.zeile(zeit(e.zeitpunkt()), e.benutzer(), e.vorgang(), e.objekt(), e.eigenschaft(), e.alt(), e.neu(),
                e.bemerkung()));
        return csv.bytes();
    }

    /** The steps and the user operations in time order: who did what when. */
    static List<XdomeaAbgabe.Protokolleintrag> eintraege(List<Akte.Schritt> schritte, List<Prozessverlauf.Bedienung> bedienung) {
        List<XdomeaAbgabe.Protokolleintrag> liste = new ArrayList<>();
        for (Akte.Schritt s : schritte) {
            OffsetDateTime zeit = s.ende() != null ? s.ende() : s.beginn();
            liste.add(new XdomeaAbgabe.Protokolleintrag(s.benutzer() != null ? s.benutzer() : SYSTEM, zeit,
                    s.prozess() + ": " + s.schritt(), null, null, null, art(s.art()) + (s.ende() == null ? " (nicht beendet)" : " erledigt")));
        }
        for (Prozessverlauf.Bedienung e : bedienung) {
            liste.add(new XdomeaAbgabe.Protokolleintrag(e.benutzer() != null ? e.benutzer() : SYSTEM, e.zeitpunkt(),
                    "Bedienung: " + e.vorgang() + " (" + e.objekt() + ")", e.eigenschaft(), e.alt(), e.neu(), e.bemerkung()));
        }
        liste.sort(Comparator.comparing(XdomeaAbgabe.Protokolleintrag::zeitpunkt));
        return liste;
    }

    private static String art(String aktivitaetstyp) {
        if (aktivitaetstyp == null) {
            return "Schritt";
        }
        return switch (aktivitaetstyp) {
            case "userTask" -> "Aufgabe";
            case "serviceTask", "sendTask", "businessRuleTask", "externalTask" -> "Systemschritt";
            case "callActivity" -> "Teilprozess";
            default -> "Ereignis";
        };
    }

    private static String zeit(OffsetDateTime zeit) {
        return zeit == null ? "" : XdomeaAbgabe.zeitpunkt(zeit);
    }

    /** RFC 4180 quoting: every field in quotes, quotes doubled. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder("\uFEFF");

        Csv(String... spalten) {
            zeile((Object[]) spalten);
        }

        void zeile(Object... felder) {
            for (int i = 0; i < felder.length; i++) {
                if (i > 0) {
                    text.append(';');
                }
                String f = felder[i] == null ? "" : felder[i].toString();
                text.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            text.append("\r\n");
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
