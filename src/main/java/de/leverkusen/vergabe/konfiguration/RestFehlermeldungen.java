package de.leverkusen.vergabe.konfiguration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused completion or start reaches the person as the engine REST API's message, which begins with the task's or
 * definition's id ("Cannot submit task form 3f2b…: Feld 'titel': …"). Tasklist shows that message as it is. The
 * prefix says nothing to the person and is cut off, for every client of both REST APIs; the rest, our German message
 * naming the field and the rule, stays unchanged.
 */
@Configuration
public class RestFehlermeldungen {

    /**
     * the engine REST API's English lead-in of a refused form submission, task completion or start, with the id; a
     * definition's id holds colons ("dms-vergabe:3:5f1c…"), the lead-in ends at the first colon followed by a space
     */
    static final Pattern VORSPANN = Pattern.compile("^(?:Cannot submit task form|Cannot instantiate process definition"
            + "|Cannot complete task|Cannot start process instance(?: of process definition)?)\\s+\\S+?:\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> restFehlermeldungenFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrierung = new FilterRegistrationBean<>(new Kuerzung());
        registrierung.setName("rest-fehlermeldungen");
        registrierung.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registrierung.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registrierung;
    }

    /** The message without the lead-in; a message without it is returned as it is. */
    static String ohneVorspann(String meldung) {
        return meldung == null ? null : VORSPANN.matcher(meldung).replaceFirst("");
    }

    static final class Kuerzung extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String pfad = request.getRequestURI();
            return !"POST".equals(request.getMethod())
                    || !(pfad.endsWith("/submit-form") || pfad.endsWith("/complete") || pfad.endsWith("/start"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper antwort = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, antwort);
                if (antwort.getStatus() >= 400 && antwort.getContentType() != null && antwort.getContentType().contains("json")) {
                    kuerzen(antwort);
                }
            } finally {
                antwort.copyBodyToResponse();
            }
        }

        private static void kuerzen(ContentCachingResponseWrapper antwort) throws IOException {
            byte[] inhalt = antwort.getContentAsByteArray();
            JsonNode fehler;
            try {
                fehler = JSON.readTree(inhalt);
            } catch (IOException e) {
                return; // not the REST API's error format: passed on unchanged
            }
            if (fehler instanceof ObjectNode o && o.path("message").isTextual()) {
                String alt = o.path("message").asText();
                String neu = ohneVorspann(alt);
                if (!neu.equals(alt)) {
                    o.put("message", neu);
                    antwort.resetBuffer();
                    antwort.getOutputStream().write(JSON.writeValueAsBytes(o));
                }
            }
        }
    }
}
