package de.leverkusen.vergabe.konfiguration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic, and for reading documents and the procedure overview also the login of the Camunda webapps: a person in
 * Tasklist clicks the link to a document in a form, the Cockpit plugin reads the overview, and the browser sends the
 * session cookie, not a Basic header. Only GETs of /api/vergaben/{key}/dokumente[/{name}], /api/vergaben/{key}/akte.zip and /api/vergaben/uebersicht
 * accept the session (reading, so no CSRF token is needed); everything else
 * stays Basic only. The filter then sets the engine's authentication with the user's groups read from the identity
 * service, so the controller's role checks are the same for both ways in.
 */
public class SitzungOderBasicAuthentifizierung extends HttpBasicAuthenticationProvider {

    private static final Pattern LESEN = Pattern.compile("^/api/vergaben/([^/]+/(dokumente(/[^/]+)?|akte\\.zip)|uebersicht)/?$");

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())
                && LESEN.matcher(pfad(request)).matches()) {
            String benutzer = angemeldet(request, engine);
            if (benutzer != null) {
                return AuthenticationResult.successful(benutzer);
            }
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    /** The user logged into the webapps for this engine, or {@code null}. */
    private static String angemeldet(HttpServletRequest request, ProcessEngine engine) {
        HttpSession sitzung = request.getSession(false);
        if (sitzung == null) {
            return null;
        }
        Authentications anmeldungen = AuthenticationUtil.getAuthsFromSession(sitzung);
        if (anmeldungen == null || !anmeldungen.hasAuthenticationForProcessEngine(engine.getName())) {
            return null;
        }
        return anmeldungen.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication benutzer
                ? benutzer.getIdentityId() : null;
    }

    private static String pfad(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
