package de.leverkusen.vergabe.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.rest.EngineRest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A client of one node's engine REST API as one user (HTTP Basic), with the calls Tasklist makes. */
public final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer of any path of the node (not only /engine-rest), as bytes. */
    public record Roh(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public record Antwort(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final int port;
    private final String benutzer;

    public Rest(int port, String benutzer) {
        this.port = port;
        this.benutzer = benutzer;
    }

    public Rest als(String andererBenutzer) {
        return new Rest(port, andererBenutzer);
    }

    public String benutzer() {
        return benutzer;
    }

    public Antwort get(String pfad) {
        return senden(anfrage(pfad).GET());
    }

    public Antwort post(String pfad, Object body) {
        return senden(anfrage(pfad).header("Content-Type", "application/json").POST(json(body)));
    }

    public Antwort put(String pfad, Object body) {
        return senden(anfrage(pfad).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** GET of a path of the application (e.g. /api/vergaben/... or /camunda/...), as this user. */
    public Roh getRoh(String pfadDerAnwendung) {
        String token = Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfadDerAnwendung))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + token).GET().build();
        try {
            HttpResponse<byte[]> antwort = HTTP.send(anfrage, HttpResponse.BodyHandlers.ofByteArray());
            return new Roh(antwort.statusCode(), antwort.body(), antwort.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST to a path of the application outside the engine REST API (e.g. /api/ivl/...), as this user. */
    public Antwort postAnwendung(String pfadDerAnwendung, Object body) {
        String token = Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
        return senden(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfadDerAnwendung)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json").POST(json(body)));
    }

    /** Like {@link #get}, but fails on any status other than 2xx. */
    public JsonNode lesen(String pfad) {
        return erfolgreich(get(pfad)).body();
    }

    public Antwort erfolgreich(Antwort a) {
        if (!a.ok()) {
            throw new AssertionError(benutzer + "@" + port + ": HTTP " + a.status() + " " + a.body());
        }
        return a;
    }

    public List<JsonNode> aufgaben(String abfrage) {
        List<JsonNode> liste = new ArrayList<>();
        lesen("/task?" + abfrage + "&sortBy=created&sortOrder=asc").forEach(liste::add);
        return liste;
    }

    /** Claims (if not yet assigned) and submits the task's form like a Tasklist user. */
    public Antwort erledigen(JsonNode task, Map<String, ?> werte) {
        String id = task.path("id").asText();
        if (task.path("assignee").isNull()) {
            Antwort claim = post("/task/" + id + "/claim", Map.of("userId", benutzer));
            if (!claim.ok()) {
                return claim;
            }
        }
        return post("/task/" + id + "/submit-form", variablen(werte));
    }

    public long anzahl(String pfad) {
        return lesen(pfad).path("count").asLong();
    }

    /** Typed REST variables, as the whole-tender REST test sends them. */
    public static Map<String, Object> variablen(Map<String, ?> werte) {
        return EngineRest.variablen(werte);
    }

    public static String q(String wert) {
        return URLEncoder.encode(wert, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder anfrage(String pfad) {
        String token = Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + pfad))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + token);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Antwort senden(HttpRequest.Builder anfrage) {
        try {
            HttpResponse<String> antwort = HTTP.send(anfrage.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = antwort.body().isBlank() ? JSON.nullNode() : JSON.readTree(antwort.body());
            return new Antwort(antwort.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
