package de.leverkusen.vergabe.lizenz.ivl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for ivl on loopback (JDK HttpServer, port 0): checks HTTP Basic, deduplicates by Idempotency-Key
 * (a key accepted before is answered with 409 and not counted again), counts accepted orders and records every request.
 * Scripted answers ({@link #antworten}) come before the regular behaviour.
 */
public final class IvlAttrappe implements AutoCloseable {

    public static final String BENUTZER = "stadt-leverkusen";
    public static final String PASSWORT = "ivl-geheim";
    public static final String PFAD = "/ivl/lizenzbestellungen";

    public record Anfrage(String idempotencyKey, JsonNode body, int antwort) {
    }

    /** A scripted answer; status 0: the regular behaviour (accept or 409), answered after the delay. */
    public record Skript(int status, String body, long verzoegerungMs) {
        public static Skript status(int status, String body) {
            return new Skript(status, body, 0);
        }

        public static Skript verspaetet(long verzoegerungMs) {
            return new Skript(0, null, verzoegerungMs);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, JsonNode> angenommen = new LinkedHashMap<>();
    private final List<Anfrage> anfragen = new ArrayList<>();
    private final Deque<Skript> skript = new ArrayDeque<>();

    public IvlAttrappe() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PFAD, this::bearbeiten);
        // a delayed answer must not hold up the next request
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PFAD;
    }

    /** The next answers, in order, before the regular behaviour (e.g. two 503, then normal). */
    public synchronized IvlAttrappe antworten(Skript... antworten) {
        skript.addAll(List.of(antworten));
        return this;
    }

    public synchronized int angenommeneBestellungen() {
        return angenommen.size();
    }

    public synchronized JsonNode angenommen(String key) {
        return angenommen.get(key);
    }

    public synchronized List<Anfrage> anfragen() {
        return List.copyOf(anfragen);
    }

    public synchronized void zuruecksetzen() {
        angenommen.clear();
        anfragen.clear();
        skript.clear();
    }

    private void bearbeiten(HttpExchange austausch) throws IOException {
        try (austausch) {
            String key = austausch.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(austausch.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Skript naechstes;
            synchronized (this) {
                naechstes = skript.pollFirst();
            }
            int status;
            String antwort;
            synchronized (this) {
                if (!("Basic " + Base64.getEncoder().encodeToString((BENUTZER + ":" + PASSWORT).getBytes(StandardCharsets.UTF_8)))
                        .equals(austausch.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                    antwort = "{\"meldung\":\"Anmeldung erforderlich\"}";
                } else if (!"POST".equals(austausch.getRequestMethod()) || key == null || key.isBlank()) {
                    status = 400;
                    antwort = "{\"meldung\":\"POST mit Idempotency-Key erforderlich\"}";
                } else if (naechstes != null && naechstes.status() > 0) {
                    status = naechstes.status();
                    antwort = naechstes.body();
                } else if (angenommen.containsKey(key)) {
                    status = 409;
                    antwort = "{\"meldung\":\"Bestellung " + key + " bereits eingegangen\"}";
                } else {
                    angenommen.put(key, JSON.readTree(body));
                    status = 201;
                    antwort = "{\"bestellnummer\":\"" + key + "\",\"status\":\"EINGEGANGEN\"}";
                }
                anfragen.add(new Anfrage(key, body.isBlank() ? null : JSON.readTree(body), status));
            }
            // ivl has taken (or refused) the order; a delayed answer may reach the worker after its timeout
            if (naechstes != null && naechstes.verzoegerungMs() > 0) {
                try {
                    Thread.sleep(naechstes.verzoegerungMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = antwort == null ? new byte[0] : antwort.getBytes(StandardCharsets.UTF_8);
            austausch.getResponseHeaders().add("Content-Type", "application/json");
            austausch.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = austausch.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
