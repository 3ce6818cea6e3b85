package de.leverkusen.vergabe.modelle;

/** The interface of bpmn/angebotspruefung.bpmn (one instance per offer): its key and variables. */
public final class AngebotspruefungProzess {

    public static final String SCHLUESSEL = "angebotspruefung";

    // forms formale-pruefung, unterlagen-nachfordern, nachgereichte-unterlagen-pruefen, ausschlussgruende-pruefen
    public static final String FORMALE_PRUEFUNG = "formalePruefung";
    public static final String FORMALE_PRUEFUNG_VERMERK = "formalePruefungVermerk";
    public static final String NACHGEFORDERTE_UNTERLAGEN = "nachgeforderteUnterlagen";
    public static final String NACHFORDERUNGSFRIST = "nachforderungsfrist";
    public static final String NACHREICHUNG_VERMERK = "nachreichungVermerk";
    public static final String UNTERLAGEN_NACHGEREICHT = "unterlagenNachgereicht";
    public static final String AUSSCHLUSSGRUND = "ausschlussgrund";
    public static final String AUSSCHLUSSGRUENDE_VERMERK = "ausschlussgruendeVermerk";
    // form eignung-pruefen: the inputs of the decision table bpmn/eignung.dmn
    public static final String BEFAEHIGUNG_BERUFSAUSUEBUNG = "befaehigungBerufsausuebung";
    public static final String WIRTSCHAFTLICHE_LEISTUNGSFAEHIGKEIT = "wirtschaftlicheLeistungsfaehigkeit";
    public static final String TECHNISCHE_LEISTUNGSFAEHIGKEIT = "technischeLeistungsfaehigkeit";
    public static final String EIGNUNG_VERMERK = "eignungVermerk";
    /** result of the decision table (singleResult): a map with the two outputs below */
    public static final String EIGNUNGSERGEBNIS = "eignungsergebnis";
    public static final String EIGNUNGSERGEBNIS_GEEIGNET = "geeignet";
    public static final String EIGNUNGSERGEBNIS_GRUND = "eignungsgrund";

    private AngebotspruefungProzess() {
    }
}
