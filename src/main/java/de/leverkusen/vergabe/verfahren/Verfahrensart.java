package de.leverkusen.vergabe.verfahren;

/** Procedure types of §§ 14-18 VgV that this engine runs. */
public enum Verfahrensart {
    OFFENES_VERFAHREN(false),
    NICHT_OFFENES_VERFAHREN(false),
    VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB(true),
    WETTBEWERBLICHER_DIALOG(true);

    private final boolean begruendungErforderlich;

    Verfahrensart(boolean begruendungErforderlich) {
        this.begruendungErforderlich = begruendungErforderlich;
    }

    /** Negotiated procedure and competitive dialogue need a documented reason (§ 14 Abs. 3 VgV). */
    public boolean begruendungErforderlich() {
        return begruendungErforderlich;
    }
}
