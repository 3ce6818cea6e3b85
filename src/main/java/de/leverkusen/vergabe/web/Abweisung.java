package de.leverkusen.vergabe.web;

import org.springframework.http.HttpStatus;

/**
 * A request the application refuses for a reason other than bad input (no right: 403, unknown: 404, not in this
 * stage: 409), with the German sentence the caller reads. Answered by {@link Fehlerantworten} as problem details.
 */
public class Abweisung extends RuntimeException {

    private final HttpStatus status;

    public Abweisung(HttpStatus status, String meldung) {
        super(meldung);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
