package de.leverkusen.vergabe.dokumente;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The business rules an award notice (subtype 29) must pass, as tools nobody here wrote check them (docs/eforms.md):
 *
 * <ul>
 *   <li>EU: the SDK's static Schematron, phase {@code eforms-29}, from the same SDK jar whose XSD the application uses.
 *       German notices skip the EU rules on KoSIT's list {@code excluded_rules.txt} (customization id, national code
 *       lists); every other EU error counts.</li>
 *   <li>DE: KoSIT's eForms-DE 1.2.0 rules (schematron 0.8.2), phase {@code eforms-de-phase}, from
 *       {@code src/test/resources/standards/} (a copy of the official files, or {@code -Dvergabe.standards=DIR}), with the version rule SR-DE-1 set to the
 *       version the notice targets, eForms-DE 2.1.</li>
 * </ul>
 */
public final class EformsRegeln {

    static final String SDK_SCHEMATRON = "eforms-sdk/schematrons/static/complete-validation.sch";
    static final String PHASE_29 = "eforms-29";
    static final String DE_ORDNER = "eforms-de-schematron-0.8.2";
    /** eForms-DE version the notice targets; KoSIT's 1.2 rules expect {@code eforms-de-1.2} in SR-DE-1. */
    static final String DE_VERSION = "2.1";

    private static Schematron eu;
    private static Schematron de;
    private static Set<String> ausgenommen;
    private static Properties texte;

    private EformsRegeln() {
    }

    static synchronized Schematron eu() {
        if (eu == null) {
            URL sch = EformsRegeln.class.getClassLoader().getResource(SDK_SCHEMATRON);
            if (sch == null) {
                throw new IllegalStateException("Schematron des eForms-SDK nicht im Klassenpfad: " + SDK_SCHEMATRON);
            }
            eu = Schematron.kompilieren(sch, PHASE_29, "eforms-sdk", s -> s);
        }
        return eu;
    }

    static synchronized Schematron de() {
        if (de == null) {
            Path sch = deOrdner().resolve("schematron/eforms-de-validation.sch");
            String alt = "<let name=\"EFORMS-DE-MAJOR-MINOR-VERSION\" value=\"'1.2'\" />";
            de = Schematron.kompilieren(url(sch), "eforms-de-phase", "eforms-de", s -> {
                if (!s.contains(alt)) {
                    throw new IllegalStateException("Versionsregel SR-DE-1 nicht gefunden in " + sch);
                }
                return s.replace(alt, "<let name=\"EFORMS-DE-MAJOR-MINOR-VERSION\" value=\"'" + DE_VERSION + "'\" />");
            });
        }
        return de;
    }

    /** The EU rule ids German notices skip (KoSIT's blacklist; comments and blank lines dropped). */
    static synchronized Set<String> ausgenommen() {
        if (ausgenommen == null) {
            try {
                ausgenommen = Files.readAllLines(deOrdner().resolve("excluded_rules.txt")).stream().map(String::strip)
                        .filter(z -> !z.isEmpty() && !z.startsWith("#") && !z.startsWith("//")).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return ausgenommen;
    }

    /** The EU errors that count for a German notice, each with its German rule text. */
    public static List<String> euFehler(byte[] xml) {
        return eu().fehler(xml).stream().filter(b -> !ausgenommen().contains(b.regel())).map(EformsRegeln::mitText).toList();
    }

    /** The EU errors a German notice skips by KoSIT's list: which national deviations the notice makes. */
    public static Set<String> euAusgenommeneFehler(byte[] xml) {
        return eu().fehler(xml).stream().map(Schematron.Befund::regel).filter(ausgenommen()::contains).collect(Collectors.toSet());
    }

    public static List<String> deFehler(byte[] xml) {
        return de().fehler(xml).stream().map(Schematron.Befund::toString).toList();
    }

    private static synchronized String mitText(Schematron.Befund b) {
        if (texte == null) {
            texte = Schematron.regeltexte("eforms-sdk/translations/rule_de.xml");
        }
        return b.regel() + ": " + texte.getProperty("rule|text|" + b.regel(), b.text()) + " (" + b.ort() + ")";
    }

    static Path deOrdner() {
        Path ordner = Path.of(System.getProperty("vergabe.standards", "src/test/resources/standards"), DE_ORDNER).toAbsolutePath().normalize();
        if (!Files.isDirectory(ordner)) {
            throw new IllegalStateException("KoSIT-Regeln für eForms-DE fehlen: " + ordner
                    + " (src/test/resources/standards, oder -Dvergabe.standards=ORDNER)");
        }
        return ordner;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
