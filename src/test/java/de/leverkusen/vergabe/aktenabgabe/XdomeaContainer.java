package de.leverkusen.vergabe.aktenabgabe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A delivered or downloaded xdomea container read back as the DMS would: the entries of the ZIP, the message (parsed,
 * and checked with the JDK's validator against the official root schema {@code xdomea.xsd}, independent of the
 * application's own check) and the primary files it names.
 */
public final class XdomeaContainer {

    public static final String NS = "urn:xoev-de:xdomea:schema:3.0.0";

    /** One Format of a Dokument: its file in the container, the application's name for it, the format code. */
    public record Format(String dokumentBetreff, String dokumentTyp, String dateiname, String original, String code) {
    }

    public final Map<String, byte[]> dateien;
    public final String nachrichtName;
    public final byte[] nachricht;
    public final Document xml;

    private XdomeaContainer(Map<String, byte[]> dateien, String nachrichtName) throws Exception {
        this.dateien = dateien;
        this.nachrichtName = nachrichtName;
        this.nachricht = dateien.get(nachrichtName);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        this.xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(nachricht));
    }

    public static XdomeaContainer lesen(byte[] zip) {
        Map<String, byte[]> dateien = new LinkedHashMap<>();
        try (ZipInputStream ein = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = ein.getNextEntry(); e != null; e = ein.getNextEntry()) {
                dateien.put(e.getName(), ein.readAllBytes());
            }
            String name = dateien.keySet().iterator().next();
            return new XdomeaContainer(dateien, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Violations of xdomea.xsd (all 19 modules), empty when valid. */
    public List<String> schemaVerstoesse() throws Exception {
        URL xsd = getClass().getClassLoader().getResource("xdomea-3.0.0/xsd/xdomea.xsd");
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator();
        List<String> fehler = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) { }
            public void error(SAXParseException e) { fehler.add(e.getLineNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { fehler.add(e.getLineNumber() + ": " + e.getMessage()); }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(nachricht)));
        return fehler;
    }

    /** Text of every element with this local name in the xdomea namespace, in document order. */
    public List<String> texte(String element) {
        NodeList l = xml.getElementsByTagNameNS(NS, element);
        List<String> texte = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            texte.add(l.item(i).getTextContent().trim());
        }
        return texte;
    }

    /** The text of the first element at this path of local names below the root, e.g. "Kopf", "ProzessID". */
    public String text(String... pfad) {
        Element e = xml.getDocumentElement();
        for (String schritt : pfad) {
            e = kind(e, schritt);
            if (e == null) {
                return null;
            }
        }
        return e.getTextContent().trim();
    }

    /** Every Format of every Dokument of the Akte. */
    public List<Format> formate() {
        List<Format> formate = new ArrayList<>();
        NodeList dokumente = xml.getElementsByTagNameNS(NS, "Dokument");
        for (int i = 0; i < dokumente.getLength(); i++) {
            Element d = (Element) dokumente.item(i);
            String betreff = kind(kind(d, "AllgemeineMetadaten"), "Betreff").getTextContent();
            Element typ = kind(d, "Typ");
            NodeList fs = kind(d, "Version").getElementsByTagNameNS(NS, "Format");
            for (int j = 0; j < fs.getLength(); j++) {
                Element f = (Element) fs.item(j);
                Element p = kind(f, "Primaerdokument");
                formate.add(new Format(betreff, typ == null ? null : typ.getTextContent(), kind(p, "Dateiname").getTextContent(),
                        kind(p, "DateinameOriginal").getTextContent(), kind(f, "Name").getElementsByTagName("code").item(0).getTextContent()));
            }
        }
        return formate;
    }

    private static Element kind(Element e, String name) {
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element k && NS.equals(k.getNamespaceURI()) && name.equals(k.getLocalName())) {
                return k;
            }
        }
        return null;
    }
}
