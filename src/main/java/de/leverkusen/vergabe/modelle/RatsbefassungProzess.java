package de.leverkusen.vergabe.modelle;

/** The interface of bpmn/ratsbefassung.bpmn (the council's decision): its key and variables. */
public final class RatsbefassungProzess {

    public static final String SCHLUESSEL = "ratsbefassung";

    // handed in by the call activity under the caller's names
    public static final String TITEL = DmsVergabeProzess.TITEL;
    public static final String BESTBIETER = DmsVergabeProzess.BESTBIETER;

    // forms ratsbeschlussvorlage-erstellen, ratsbeschluss-erfassen, vorlage-vertagen
    public static final String VORLAGE_NUMMER = "vorlageNummer";
    public static final String VORLAGE_BETREFF = "vorlageBetreff";
    public static final String HAUSHALTSMITTEL_VERFUEGBAR = "haushaltsmittelVerfuegbar";
    public static final String RATSBESCHLUSS = "ratsbeschluss";
    public static final String SITZUNGSDATUM = "sitzungsdatum";
    public static final String BESCHLUSS_VERMERK = "beschlussVermerk";
    public static final String BESCHLUSSENTWURF = "beschlussentwurf";
    public static final String NAECHSTE_SITZUNG = "naechsteSitzung";
    public static final String VERTAGUNGSGRUND = "vertagungsgrund";

    private RatsbefassungProzess() {
    }
}
