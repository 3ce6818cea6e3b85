package de.leverkusen.vergabe.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * One answer to refused requests for every endpoint of the application (not the engine's REST API, which is not
 * Spring MVC), as RFC 9457 problem details in German: bad input 400 naming the field and the rule, a step the
 * procedure's stage does not allow 409, and the refusals of {@link Abweisung} (403, 404, 409). {@code fehler} carries
 * the whole message as before, {@code feld} the field, for clients that show it next to the input.
 */
@RestControllerAdvice(basePackages = "de.leverkusen.vergabe")
public class Fehlerantworten {

    @ExceptionHandler(Eingabefehler.class)
    public ProblemDetail eingabefehler(Eingabefehler e) {
        return ungueltig(e.feld(), e.getMessage());
    }

    /** A step the procedure's stage does not allow. */
    @ExceptionHandler(Verfahrensfehler.class)
    public ProblemDetail verfahrensfehler(Verfahrensfehler e) {
        return problem(HttpStatus.CONFLICT, "Schritt nicht zulässig", e.getMessage());
    }

    @ExceptionHandler(Abweisung.class)
    public ProblemDetail abweisung(Abweisung e) {
        return problem(e.status(), e.status() == HttpStatus.FORBIDDEN ? "Keine Berechtigung"
                : e.status() == HttpStatus.NOT_FOUND ? "Nicht gefunden" : "Nicht möglich", e.getMessage());
    }

    /** Malformed JSON, or a value of the wrong JSON type (an object for a yes/no field, a word for an amount). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unlesbar(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder feld = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    feld.append(feld.isEmpty() ? "" : ".").append(r.getFieldName());
                } else {
                    feld.append('[').append(r.getIndex()).append(']');
                }
            }
            String erwartet = m instanceof MismatchedInputException mi ? erwartet(mi.getTargetType()) : null;
            return ungueltig(feld.toString(), "Feld '" + feld + "': ungültiger Wert" + (erwartet == null ? "" : ", erwartet " + erwartet));
        }
        return ungueltig(null, "Anfrage ist kein gültiges JSON-Objekt");
    }

    private static String erwartet(Class<?> typ) {
        if (typ == null) {
            return null;
        }
        if (typ == Boolean.class || typ == boolean.class) {
            return "true oder false";
        }
        if (Number.class.isAssignableFrom(typ) || typ.isPrimitive()) {
            return "Zahl";
        }
        return typ == String.class || typ.isEnum() ? "Text" : null;
    }

    private static ProblemDetail ungueltig(String feld, String meldung) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe", meldung);
        if (feld != null) {
            p.setProperty("feld", feld);
        }
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String titel, String meldung) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, meldung);
        p.setTitle(titel);
        p.setProperty("fehler", meldung);
        return p;
    }
}
