package de.leverkusen.vergabe.dokumente;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The NUTS level-3 regions that eForms accepts (BT-507, BT-5071), read from the SDK's own code list
 * ({@code eforms-sdk/codelists/nuts_nuts-lvl3.gc}, genericode): a code of the right shape that is no region, such as
 * DEA29, is refused at input instead of by TED (rule BR-BT-00507-0208). Read once, on first use (about 1,400 codes).
 */
final class NutsCodes {

    static final String CODELISTE = "eforms-sdk/codelists/nuts_nuts-lvl3.gc";

    private static volatile Set<String> codes;

    private NutsCodes() {
    }

    static boolean bekannt(String code) {
        return alle().contains(code);
    }

    private static Set<String> alle() {
        Set<String> c = codes;
        if (c == null) {
            synchronized (NutsCodes.class) {
                if (codes == null) {
                    codes = Set.copyOf(lesen());
                }
                c = codes;
            }
        }
        return c;
    }

    private static Set<String> lesen() {
        Set<String> gelesen = new HashSet<>();
        try (InputStream in = NutsCodes.class.getClassLoader().getResourceAsStream(CODELISTE)) {
            if (in == null) {
                throw new IllegalStateException("NUTS-Codeliste nicht im Klassenpfad: " + CODELISTE + " (Abhängigkeit eforms-sdk)");
            }
            XMLInputFactory fabrik = XMLInputFactory.newDefaultFactory();
            fabrik.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            fabrik.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            XMLStreamReader xml = fabrik.createXMLStreamReader(in);
            boolean codeSpalte = false;
            while (xml.hasNext()) {
                int ereignis = xml.next();
                if (ereignis == XMLStreamConstants.START_ELEMENT && "Value".equals(xml.getLocalName())) {
                    codeSpalte = "code".equals(xml.getAttributeValue(null, "ColumnRef"));
                } else if (ereignis == XMLStreamConstants.START_ELEMENT && codeSpalte && "SimpleValue".equals(xml.getLocalName())) {
                    gelesen.add(xml.getElementText().strip());
                    codeSpalte = false;
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("NUTS-Codeliste nicht lesbar: " + CODELISTE, e);
        }
        return gelesen;
    }
}
