package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the eForms award notice needs and the procedure does not know: the Vergabestelle enters it in the form
 * "Vergabebekanntmachung veröffentlichen" (keys = the form's keys). Everything else in the notice (title, procedure
 * type, offers received, winner, value, award date) comes from the procedure's record ({@link Akte}).
 */
public record Bekanntmachungsangaben(
        String cpvCode,
        String auftraggeberRegistriernummer,
        String auftraggeberStrasse,
        String auftraggeberPlz,
        String auftraggeberOrt,
        String auftraggeberNuts,
        String auftraggeberEmail,
        String auftraggeberTelefon,
        String nachpruefungsstelle,
        String nachpruefungsstellePlz,
        String nachpruefungsstelleOrt,
        String zuschlagsempfaengerRegistriernummer,
        String zuschlagsempfaengerPlz,
        String zuschlagsempfaengerOrt,
        String zuschlagsempfaengerLand,
        String zuschlagsempfaengerGroesse) {

    public static final String CPV_CODE = "cpvCode";
    public static final String AUFTRAGGEBER_REGISTRIERNUMMER = "auftraggeberRegistriernummer";
    public static final String AUFTRAGGEBER_STRASSE = "auftraggeberStrasse";
    public static final String AUFTRAGGEBER_PLZ = "auftraggeberPlz";
    public static final String AUFTRAGGEBER_ORT = "auftraggeberOrt";
    public static final String AUFTRAGGEBER_NUTS = "auftraggeberNuts";
    public static final String AUFTRAGGEBER_EMAIL = "auftraggeberEmail";
    public static final String AUFTRAGGEBER_TELEFON = "auftraggeberTelefon";
    public static final String NACHPRUEFUNGSSTELLE = "nachpruefungsstelle";
    public static final String NACHPRUEFUNGSSTELLE_PLZ = "nachpruefungsstellePlz";
    public static final String NACHPRUEFUNGSSTELLE_ORT = "nachpruefungsstelleOrt";
    public static final String ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER = "zuschlagsempfaengerRegistriernummer";
    public static final String ZUSCHLAGSEMPFAENGER_PLZ = "zuschlagsempfaengerPlz";
    public static final String ZUSCHLAGSEMPFAENGER_ORT = "zuschlagsempfaengerOrt";
    public static final String ZUSCHLAGSEMPFAENGER_LAND = "zuschlagsempfaengerLand";
    public static final String ZUSCHLAGSEMPFAENGER_GROESSE = "zuschlagsempfaengerGroesse";

    /** eForms codes (ISO 3166-1 alpha-3) of the countries the form offers. */
    public static final Set<String> LAENDER = Set.of("DEU", "AUT", "BEL", "CHE", "CZE", "DNK", "FRA", "LUX", "NLD", "POL");
    /** eForms list economic-operator-size. */
    public static final Set<String> GROESSEN = Set.of("micro", "small", "medium", "large");

    private static final Pattern CPV = Pattern.compile("^\\d{8}$");
    private static final Pattern PLZ_DE = Pattern.compile("^\\d{5}$");
    private static final Pattern PLZ = Pattern.compile("^[A-Za-z0-9 -]{3,10}$");
    /** German NUTS-3 code (the buyer sits in Germany): DE, region, district, e.g. DEA24 for Leverkusen. */
    private static final Pattern NUTS_DE = Pattern.compile("^DE[0-9A-G][0-9A-G]?[0-9A-G]?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** digits, +, spaces, brackets, slash, hyphen: what TED accepts as a phone number */
    private static final Pattern TELEFON = Pattern.compile("^\\+?[0-9][0-9 ()/-]{5,29}$");

    /**
     * Reads and checks the values of the form (null, blank and surrounding spaces treated alike). A missing or
     * malformed value is an {@link Eingabefehler} naming the field, so the task stays open.
     */
    public static Bekanntmachungsangaben aus(Function<String, Object> werte) {
        Map<String, String> w = new LinkedHashMap<>();
        for (String feld : new String[] {CPV_CODE, AUFTRAGGEBER_REGISTRIERNUMMER, AUFTRAGGEBER_STRASSE, AUFTRAGGEBER_PLZ,
                AUFTRAGGEBER_ORT, AUFTRAGGEBER_NUTS, AUFTRAGGEBER_EMAIL, AUFTRAGGEBER_TELEFON, NACHPRUEFUNGSSTELLE,
                NACHPRUEFUNGSSTELLE_PLZ, NACHPRUEFUNGSSTELLE_ORT, ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER, ZUSCHLAGSEMPFAENGER_PLZ,
                ZUSCHLAGSEMPFAENGER_ORT, ZUSCHLAGSEMPFAENGER_LAND, ZUSCHLAGSEMPFAENGER_GROESSE}) {
            Object wert = werte.apply(feld);
            String text = wert == null ? "" : wert.toString().strip();
            if (text.isEmpty()) {
                throw new Eingabefehler(feld, "Pflichtfeld fehlt (für die eForms-Vergabebekanntmachung erforderlich)");
            }
            if (text.length() > 200) {
                throw new Eingabefehler(feld, "höchstens 200 Zeichen");
            }
            w.put(feld, text);
        }
        Bekanntmachungsangaben a = new Bekanntmachungsangaben(w.get(CPV_CODE), w.get(AUFTRAGGEBER_REGISTRIERNUMMER),
                w.get(AUFTRAGGEBER_STRASSE), w.get(AUFTRAGGEBER_PLZ), w.get(AUFTRAGGEBER_ORT), w.get(AUFTRAGGEBER_NUTS).toUpperCase(),
                w.get(AUFTRAGGEBER_EMAIL), w.get(AUFTRAGGEBER_TELEFON), w.get(NACHPRUEFUNGSSTELLE), w.get(NACHPRUEFUNGSSTELLE_PLZ),
                w.get(NACHPRUEFUNGSSTELLE_ORT), w.get(ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER), w.get(ZUSCHLAGSEMPFAENGER_PLZ),
                w.get(ZUSCHLAGSEMPFAENGER_ORT), w.get(ZUSCHLAGSEMPFAENGER_LAND), w.get(ZUSCHLAGSEMPFAENGER_GROESSE));
        a.pruefen();
        return a;
    }

    private void pruefen() {
        regel(CPV.matcher(cpvCode).matches(), CPV_CODE, "CPV-Code mit 8 Ziffern ohne Prüfziffer, z. B. 48311100");
        regel(PLZ_DE.matcher(auftraggeberPlz).matches(), AUFTRAGGEBER_PLZ, "Postleitzahl mit 5 Ziffern");
        regel(NUTS_DE.matcher(auftraggeberNuts).matches(), AUFTRAGGEBER_NUTS, "deutscher NUTS-Code, z. B. DEA24 (Leverkusen)");
        regel(EMAIL.matcher(auftraggeberEmail).matches(), AUFTRAGGEBER_EMAIL, "keine gültige E-Mail-Adresse");
        regel(TELEFON.matcher(auftraggeberTelefon).matches(), AUFTRAGGEBER_TELEFON,
                "Telefonnummer aus Ziffern, Leerzeichen, +, /, - und Klammern, z. B. +49 214 406-0");
        regel(PLZ_DE.matcher(nachpruefungsstellePlz).matches(), NACHPRUEFUNGSSTELLE_PLZ, "Postleitzahl mit 5 Ziffern");
        regel(LAENDER.contains(zuschlagsempfaengerLand), ZUSCHLAGSEMPFAENGER_LAND, "unbekanntes Land '" + zuschlagsempfaengerLand + "'");
        // a German postcode has five digits; abroad the form of the postcode differs
        regel("DEU".equals(zuschlagsempfaengerLand) ? PLZ_DE.matcher(zuschlagsempfaengerPlz).matches()
                        : PLZ.matcher(zuschlagsempfaengerPlz).matches(), ZUSCHLAGSEMPFAENGER_PLZ,
                "DEU".equals(zuschlagsempfaengerLand) ? "Postleitzahl mit 5 Ziffern (Sitz in Deutschland)" : "keine gültige Postleitzahl");
        regel(GROESSEN.contains(zuschlagsempfaengerGroesse), ZUSCHLAGSEMPFAENGER_GROESSE,
                "unbekannte Unternehmensgröße '" + zuschlagsempfaengerGroesse + "'");
    }

    private static void regel(boolean erfuellt, String feld, String text) {
        if (!erfuellt) {
            throw new Eingabefehler(feld, text);
        }
    }
}
