package de.leverkusen.vergabe.konfiguration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Variables sent to the engine REST API (and to the same API under the webapps, which Tasklist uses) are checked
 * before the engine sees them, so that a refusal names the variable: no variable of type {@code Object} (serialized
 * Java objects, whatever the class or format), no integer outside the range of its type (Long when untyped), no
 * floating point number beyond Double. The answer is 400 in the engine REST API's error format. The engine itself
 * refuses object variables on every other path too (prozess.integritaet.Variablentypen); this check only adds the name.
 */
@Configuration
public class RestVariablenpruefung {

    /** the REST bodies' maps of variable name to typed value */
    private static final Set<String> VARIABLEN = Set.of("variables", "modifications", "processVariables", "processVariablesLocal",
            "localVariables", "processVariablesToTriggeredScope", "correlationKeys", "localCorrelationKeys");
    /** PUT .../variables/{name} and .../localVariables/{name}: the body is one typed value */
    private static final Pattern EINZELNE_VARIABLE = Pattern.compile(".*/(?:variables|localVariables)/([^/]+)$");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final Map<String, BigInteger[]> GANZZAHLEN = new LinkedHashMap<>();

    static {
        GANZZAHLEN.put("long", new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)});
        GANZZAHLEN.put("integer", new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)});
        GANZZAHLEN.put("short", new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)});
    }

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> restVariablenpruefungFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrierung = new FilterRegistrationBean<>(new Pruefung());
        registrierung.setName("rest-variablenpruefung");
        registrierung.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registrierung.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registrierung;
    }

    /** A refused variable: its name and the rule. */
    record Verstoss(String feld, String regel) {
        String meldung() {
            return "Feld '" + feld + "': " + regel;
        }
    }

    /** The first variable in the body that breaks a rule, or null. */
    static Verstoss pruefen(String pfad, String methode, byte[] body) {
        JsonNode wurzel;
        try {
            wurzel = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null; // the engine REST API answers unreadable JSON itself
        } catch (IOException e) {
            return null;
        }
        if (wurzel == null || !wurzel.isObject()) {
            return null;
        }
        Matcher einzeln = EINZELNE_VARIABLE.matcher(pfad);
        if ("PUT".equals(methode) && einzeln.matches()) {
            Verstoss v = wert(URLDecoder.decode(einzeln.group(1), StandardCharsets.UTF_8), wurzel);
            if (v != null) {
                return v;
            }
        }
        return durchsuchen(wurzel);
    }

    private static Verstoss durchsuchen(JsonNode knoten) {
        if (knoten.isArray()) {
            for (JsonNode element : knoten) {
                Verstoss v = durchsuchen(element);
                if (v != null) {
                    return v;
                }
            }
        } else if (knoten.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = knoten.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (VARIABLEN.contains(e.getKey()) && e.getValue().isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> vs = e.getValue().fields(); vs.hasNext(); ) {
                        Map.Entry<String, JsonNode> variable = vs.next();
                        Verstoss v = wert(variable.getKey(), variable.getValue());
                        if (v != null) {
                            return v;
                        }
                    }
                }
                Verstoss v = durchsuchen(e.getValue());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** One typed value {value, type, valueInfo}. */
    private static Verstoss wert(String name, JsonNode dto) {
        if (!dto.isObject()) {
            return null;
        }
        String typ = dto.path("type").asText("").toLowerCase();
        JsonNode wert = dto.path("value");
        if ("object".equals(typ)) {
            String klasse = dto.path("valueInfo").path("objectTypeName").asText("");
            return new Verstoss(name, "Variablentyp 'Object' (serialisiertes Java-Objekt" + (klasse.isEmpty() ? "" : " " + klasse)
                    + ") wird nicht angenommen; erlaubt sind String, Long, Integer, Short, Double, Boolean, Date, Json und Null");
        }
        if (wert.isIntegralNumber() && (typ.isEmpty() || GANZZAHLEN.containsKey(typ))) {
            String art = typ.isEmpty() ? "long" : typ;
            BigInteger[] grenzen = GANZZAHLEN.get(art);
            BigInteger zahl = wert.bigIntegerValue();
            if (zahl.compareTo(grenzen[0]) < 0 || zahl.compareTo(grenzen[1]) > 0) {
                return new Verstoss(name, "Zahl " + zahl + " außerhalb des Wertebereichs von " + Character.toUpperCase(art.charAt(0))
                        + art.substring(1) + " (" + grenzen[0] + " bis " + grenzen[1] + ")");
            }
        }
        if (wert.isNumber() && !wert.isIntegralNumber() && (typ.isEmpty() || "double".equals(typ))) {
            BigDecimal zahl = wert.decimalValue();
            if (zahl.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
                return new Verstoss(name, "Zahl " + zahl + " außerhalb des Wertebereichs von Double");
            }
        }
        return null;
    }

    static final class Pruefung extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String methode = request.getMethod();
            String art = request.getContentType();
            if (!("POST".equals(methode) || "PUT".equals(methode)) || art == null || !art.toLowerCase().contains("json")) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            Verstoss verstoss = pruefen(request.getRequestURI(), methode, body);
            if (verstoss != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException", "message", verstoss.meldung())));
                return;
            }
            chain.doFilter(new Wiederholt(request, body), response);
        }
    }

    /** The request with its body read once and served again to the engine REST API. */
    private static final class Wiederholt extends HttpServletRequestWrapper {
        private final byte[] body;

        Wiederholt(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String kodierung = getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(kodierung)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
