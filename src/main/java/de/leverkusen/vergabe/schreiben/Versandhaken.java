package de.leverkusen.vergabe.schreiben;

/**
 * Called after the SMTP server accepted a message and before it is marked sent. The application has none; the tests
 * use one to fail exactly there, as a crash would.
 */
public interface Versandhaken {
    void angenommen(Postausgang nachricht);
}
