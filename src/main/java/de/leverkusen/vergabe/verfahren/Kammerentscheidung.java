package de.leverkusen.vergabe.verfahren;

/** Decision of the Vergabekammer (forms vergabekammer-entscheidung and vergabekammer-entscheidung-im-verfahren: the latter offers the first and the last). */
public enum Kammerentscheidung {
    ANTRAG_ZURUECKGEWIESEN, ANTRAG_STATTGEGEBEN, ANTRAG_STATTGEGEBEN_AUFHEBUNG, ANTRAG_STATTGEGEBEN_ANORDNUNGEN
}
