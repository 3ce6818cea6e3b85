package de.leverkusen.vergabe.prozess.formular;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the scoring sheet {@code forms/bewertungsbogen.form} from a criteria catalogue. Camunda Forms are static
 * JSON, so the form is generated rather than drawn: one radio (A) or number field (B) per criterion with its weight,
 * description and minimum, a justification per criterion, the scale with every point value's definition on top. No
 * dynamic list (Tasklist 7.24 keeps Complete disabled after typing into one). The test
 * {@code BewertungsbogenFormularTest} fails when the file and the catalogue disagree.
 *
 * <p>Regenerate after changing the catalogue: {@code mvn -q test -Dtest=BewertungsbogenFormularTest
 * -Dbewertungsbogen.erzeugen=true} writes the file from {@code src/main/resources/kataloge/dms-leverkusen.json}; or
 * run this class's {@code main} (arguments: catalogue file, form file).
 */
public final class BewertungsbogenFormular {

    public static final String FORM_ID = "bewertungsbogen";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BewertungsbogenFormular() {
    }

    public static void main(String[] args) throws IOException {
        Path katalogDatei = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + Wertungsbeispiele.DMS_RESSOURCE);
        Path formular = Path.of(args.length > 1 ? args[1] : "forms/bewertungsbogen.form");
        try (InputStream in = Files.newInputStream(katalogDatei)) {
            Files.writeString(formular, text(Kriterienkatalog.lesen(in)));
        }
        System.out.println(formular + " aus " + katalogDatei + " erzeugt");
    }

    /** The form file's text: two-space indentation like the other forms, final line break. */
    public static String text(Kriterienkatalog katalog) throws IOException {
        DefaultPrettyPrinter drucker = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(drucker).writeValueAsString(erzeugen(katalog)).replace("\r\n", "\n") + "\n";
    }

    public static ObjectNode erzeugen(Kriterienkatalog katalog) {
        ObjectNode form = JSON.createObjectNode();
        ArrayNode c = form.putArray("components");
        ObjectNode bieter = c.addObject();
        bieter.put("type", "textfield").put("key", "bieterName").put("id", "Field_BieterName").put("label", "Bieter")
                .put("readonly", true);
        c.addObject().put("type", "text").put("id", "Text_Anleitung").put("text", anleitung(katalog));
        String fortschritt = fortschritt(katalog);
        c.addObject().put("type", "text").put("id", "Text_FortschrittOben").put("text", fortschritt);
        for (Kriterienkatalog.Gruppe g : katalog.gruppen()) {
            BigDecimal gewicht = katalog.gewicht(g);
            boolean mitPunkten = g.kriterien().stream().anyMatch(e -> e.typ() != Kriterium.Typ.A);
            // the scale again where the points are given: the sheet is long, its top out of sight
            c.addObject().put("type", "text").put("id", "Text_Gruppe" + g.id()).put("text", "### " + g.name()
                    + (gewicht.signum() > 0 ? " (Gewicht der Gruppe " + gewicht.toPlainString() + ")" : "")
                    + (mitPunkten ? "\n\n" + skalaKurz(katalog) : ""));
            for (Kriterienkatalog.Eintrag e : g.kriterien()) {
                if (e.typ() == Kriterium.Typ.A) {
                    ObjectNode f = c.addObject();
                    f.put("type", "radio").put("key", "erfuellt" + e.id()).put("id", "Field_Erfuellt" + e.id())
                            .put("label", e.id() + " " + e.name() + " (Mindestanforderung)")
                            .put("description", beschreibung(e) + "Nicht erfüllt schließt das Angebot aus.");
                    ArrayNode werte = f.putArray("values");
                    werte.addObject().put("label", "erfüllt").put("value", "ERFUELLT");
                    werte.addObject().put("label", "nicht erfüllt").put("value", "NICHT_ERFUELLT");
                    f.putObject("validate").put("required", true);
                } else {
                    ObjectNode f = c.addObject();
                    f.put("type", "number").put("key", "punkte" + e.id()).put("id", "Field_Punkte" + e.id())
                            .put("label", e.id() + " " + e.name() + " (Gewicht " + e.gewicht().toPlainString() + "): Punkte "
                                    + katalog.punkteMin() + "–" + katalog.punkteMax())
                            .put("description", beschreibung(e) + (e.mindestpunkte() == null ? ""
                                    : "Mindestpunktzahl " + e.mindestpunkte().toPlainString()
                                    + ": darunter wird das Angebot ausgeschlossen."))
                            .put("decimalDigits", 0);
                    f.putObject("validate").put("required", true).put("min", katalog.punkteMin()).put("max", katalog.punkteMax());
                }
                ObjectNode b = c.addObject();
                b.put("type", "textarea").put("key", "begruendung" + e.id()).put("id", "Field_Begruendung" + e.id())
                        .put("label", "Begründung zu " + e.id());
                b.putObject("validate").put("required", true)
                        .put("minLength", Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG).put("maxLength", 4000);
            }
        }
        c.addObject().put("type", "text").put("id", "Text_FortschrittUnten").put("text", fortschritt);
        form.put("type", "default").put("id", FORM_ID).put("executionPlatform", "Camunda Platform")
                .put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "Vergabe-Workflow-Engine (BewertungsbogenFormular, aus " + katalog.id() + ")")
                .put("version", "1");
        form.put("schemaVersion", 16);
        return form;
    }

    /**
     * How far the sheet is, computed by form-js as the evaluator types (a FEEL template of the text component): the
     * criteria scored and the justifications long enough, each of the total.
     */
    private static String fortschritt(Kriterienkatalog katalog) {
        java.util.List<String> bewertung = new java.util.ArrayList<>();
        java.util.List<String> begruendung = new java.util.ArrayList<>();
        for (Kriterienkatalog.Gruppe g : katalog.gruppen()) {
            for (Kriterienkatalog.Eintrag e : g.kriterien()) {
                bewertung.add((e.typ() == Kriterium.Typ.A ? "erfuellt" : "punkte") + e.id());
                begruendung.add("begruendung" + e.id());
            }
        }
        int n = bewertung.size();
        return "**Bearbeitet:** {{count([" + String.join(", ", bewertung) + "][item != null])}} von " + n
                + " Kriterien bewertet, {{count([" + String.join(", ", begruendung) + "][item != null and string length(item) >= "
                + Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG + "])}} von " + n + " begründet.";
    }

    /** The scale in one paragraph: "10 vollständig …; 9 …" */
    private static String skalaKurz(Kriterienkatalog katalog) {
        StringBuilder t = new StringBuilder("*Punkteskala:* ");
        java.util.List<Kriterienkatalog.Stufe> stufen = katalog.skalendefinition().stufen();
        for (int i = 0; i < stufen.size(); i++) {
            t.append(i == 0 ? "" : "; ").append("**").append(stufen.get(i).punkte()).append("** ").append(stufen.get(i).definition());
        }
        return t.toString();
    }

    private static String beschreibung(Kriterienkatalog.Eintrag e) {
        return e.beschreibung() == null || e.beschreibung().isBlank() ? "" : e.beschreibung().strip() + " ";
    }

    private static String anleitung(Kriterienkatalog katalog) {
        StringBuilder t = new StringBuilder("## Bewertungsbogen\n");
        if (katalog.titel() != null) {
            t.append(katalog.titel()).append("\n\n");
        }
        t.append("Bewerten Sie jedes Kriterium unabhängig. A-Kriterien: erfüllt oder nicht erfüllt. B-Kriterien: Punkte ")
                .append(katalog.punkteMin()).append("–").append(katalog.punkteMax())
                .append(" nach der Punkteskala. Jede Bewertung ist zu begründen (mindestens ")
                .append(Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG).append(" Zeichen).\n\n**Punkteskala**\n\n");
        for (Kriterienkatalog.Stufe s : katalog.skalendefinition().stufen()) {
            t.append("- **").append(s.punkte()).append("**: ").append(s.definition()).append('\n');
        }
        if (katalog.hinweise() != null && !katalog.hinweise().isEmpty()) {
            t.append('\n');
            katalog.hinweise().forEach(h -> t.append("- ").append(h).append('\n'));
        }
        return t.toString().strip();
    }
}
