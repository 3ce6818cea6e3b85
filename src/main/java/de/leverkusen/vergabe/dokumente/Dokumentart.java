package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Rollen;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The documents of a procedure, their names in the API, content types and who may read them (groups). */
public enum Dokumentart {
    VERGABEVERMERK("vergabevermerk.pdf", Dokumentart.PDF, false, false),
    RATSVORLAGE_PDF("ratsbeschlussvorlage.pdf", Dokumentart.PDF, true, false),
    RATSVORLAGE_DOCX("ratsbeschlussvorlage.docx", Dokumentart.DOCX, true, false),
    RATSVORLAGE_OPARL("ratsbeschlussvorlage-oparl.json", Dokumentart.JSON, true, false),
    /** eForms award notice (§ 39 VgV): needs the inputs of the task "Vergabebekanntmachung veröffentlichen" */
    VERGABEBEKANNTMACHUNG("vergabebekanntmachung.xml", Dokumentart.XML, false, true);

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String JSON = "application/json";
    public static final String XML = "application/xml";

    /** May read every document of a procedure. */
    public static final Set<String> GRUPPEN_ALLE = Set.of(Rollen.VERGABESTELLE.gruppe(), Rollen.PROJEKTLEITUNG.gruppe(), Rollen.ADMIN.gruppe());
    /** May read the draft resolution in addition. */
    public static final String GRUPPE_RATSBUERO = Rollen.RATSBUERO.gruppe();

    private final String name;
    private final String contentType;
    private final boolean ratsvorlage;
    private final boolean nurGespeichert;

    Dokumentart(String name, String contentType, boolean ratsvorlage, boolean nurGespeichert) {
        this.name = name;
        this.contentType = contentType;
        this.ratsvorlage = ratsvorlage;
        this.nurGespeichert = nurGespeichert;
    }

    public String dateiname() { return name; }
    public String contentType() { return contentType; }
    public boolean ratsvorlage() { return ratsvorlage; }
    /** Generated once by a step of the process and stored; no draft can be generated on request. */
    public boolean nurGespeichert() { return nurGespeichert; }

    public boolean erlaubt(Set<String> gruppen) {
        return gruppen.stream().anyMatch(GRUPPEN_ALLE::contains) || (ratsvorlage && gruppen.contains(GRUPPE_RATSBUERO));
    }

    public static Optional<Dokumentart> zumNamen(String name) {
        return Arrays.stream(values()).filter(a -> a.name.equals(name)).findFirst();
    }
}
