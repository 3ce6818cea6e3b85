package de.leverkusen.vergabe.modelle;

/**
 * The interface of bpmn/bewertungsbogen.bpmn (one instance per sheet): its key and the keys of the form
 * bewertungsbogen, which is generated from the criteria catalogue: prefix + criterion id, e.g. punkteB1.
 */
public final class BewertungsbogenProzess {

    public static final String SCHLUESSEL = "bewertungsbogen";

    public static final String PUNKTE_PRAEFIX = "punkte";
    public static final String ERFUELLT_PRAEFIX = "erfuellt";
    public static final String BEGRUENDUNG_PRAEFIX = "begruendung";

    private BewertungsbogenProzess() {
    }
}
