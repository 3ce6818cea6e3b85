package de.leverkusen.vergabe.modelle;

/** The interface of bpmn/verhandlung.bpmn (the negotiations of § 17 Abs. 10-14 VgV): its key and variables. */
public final class VerhandlungProzess {

    public static final String SCHLUESSEL = "verhandlung";
    /** information recorded between the meetings of a round (REST): its letters leave at once, not with the round's end */
    public static final String MESSAGE_INFORMATION_ERFASST = "VerhandlungsinformationErfasst";

    // handed over by the call activity, and the fields the final offers' opening and evaluation share with the initial ones
    public static final String TITEL = DmsVergabeProzess.TITEL;
    public static final String ANGEBOTSPREISE = DmsVergabeProzess.ANGEBOTSPREISE;
    public static final String OEFFNUNGSNIEDERSCHRIFT = DmsVergabeProzess.OEFFNUNGSNIEDERSCHRIFT;
    public static final String GEGENZEICHNUNG_VERMERK = DmsVergabeProzess.GEGENZEICHNUNG_VERMERK;
    public static final String OEFFNUNG_PREISE = DmsVergabeProzess.OEFFNUNG_PREISE;
    public static final String KONSOLIDIERUNG_TABELLE = DmsVergabeProzess.KONSOLIDIERUNG_TABELLE;
    public static final String KONSOLIDIERUNG_ABWEICHUNGEN = DmsVergabeProzess.KONSOLIDIERUNG_ABWEICHUNGEN;
    public static final String KONSOLIDIERUNGSVERMERK = DmsVergabeProzess.KONSOLIDIERUNGSVERMERK;
    public static final String WERTUNG_TABELLE = DmsVergabeProzess.WERTUNG_TABELLE;
    // § 60 VgV on the final offers: the check, the request for clarification and the decision of the initial offers
    public static final String ANZAHL_NIEDRIGPREISE = DmsVergabeProzess.ANZAHL_NIEDRIGPREISE;
    public static final String NIEDRIGPREIS_BEFUND = DmsVergabeProzess.NIEDRIGPREIS_BEFUND;
    public static final String AUFKLAERUNG_FRAGEN = DmsVergabeProzess.AUFKLAERUNG_FRAGEN;
    public static final String AUFKLAERUNG_FRIST = DmsVergabeProzess.AUFKLAERUNG_FRIST;
    public static final String AUFKLAERUNG_ANTWORT = DmsVergabeProzess.AUFKLAERUNG_ANTWORT;
    public static final String NIEDRIGPREIS_ENTSCHEIDUNG = DmsVergabeProzess.NIEDRIGPREIS_ENTSCHEIDUNG;
    public static final String NIEDRIGPREIS_BEGRUENDUNG = DmsVergabeProzess.NIEDRIGPREIS_BEGRUENDUNG;
    // read-only texts of the forms
    /** what the notice reserved (§ 17 Abs. 11, 12 VgV) */
    public static final String VORBEHALTE = "vorbehalte";
    public static final String VERBLEIBENDE_BIETER = "verbleibendeBieter";
    public static final String BIETERINFORMATIONEN = "bieterinformationen";
    public static final String ZUSCHLAG_AUF_ERSTANGEBOTE = "zuschlagAufErstangebote";
    public static final String ZUSCHLAG_AUF_ERSTANGEBOTE_BEGRUENDUNG = "zuschlagAufErstangeboteBegruendung";
    public static final String VERHANDLUNGSTERMIN = "verhandlungstermin";
    public static final String VERHANDLUNG_ANWESENDE = "verhandlungAnwesende";
    public static final String VERHANDLUNGSPROTOKOLL = "verhandlungsprotokoll";
    public static final String INFORMATION_ANLASS = "informationAnlass";
    public static final String INFORMATION_INHALT = "informationInhalt";
    public static final String AUSSCHEIDENDE_BIETER = "ausscheidendeBieter";
    public static final String REDUZIERUNG_BEGRUENDUNG = "reduzierungBegruendung";
    public static final String NAECHSTER_SCHRITT = "naechsterSchritt";
    public static final String FRIST_ENDGUELTIGE_ANGEBOTE = "fristEndgueltigeAngebote";

    private VerhandlungProzess() {
    }
}
