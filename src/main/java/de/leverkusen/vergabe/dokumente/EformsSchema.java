package de.leverkusen.vergabe.dokumente;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XSD of the eForms contract award notice from the official SDK ({@code eu.europa.ted.eforms:eforms-sdk}, the
 * schemas are in its jar). The schema is compiled once (a few hundred KB of UBL) and is thread-safe; a validator per
 * call is not. Checks the structure and data types only: TED's business rules (Schematron) are not run here.
 */
public final class EformsSchema {

    public static final String XSD = "eforms-sdk/schemas/maindoc/UBL-ContractAwardNotice-2.3.xsd";

    private static volatile Schema schema;

    private EformsSchema() {
    }

    /** The violations of the schema, empty when the notice is valid. */
    public static List<String> verstoesse(byte[] xml) {
        List<String> fehler = new ArrayList<>();
        Validator validator = schema().newValidator();
        try {
            // the notice is data from the procedure: no DTD, no schema location is followed
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                fehler.add("Zeile " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                fehler.add("Zeile " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (fehler.isEmpty()) {
                fehler.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return fehler;
    }

    /** Refuses a notice that breaks the schema: an invalid notice is never stored. */
    public static void pruefen(byte[] xml) {
        List<String> fehler = verstoesse(xml);
        if (!fehler.isEmpty()) {
            throw new IllegalStateException("Vergabebekanntmachung verstößt gegen das eForms-Schema (" + XSD + "): "
                    + String.join("; ", fehler));
        }
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (EformsSchema.class) {
                if (schema == null) {
                    URL xsd = EformsSchema.class.getClassLoader().getResource(XSD);
                    if (xsd == null) {
                        throw new IllegalStateException("eForms-Schema nicht im Klassenpfad: " + XSD + " (Abhängigkeit eforms-sdk)");
                    }
                    try {
                        SchemaFactory fabrik = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                        // imports are resolved relative to the XSD inside the SDK's jar, nothing from the network:
                        // "jar" and "file" from a class path, "nested" inside the Spring Boot fat jar
                        // (jar:nested:/...app.jar/!BOOT-INF/lib/eforms-sdk-....jar!/...)
                        fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file,nested");
                        schema = fabrik.newSchema(xsd);
                    } catch (SAXException e) {
                        throw new IllegalStateException("eForms-Schema nicht lesbar: " + XSD, e);
                    }
                }
                s = schema;
            }
        }
        return s;
    }
}
