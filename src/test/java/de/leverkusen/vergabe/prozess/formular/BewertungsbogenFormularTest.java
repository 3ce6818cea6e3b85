package de.leverkusen.vergabe.prozess.formular;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring sheet form and the catalogue file agree: {@code forms/bewertungsbogen.form} is exactly what
 * {@link BewertungsbogenFormular} generates from {@code kataloge/dms-leverkusen.json}. After changing the catalogue,
 * regenerate with {@code mvn -q test -Dtest=BewertungsbogenFormularTest -Dbewertungsbogen.erzeugen=true}.
 */
class BewertungsbogenFormularTest {

    private static final Path FORM = Path.of("forms/bewertungsbogen.form");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void formularEntsprichtDemKatalog() throws Exception {
        Kriterienkatalog katalog = Wertungsbeispiele.dms();
        if (Boolean.getBoolean("bewertungsbogen.erzeugen")) {
            Files.writeString(FORM, BewertungsbogenFormular.text(katalog));
        }
        JsonNode datei = JSON.readTree(FORM.toFile());
        assertThat(datei)
                .as("forms/bewertungsbogen.form weicht vom Kriterienkatalog ab; neu erzeugen mit "
                        + "mvn -q test -Dtest=BewertungsbogenFormularTest -Dbewertungsbogen.erzeugen=true")
                .isEqualTo(BewertungsbogenFormular.erzeugen(katalog));
    }

    /** Independent of the generator: every criterion has exactly its fields, with weight, scale and rules. */
    @Test
    void jedesKriteriumHatSeineFelder() throws Exception {
        Kriterienkatalog katalog = Wertungsbeispiele.dms();
        JsonNode datei = JSON.readTree(FORM.toFile());
        List<String> schluessel = new ArrayList<>();
        datei.path("components").forEach(c -> {
            if (c.hasNonNull("key") && !c.path("readonly").asBoolean()) {
                schluessel.add(c.path("key").asText());
            }
        });
        List<String> erwartet = new ArrayList<>();
        for (Kriterium k : katalog.kriterien()) {
            erwartet.add((k.gewertet() ? "punkte" : "erfuellt") + k.id());
            erwartet.add("begruendung" + k.id());
        }
        assertThat(schluessel).containsExactlyElementsOf(erwartet);
        for (JsonNode c : datei.path("components")) {
            String key = c.path("key").asText();
            if (key.startsWith("punkte")) {
                Kriterium k = katalog.kriterien().stream().filter(x -> key.equals("punkte" + x.id())).findFirst().orElseThrow();
                assertThat(c.path("label").asText()).contains("(Gewicht " + k.gewicht().toPlainString() + ")").contains("0–10");
                assertThat(c.path("validate").path("min").asInt()).isZero();
                assertThat(c.path("validate").path("max").asInt()).isEqualTo(10);
                assertThat(c.path("validate").path("required").asBoolean()).isTrue();
            }
            if (key.startsWith("begruendung")) {
                assertThat(c.path("validate").path("minLength").asInt()).isEqualTo(Kriterienkatalog.MINDESTLAENGE_BEGRUENDUNG);
            }
            if (key.startsWith("erfuellt")) {
                assertThat(c.path("type").asText()).isEqualTo("radio");
                assertThat(c.path("values").findValuesAsText("value")).containsExactly("ERFUELLT", "NICHT_ERFUELLT");
            }
            assertThat(c.path("type").asText()).isNotEqualTo("dynamiclist");
        }
        // every point value's definition is on the sheet
        String anleitung = datei.path("components").get(1).path("text").asText();
        for (int p = 0; p <= 10; p++) {
            assertThat(anleitung).contains("- **" + p + "**: " + katalog.definition(p));
        }
    }
}
