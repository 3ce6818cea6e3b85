package de.leverkusen.vergabe.konfiguration;

import java.util.List;

/**
 * A production start with missing or malformed settings; one line per setting, each naming the setting and how to
 * set it. Reported by {@link EinstellungsfehlerAnalyse} instead of a stack trace.
 */
public class Einstellungsfehler extends RuntimeException {

    private final List<String> zeilen;

    public Einstellungsfehler(List<String> zeilen) {
        super(String.join("\n", zeilen));
        this.zeilen = List.copyOf(zeilen);
    }

    public List<String> zeilen() {
        return zeilen;
    }
}
