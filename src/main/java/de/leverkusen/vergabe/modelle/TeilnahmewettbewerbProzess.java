package de.leverkusen.vergabe.modelle;

/** The interface of bpmn/teilnahmewettbewerb.bpmn (the participation competition, §§ 16, 17, 51 VgV): its key and variables. */
public final class TeilnahmewettbewerbProzess {

    public static final String SCHLUESSEL = "teilnahmewettbewerb";
    /** thrown by the end event when no candidate is suitable; the main model cancels the procedure (§ 63 VgV) */
    public static final String ERROR_KEIN_GEEIGNETER_BEWERBER = "KEIN_GEEIGNETER_BEWERBER";

    // handed over by the call activity, and the opening forms' fields shared with the offers' opening
    public static final String TITEL = DmsVergabeProzess.TITEL;
    public static final String ANGEBOTSFRIST = DmsVergabeProzess.ANGEBOTSFRIST;
    public static final String PRAESENTATION_VON = DmsVergabeProzess.PRAESENTATION_VON;
    public static final String PRAESENTATION_BIS = DmsVergabeProzess.PRAESENTATION_BIS;
    public static final String OEFFNUNGSNIEDERSCHRIFT = DmsVergabeProzess.OEFFNUNGSNIEDERSCHRIFT;
    public static final String GEGENZEICHNUNG_VERMERK = DmsVergabeProzess.GEGENZEICHNUNG_VERMERK;
    /** the requests' list shown to the countersigning person */
    public static final String OEFFNUNG_BEWERBER = "oeffnungBewerber";

    public static final String BEWERBER = "bewerber";
    public static final String BEWERBER_NAME = "bewerberName";
    // form of the candidate's check
    public static final String BEWERBER_AUSSCHLUSSGRUND = "bewerberAusschlussgrund";
    public static final String BEWERBER_GEEIGNET = "bewerberGeeignet";
    public static final String BEWERBER_PUNKTE = "bewerberPunkte";
    public static final String BEWERBER_PRUEFVERMERK = "bewerberPruefvermerk";
    // ... or, instead of deciding, the request for missing company documents (§ 56 Abs. 2 VgV), and its outcome
    public static final String BEWERBER_PRUEFSCHRITT = "bewerberPruefschritt";
    public static final String BEWERBER_NACHGEFORDERTE_UNTERLAGEN = "bewerberNachgeforderteUnterlagen";
    public static final String BEWERBER_NACHFORDERUNGSFRIST = "bewerberNachforderungsfrist";
    public static final String BEWERBER_UNTERLAGEN_NACHGEREICHT = "bewerberUnterlagenNachgereicht";
    public static final String BEWERBER_UNTERLAGEN_EINGEGANGEN_AM = "bewerberUnterlagenEingegangenAm";
    public static final String BEWERBER_NACHREICHUNG_VERMERK = "bewerberNachreichungVermerk";
    // form of the selection
    public static final String BEWERBERTABELLE = "bewerbertabelle";
    public static final String AUSWAHL = "auswahl";
    public static final String AUSWAHL_BEGRUENDUNG = "auswahlBegruendung";

    private TeilnahmewettbewerbProzess() {
    }
}
