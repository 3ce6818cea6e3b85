package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/** The opening of the demo tender ({@link Demoausschreibung}) for tests that take it past the first opener. */
public final class Demooeffnung {

    private Demooeffnung() {
    }

    /** The prices read from the opened offers, as the first opener records them in the opening form. */
    public static Map<String, Object> oeffnungsformular() {
        return Variables.createVariables()
                .putValue(DmsVergabeProzess.OEFFNUNGSNIEDERSCHRIFT, "Drei Angebote fristgerecht eingegangen, elektronisch verschlüsselt und unversehrt.")
                .putValue(DmsVergabeProzess.ANGEBOTSPREISE, """
                        Aktenwerk Software GmbH: 412.000,00
                        Kommunal-DMS AG: 389.500,00
                        Rheinland Dokumentensysteme GmbH & Co. KG: 455.000,00""");
    }
}
