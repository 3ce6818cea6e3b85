package de.leverkusen.vergabe.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import de.leverkusen.vergabe.konfiguration.Demoausschreibung;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Steps of the DMS tender through the REST API, shared by the cluster test, the crash test and the benchmark. */
public final class Verfahrensschritte {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final List<String> BEWERTER = List.of("bewerter1", "bewerter2", "bewerter3");

    private Verfahrensschritte() {
    }

    /** The city's tender (deadlines in 2021, so the offer deadline has passed and its timer is due at once). */
    public static Map<String, Object> startformular() {
        return new HashMap<>(Demoausschreibung.startformular());
    }

    /** The city's tender with the offer deadline at {@code angebotsfrist} (notice sent 60 days before today). */
    public static Map<String, Object> startformular(OffsetDateTime angebotsfrist) {
        Map<String, Object> werte = startformular();
        LocalDate heute = LocalDate.now(BERLIN);
        werte.put("fristereignisAm", heute.minusDays(60).toString());
        werte.put("angebotsfrist", angebotsfrist.truncatedTo(ChronoUnit.SECONDS).toString());
        werte.put("praesentationVon", heute.plusDays(30).toString());
        werte.put("praesentationBis", heute.plusDays(32).toString());
        return werte;
    }

    /** Starts dms-vergabe with the start form, as Tasklist does; returns the process instance id. */
    public static String starten(Rest vergabestelle, String businessKey, Map<String, Object> werte) {
        Map<String, Object> body = new HashMap<>(Rest.variablen(werte));
        body.put("businessKey", businessKey);
        return vergabestelle.erfolgreich(vergabestelle.post("/process-definition/key/dms-vergabe/submit-form", body))
                .body().path("id").asText();
    }

    public static Map<String, Object> erklaerung() {
        return Map.of("interessenkonflikt", "NEIN");
    }

    public static Map<String, Object> oeffnung() {
        return Map.of("oeffnungsniederschrift", "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.",
                "angebotspreise", """
                        Aktenwerk Software GmbH: 412.000,00
                        Kommunal-DMS AG: 389.500,00
                        Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00""");
    }

    public static Map<String, Object> gegenzeichnung() {
        return Map.of("gegenzeichnungVermerk", "Öffnung gemeinsam durchgeführt und gegengezeichnet.");
    }

    public static Map<String, Object> formalePruefung() {
        return Map.of("formalePruefung", "VOLLSTAENDIG", "formalePruefungVermerk", "Alle geforderten Unterlagen liegen vor.");
    }

    public static Map<String, Object> ausschlussgruende() {
        return Map.of("ausschlussgrund", "KEINER", "ausschlussgruendeVermerk", "Eigenerklärungen und Registerauskunft ohne Befund.");
    }

    public static Map<String, Object> eignung() {
        return Map.of("befaehigungBerufsausuebung", "ERFUELLT", "wirtschaftlicheLeistungsfaehigkeit", "ERFUELLT",
                "technischeLeistungsfaehigkeit", "ERFUELLT", "eignungVermerk", "Referenzen aus drei Kommunen.");
    }

    public static Map<String, Object> praesentation() {
        return Map.of("anwesendeBewerter", "bewerter1, bewerter2, bewerter3",
                "praesentationProtokoll", "Live-Demo E-Akte, Posteingang und Workflow; Fragen der Kommission beantwortet.");
    }

    public static Map<String, Object> bogen(int punkte) {
        Map<String, Object> werte = new HashMap<>();
        // the demo catalogue (kataloge/dms-leverkusen.json): B1..B13 scored, A1..A3 pass/fail
        for (int k = 1; k <= 13; k++) {
            werte.put("punkteB" + k, punkte);
            werte.put("begruendungB" + k, "Die Anforderungen werden in der Präsentation nachvollziehbar gezeigt.");
        }
        for (int k = 1; k <= 3; k++) {
            werte.put("erfuelltA" + k, "ERFUELLT");
            werte.put("begruendungA" + k, "Der Nachweis liegt dem Angebot bei und wurde geprüft.");
        }
        return werte;
    }

    /** What Tasklist sends for the award notice: the form's defaults and what the Vergabestelle typed for eForms. */
    public static Map<String, Object> bekanntmachung(String veroeffentlichtAm) {
        Map<String, Object> werte = new HashMap<>(Map.of("bekanntmachungVeroeffentlichtAm", veroeffentlichtAm,
                "bekanntmachungsnummer", "2022/S 043-123456", "cpvCode", "48311100", "auftraggeberRegistriernummer", "05316000-DMS-07",
                "auftraggeberStrasse", "Friedrich-Ebert-Platz 1", "auftraggeberPlz", "51373", "auftraggeberOrt", "Leverkusen",
                "auftraggeberNuts", "DEA24", "auftraggeberEmail", "vergabestelle@stadt-leverkusen.example", "auftraggeberTelefon", "+49 214 406-0"));
        werte.putAll(Map.of("nachpruefungsstelle", "Vergabekammer Rheinland", "nachpruefungsstellePlz", "50667",
                "nachpruefungsstelleOrt", "Köln", "zuschlagsempfaengerRegistriernummer", "HRA 4711 (Amtsgericht Köln)",
                "zuschlagsempfaengerPlz", "50667", "zuschlagsempfaengerOrt", "Köln", "zuschlagsempfaengerLand", "DEU",
                "zuschlagsempfaengerGroesse", "medium"));
        werte.putAll(Map.of("nachpruefungsstelleRegistriernummer", "05315000-VK-RHEINLAND", "nachpruefungsstelleNuts", "DEA23",
                "nachpruefungsstelleEmail", "vergabekammer@bezreg-koeln.example", "zuschlagsempfaengerNuts", "DEA23",
                "unterauftraege", "no"));
        return werte;
    }

    /**
     * Starts the city's tender and drives it through the REST API, as Tasklist users do, up to the open task "Bieter
     * nach § 134 GWB informieren" (the timers lie in 2021 and are fired by the node's job executor); returns the
     * process instance id. Same points on every criterion per evaluator and offer: Rheinland 9 everywhere wins on
     * L / P (900 / 455,000 = 0.001978 against Aktenwerk 800 / 412,000 = 0.001942 and Kommunal-DMS 700 / 389,500 =
     * 0.001797), so the § 134 letters go to Aktenwerk and Kommunal-DMS.
     */
    public static String bisZurBieterinformation(Rest vergabe1, String key) {
        String instanz = starten(vergabe1, key, startformular());
        for (String b : BEWERTER) {
            Rest bewerter = vergabe1.als(b);
            bewerter.erfolgreich(bewerter.erledigen(warteAufEigeneAufgaben(bewerter, key, "UserTask_InteressenkonfliktErklaeren", 1).get(0),
                    erklaerung()));
        }
        // the offer deadline (08.11.2021) has passed: the job executor fires its timer by itself
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, key, "UserTask_AngeboteOeffnen", 1).get(0), oeffnung()));
        Rest vergabe2 = vergabe1.als("vergabe2");
        vergabe2.erfolgreich(vergabe2.erledigen(warteAufAufgaben(vergabe2, key, "UserTask_OeffnungGegenzeichnen", 1).get(0), gegenzeichnung()));
        allePruefungen(vergabe1, key, "UserTask_FormalePruefung", formalePruefung());
        allePruefungen(vergabe1, key, "UserTask_AusschlussgruendePruefen", ausschlussgruende());
        allePruefungen(vergabe1, key, "UserTask_EignungPruefen", eignung());
        // presentation slots 07.-09.12.2021, their timers due at once
        allePruefungen(vergabe1, key, "UserTask_PraesentationProtokollieren", praesentation());
        Map<String, Integer> punkte = Map.of("Aktenwerk Software GmbH", 8, "Kommunal-DMS AG", 7,
                "Rheinland Dokumentensysteme GmbH & Co. KG", 9);
        for (String b : BEWERTER) {
            Rest bewerter = vergabe1.als(b);
            for (JsonNode bogen : warteAufEigeneAufgaben(bewerter, key, "UserTask_BewertungsbogenAusfuellen", 3)) {
                String bieter = bewerter.lesen("/task/" + bogen.path("id").asText() + "/variables/bieterName").path("value").asText();
                bewerter.erfolgreich(bewerter.erledigen(bogen, bogen(punkte.get(bieter))));
            }
        }
        // the end of each sheet is asynchronous: the job executor continues the procedure
        allePruefungen(vergabe1, key, "UserTask_WertungKonsolidieren", Map.of("konsolidierungsvermerk", "Keine Abweichungen; Wertung einheitlich."));
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, key, "UserTask_ZuschlagsvorschlagErstellen", 1).get(0),
                Map.of("zuschlagsbegruendung", "Bestes Verhältnis von Leistung zu Preis nach der einfachen Richtwertmethode.")));
        Rest projektleitung = vergabe1.als("projektleitung");
        projektleitung.erfolgreich(projektleitung.erledigen(warteAufAufgaben(projektleitung, key, "UserTask_ZuschlagsvorschlagFreigeben", 1).get(0),
                Map.of("freigabeEntscheidung", "FREIGEGEBEN", "freigabeAnmerkung", "Einverstanden.")));
        vergabe1.erfolgreich(vergabe1.erledigen(warteAufAufgaben(vergabe1, key, "UserTask_BeschlussvorlageErstellen", 1).get(0), Map.of(
                "vorlageNummer", "2022/1234", "vorlageBetreff", "Vergabe des Auftrags Dokumentenmanagementsystem (DMS)",
                "beschlussentwurf", "1. Der Rat stimmt dem Zuschlag zu. 2. Die ivl wird gemäß LoI mit der Lizenzabnahme beauftragt.",
                "haushaltsmittelVerfuegbar", "JA")));
        Rest ratsbuero = vergabe1.als("ratsbuero");
        ratsbuero.erfolgreich(ratsbuero.erledigen(warteAufAufgaben(ratsbuero, key, "UserTask_RatsbeschlussErfassen", 1).get(0),
                Map.of("sitzungsdatum", "2022-02-10", "ratsbeschluss", "ZUGESTIMMT", "beschlussVermerk", "einstimmig")));
        warteAufAufgaben(vergabe1, key, "UserTask_BieterInformieren", 1);
        return instanz;
    }

    /** What the Vergabestelle submits in "Bieter nach § 134 GWB informieren": the letters by e-mail, released. */
    public static Map<String, Object> bieterinformation() {
        return Map.of("versandart", "ELEKTRONISCH", "schreibenFreigegeben", "JA");
    }

    /** Completes the three open tasks of this key (one per offer, or per presentation slot). */
    private static void allePruefungen(Rest vergabestelle, String key, String aufgabe, Map<String, Object> werte) {
        for (JsonNode t : warteAufAufgaben(vergabestelle, key, aufgabe, 3)) {
            vergabestelle.erfolgreich(vergabestelle.erledigen(t, werte));
        }
    }

    /** Open tasks of the procedure with this task definition key that the user may work on. */
    public static List<JsonNode> aufgaben(Rest benutzer, String businessKey, String taskDefinitionKey) {
        return benutzer.aufgaben("candidateUser=" + benutzer.benutzer() + "&includeAssignedTasks=true&taskDefinitionKey="
                + taskDefinitionKey + "&processInstanceBusinessKey=" + Rest.q(businessKey));
    }

    /** Open tasks of the procedure assigned to the user by the model (declarations, scoring sheets). */
    public static List<JsonNode> eigeneAufgaben(Rest benutzer, String businessKey, String taskDefinitionKey) {
        return benutzer.aufgaben("assignee=" + benutzer.benutzer() + "&taskDefinitionKey=" + taskDefinitionKey
                + "&processInstanceBusinessKey=" + Rest.q(businessKey));
    }

    /** Waits for something the job executor does in the background; fails after {@code hoechstens}. */
    public static void warteBis(String was, Duration hoechstens, BooleanSupplier bedingung) {
        long ende = System.nanoTime() + hoechstens.toNanos();
        while (!bedingung.getAsBoolean()) {
            if (System.nanoTime() > ende) {
                throw new AssertionError("nicht eingetreten innerhalb von " + hoechstens + ": " + was);
            }
            Knoten.schlafen(100);
        }
    }

    /** Waits until the user has exactly {@code anzahl} such tasks and returns them. */
    public static List<JsonNode> warteAufAufgaben(Rest benutzer, String businessKey, String taskDefinitionKey, int anzahl) {
        warteBis(anzahl + " x " + taskDefinitionKey + " in " + businessKey, Duration.ofSeconds(90),
                () -> aufgaben(benutzer, businessKey, taskDefinitionKey).size() == anzahl);
        return aufgaben(benutzer, businessKey, taskDefinitionKey);
    }

    public static List<JsonNode> warteAufEigeneAufgaben(Rest benutzer, String businessKey, String taskDefinitionKey, int anzahl) {
        warteBis(anzahl + " x " + taskDefinitionKey + " in " + businessKey + " for " + benutzer.benutzer(), Duration.ofSeconds(90),
                () -> eigeneAufgaben(benutzer, businessKey, taskDefinitionKey).size() == anzahl);
        return eigeneAufgaben(benutzer, businessKey, taskDefinitionKey);
    }

    static OffsetDateTime jetzt() {
        return OffsetDateTime.now(BERLIN);
    }
}
