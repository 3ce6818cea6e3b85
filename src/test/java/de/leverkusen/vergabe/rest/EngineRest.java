package de.leverkusen.vergabe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of the engine REST API as one user (HTTP Basic), with the calls Tasklist makes: find a task,
 * claim it, submit its form with typed variables.
 */
public final class EngineRest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Antwort(int status, JsonNode body) {
    }

    private final int port;
    private final String basis;
    private final String benutzer;
    private final String passwort;

    public EngineRest(int port, String benutzer, String passwort) {
        this(port, "/engine-rest", benutzer, passwort);
    }

    /** A client of another API of the application (prefix "" for /api/...). */
    public EngineRest(int port, String praefix, String benutzer, String passwort) {
        this.port = port;
        this.basis = "http://localhost:" + port + praefix;
        this.benutzer = benutzer;
        this.passwort = passwort;
    }

    public EngineRest als(String andererBenutzer) {
        return als(andererBenutzer, "demo");
    }

    public EngineRest als(String andererBenutzer, String anderesPasswort) {
        return new EngineRest(port, andererBenutzer, anderesPasswort);
    }

    String benutzer() {
        return benutzer;
    }

    public Antwort get(String pfad) {
        return senden(HttpRequest.newBuilder(URI.create(basis + pfad)).GET());
    }

    public Antwort post(String pfad, Object body) {
        try {
            return senden(HttpRequest.newBuilder(URI.create(basis + pfad))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Antwort put(String pfad, Object body) {
        try {
            return senden(HttpRequest.newBuilder(URI.create(basis + pfad))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Antwort delete(String pfad) {
        return senden(HttpRequest.newBuilder(URI.create(basis + pfad)).DELETE());
    }

    /** GET of any path of the application (e.g. /api/vergaben/...) as this user, the body as bytes. */
    public HttpResponse<byte[]> getRoh(String pfad) {
        HttpRequest.Builder anfrage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).GET();
        if (benutzer != null) {
            anfrage.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(anfrage.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A caller without credentials. */
    public static EngineRest anonym(int port, String praefix) {
        return new EngineRest(port, praefix, null, null);
    }

    private Antwort senden(HttpRequest.Builder anfrage) {
        if (benutzer != null) {
            String token = Base64.getEncoder().encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8));
            anfrage.header("Authorization", "Basic " + token);
        }
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

    public Antwort erfolgreich(Antwort a) {
        if (a.status() >= 300) {
            throw new AssertionError(benutzer + ": HTTP " + a.status() + " " + a.body());
        }
        return a;
    }

    /** Typed REST variables: String, Long, Double, Boolean, Null, or lists/maps as Json. */
    public static Map<String, Object> variablen(Map<String, ?> werte) {
        Map<String, Object> v = new LinkedHashMap<>();
        werte.forEach((name, wert) -> {
            Map<String, Object> typisiert = new LinkedHashMap<>();
            if (wert instanceof List<?> || wert instanceof Map<?, ?>) {
                try {
                    typisiert.put("value", JSON.writeValueAsString(wert));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                typisiert.put("type", "Json");
            } else {
                typisiert.put("value", wert);
                typisiert.put("type", typ(wert));
            }
            v.put(name, typisiert);
        });
        return Map.of("variables", v);
    }

    private static String typ(Object wert) {
        if (wert == null) {
            return "Null";
        }
        if (wert instanceof Integer || wert instanceof Long) {
            return "Long";
        }
        if (wert instanceof Double) {
            return "Double";
        }
        return wert instanceof Boolean ? "Boolean" : "String";
    }

    /** The tasks this user would see for the query (Tasklist filter), e.g. "assignee=bewerter1" or "candidateGroup=vergabestelle". */
    public List<JsonNode> aufgaben(String abfrage) {
        JsonNode liste = erfolgreich(get("/task?" + abfrage + "&sortBy=created&sortOrder=asc")).body();
        return JSON.convertValue(liste, JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    Antwort uebernehmen(String taskId) {
        return post("/task/" + taskId + "/claim", Map.of("userId", benutzer));
    }

    public Antwort formularAbsenden(String taskId, Map<String, ?> werte) {
        return post("/task/" + taskId + "/submit-form", variablen(werte));
    }

    /** Claims (if not yet assigned) and submits the form like a Tasklist user; fails on any error. */
    public void erledigen(JsonNode task, Map<String, ?> werte) {
        if (task.path("assignee").isNull()) {
            erfolgreich(uebernehmen(task.path("id").asText()));
        }
        erfolgreich(formularAbsenden(task.path("id").asText(), werte));
    }

    public static String q(String wert) {
        return URLEncoder.encode(wert, StandardCharsets.UTF_8);
    }

    /** As admin: executes the job of the instance at this activity now (a timer before its due date, an async step). */
    public void jobAusfuehren(String instanz, String activityId, boolean timer) {
        JsonNode jobs = get("/job?processInstanceId=" + instanz + "&activityId=" + activityId + (timer ? "&timers=true" : "")).body();
        org.assertj.core.api.Assertions.assertThat(jobs).as((timer ? "timer " : "job ") + activityId).isNotEmpty();
        erfolgreich(post("/job/" + jobs.get(0).path("id").asText() + "/execute", Map.of()));
    }
}
