package de.leverkusen.vergabe.verfahren;

import java.util.Arrays;
import java.util.List;

/**
 * Procedure types of §§ 14-18 VgV. The deadline calculator knows all of them; the engine runs only those marked
 * {@link #durchgefuehrt()}: a type whose course the models do not follow is not offered and not accepted, so that no
 * record claims a procedure that did not happen.
 */
public enum Verfahrensart {
    OFFENES_VERFAHREN(false, true, "Offenes Verfahren (§ 15 VgV)"),
    NICHT_OFFENES_VERFAHREN(false, true, "Nicht offenes Verfahren (§ 16 VgV)"),
    // participation competition (bpmn/teilnahmewettbewerb.bpmn), then the negotiation rounds (bpmn/verhandlung.bpmn)
    VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB(true, true, "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)"),
    WETTBEWERBLICHER_DIALOG(true, false, "Wettbewerblicher Dialog (§ 18 VgV)");

    private final boolean begruendungErforderlich;
    private final boolean durchgefuehrt;
    private final String text;

    Verfahrensart(boolean begruendungErforderlich, boolean durchgefuehrt, String text) {
        this.begruendungErforderlich = begruendungErforderlich;
        this.durchgefuehrt = durchgefuehrt;
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

    /** The models run this type's course; only these may be started (and the start form offers exactly these). */
    public boolean durchgefuehrt() {
        return durchgefuehrt;
    }

    /** Restricted, negotiated procedure and dialogue start with a participation competition (§§ 16-18 VgV). */
    public boolean mitTeilnahmewettbewerb() {
        return this != OFFENES_VERFAHREN;
    }

    public static List<Verfahrensart> durchgefuehrte() {
        return Arrays.stream(values()).filter(Verfahrensart::durchgefuehrt).toList();
    }
}
