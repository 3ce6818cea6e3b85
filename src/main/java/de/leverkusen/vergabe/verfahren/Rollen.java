package de.leverkusen.vergabe.verfahren;

import java.util.List;

/** The roles of the procedure (see shared domain brief) as Camunda groups. */
public enum Rollen {
    ADMIN("camunda-admin", "Betrieb (Camunda-Administration)", "SYSTEM"),
    VERGABESTELLE("vergabestelle", "Vergabestelle", "WORKFLOW"),
    BEWERTUNGSKOMMISSION("bewertungskommission", "Bewertungskommission", "WORKFLOW"),
    PROJEKTLEITUNG("projektleitung", "Projektleitung DMS", "WORKFLOW"),
    RATSBUERO("ratsbuero", "Ratsbüro", "WORKFLOW"),
    IVL("ivl", "ivl – Informationsverarbeitung Leverkusen GmbH", "WORKFLOW");

    private final String gruppe;
    private final String name;
    private final String typ;

    Rollen(String gruppe, String name, String typ) {
        this.gruppe = gruppe;
        this.name = name;
        this.typ = typ;
    }

    public String gruppe() { return gruppe; }
    public String anzeigename() { return name; }
    public String typ() { return typ; }

    public static List<Rollen> alle() {
        return List.of(values());
    }
}
