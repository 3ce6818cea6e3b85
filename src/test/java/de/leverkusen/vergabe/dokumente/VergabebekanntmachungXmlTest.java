package de.leverkusen.vergabe.dokumente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsbeispiele;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The eForms award notice as a pure function: valid against the SDK's XSD for every procedure type, values where the
 * schema expects them, text escaped, and the inputs of the Vergabestelle checked field by field.
 */
class VergabebekanntmachungXmlTest {

    static final OffsetDateTime ZUSCHLAG = OffsetDateTime.of(2022, 2, 21, 23, 30, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime JETZT = OffsetDateTime.of(2022, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final String GEWINNER = "Rheinland <Dokumentensysteme> GmbH & Co. KG";
    static final String GEWINNER_EMAIL = "angebote@rheinland-doku.example";

    static Map<String, Object> formular() {
        Map<String, Object> w = new HashMap<>();
        w.put("cpvCode", "48311100");
        w.put("auftraggeberRegistriernummer", "05316000-0001-12");
        w.put("auftraggeberStrasse", "Friedrich-Ebert-Platz 1");
        w.put("auftraggeberPlz", "51373");
        w.put("auftraggeberOrt", "Leverkusen");
        w.put("auftraggeberNuts", "DEA24");
        w.put("auftraggeberEmail", "vergabestelle@example.org");
        w.put("auftraggeberTelefon", "+49 214 406-0");
        w.put("nachpruefungsstelle", "Vergabekammer Rheinland");
        w.put("nachpruefungsstelleRegistriernummer", "05315000-VK-RHEINLAND");
        w.put("nachpruefungsstellePlz", "50667");
        w.put("nachpruefungsstelleOrt", "Köln");
        w.put("nachpruefungsstelleNuts", "DEA23");
        w.put("nachpruefungsstelleEmail", "vergabekammer@example.org");
        w.put("zuschlagsempfaengerRegistriernummer", "HRA 12345");
        w.put("zuschlagsempfaengerPlz", "50667");
        w.put("zuschlagsempfaengerOrt", "Köln");
        w.put("zuschlagsempfaengerLand", "DEU");
        w.put("zuschlagsempfaengerNuts", "dea23");
        w.put("zuschlagsempfaengerGroesse", "small");
        w.put("unterauftraege", "not-known");
        return w;
    }

    static Akte akte(Akte.Zuschlag zuschlag) {
        List<Akte.Bieter> bieter = List.of(
                new Akte.Bieter(1L, "Aktenwerk Software GmbH", new BigDecimal("412000"), "ZUGELASSEN", null),
                new Akte.Bieter(2L, GEWINNER, new BigDecimal("389500.5"), "ZUGELASSEN", null),
                new Akte.Bieter(3L, "Archiva", new BigDecimal("100000"), "AUSGESCHLOSSEN", "Formaler Mangel"),
                new Akte.Bieter(4L, "Kommunal-DMS AG", new BigDecimal("455000"), "ZUGELASSEN", null));
        return new Akte("VG-TEST-EFORMS", "Einführung eines DMS", "Offenes Verfahren (§ 15 VgV)", "Regelverfahren",
                new BigDecimal("1250000"), ZUSCHLAG, null, null, "ZUSCHLAG_ERTEILT", false, ZUSCHLAG, null, bieter, List.of(),
                Wertungsbeispiele.dms(), null, null, null, zuschlag, null, null, List.of(), List.of(), List.of(), List.of(), JETZT);
    }

    static String xml(Verfahrensart art) {
        byte[] xml = VergabebekanntmachungXml.erzeugen(akte(new Akte.Zuschlag(GEWINNER, new BigDecimal("389500.5"), ZUSCHLAG, "v")),
                art, Bekanntmachungsangaben.aus(formular()::get), "1c3a0e7e-3b4a-4d6e-9d0f-5a1b2c3d4e5f",
                "7a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", GEWINNER_EMAIL, JETZT);
        assertThat(EformsSchema.verstoesse(xml)).as(art.name()).isEmpty();
        return new String(xml, StandardCharsets.UTF_8);
    }

    @Test
    void gueltigGegenDasSdkSchema_mitDenWertenDesVerfahrens() {
        String xml = xml(Verfahrensart.OFFENES_VERFAHREN);
        // the award criteria (BT-543) in the procedure's published method, in words, never as an internal constant
        assertThat(xml).contains("nach der veröffentlichten Wertungsmethode: Einfache Richtwertmethode nach UfAB: Kennzahl Z = L / P",
                "bei gleicher Kennzahl entscheidet die höhere Leistung, dann der niedrigere Preis, zuletzt das Los").doesNotContain("LEISTUNG_DANN_PREIS");
        assertThat(xml).contains("<cbc:SubTypeCode listName=\"notice-subtype\">29</cbc:SubTypeCode>",
                "<cbc:NoticeTypeCode listName=\"result\">can-standard</cbc:NoticeTypeCode>",
                "<cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>",
                "<cbc:ProcedureCode listName=\"procurement-procedure-type\">open</cbc:ProcedureCode>",
                "<cbc:ItemClassificationCode listName=\"cpv\">48311100</cbc:ItemClassificationCode>",
                "<cbc:TotalAmount currencyID=\"EUR\">389500.50</cbc:TotalAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">389500.50</cbc:PayableAmount>",
                // highest and lowest admitted offer: the excluded one (100,000) does not count
                "<cbc:HigherTenderAmount currencyID=\"EUR\">455000.00</cbc:HigherTenderAmount>",
                "<cbc:LowerTenderAmount currencyID=\"EUR\">389500.50</cbc:LowerTenderAmount>",
                // four offers received, the excluded one included
                "<efbc:StatisticsNumeric>4</efbc:StatisticsNumeric>",
                // 21.02.2022 23:30 UTC is 22.02.2022 in Leverkusen
                "<cbc:AwardDate>2022-02-22+01:00</cbc:AwardDate>", "<cbc:IssueDate>2022-02-22+01:00</cbc:IssueDate>",
                "<cbc:IssueDate>2022-03-01+01:00</cbc:IssueDate>",
                "<cbc:Name languageID=\"DEU\">Stadt Leverkusen</cbc:Name>",
                "<cbc:CountrySubentityCode listName=\"nuts\">DEA24</cbc:CountrySubentityCode>",
                "<cbc:CompanyID>05316000-0001-12</cbc:CompanyID>", "<cbc:ElectronicMail>vergabestelle@example.org</cbc:ElectronicMail>",
                "<cbc:Name languageID=\"DEU\">Vergabekammer Rheinland</cbc:Name>",
                "<efbc:CompanySizeCode listName=\"economic-operator-size\">small</efbc:CompanySizeCode>",
                "<cbc:Name languageID=\"DEU\">Rheinland &lt;Dokumentensysteme&gt; GmbH &amp; Co. KG</cbc:Name>",
                "<cbc:ID schemeName=\"InternalID\">VG-TEST-EFORMS</cbc:ID>",
                // the winning offer's number in the procedure's records
                "<cbc:ID>VG-TEST-EFORMS-ANGEBOT-2</cbc:ID>",
                // BT-04 as given (from the contract notice), never a new one
                "<cbc:ContractFolderID>7a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b</cbc:ContractFolderID>",
                // the German profile: its customization id, its buyer legal type list, the VgV as legislation
                "<cbc:CustomizationID>eforms-de-2.1</cbc:CustomizationID>",
                "<cbc:PartyTypeCode listName=\"buyer-legal-type\">kommun-beh</cbc:PartyTypeCode>",
                "<cac:ProcurementLegislationDocumentReference>\n      <cbc:ID>vgv</cbc:ID>",
                // publication requested from the dispatch day (01.03.2022 10:00 in Leverkusen)
                "<cbc:RequestedPublicationDate>2022-03-01+01:00</cbc:RequestedPublicationDate>",
                "<efbc:TermCode listName=\"applicability\">not-known</efbc:TermCode>",
                "<cbc:ProcurementTypeCode listName=\"strategic-procurement\">none</cbc:ProcurementTypeCode>",
                "<efbc:ApplicableLegalBasis listName=\"cvd-scope\">false</efbc:ApplicableLegalBasis>",
                // review body and winner: registration number, NUTS region, contact e-mail
                "<cbc:CompanyID>05315000-VK-RHEINLAND</cbc:CompanyID>", "<cbc:ElectronicMail>vergabekammer@example.org</cbc:ElectronicMail>",
                "<cbc:CountrySubentityCode listName=\"nuts\">DEA23</cbc:CountrySubentityCode>",
                "<cbc:ElectronicMail>angebote@rheinland-doku.example</cbc:ElectronicMail>");
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ContractAwardNotice ");
    }

    @ParameterizedTest
    @EnumSource(value = Verfahrensart.class, names = {"OFFENES_VERFAHREN", "NICHT_OFFENES_VERFAHREN",
            "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB"})
    void bestehtDieSchematronRegelnDerEuUndVonEformsDe(Verfahrensart art) {
        byte[] xml = xml(art).getBytes(StandardCharsets.UTF_8);
        List<String> fehler = new java.util.ArrayList<>();
        EformsRegeln.euFehler(xml).forEach(f -> fehler.add("EU " + f));
        EformsRegeln.deFehler(xml).forEach(f -> fehler.add("DE " + f));
        assertThat(fehler).as("Fehler der EU-Regeln (SDK, Phase eforms-29) und der eForms-DE-Regeln, " + art).isEmpty();
        // the EU rules the German profile skips: exactly its own customization id and buyer legal type code list
        assertThat(EformsRegeln.euAusgenommeneFehler(xml)).as("nach KoSIT-Liste übersprungene EU-Regeln")
                .containsExactlyInAnyOrder("BR-OPT-00002-0052", "BR-BT-00011-0052");
    }

    @Test
    void dieRegelnErkennenFehler_mitRegelUndText() {
        String gueltig = xml(Verfahrensart.OFFENES_VERFAHREN);
        // the review body without registration number: the SDK's rule names the field (BT-501) in German
        String ohneNummer = gueltig.replace("<cbc:CompanyID>05315000-VK-RHEINLAND</cbc:CompanyID>", "");
        assertThat(ohneNummer).isNotEqualTo(gueltig);
        assertThat(EformsRegeln.euFehler(ohneNummer.getBytes(StandardCharsets.UTF_8)))
                .anyMatch(f -> f.startsWith("BR-BT-00501-0036: 'Registrierungsnummer' (BT-501-Organization-Company) ist obligatorisch"));
        // ... and without e-mail address: eForms-DE wants one for every organisation
        String ohneEmail = gueltig.replace("<cbc:ElectronicMail>vergabekammer@example.org</cbc:ElectronicMail>", "");
        assertThat(EformsRegeln.deFehler(ohneEmail.getBytes(StandardCharsets.UTF_8))).anyMatch(f -> f.startsWith("CR-DE-BT-506 "));
        // the version rule expects eForms-DE 2.1: neither KoSIT's 1.2 nor the plain SDK id passes
        for (String id : List.of("eforms-de-1.2", "eforms-sdk-1.13")) {
            byte[] andereVersion = gueltig.replace(">eforms-de-2.1<", ">" + id + "<").getBytes(StandardCharsets.UTF_8);
            assertThat(EformsRegeln.deFehler(andereVersion)).as(id).singleElement().asString().startsWith("SR-DE-1 ")
                    .contains("must be equal to the current version (eforms-de-2.1)");
        }
        // the contract (BT-145) concluded after the dispatch of the notice
        String spaeterVertrag = gueltig.replace("<cbc:IssueDate>2022-02-22+01:00</cbc:IssueDate>", "<cbc:IssueDate>2022-03-05+01:00</cbc:IssueDate>");
        assertThat(spaeterVertrag).isNotEqualTo(gueltig);
        assertThat(EformsRegeln.euFehler(spaeterVertrag.getBytes(StandardCharsets.UTF_8))).anyMatch(f -> f.startsWith("BR-BT-00145-0100: "));
    }

    @Test
    void zuschlagUndVertragNichtNachDemVersand() {
        // award on 01.03.2022 at 10:00 Berlin, notice dated one minute before: refused, nothing generated
        OffsetDateTime zuschlag = OffsetDateTime.of(2022, 3, 1, 9, 1, 0, 0, ZoneOffset.UTC);
        assertThatThrownBy(() -> VergabebekanntmachungXml.erzeugen(akte(new Akte.Zuschlag(GEWINNER, BigDecimal.TEN, zuschlag, "v")),
                Verfahrensart.OFFENES_VERFAHREN, Bekanntmachungsangaben.aus(formular()::get), "1c3a0e7e-3b4a-4d6e-9d0f-5a1b2c3d4e5f",
                "7a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", GEWINNER_EMAIL, JETZT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vor dem Zuschlag");
    }

    /**
     * Issue 17: a procedure with a participation competition reports its requests (BT-759 with BT-760 "part-req")
     * next to the offers ("tenders"): five requests, four offers; valid against the SDK schema and both rule sets.
     */
    @ParameterizedTest
    @EnumSource(value = Verfahrensart.class, names = {"NICHT_OFFENES_VERFAHREN", "VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB"})
    void mitTeilnahmewettbewerb_zahlDerTeilnahmeantraege(Verfahrensart art) {
        Akte a = akte(new Akte.Zuschlag(GEWINNER, new BigDecimal("389500.5"), ZUSCHLAG, "v"));
        List<Akte.Bewerber> bewerber = java.util.stream.Stream.of("Aktenwerk Software GmbH", GEWINNER, "Archiva", "Kommunal-DMS AG", "Zwilling")
                .map(n -> new Akte.Bewerber(n, n.equals("Zwilling") ? "NICHT_AUFGEFORDERT" : "AUFGEFORDERT", BigDecimal.TEN, "geprüft", null, null, null))
                .toList();
        Akte mitTeilnahme = new Akte(a.businessKey(), a.titel(), art.text(), "Anpassung verfügbarer Lösungen (§ 14 Abs. 3 Nr. 1 VgV)",
                a.geschaetzterWert(), a.angebotsfrist(), a.praesentationVon(), a.praesentationBis(), a.status(), a.endgueltig(), a.angelegtAm(),
                a.oeffnung(), a.bieter(), a.bewerter(), a.katalog(), a.wertung(), a.konsolidierungsvermerk(), a.zuschlagsbegruendung(),
                a.zuschlag(), a.rat(), a.aufhebungsgrund(), a.schreiben(), a.nachpruefung(), a.laufendeDokumentation(), a.verlauf(), a.stand(),
                new Akte.Teilnahme(ZUSCHLAG.minusMonths(6), 3, 4, "Referenzen", null, bewerber, "5 Teilnahmeanträge", ZUSCHLAG.minusMonths(5)));
        byte[] xml = VergabebekanntmachungXml.erzeugen(mitTeilnahme, art, Bekanntmachungsangaben.aus(formular()::get),
                "1c3a0e7e-3b4a-4d6e-9d0f-5a1b2c3d4e5f", "7a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", GEWINNER_EMAIL, JETZT);
        assertThat(EformsSchema.verstoesse(xml)).isEmpty();
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(text).contains("listName=\"received-submission-type\">tenders</efbc:StatisticsCode> <efbc:StatisticsNumeric>4<",
                "listName=\"received-submission-type\">part-req</efbc:StatisticsCode> <efbc:StatisticsNumeric>5<");
        List<String> fehler = new java.util.ArrayList<>();
        EformsRegeln.euFehler(xml).forEach(f -> fehler.add("EU " + f));
        EformsRegeln.deFehler(xml).forEach(f -> fehler.add("DE " + f));
        assertThat(fehler).isEmpty();
    }

    /**
     * Issue 17: after negotiations the award notice counts the tenders the award was made on, the final offers: two (the
     * winner and Kommunal-DMS AG; Aktenwerk was reduced out after round one, Archiva excluded before), not the four initial ones.
     */
    @Test
    void verhandlungsverfahren_zaehltDieEndgueltigenAngebote() {
        Akte a = akte(new Akte.Zuschlag(GEWINNER, new BigDecimal("389500.5"), ZUSCHLAG, "v"));
        Akte.Verhandlung verhandlung = new Akte.Verhandlung(null, List.of(), JETZT, new Akte.Oeffnung("vergabe1", "vergabe2", JETZT),
                List.of(new Akte.EndgueltigesAngebot(GEWINNER, new BigDecimal("401000"), new BigDecimal("389500.5")),
                        new Akte.EndgueltigesAngebot("Kommunal-DMS AG", new BigDecimal("470000"), new BigDecimal("455000"))));
        Akte mitVerhandlung = new Akte(a.businessKey(), a.titel(), "Verhandlungsverfahren mit Teilnahmewettbewerb (§ 17 VgV)",
                "§ 14 Abs. 3 Nr. 1, 2 VgV", a.geschaetzterWert(), a.angebotsfrist(), a.praesentationVon(), a.praesentationBis(), a.status(),
                a.endgueltig(), a.angelegtAm(), a.oeffnung(), a.bieter(), a.bewerter(), a.katalog(), a.wertung(), a.konsolidierungsvermerk(),
                a.zuschlagsbegruendung(), a.zuschlag(), a.rat(), a.aufhebungsgrund(), a.schreiben(), a.nachpruefung(), a.laufendeDokumentation(),
                a.verlauf(), a.stand(), verhandlung);
        byte[] xml = VergabebekanntmachungXml.erzeugen(mitVerhandlung, Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB,
                Bekanntmachungsangaben.aus(formular()::get), "1c3a0e7e-3b4a-4d6e-9d0f-5a1b2c3d4e5f",
                "7a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", GEWINNER_EMAIL, JETZT);
        assertThat(EformsSchema.verstoesse(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains(">neg-w-call</cbc:ProcedureCode>")
                .contains("<efbc:StatisticsNumeric>2</efbc:StatisticsNumeric>");
        assertThat(EformsRegeln.euFehler(xml)).isEmpty();
        assertThat(EformsRegeln.deFehler(xml)).isEmpty();
    }

    @Test
    void jedeVerfahrensartIstGueltig() {
        assertThat(xml(Verfahrensart.NICHT_OFFENES_VERFAHREN)).contains(">restricted</cbc:ProcedureCode>");
        assertThat(xml(Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB)).contains(">neg-w-call</cbc:ProcedureCode>");
        assertThat(xml(Verfahrensart.WETTBEWERBLICHER_DIALOG)).contains(">comp-dial</cbc:ProcedureCode>");
    }

    @Test
    void dasSchemaErkenntFehler() {
        String gueltig = xml(Verfahrensart.OFFENES_VERFAHREN);
        // an amount that is no number, and an element out of order: both refused, nothing is stored
        byte[] kaputt = gueltig.replace("<cbc:TotalAmount currencyID=\"EUR\">389500.50", "<cbc:TotalAmount currencyID=\"EUR\">viel")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EformsSchema.verstoesse(kaputt)).isNotEmpty();
        assertThatThrownBy(() -> EformsSchema.pruefen(kaputt)).hasMessageContaining("eForms-Schema");
        byte[] ohneTyp = gueltig.replaceAll("<cbc:NoticeTypeCode[^>]*>can-standard</cbc:NoticeTypeCode>", "")
                .replace("<cbc:UBLVersionID>2.3</cbc:UBLVersionID>", "<cbc:Wert>2.3</cbc:Wert>").getBytes(StandardCharsets.UTF_8);
        assertThat(EformsSchema.verstoesse(ohneTyp)).isNotEmpty();
    }

    @Test
    void keineBekanntmachungOhneZuschlag() {
        assertThatThrownBy(() -> VergabebekanntmachungXml.erzeugen(akte(null), Verfahrensart.OFFENES_VERFAHREN,
                Bekanntmachungsangaben.aus(formular()::get), "a", "b", GEWINNER_EMAIL, JETZT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void angabenDerVergabestelle_werdenJeFeldGeprueft() {
        record Fall(String feld, Object wert, String meldung) {
        }
        for (Fall f : List.of(
                new Fall("auftraggeberRegistriernummer", null, "Pflichtfeld fehlt"),
                new Fall("zuschlagsempfaengerRegistriernummer", "  ", "Pflichtfeld fehlt"),
                new Fall("cpvCode", "4831110-2", "CPV-Code mit 8 Ziffern"),
                new Fall("auftraggeberNuts", "FRD22", "deutscher NUTS-Code"),
                new Fall("auftraggeberEmail", "vergabestelle.example.org", "keine gültige E-Mail-Adresse"),
                new Fall("auftraggeberTelefon", "null-zwei-eins-vier", "Telefonnummer"),
                new Fall("zuschlagsempfaengerPlz", "5066", "Postleitzahl mit 5 Ziffern (Sitz in Deutschland)"),
                new Fall("zuschlagsempfaengerLand", "XXX", "unbekanntes Land"),
                new Fall("zuschlagsempfaengerGroesse", "riesig", "unbekannte Unternehmensgröße"),
                new Fall("nachpruefungsstelleRegistriernummer", "", "Pflichtfeld fehlt"),
                new Fall("nachpruefungsstelleNuts", "FRD22", "deutscher NUTS-Code"),
                new Fall("nachpruefungsstelleEmail", "vergabekammer", "keine gültige E-Mail-Adresse"),
                new Fall("zuschlagsempfaengerNuts", "NL32B", "beginnend mit DE"),
                new Fall("zuschlagsempfaengerNuts", "DEA2", "NUTS-3-Code des Sitzlandes mit 5 Zeichen"),
                // the right shape, but no region of the SDK's list (Regierungsbezirk Köln: DEA22-DEA2D, no DEA25, no DEA2Z)
                new Fall("zuschlagsempfaengerNuts", "DEA2Z", "'DEA2Z' ist keine NUTS-3-Region der eForms-Codeliste"),
                new Fall("auftraggeberNuts", "DEA25", "'DEA25' ist keine NUTS-3-Region"),
                new Fall("unterauftraege", "vielleicht", "'yes', 'no' oder 'not-known'"))) {
            Map<String, Object> w = formular();
            w.put(f.feld(), f.wert());
            assertThatThrownBy(() -> Bekanntmachungsangaben.aus(w::get)).as(f.feld())
                    .isInstanceOf(Eingabefehler.class).hasMessageContaining("Feld '" + f.feld() + "'").hasMessageContaining(f.meldung());
        }
        // abroad another postcode form is fine
        Map<String, Object> ausland = formular();
        ausland.put("zuschlagsempfaengerLand", "NLD");
        ausland.put("zuschlagsempfaengerPlz", "1012 AB");
        ausland.put("zuschlagsempfaengerNuts", "NL32B");
        assertThat(Bekanntmachungsangaben.aus(ausland::get).zuschlagsempfaengerPlz()).isEqualTo("1012 AB");
    }
}
