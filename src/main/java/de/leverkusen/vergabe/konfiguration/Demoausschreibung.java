package de.leverkusen.vergabe.konfiguration;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The tender of the city's report of 29.11.2021: three qualified bidders, presentations 07.-09.12.2021.
 * The bidders' names and prices are invented (the report names neither); notice and offer deadline are the
 * example of the domain brief (sent 07.10.2021, offers until Monday 08.11.2021).
 */
public final class Demoausschreibung {

    public static final String BUSINESS_KEY = "VG-2021-DMS";
    /** BT-04 of the demo's (invented) contract notice of 07.10.2021 */
    public static final String VERFAHRENSKENNUNG = "5d3c6a1e-8f2b-4c7d-9e0a-1b2c3d4e5f60";

    private Demoausschreibung() {
    }

    public static Map<String, Object> startformular() {
        return Variables.createVariables()
                .putValue("titel", "Einführung eines Dokumentenmanagementsystems (DMS)")
                .putValue("verfahrenskennung", VERFAHRENSKENNUNG)
                .putValue("verfahrensart", "OFFENES_VERFAHREN")
                // an amount as a person types it in German notation (a text field read on the server)
                .putValue("geschaetzterWert", "480.000,00")
                // domain brief: notice sent electronically on Thursday 07.10.2021 -> offers until Monday 08.11.2021
                .putValue("fristereignisAm", "2021-10-07")
                .putValue("elektronischeAngebote", "JA")
                .putValue("dringlich", "NEIN")
                .putValue("angebotsfrist", "2021-11-09T00:00:00+01:00")
                .putValue("praesentationVon", "2021-12-07")
                .putValue("praesentationBis", "2021-12-09")
                .putValue("bewertungskommission", "bewerter1, bewerter2, bewerter3")
                .putValue("bieter", """
                        Aktenwerk Software GmbH; vergabe@aktenwerk.example
                        Kommunal-DMS AG; angebote@kommunal-dms.example
                        Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example""");
    }

    /** The prices read from the opened offers, as the first opener records them in the opening form. */
    public static Map<String, Object> oeffnungsformular() {
        return Variables.createVariables()
                .putValue("oeffnungsniederschrift", "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.")
                .putValue("angebotspreise", """
                        Aktenwerk Software GmbH: 412.000,00
                        Kommunal-DMS AG: 389.500,00
                        Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00""");
    }
}
