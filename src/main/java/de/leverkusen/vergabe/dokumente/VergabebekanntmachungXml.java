package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The award notice (§ 39 VgV) as an eForms notice: subtype 29, "contract award notice, standard regime", Directive
 * 2014/24/EU, one lot. Structure after the SDK's sample {@code examples/notices/can_24_minimal.xml}: the results
 * (lot result, the winning tender, the contract, the tendering party) and the organisations sit in the eForms
 * extension, the rest is UBL. A pure function of the procedure's record and the Vergabestelle's inputs; the result
 * is checked against the SDK's schema ({@link EformsSchema}) by the caller.
 *
 * <p>Organisations: ORG-0001 the buyer (Stadt Leverkusen), ORG-0002 the review body, ORG-0003 the winner.
 */
public final class VergabebekanntmachungXml {

    /**
     * The notice follows the German profile eForms-DE 2.1 (built on SDK 1.13, whose schemas and rules the tests use,
     * see pom.xml and docs/eforms.md): it goes to TED through the Datenservice Öffentlicher Einkauf, which takes this
     * customization id and writes the SDK's ({@code eforms-sdk-1.13}) when it forwards the notice.
     */
    public static final String CUSTOMIZATION_ID = "eforms-de-2.1";
    /** eForms-DE list buyer-legal-type: a municipal authority (the EU list's "la", local authority) */
    static final String AUFTRAGGEBER_RECHTSFORM = "kommun-beh";
    /** eForms-DE list eforms-de-specific-legal-basis (BT-01(c)): the VgV, the German transposition of 2014/24/EU */
    static final String VERGABEORDNUNG = "vgv";
    /** supplies: software licences (CPV division 48) */
    static final String AUFTRAGSART = "supplies";

    static final String NS_CAN = "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2";
    static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String NS_EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String NS_EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    static final String NS_EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    static final String NS_EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    private static final String LOT = "LOT-0001";
    private static final String TENDER = "TEN-0001";
    private static final String CONTRACT = "CON-0001";
    private static final String PARTY = "TPA-0001";
    private static final String RESULT = "RES-0001";
    private static final String AUFTRAGGEBER = "ORG-0001";
    private static final String NACHPRUEFUNG = "ORG-0002";
    private static final String GEWINNER = "ORG-0003";
    private static final String SPRACHE = "DEU";
    private static final String WAEHRUNG = "EUR";

    private final Document doc;

    private VergabebekanntmachungXml(Document doc) {
        this.doc = doc;
    }

    /**
     * @param noticeId  the notice's UUID (BT-701)
     * @param folderId  the procedure's identifier from its contract notice (BT-04, a UUID)
     * @param gewinnerEmail the winner's e-mail address as the procedure records it (its offer)
     * @param jetzt     dispatch date and time of the notice (BT-05)
     * @throws IllegalStateException when the procedure has no award yet, or the award lies after the dispatch
     */
    public static byte[] erzeugen(Akte akte, Verfahrensart verfahrensart, Bekanntmachungsangaben angaben, String noticeId,
                                  String folderId, String gewinnerEmail, OffsetDateTime jetzt) {
        if (akte.zuschlag() == null) {
            throw new IllegalStateException("Vergabebekanntmachung erst nach dem Zuschlag: " + akte.businessKey());
        }
        // the award concludes the contract (BT-145) and decides the winner (BT-1451): neither can follow the dispatch
        if (akte.zuschlag().am().isAfter(jetzt)) {
            throw new IllegalStateException("Vergabebekanntmachung vor dem Zuschlag (" + akte.zuschlag().am() + ") datiert: " + jetzt);
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            VergabebekanntmachungXml x = new VergabebekanntmachungXml(f.newDocumentBuilder().newDocument());
            x.aufbauen(akte, verfahrensart, angaben, noticeId, folderId, gewinnerEmail, jetzt.atZoneSameInstant(Schreibweise.ZONE).toOffsetDateTime());
            return x.serialisieren();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("XML der Vergabebekanntmachung nicht erzeugt", e);
        }
    }

    /** eForms code list procurement-procedure-type. */
    static String verfahrenscode(Verfahrensart art) {
        return switch (art) {
            case OFFENES_VERFAHREN -> "open";
            case NICHT_OFFENES_VERFAHREN -> "restricted";
            case VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB -> "neg-w-call";
            case WETTBEWERBLICHER_DIALOG -> "comp-dial";
        };
    }

    private void aufbauen(Akte akte, Verfahrensart art, Bekanntmachungsangaben a, String noticeId, String folderId,
                          String gewinnerEmail, OffsetDateTime jetzt) {
        Akte.Zuschlag zuschlag = akte.zuschlag();
        String vergabetag = DateTimeFormatter.ISO_OFFSET_DATE.format(zuschlag.am().atZoneSameInstant(Schreibweise.ZONE).toOffsetDateTime());
        List<BigDecimal> zugelassenePreise = akte.bieter().stream().filter(b -> !b.ausgeschlossen() && b.preis() != null)
                .map(Akte.Bieter::preis).sorted(Comparator.naturalOrder()).toList();

        Element wurzel = doc.createElementNS(NS_CAN, "ContractAwardNotice");
        doc.appendChild(wurzel);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cac", NS_CAC);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cbc", NS_CBC);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ext", NS_EXT);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efac", NS_EFAC);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efext", NS_EFEXT);
        wurzel.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efbc", NS_EFBC);

        // --- eForms extension: results, subtype, organisations
        Element erweiterung = kind(kind(kind(kind(wurzel, NS_EXT, "ext:UBLExtensions"), NS_EXT, "ext:UBLExtension"),
                NS_EXT, "ext:ExtensionContent"), NS_EFEXT, "efext:EformsExtension");
        Element ergebnis = kind(erweiterung, NS_EFAC, "efac:NoticeResult");
        betrag(ergebnis, "cbc:TotalAmount", zuschlag.preis());

        Element losergebnis = kind(ergebnis, NS_EFAC, "efac:LotResult");
        id(losergebnis, "result", RESULT);
        if (!zugelassenePreise.isEmpty()) {
            betrag(losergebnis, "cbc:HigherTenderAmount", zugelassenePreise.get(zugelassenePreise.size() - 1));
            betrag(losergebnis, "cbc:LowerTenderAmount", zugelassenePreise.get(0));
        }
        code(losergebnis, NS_CBC, "cbc:TenderResultCode", "winner-selection-status", "selec-w");
        id(kind(losergebnis, NS_EFAC, "efac:LotTender"), "tender", TENDER);
        Element statistik = kind(losergebnis, NS_EFAC, "efac:ReceivedSubmissionsStatistics");
        code(statistik, NS_EFBC, "efbc:StatisticsCode", "received-submission-type", "tenders");
        // after negotiations the tenders received are the final offers (§ 17 Abs. 14 VgV), on which the award is made
        boolean endgueltig = akte.verhandlung() != null && !akte.verhandlung().endgueltigeAngebote().isEmpty();
        text(statistik, NS_EFBC, "efbc:StatisticsNumeric", String.valueOf(endgueltig ? akte.verhandlung().endgueltigeAngebote().size()
                : akte.bieter().size()));
        if (akte.teilnahme() != null) {
            // BT-759 with BT-760 "part-req": the requests to participate of the participation competition
            Element antraege = kind(losergebnis, NS_EFAC, "efac:ReceivedSubmissionsStatistics");
            code(antraege, NS_EFBC, "efbc:StatisticsCode", "received-submission-type", "part-req");
            text(antraege, NS_EFBC, "efbc:StatisticsNumeric", String.valueOf(akte.teilnahme().bewerber().size()));
        }
        id(kind(losergebnis, NS_EFAC, "efac:SettledContract"), "contract", CONTRACT);
        id(kind(losergebnis, NS_EFAC, "efac:TenderLot"), "Lot", LOT);

        Element angebot = kind(ergebnis, NS_EFAC, "efac:LotTender");
        id(angebot, "tender", TENDER);
        text(angebot, NS_CBC, "cbc:RankCode", "1");
        text(angebot, NS_EFBC, "efbc:TenderRankedIndicator", "true");
        betrag(kind(angebot, NS_CAC, "cac:LegalMonetaryTotal"), "cbc:PayableAmount", zuschlag.preis());
        code(kind(angebot, NS_EFAC, "efac:SubcontractingTerm"), NS_EFBC, "efbc:TermCode", "applicability", a.unterauftraege());
        id(kind(angebot, NS_EFAC, "efac:TenderingParty"), "tendering-party", PARTY);
        id(kind(angebot, NS_EFAC, "efac:TenderLot"), "Lot", LOT);
        // the tender's own identifier: the offer's number in the procedure's records
        String angebotsnummer = akte.bieter().stream().filter(b -> b.name().equals(zuschlag.bieter())).findFirst()
                .map(b -> akte.businessKey() + "-ANGEBOT-" + b.angebotId()).orElse(akte.businessKey() + "-ZUSCHLAG");
        text(kind(angebot, NS_EFAC, "efac:TenderReference"), NS_CBC, "cbc:ID", angebotsnummer);

        Element vertrag = kind(ergebnis, NS_EFAC, "efac:SettledContract");
        id(vertrag, "contract", CONTRACT);
        // the award (Zuschlag) concludes the contract (§ 127 GWB, §§ 145 ff. BGB)
        text(vertrag, NS_CBC, "cbc:IssueDate", vergabetag);
        id(kind(kind(vertrag, NS_CAC, "cac:SignatoryParty"), NS_CAC, "cac:PartyIdentification"), "organization", AUFTRAGGEBER);
        text(kind(vertrag, NS_EFAC, "efac:ContractReference"), NS_CBC, "cbc:ID", akte.businessKey());
        id(kind(vertrag, NS_EFAC, "efac:LotTender"), "tender", TENDER);

        Element bieter = kind(ergebnis, NS_EFAC, "efac:TenderingParty");
        id(bieter, "tendering-party", PARTY);
        id(kind(bieter, NS_EFAC, "efac:Tenderer"), "organization", GEWINNER);

        code(kind(erweiterung, NS_EFAC, "efac:NoticeSubType"), NS_CBC, "cbc:SubTypeCode", "notice-subtype", "29");

        Element organisationen = kind(erweiterung, NS_EFAC, "efac:Organizations");
        Element auftraggeber = organisation(organisationen, null, AUFTRAGGEBER, Akte.AUFTRAGGEBER);
        adresse(auftraggeber, a.auftraggeberStrasse(), a.auftraggeberOrt(), a.auftraggeberPlz(), a.auftraggeberNuts(), "DEU");
        text(kind(auftraggeber, NS_CAC, "cac:PartyLegalEntity"), NS_CBC, "cbc:CompanyID", a.auftraggeberRegistriernummer());
        kontakt(auftraggeber, a.auftraggeberTelefon(), a.auftraggeberEmail());

        // eForms-DE: every organisation with registration number, NUTS region and a contact e-mail (CR-DE-BT-506)
        Element kammer = organisation(organisationen, null, NACHPRUEFUNG, a.nachpruefungsstelle());
        adresse(kammer, null, a.nachpruefungsstelleOrt(), a.nachpruefungsstellePlz(), a.nachpruefungsstelleNuts(), "DEU");
        text(kind(kammer, NS_CAC, "cac:PartyLegalEntity"), NS_CBC, "cbc:CompanyID", a.nachpruefungsstelleRegistriernummer());
        kontakt(kammer, null, a.nachpruefungsstelleEmail());

        Element gewinner = organisation(organisationen, a.zuschlagsempfaengerGroesse(), GEWINNER, zuschlag.bieter());
        adresse(gewinner, null, a.zuschlagsempfaengerOrt(), a.zuschlagsempfaengerPlz(), a.zuschlagsempfaengerNuts(),
                a.zuschlagsempfaengerLand());
        text(kind(gewinner, NS_CAC, "cac:PartyLegalEntity"), NS_CBC, "cbc:CompanyID", a.zuschlagsempfaengerRegistriernummer());
        kontakt(gewinner, null, gewinnerEmail);

        // --- UBL: the notice, the buyer, the procedure, the lot, the award date
        text(wurzel, NS_CBC, "cbc:UBLVersionID", "2.3");
        text(wurzel, NS_CBC, "cbc:CustomizationID", CUSTOMIZATION_ID);
        id(wurzel, "notice-id", noticeId);
        text(wurzel, NS_CBC, "cbc:ContractFolderID", folderId);
        text(wurzel, NS_CBC, "cbc:IssueDate", DateTimeFormatter.ISO_OFFSET_DATE.format(jetzt));
        text(wurzel, NS_CBC, "cbc:IssueTime", DateTimeFormatter.ISO_OFFSET_TIME.format(jetzt.withNano(0)));
        text(wurzel, NS_CBC, "cbc:VersionID", "01");
        // eForms-DE requires BT-738: publication as soon as possible, i.e. from the dispatch day on
        text(wurzel, NS_CBC, "cbc:RequestedPublicationDate", DateTimeFormatter.ISO_OFFSET_DATE.format(jetzt));
        text(wurzel, NS_CBC, "cbc:RegulatoryDomain", "32014L0024");
        code(wurzel, NS_CBC, "cbc:NoticeTypeCode", "result", "can-standard");
        text(wurzel, NS_CBC, "cbc:NoticeLanguageCode", SPRACHE);

        Element partei = kind(wurzel, NS_CAC, "cac:ContractingParty");
        code(kind(partei, NS_CAC, "cac:ContractingPartyType"), NS_CBC, "cbc:PartyTypeCode", "buyer-legal-type", AUFTRAGGEBER_RECHTSFORM);
        code(kind(partei, NS_CAC, "cac:ContractingActivity"), NS_CBC, "cbc:ActivityTypeCode", "authority-activity", "gen-pub");
        id(kind(kind(partei, NS_CAC, "cac:Party"), NS_CAC, "cac:PartyIdentification"), "organization", AUFTRAGGEBER);

        // eForms-DE: the German procurement legislation besides the directive (CR-BT-01-Germany)
        text(kind(kind(wurzel, NS_CAC, "cac:TenderingTerms"), NS_CAC, "cac:ProcurementLegislationDocumentReference"), NS_CBC, "cbc:ID",
                VERGABEORDNUNG);
        code(kind(wurzel, NS_CAC, "cac:TenderingProcess"), NS_CBC, "cbc:ProcedureCode", "procurement-procedure-type", verfahrenscode(art));

        projekt(kind(wurzel, NS_CAC, "cac:ProcurementProject"), null, akte, a);

        Element los = kind(wurzel, NS_CAC, "cac:ProcurementProjectLot");
        id(los, "Lot", LOT);
        Element bedingungen = kind(los, NS_CAC, "cac:TenderingTerms");
        // BT-717 (eForms-DE mandatory): software licences are neither vehicles nor transport services (Directive 2009/33/EU)
        Element strategie = kind(kind(kind(kind(kind(bedingungen, NS_EXT, "ext:UBLExtensions"), NS_EXT, "ext:UBLExtension"),
                NS_EXT, "ext:ExtensionContent"), NS_EFEXT, "efext:EformsExtension"), NS_EFAC, "efac:StrategicProcurement");
        code(strategie, NS_EFBC, "efbc:ApplicableLegalBasis", "cvd-scope", "false");
        code(bedingungen, NS_CBC, "cbc:FundingProgramCode", "eu-funded", "no-eu-funds");
        Element kriterium = kind(kind(bedingungen, NS_CAC, "cac:AwardingTerms"), NS_CAC, "cac:AwardingCriterion");
        sprachtext(kriterium, "cbc:CalculationExpression",
                "Wirtschaftlichstes Angebot (§ 127 GWB) nach der veröffentlichten Wertungsmethode: " + akte.katalog().methodenbeschreibung()
                        + ". Leistung L = gewichtete Punkte des Bewertungsbogens, P = Angebotspreis.");
        Element qualitaet = kind(kriterium, NS_CAC, "cac:SubordinateAwardingCriterion");
        code(qualitaet, NS_CBC, "cbc:AwardingCriterionTypeCode", "award-criterion-type", "quality");
        sprachtext(qualitaet, "cbc:Description", "Leistung nach den bekannt gemachten Kriterien und Gewichten des Bewertungsbogens");
        Element preis = kind(kriterium, NS_CAC, "cac:SubordinateAwardingCriterion");
        code(preis, NS_CBC, "cbc:AwardingCriterionTypeCode", "award-criterion-type", "price");
        sprachtext(preis, "cbc:Description", "Angebotspreis (netto)");
        Element nachpruefung = kind(bedingungen, NS_CAC, "cac:AppealTerms");
        sprachtext(kind(nachpruefung, NS_CAC, "cac:PresentationPeriod"), "cbc:Description",
                "Ein Nachprüfungsantrag ist unzulässig, soweit die Fristen des § 160 Abs. 3 GWB nicht eingehalten sind.");
        id(kind(kind(nachpruefung, NS_CAC, "cac:AppealReceiverParty"), NS_CAC, "cac:PartyIdentification"), "organization", NACHPRUEFUNG);
        Element losverfahren = kind(los, NS_CAC, "cac:TenderingProcess");
        // the contract falls under the WTO Government Procurement Agreement (supplies above the EU threshold)
        text(losverfahren, NS_CBC, "cbc:GovernmentAgreementConstraintIndicator", "true");
        text(kind(losverfahren, NS_CAC, "cac:AuctionTerms"), NS_CBC, "cbc:AuctionConstraintIndicator", "false");
        code(kind(losverfahren, NS_CAC, "cac:ContractingSystem"), NS_CBC, "cbc:ContractingSystemTypeCode", "framework-agreement", "none");
        code(kind(losverfahren, NS_CAC, "cac:ContractingSystem"), NS_CBC, "cbc:ContractingSystemTypeCode", "dps-usage", "none");
        projekt(kind(los, NS_CAC, "cac:ProcurementProject"), akte.businessKey(), akte, a);

        text(kind(wurzel, NS_CAC, "cac:TenderResult"), NS_CBC, "cbc:AwardDate", vergabetag);
    }

    /** The procedure (BT-21, BT-24, BT-23, BT-262, BT-5071) or, with {@code internalId}, the lot. */
    private void projekt(Element projekt, String internalId, Akte akte, Bekanntmachungsangaben a) {
        if (internalId != null) {
            Element id = text(projekt, NS_CBC, "cbc:ID", internalId);
            id.setAttribute("schemeName", "InternalID");
        }
        sprachtext(projekt, "cbc:Name", akte.titel());
        sprachtext(projekt, "cbc:Description", akte.titel() + " für die Stadt Leverkusen (" + akte.verfahrensart() + ")");
        code(projekt, NS_CBC, "cbc:ProcurementTypeCode", "contract-nature", AUFTRAGSART);
        if (internalId != null) {
            // BT-06 (eForms-DE mandatory): the procedure records no strategic aims (environmental, social, innovation)
            code(kind(projekt, NS_CAC, "cac:ProcurementAdditionalType"), NS_CBC, "cbc:ProcurementTypeCode", "strategic-procurement", "none");
        }
        code(kind(projekt, NS_CAC, "cac:MainCommodityClassification"), NS_CBC, "cbc:ItemClassificationCode", "cpv", a.cpvCode());
        Element ort = kind(kind(projekt, NS_CAC, "cac:RealizedLocation"), NS_CAC, "cac:Address");
        code(ort, NS_CBC, "cbc:CountrySubentityCode", "nuts", a.auftraggeberNuts());
        code(kind(ort, NS_CAC, "cac:Country"), NS_CBC, "cbc:IdentificationCode", "country", "DEU");
    }

    private Element organisation(Element organisationen, String groesse, String id, String name) {
        Element firma = kind(kind(organisationen, NS_EFAC, "efac:Organization"), NS_EFAC, "efac:Company");
        if (groesse != null) {
            code(firma, NS_EFBC, "efbc:CompanySizeCode", "economic-operator-size", groesse);
        }
        id(kind(firma, NS_CAC, "cac:PartyIdentification"), "organization", id);
        sprachtext(kind(firma, NS_CAC, "cac:PartyName"), "cbc:Name", name);
        return firma;
    }

    private void kontakt(Element firma, String telefon, String email) {
        Element kontakt = kind(firma, NS_CAC, "cac:Contact");
        if (telefon != null) {
            text(kontakt, NS_CBC, "cbc:Telephone", telefon);
        }
        text(kontakt, NS_CBC, "cbc:ElectronicMail", email);
    }

    private void adresse(Element firma, String strasse, String ort, String plz, String nuts, String land) {
        Element adresse = kind(firma, NS_CAC, "cac:PostalAddress");
        if (strasse != null) {
            text(adresse, NS_CBC, "cbc:StreetName", strasse);
        }
        text(adresse, NS_CBC, "cbc:CityName", ort);
        text(adresse, NS_CBC, "cbc:PostalZone", plz);
        if (nuts != null) {
            code(adresse, NS_CBC, "cbc:CountrySubentityCode", "nuts", nuts);
        }
        code(kind(adresse, NS_CAC, "cac:Country"), NS_CBC, "cbc:IdentificationCode", "country", land);
    }

    // --- DOM helpers: the text goes in as a text node, so &, < and quotes are escaped by the serializer

    private Element kind(Element eltern, String ns, String name) {
        Element e = doc.createElementNS(ns, name);
        eltern.appendChild(e);
        return e;
    }

    private Element text(Element eltern, String ns, String name, String text) {
        Element e = kind(eltern, ns, name);
        e.setTextContent(Objects.requireNonNull(text, name));
        return e;
    }

    private void sprachtext(Element eltern, String name, String text) {
        text(eltern, NS_CBC, name, text).setAttribute("languageID", SPRACHE);
    }

    private void code(Element eltern, String ns, String name, String liste, String wert) {
        text(eltern, ns, name, wert).setAttribute("listName", liste);
    }

    private void id(Element eltern, String schema, String wert) {
        text(eltern, NS_CBC, "cbc:ID", wert).setAttribute("schemeName", schema);
    }

    private void betrag(Element eltern, String name, BigDecimal betrag) {
        text(eltern, NS_CBC, name, betrag.setScale(2, RoundingMode.HALF_UP).toPlainString()).setAttribute("currencyID", WAEHRUNG);
    }

    private byte[] serialisieren() throws TransformerException {
        // the JDK's own serializer (its indent-amount property), whatever else is on the class path
        Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        // the JDK writes the root element on the declaration's line: the declaration is written here instead
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        ByteArrayOutputStream aus = new ByteArrayOutputStream();
        aus.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        t.transform(new DOMSource(doc), new StreamResult(aus));
        return aus.toByteArray();
    }
}
