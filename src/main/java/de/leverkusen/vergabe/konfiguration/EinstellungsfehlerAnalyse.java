package de.leverkusen.vergabe.konfiguration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link Einstellungsfehler} into Spring Boot's start-up failure report (registered in META-INF/spring.factories):
 * the operator reads one line per wrong setting and no stack trace.
 */
public class EinstellungsfehlerAnalyse extends AbstractFailureAnalyzer<Einstellungsfehler> {

    @Override
    protected FailureAnalysis analyze(Throwable root, Einstellungsfehler fehler) {
        return new FailureAnalysis(fehler.getMessage(),
                "Die genannten Einstellungen setzen (Umgebungsvariable oder --name=wert) und neu starten; "
                        + "alle Einstellungen des Profils prod: docs/betrieb.md", fehler);
    }
}
