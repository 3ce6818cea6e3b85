package de.leverkusen.vergabe.dokumente;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The documents of a procedure, their names in the API, content types and who may read them (groups). */
public enum Dokumentart {
    VERGABEVERMERK("vergabevermerk.pdf", Dokumentart.PDF, false),
    RATSVORLAGE_PDF("ratsbeschlussvorlage.pdf", Dokumentart.PDF, true),
    RATSVORLAGE_DOCX("ratsbeschlussvorlage.docx", Dokumentart.DOCX, true),
    RATSVORLAGE_OPARL("ratsbeschlussvorlage-oparl.json", Dokumentart.JSON, true);

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String JSON = "application/json";

    /** May read every document of a procedure. */
    public static final Set<String> GRUPPEN_ALLE = Set.of("vergabestelle", "projektleitung", "camunda-admin");
    /** May read the draft resolution in addition. */
    public static final String GRUPPE_RATSBUERO = "ratsbuero";

    private final String name;
    private final String contentType;
    private final boolean ratsvorlage;

    Dokumentart(String name, String contentType, boolean ratsvorlage) {
        this.name = name;
        this.contentType = contentType;
        this.ratsvorlage = ratsvorlage;
    }

    public String dateiname() { return name; }
    public String contentType() { return contentType; }
    public boolean ratsvorlage() { return ratsvorlage; }

    public boolean erlaubt(Set<String> gruppen) {
        return gruppen.stream().anyMatch(GRUPPEN_ALLE::contains) || (ratsvorlage && gruppen.contains(GRUPPE_RATSBUERO));
    }

    public static Optional<Dokumentart> zumNamen(String name) {
        return Arrays.stream(values()).filter(a -> a.name.equals(name)).findFirst();
    }
}
