package de.leverkusen.vergabe.fristen;

/** The dispatch that starts a period; the period runs from the day after it. */
public enum Ereignis {
    /** Dispatch of the contract notice (Auftragsbekanntmachung) to the Publications Office. */
    BEKANNTMACHUNG,
    /** Dispatch of the invitation to tender (Aufforderung zur Angebotsabgabe) to the selected candidates. */
    AUFFORDERUNG,
    /** Dispatch of the information of § 134 Abs. 1 GWB to the unsuccessful bidders. */
    INFORMATION_134
}
