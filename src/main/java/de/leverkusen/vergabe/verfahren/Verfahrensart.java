package de.leverkusen.vergabe.verfahren;

/** Procedure types of §§ 14-18 VgV that this engine runs. */
public enum Verfahrensart {
    OFFENES_VERFAHREN(false, "Offenes Verfahren (§ 15 VgV)"),
    NICHT_OFFENES_VERFAHREN(false, "Nicht offenes Verfahren (§ 16 VgV)"),
    VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB(true, "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)"),
    WETTBEWERBLICHER_DIALOG(true, "Wettbewerblicher Dialog (§ 18 VgV)");

    private final boolean begruendungErforderlich;
    private final String text;

    Verfahrensart(boolean begruendungErforderlich, String text) {
        this.begruendungErforderlich = begruendungErforderlich;
        this.text = text;
    }

    /** The name users read, with its paragraph ("Offenes Verfahren (§ 15 VgV)"), in documents and the running record. */
    public String text() {
        return text;
    }

    /** Negotiated procedure and competitive dialogue need a documented reason (§ 14 Abs. 3 VgV). */
    public boolean begruendungErforderlich() {
        return begruendungErforderlich;
    }
}
