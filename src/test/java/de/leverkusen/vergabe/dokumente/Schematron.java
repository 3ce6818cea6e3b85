package de.leverkusen.vergabe.dokumente;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/**
 * A Schematron schema (queryBinding xslt2) compiled with SchXslt 1.10.1 on Saxon-HE 12 for one phase, and run on
 * notices: the findings are the SVRL's failed asserts and successful reports. Compiling the SDK's rules takes tens of
 * seconds, so the compiled XSLT is kept in {@code target/schematron/} (keyed by source, phase and adjustment) and
 * reused by later runs; {@code mvn clean} drops it.
 */
final class Schematron {

    /** One failed assert or successful report; {@code rolle} as the rule states it (null when it states none). */
    record Befund(String regel, String rolle, String text, String ort) {

        /** Errors are what refuses a notice: roles ERROR/error/fatal, and an assert without a role. */
        boolean fehler() {
            return rolle == null || rolle.isBlank() || Map.of("error", 1, "fatal", 1).containsKey(rolle.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return regel + " [" + rolle + "] " + text + " (" + ort + ")";
        }
    }

    private static final Processor SAXON = new Processor(false);
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    private final XsltExecutable xslt;

    private Schematron(XsltExecutable xslt) {
        this.xslt = xslt;
    }

    /**
     * @param quelle    the schema's main file; includes resolve relative to it (also inside a jar)
     * @param anpassung applied to the main file's text before compiling (identity for none)
     */
    static Schematron kompilieren(URL quelle, String phase, String kennung, UnaryOperator<String> anpassung) {
        try {
            String text;
            try (InputStream in = quelle.openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String angepasst = anpassung.apply(text);
            Path ablage = Path.of("target", "schematron", kennung + "-" + phase + "-" + hash(quelle + "\n" + angepasst) + ".xsl");
            if (!Files.exists(ablage)) {
                URL pipeline = Schematron.class.getClassLoader().getResource("xslt/2.0/pipeline-for-svrl.xsl");
                XsltTransformer compiler = SAXON.newXsltCompiler().compile(new StreamSource(pipeline.toString())).load();
                compiler.setParameter(new QName("phase"), new XdmAtomicValue(phase));
                StreamSource schema = new StreamSource(new StringReader(angepasst), quelle.toString());
                compiler.setSource(schema);
                Files.createDirectories(ablage.getParent());
                Path teil = Files.createTempFile(ablage.getParent(), "kompilat", ".xsl");
                compiler.setDestination(SAXON.newSerializer(teil.toFile()));
                compiler.transform();
                Files.move(teil, ablage, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new Schematron(SAXON.newXsltCompiler().compile(new StreamSource(ablage.toFile())));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("Schematron nicht kompiliert: " + quelle + " (Phase " + phase + ")", e);
        }
    }

    /** Every failed assert and successful report, of any role. */
    List<Befund> befunde(byte[] xml) {
        try {
            XsltTransformer lauf = xslt.load();
            lauf.setSource(new StreamSource(new ByteArrayInputStream(xml), "urn:bekanntmachung"));
            XdmDestination svrl = new XdmDestination();
            lauf.setDestination(svrl);
            lauf.transform();
            XPathCompiler xp = SAXON.newXPathCompiler();
            xp.declareNamespace("svrl", SVRL);
            List<Befund> befunde = new ArrayList<>();
            for (XdmItem i : xp.evaluate("//(svrl:failed-assert | svrl:successful-report)", svrl.getXdmNode())) {
                XdmNode n = (XdmNode) i;
                befunde.add(new Befund(n.getAttributeValue(new QName("id")), n.getAttributeValue(new QName("role")),
                        xp.evaluateSingle("normalize-space(svrl:text)", n).getStringValue(), ort(n.getAttributeValue(new QName("location")))));
            }
            return befunde;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Schematron-Prüfung nicht ausgeführt", e);
        }
    }

    /** The findings of error severity. */
    List<Befund> fehler(byte[] xml) {
        return befunde(xml).stream().filter(Befund::fehler).toList();
    }

    /** The SDK's rule texts ({@code translations/rule_de.xml}): its Schematron says only "rule|text|ID". */
    static Properties regeltexte(String ressource) {
        Properties p = new Properties();
        try (InputStream in = Schematron.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("nicht im Klassenpfad: " + ressource);
            }
            p.loadFromXML(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /** The location without namespace URIs: /ContractAwardNotice[1]/UBLExtensions[1]/... */
    private static String ort(String xpath) {
        return xpath == null ? null : xpath.replaceAll("Q\\{[^}]*\\}", "");
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
