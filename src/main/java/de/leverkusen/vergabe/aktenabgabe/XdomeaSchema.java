package de.leverkusen.vergabe.aktenabgabe;

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
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The official xdomea 3.0.0 schema set (root {@code xdomea.xsd} with all modules, copied unchanged into
 * {@code src/main/resources/xdomea-3.0.0/}). Compiled once; a message that breaks it is never stored or delivered.
 */
public final class XdomeaSchema {

    public static final String XSD = "xdomea-3.0.0/xsd/xdomea.xsd";

    private static final class Geladen {
        static final Schema SCHEMA = laden();
    }

    private XdomeaSchema() {
    }

    /** Every violation with its line, empty for a valid message. */
    public static List<String> verstoesse(byte[] xml) {
        List<String> verstoesse = new ArrayList<>();
        Validator v = Geladen.SCHEMA.newValidator();
        v.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                verstoesse.add("Zeile " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            // the message is made from user input: nothing external is ever loaded while checking it
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            verstoesse.add("Zeile " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("xdomea-Nachricht nicht prüfbar", e);
        }
        return verstoesse;
    }

    public static void pruefen(byte[] xml) {
        List<String> verstoesse = verstoesse(xml);
        if (!verstoesse.isEmpty()) {
            throw new IllegalStateException("xdomea-Nachricht verstößt gegen das Schema " + XSD + ": " + String.join("; ", verstoesse));
        }
    }

    private static Schema laden() {
        URL xsd = XdomeaSchema.class.getClassLoader().getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException("xdomea-Schema nicht im Klassenpfad: " + XSD);
        }
        try {
            SchemaFactory fabrik = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the modules include each other relatively: from the class path ("nested" inside the fat jar), never the network
            fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file,nested");
            return fabrik.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("xdomea-Schema nicht lesbar: " + XSD, e);
        }
    }
}
