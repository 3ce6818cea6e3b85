package de.leverkusen.vergabe.verfahren;

/**
 * The only grounds on which a procedure may end without award (§ 63 Abs. 1 Satz 1 VgV). What led to the cancellation
 * (the council's rejection, a chamber's order, every offer excluded) is its occasion, not itself a ground.
 */
public enum Aufhebungsgrund {
    KEIN_ANGEBOT_ENTSPRICHT_DEN_BEDINGUNGEN(1, "kein Angebot eingegangen ist, das den Bedingungen entspricht"),
    GRUNDLAGE_WESENTLICH_GEAENDERT(2, "sich die Grundlage des Vergabeverfahrens wesentlich geändert hat"),
    KEIN_WIRTSCHAFTLICHES_ERGEBNIS(3, "kein wirtschaftliches Ergebnis erzielt wurde"),
    ANDERE_SCHWERWIEGENDE_GRUENDE(4, "andere schwerwiegende Gründe bestehen");

    private final int nummer;
    private final String text;

    Aufhebungsgrund(int nummer, String text) {
        this.nummer = nummer;
        this.text = text;
    }

    /** For the record and the letters: "§ 63 Abs. 1 Satz 1 Nr. 3 VgV: kein wirtschaftliches Ergebnis erzielt wurde". */
    public String text() {
        return "§ 63 Abs. 1 Satz 1 Nr. " + nummer + " VgV: " + text;
    }
}
