package de.leverkusen.vergabe.konfiguration;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
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
                .putValue(DmsVergabeProzess.TITEL, "Einführung eines Dokumentenmanagementsystems (DMS)")
                .putValue(DmsVergabeProzess.VERFAHRENSKENNUNG, VERFAHRENSKENNUNG)
                .putValue(DmsVergabeProzess.VERFAHRENSART, Verfahrensart.OFFENES_VERFAHREN.name())
                // an amount as a person types it in German notation (a text field read on the server)
                .putValue(DmsVergabeProzess.GESCHAETZTER_WERT, "480.000,00")
                // domain brief: notice sent electronically on Thursday 07.10.2021 -> offers until Monday 08.11.2021
                .putValue(DmsVergabeProzess.FRISTEREIGNIS_AM, "2021-10-07")
                .putValue(DmsVergabeProzess.ELEKTRONISCHE_ANGEBOTE, JaNein.JA.name())
                .putValue(DmsVergabeProzess.DRINGLICH, JaNein.NEIN.name())
                .putValue(DmsVergabeProzess.ANGEBOTSFRIST, "2021-11-09T00:00:00+01:00")
                .putValue(DmsVergabeProzess.PRAESENTATION_VON, "2021-12-07")
                .putValue(DmsVergabeProzess.PRAESENTATION_BIS, "2021-12-09")
                .putValue(DmsVergabeProzess.BEWERTUNGSKOMMISSION, "bewerter1, bewerter2, bewerter3")
                .putValue(DmsVergabeProzess.BIETER, """
                        Aktenwerk Software GmbH; vergabe@aktenwerk.example
                        Kommunal-DMS AG; angebote@kommunal-dms.example
                        Rheinland Dokumentensysteme GmbH & Co. KG; ausschreibung@rheinland-doku.example""");
    }

    /**
     * The tender of the report as what it was, a negotiated procedure with a participation competition (§ 17 VgV,
     * docs/verfahrensarten.md): the reason of § 14 Abs. 3 Nr. 1, 2 VgV, at least three candidates, no bidders and no
     * offer deadline at the start (the invitation sets them). Notice sent electronically on Thursday 07.10.2021,
     * participation period >= 30 days (§ 17 Abs. 2 VgV) -> day 30 is Saturday 06.11.2021 -> ends Monday 08.11.2021, 24:00.
     */
    public static Map<String, Object> verhandlungsverfahren() {
        Map<String, Object> f = startformular();
        f.remove(DmsVergabeProzess.BIETER);
        f.remove(DmsVergabeProzess.ANGEBOTSFRIST);
        f.remove(DmsVergabeProzess.PRAESENTATION_VON);
        f.remove(DmsVergabeProzess.PRAESENTATION_BIS);
        f.put(DmsVergabeProzess.VERFAHRENSART, Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB.name());
        f.put(DmsVergabeProzess.VERFAHRENSART_BEGRUENDUNG, "§ 14 Abs. 3 Nr. 1, 2 VgV: Anpassung verfügbarer DMS-Lösungen an die "
                + "Fachverfahren der Stadt und konzeptionelle Leistungen bei der Einführung über die ivl.");
        f.put(DmsVergabeProzess.TEILNAHMEFRIST, "2021-11-09T00:00:00+01:00");
        f.put(DmsVergabeProzess.MINDESTZAHL_BEWERBER, 3);
        f.put(DmsVergabeProzess.AUSWAHLKRITERIEN, "Referenzen vergleichbarer kommunaler DMS-Einführungen (je Referenz 10 Punkte, höchstens 100)");
        f.put(DmsVergabeProzess.VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE, JaNein.NEIN.name());
        f.put(DmsVergabeProzess.VORBEHALT_REDUZIERUNG, JaNein.NEIN.name());
        return f;
    }

    /** The three providers of the report, as they apply in the participation competition ("Name; E-Mail" per line). */
    public static String bewerber() {
        return (String) startformular().get(DmsVergabeProzess.BIETER);
    }
}
