package de.leverkusen.vergabe.konfiguration;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The tender of the city's report of 29.11.2021: three qualified bidders, presentations 07.-09.12.2021.
 * The bidders' names and prices are invented (the report names neither); notice and offer deadline are the
 * example of the domain brief (sent 07.10.2021, offers until Monday 08.11.2021).
 */
public final class Demoausschreibung {

    public static final String BUSINESS_KEY = "VG-2021-DMS";

    private Demoausschreibung() {
    }

    public static Map<String, Object> startformular() {
        return Variables.createVariables()
                .putValue("titel", "Einführung eines Dokumentenmanagementsystems (DMS)")
                .putValue("verfahrensart", "OFFENES_VERFAHREN")
                .putValue("geschaetzterWert", 1250000)
                // domain brief: notice sent electronically on Thursday 07.10.2021 -> offers until Monday 08.11.2021
                .putValue("fristereignisAm", "2021-10-07")
                .putValue("elektronischeAngebote", "JA")
                .putValue("dringlich", "NEIN")
                .putValue("angebotsfrist", "2021-11-08T12:00:00+01:00")
                .putValue("praesentationVon", "2021-12-07")
                .putValue("praesentationBis", "2021-12-09")
                .putValue("bewertungskommission", "bewerter1, bewerter2, bewerter3")
                .putValue("bieter", SpinValues.jsonValue("""
                        [{"name": "Aktenwerk Software GmbH", "email": "vergabe@aktenwerk.example"},
                         {"name": "Kommunal-DMS AG", "email": "angebote@kommunal-dms.example"},
                         {"name": "Rheinland Dokumentensysteme GmbH & Co. KG", "email": "ausschreibung@rheinland-doku.example"}]
                        """).create());
    }

    /** The start form as plain values (the bidders as a list), as a REST client or Tasklist sends them. */
    public static Map<String, Object> startformularWerte() {
        Map<String, Object> werte = new java.util.HashMap<>(startformular());
        werte.put("bieter", java.util.List.of(
                Map.of("name", "Aktenwerk Software GmbH", "email", "vergabe@aktenwerk.example"),
                Map.of("name", "Kommunal-DMS AG", "email", "angebote@kommunal-dms.example"),
                Map.of("name", "Rheinland Dokumentensysteme GmbH & Co. KG", "email", "ausschreibung@rheinland-doku.example")));
        return werte;
    }

    /** The prices read from the opened offers, as the first opener records them in the opening form. */
    public static Map<String, Object> oeffnungsformular() {
        return Variables.createVariables()
                .putValue("oeffnungsniederschrift", "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.")
                .putValue("angebote", SpinValues.jsonValue("""
                        [{"bieter": "Aktenwerk Software GmbH", "angebotspreis": 412000.00},
                         {"bieter": "Kommunal-DMS AG", "angebotspreis": 389500.00},
                         {"bieter": "Rheinland Dokumentensysteme GmbH & Co. KG", "angebotspreis": 455000.00}]
                        """).create());
    }
}
