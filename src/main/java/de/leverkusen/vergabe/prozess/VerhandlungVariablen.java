package de.leverkusen.vergabe.prozess;

/** Variable names of the model {@code verhandlung} (forms, expressions, listeners): one place, so a rename is a compile error. */
public final class VerhandlungVariablen {

    public static final String PROZESS = "verhandlung";
    /** start form of dms-vergabe: what the contract notice reserved (§ 17 Abs. 11, 12 VgV), JA or NEIN */
    public static final String VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE = "vorbehaltZuschlagAufErstangebote";
    public static final String VORBEHALT_REDUZIERUNG = "vorbehaltReduzierung";
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
    /** value of {@link #NAECHSTER_SCHRITT}: the negotiations end with the call for final offers */
    public static final String ENDGUELTIGE_ANGEBOTE = "ENDGUELTIGE_ANGEBOTE";

    private VerhandlungVariablen() {
    }
}
