package de.leverkusen.vergabe.dokumentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays short and every relative link between README.md and docs/ leads to a file and heading. */
class DokumentationTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODEBLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);

    @Test
    void readmeIstKurz() throws IOException {
        // issue 20: "at most about 150 lines"; the rest lives in docs/
        assertThat(Files.readAllLines(Path.of("README.md"))).hasSizeLessThanOrEqualTo(150);
    }

    @Test
    void jederVerweisFuehrtZuDateiUndUeberschrift() throws IOException {
        List<Path> dateien = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(dateien::add);
        }
        List<String> kaputt = new ArrayList<>();
        for (Path datei : dateien) {
            String text = CODEBLOCK.matcher(Files.readString(datei)).replaceAll("");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String ziel = m.group(1);
                if (ziel.matches("[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                String pfad = ziel.contains("#") ? ziel.substring(0, ziel.indexOf('#')) : ziel;
                String anker = ziel.contains("#") ? ziel.substring(ziel.indexOf('#') + 1) : "";
                Path zielDatei = pfad.isEmpty() ? datei : datei.resolveSibling(pfad).normalize();
                if (!Files.exists(zielDatei)) {
                    kaputt.add(datei + ": " + ziel + " (keine Datei)");
                } else if (!anker.isEmpty() && zielDatei.toString().endsWith(".md") && !anker(zielDatei).contains(anker)) {
                    kaputt.add(datei + ": " + ziel + " (keine Überschrift)");
                }
            }
        }
        assertThat(kaputt).isEmpty();
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens. */
    private static Set<String> anker(Path datei) throws IOException {
        Set<String> anker = new HashSet<>();
        String text = CODEBLOCK.matcher(Files.readString(datei)).replaceAll("");
        for (String zeile : text.split("\n")) {
            if (zeile.matches("#{1,6} .*")) {
                String titel = zeile.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT);
                anker.add(titel.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
            }
        }
        return anker;
    }
}
