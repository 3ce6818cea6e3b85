package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF with veraPDF (in-process, the Greenfield parser) against PDF/A-2b, the flavour the documents claim. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** The failed rules, one line each: clause-test: message (location); empty when the PDF is PDF/A-2b. */
    public static Set<String> verstoesse(byte[] pdf) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult ergebnis = validator.validate(parser);
            Set<String> verstoesse = new LinkedHashSet<>();
            for (TestAssertion a : ergebnis.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    verstoesse.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")");
                }
            }
            if (!ergebnis.isCompliant() && verstoesse.isEmpty()) {
                verstoesse.add("nicht konform, ohne einzelne Regel");
            }
            return verstoesse;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IllegalStateException("veraPDF konnte das PDF nicht prüfen: " + e, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails listing every violated rule. */
    public static void pruefen(byte[] pdf, String name) {
        assertThat(verstoesse(pdf)).as("PDF/A-2b-Verstöße in " + name).isEmpty();
    }
}
