package de.leverkusen.vergabe.dokumente;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

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
        String nachpruefungsstelleRegistriernummer,
        String nachpruefungsstellePlz,
        String nachpruefungsstelleOrt,
        String nachpruefungsstelleNuts,
        String nachpruefungsstelleEmail,
        String zuschlagsempfaengerRegistriernummer,
        String zuschlagsempfaengerPlz,
        String zuschlagsempfaengerOrt,
        String zuschlagsempfaengerLand,
        String zuschlagsempfaengerNuts,
        String zuschlagsempfaengerGroesse,
        String unterauftraege) {


    /**
     * eForms codes (ISO 3166-1 alpha-3) of the countries the form offers, each with the first two letters of its NUTS
     * codes (all of them have NUTS regions, so BT-507 is mandatory for the winner, BR-BT-00507-0036).
     */
    public static final Map<String, String> LAENDER = Map.of("DEU", "DE", "AUT", "AT", "BEL", "BE", "CHE", "CH", "CZE", "CZ",
            "DNK", "DK", "FRA", "FR", "LUX", "LU", "NLD", "NL", "POL", "PL");
    /** eForms list economic-operator-size. */
    public static final Set<String> GROESSEN = Set.of("micro", "small", "medium", "large");
    /** eForms list applicability (BT-773): yes, no, not known yet. */
    public static final Set<String> ANWENDBARKEIT = Set.of("yes", "no", "not-known");

    private static final Pattern CPV = Pattern.compile("^\\d{8}$");
    private static final Pattern PLZ_DE = Pattern.compile("^\\d{5}$");
    private static final Pattern PLZ = Pattern.compile("^[A-Za-z0-9 -]{3,10}$");
    /** German NUTS-3 code (the buyer sits in Germany): DE, region, district, e.g. DEA24 for Leverkusen. */
    private static final Pattern NUTS_DE = Pattern.compile("^DE[0-9A-G][0-9A-G]?[0-9A-G]?$");
    /** NUTS-3 code: the country's two letters, then three letters or digits (e.g. NL329) */
    private static final Pattern NUTS_3 = Pattern.compile("^[A-Z]{2}[0-9A-Z]{3}$");
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
                NACHPRUEFUNGSSTELLE_REGISTRIERNUMMER, NACHPRUEFUNGSSTELLE_PLZ, NACHPRUEFUNGSSTELLE_ORT, NACHPRUEFUNGSSTELLE_NUTS,
                NACHPRUEFUNGSSTELLE_EMAIL, ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER, ZUSCHLAGSEMPFAENGER_PLZ, ZUSCHLAGSEMPFAENGER_ORT,
                ZUSCHLAGSEMPFAENGER_LAND, ZUSCHLAGSEMPFAENGER_NUTS, ZUSCHLAGSEMPFAENGER_GROESSE, UNTERAUFTRAEGE}) {
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
                w.get(AUFTRAGGEBER_EMAIL), w.get(AUFTRAGGEBER_TELEFON), w.get(NACHPRUEFUNGSSTELLE),
                w.get(NACHPRUEFUNGSSTELLE_REGISTRIERNUMMER), w.get(NACHPRUEFUNGSSTELLE_PLZ), w.get(NACHPRUEFUNGSSTELLE_ORT),
                w.get(NACHPRUEFUNGSSTELLE_NUTS).toUpperCase(), w.get(NACHPRUEFUNGSSTELLE_EMAIL),
                w.get(ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER), w.get(ZUSCHLAGSEMPFAENGER_PLZ), w.get(ZUSCHLAGSEMPFAENGER_ORT),
                w.get(ZUSCHLAGSEMPFAENGER_LAND), w.get(ZUSCHLAGSEMPFAENGER_NUTS).toUpperCase(), w.get(ZUSCHLAGSEMPFAENGER_GROESSE),
                w.get(UNTERAUFTRAEGE));
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
        // the review body competent for the city is a German Vergabekammer (§ 156 GWB)
        regel(NUTS_DE.matcher(nachpruefungsstelleNuts).matches(), NACHPRUEFUNGSSTELLE_NUTS, "deutscher NUTS-Code, z. B. DEA23 (Köln)");
        regel(EMAIL.matcher(nachpruefungsstelleEmail).matches(), NACHPRUEFUNGSSTELLE_EMAIL, "keine gültige E-Mail-Adresse");
        regel(LAENDER.containsKey(zuschlagsempfaengerLand), ZUSCHLAGSEMPFAENGER_LAND, "unbekanntes Land '" + zuschlagsempfaengerLand + "'");
        regel(NUTS_3.matcher(zuschlagsempfaengerNuts).matches() && zuschlagsempfaengerNuts.startsWith(LAENDER.get(zuschlagsempfaengerLand)),
                ZUSCHLAGSEMPFAENGER_NUTS, "NUTS-3-Code des Sitzlandes mit 5 Zeichen, beginnend mit " + LAENDER.get(zuschlagsempfaengerLand)
                        + ", z. B. DEA23 (Köln)");
        // a German postcode has five digits; abroad the form of the postcode differs
        regel("DEU".equals(zuschlagsempfaengerLand) ? PLZ_DE.matcher(zuschlagsempfaengerPlz).matches()
                        : PLZ.matcher(zuschlagsempfaengerPlz).matches(), ZUSCHLAGSEMPFAENGER_PLZ,
                "DEU".equals(zuschlagsempfaengerLand) ? "Postleitzahl mit 5 Ziffern (Sitz in Deutschland)" : "keine gültige Postleitzahl");
        // the shape is right: now whether the region exists in the SDK's list (TED refuses others)
        nutsRegion(auftraggeberNuts, AUFTRAGGEBER_NUTS);
        nutsRegion(nachpruefungsstelleNuts, NACHPRUEFUNGSSTELLE_NUTS);
        nutsRegion(zuschlagsempfaengerNuts, ZUSCHLAGSEMPFAENGER_NUTS);
        regel(GROESSEN.contains(zuschlagsempfaengerGroesse), ZUSCHLAGSEMPFAENGER_GROESSE,
                "unbekannte Unternehmensgröße '" + zuschlagsempfaengerGroesse + "'");
        regel(ANWENDBARKEIT.contains(unterauftraege), UNTERAUFTRAEGE, "Angabe 'yes', 'no' oder 'not-known' erwartet, nicht '" + unterauftraege + "'");
    }

    private static void nutsRegion(String code, String feld) {
        regel(NutsCodes.bekannt(code), feld, "'" + code + "' ist keine NUTS-3-Region der eForms-Codeliste (z. B. DEA24 Leverkusen, DEA23 Köln)");
    }

    private static void regel(boolean erfuellt, String feld, String text) {
        if (!erfuellt) {
            throw new Eingabefehler(feld, text);
        }
    }
}
