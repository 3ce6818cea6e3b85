package de.leverkusen.vergabe.dokumente;

/**
 * Called after a final document was generated and before it is stored. The application has none; the tests use one
 * to make a generation fail as a broken generator or a full disk would.
 */
public interface Dokumenthaken {
    void erzeugt(String businessKey, String dateiname);
}
