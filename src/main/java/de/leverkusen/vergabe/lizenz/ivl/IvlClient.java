package de.leverkusen.vergabe.lizenz.ivl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends a licence order to ivl: POST of the JSON with HTTP Basic and the header {@code Idempotency-Key: <order number>},
 * the same key on every attempt, so ivl accepts one order per number however often it is sent
 * (contract: docs/ivl-bestellung.openapi.yaml).
 */
public class IvlClient {

    /** How the worker goes on after one attempt. */
    public enum Art {
        /** 2xx: accepted now */
        ANGENOMMEN,
        /** 409: received before under the same key, counts as accepted */
        BEREITS_EINGEGANGEN,
        /** 400, 422 and other 4xx about the content: the Vergabestelle must correct the order */
        ABGELEHNT,
        /** timeout, connection failure, 5xx, 408, 429, and 401/403/404 (configuration, not content): retry, then incident */
        VORUEBERGEHEND
    }

    public record Antwort(Art art, int status, String meldung) {
    }

    static final int MELDUNG_HOECHSTENS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    public IvlClient(String url, String benutzer, String passwort, Duration timeout) {
        this.url = URI.create(url);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Antwort senden(String bestellnummer, String auftragJson) {
        HttpRequest anfrage = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .header("Idempotency-Key", bestellnummer)
                .POST(HttpRequest.BodyPublishers.ofString(auftragJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> antwort;
        try {
            antwort = http.send(anfrage, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new Antwort(Art.VORUEBERGEHEND, 0, "Zeitüberschreitung nach " + timeout.toSeconds() + " s bei " + url);
        } catch (IOException e) {
            return new Antwort(Art.VORUEBERGEHEND, 0, "ivl nicht erreichbar (" + url + "): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Antwort(Art.VORUEBERGEHEND, 0, "Übermittlung unterbrochen");
        }
        return bewerten(antwort.statusCode(), antwort.body());
    }

    static Antwort bewerten(int status, String body) {
        String meldung = meldung(body);
        if (status >= 200 && status < 300) {
            return new Antwort(Art.ANGENOMMEN, status, meldung);
        }
        if (status == 409) {
            return new Antwort(Art.BEREITS_EINGEGANGEN, status, meldung);
        }
        boolean technisch = status < 400 || status >= 500 || status == 401 || status == 403 || status == 404 || status == 408
                || status == 429;
        if (technisch) {
            return new Antwort(Art.VORUEBERGEHEND, status, "ivl antwortet HTTP " + status + (meldung.isEmpty() ? "" : ": " + meldung));
        }
        return new Antwort(Art.ABGELEHNT, status, meldung.isEmpty() ? "ivl lehnt die Bestellung ab (HTTP " + status + ")" : meldung);
    }

    /** ivl's message: the field "meldung" of a JSON answer, else the text of the answer, shortened. */
    static String meldung(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        try {
            JsonNode json = JSON.readTree(text);
            if (json != null && json.hasNonNull("meldung")) {
                text = json.get("meldung").asText();
            }
        } catch (IOException e) {
            // not JSON: the text itself
        }
        return text.length() > MELDUNG_HOECHSTENS ? text.substring(0, MELDUNG_HOECHSTENS) + " …" : text;
    }
}
