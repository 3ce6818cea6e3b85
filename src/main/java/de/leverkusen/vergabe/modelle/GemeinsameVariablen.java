package de.leverkusen.vergabe.modelle;

/**
 * Variables every process of the procedure may carry: the ids its instance is bound by (the binding plugin binds
 * multi-instance elements over them), the business key and the bidder's name shown in task names. Each process's
 * own names live in its class ({@link DmsVergabeProzess} and the classes of the called processes).
 */
public final class GemeinsameVariablen {

    public static final String VERGABE_ID = "vergabeId";
    /** the procedure's business key as a variable: forms link to /api/vergaben/{{businessKey}}/dokumente/... */
    public static final String BUSINESS_KEY = "businessKey";
    public static final String ANGEBOT_ID = "angebotId";
    public static final String BEWERTER = "bewerter";
    public static final String BEWERTUNGSBOGEN_ID = "bewertungsbogenId";
    /** multi-instance over the participation requests (teilnahmewettbewerb): one check per candidate */
    public static final String TEILNAHMEANTRAG_ID = "teilnahmeantragId";
    /** the bidder's name, handed to called processes and sub-processes for task names ("Formale Prüfung: …") */
    public static final String BIETER_NAME = "bieterName";

    private GemeinsameVariablen() {
    }
}
