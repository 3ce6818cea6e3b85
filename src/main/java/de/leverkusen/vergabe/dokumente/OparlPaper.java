package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * The draft resolution as OParl 1.1 {@code Paper} with its {@code Consultation}s and its main {@code File} embedded
 * (OParl 1.1, chapters "Paper", "Consultation", "File", "Organization"). Every id is a URL this application answers
 * with that object and its OParl type (OParl requires each object to be retrievable by its id, embedded or not):
 * the paper under the document API, consultations and the file under {@code /api/vergaben/{bk}/oparl/...}, the two
 * committees under {@code /api/oparl/organization/...}. The paper's {@code body} (the city as OParl Body) is left out:
 * this application is no council information system and serves no Body.
 */
public final class OparlPaper {

    public static final String PAPER = "https://schema.oparl.org/1.1/Paper";
    public static final String CONSULTATION = "https://schema.oparl.org/1.1/Consultation";
    public static final String FILE = "https://schema.oparl.org/1.1/File";
    public static final String ORGANIZATION = "https://schema.oparl.org/1.1/Organization";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** OParl date-time: RFC 3339 with seconds and offset, e.g. 2022-02-10T10:30:00+01:00 (never "Z" or without seconds). */
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** The committees of the Beratungsfolge: path segment, name, OParl classification. */
    private record Gremium(String name, String klassifikation) {
    }

    private static final Map<String, Gremium> GREMIEN = Map.of(
            "rat", new Gremium(Beschlussvorlage.RAT, "Parlament"),
            "finanz-und-digitalisierungsausschuss", new Gremium(Beschlussvorlage.AUSSCHUSS, "Ausschuss"));

    private OparlPaper() {
    }

    /** {@code basisUrl}: the application's root, e.g. http://localhost:8080; {@code stand}: the state of the file. */
    public static byte[] erzeugen(Beschlussvorlage v, String basisUrl, OffsetDateTime stand) {
        String vergabe = basisUrl + "/api/vergaben/" + UriUtils.encodePathSegment(v.businessKey(), StandardCharsets.UTF_8);
        String id = vergabe + "/dokumente/" + Dokumentart.RATSVORLAGE_OPARL.dateiname();
        ObjectNode paper = JSON.createObjectNode();
        paper.put("id", id);
        paper.put("type", PAPER);
        paper.put("name", v.betreff());
        paper.put("reference", v.nummer());
        paper.put("date", v.datum().toString());
        paper.put("paperType", "Beschlussvorlage");
        ObjectNode datei = paper.putObject("mainFile");
        datei.put("id", vergabe + "/oparl/file/" + Dokumentart.RATSVORLAGE_PDF.dateiname());
        datei.put("type", FILE);
        datei.put("name", "Beschlussvorlage " + v.nummer());
        datei.put("fileName", Dokumentart.RATSVORLAGE_PDF.dateiname());
        datei.put("mimeType", Dokumentart.PDF);
        datei.put("date", v.datum().toString());
        datei.put("accessUrl", vergabe + "/dokumente/" + Dokumentart.RATSVORLAGE_PDF.dateiname());
        datei.putArray("paper").add(id);
        datei.put("created", zeit(stand));
        datei.put("modified", zeit(stand));
        ArrayNode beratungen = paper.putArray("consultation");
        int i = 0;
        for (Beschlussvorlage.Beratung b : v.beratungsfolge()) {
            i++;
            ObjectNode c = beratungen.addObject();
            c.put("id", vergabe + "/oparl/consultation/" + i);
            c.put("type", CONSULTATION);
            c.put("paper", id);
            c.putArray("organization").add(organisationsId(basisUrl, b.entscheidend() ? "rat" : "finanz-und-digitalisierungsausschuss"));
            c.put("role", b.rolle());
            c.put("authoritative", b.entscheidend());
            c.putArray("keyword").add(b.gremium());
            c.put("created", zeit(stand));
            c.put("modified", zeit(stand));
        }
        paper.put("created", zeit(stand));
        paper.put("modified", zeit(stand));
        try {
            return JSON.writeValueAsBytes(paper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consultation number {@code nr} (1, 2, ...) of a paper as generated or stored. */
    public static Optional<JsonNode> beratung(byte[] paper, int nr) {
        JsonNode liste = lesen(paper).path("consultation");
        return nr >= 1 && nr <= liste.size() ? Optional.of(liste.get(nr - 1)) : Optional.empty();
    }

    /** The paper's main file (the PDF) of a paper as generated or stored. */
    public static Optional<JsonNode> hauptdatei(byte[] paper, String dateiname) {
        JsonNode datei = lesen(paper).path("mainFile");
        return datei.isObject() && dateiname.equals(datei.path("fileName").asText()) ? Optional.of(datei) : Optional.empty();
    }

    /** A committee of the Beratungsfolge as OParl Organization; empty for an unknown one. */
    public static Optional<byte[]> organisation(String basisUrl, String kurz) {
        Gremium g = GREMIEN.get(kurz);
        if (g == null) {
            return Optional.empty();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", organisationsId(basisUrl, kurz));
        o.put("type", ORGANIZATION);
        o.put("name", g.name());
        o.put("organizationType", "Gremium");
        o.put("classification", g.klassifikation());
        try {
            return Optional.of(JSON.writeValueAsBytes(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(JsonNode objekt) {
        try {
            return JSON.writeValueAsBytes(objekt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String organisationsId(String basisUrl, String kurz) {
        return basisUrl + "/api/oparl/organization/" + kurz;
    }

    static String zeit(OffsetDateTime zeit) {
        return ZEIT.format(zeit.atZoneSameInstant(Schreibweise.ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    private static JsonNode lesen(byte[] paper) {
        try {
            return JSON.readTree(paper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
