package de.leverkusen.vergabe.dokumente;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;

/**
 * The draft resolution as OParl 1.1 {@code Paper} with its {@code Consultation}s embedded (OParl 1.1, chapter
 * "Paper": id, type, name, reference, date, paperType, mainFile, consultation[]; "Consultation": id, type, paper,
 * role, authoritative, organization). The ids are URLs under {@code basisUrl} (the document API of this
 * application); the organizations are named by URLs of their own, as a council information system would.
 */
public final class OparlPaper {

    public static final String PAPER = "https://schema.oparl.org/1.1/Paper";
    public static final String CONSULTATION = "https://schema.oparl.org/1.1/Consultation";
    public static final String FILE = "https://schema.oparl.org/1.1/File";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OparlPaper() {
    }

    /** {@code basisUrl}: e.g. http://localhost:8080/api/vergaben/VG-2021-DMS/dokumente */
    public static byte[] erzeugen(Beschlussvorlage v, String basisUrl, OffsetDateTime stand) {
        String id = basisUrl + "/ratsbeschlussvorlage-oparl.json";
        ObjectNode paper = JSON.createObjectNode();
        paper.put("id", id);
        paper.put("type", PAPER);
        paper.put("name", v.betreff());
        paper.put("reference", v.nummer());
        paper.put("date", v.datum().toString());
        paper.put("paperType", "Beschlussvorlage");
        ObjectNode datei = paper.putObject("mainFile");
        datei.put("id", basisUrl + "/ratsbeschlussvorlage.pdf#file");
        datei.put("type", FILE);
        datei.put("name", "Beschlussvorlage " + v.nummer());
        datei.put("fileName", "ratsbeschlussvorlage.pdf");
        datei.put("mimeType", "application/pdf");
        datei.put("accessUrl", basisUrl + "/ratsbeschlussvorlage.pdf");
        ArrayNode beratungen = paper.putArray("consultation");
        int i = 0;
        for (Beschlussvorlage.Beratung b : v.beratungsfolge()) {
            i++;
            ObjectNode c = beratungen.addObject();
            c.put("id", id + "#consultation-" + i);
            c.put("type", CONSULTATION);
            c.put("paper", id);
            c.putArray("organization").add(basisUrl + "/organization/" + (b.entscheidend() ? "rat" : "finanz-und-digitalisierungsausschuss"));
            c.put("role", b.rolle());
            c.put("authoritative", b.entscheidend());
            c.putArray("keyword").add(b.gremium());
        }
        paper.put("modified", stand.toString());
        paper.put("created", stand.toString());
        try {
            return JSON.writeValueAsBytes(paper);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
