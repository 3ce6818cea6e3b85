package de.leverkusen.vergabe.modelle;

/**
 * The interface of bpmn/dms-vergabe.bpmn, the main process: its key, the messages it waits for, the error code and
 * topic of the licence order, the element ids code refers to and the variable names of its forms and expressions.
 * Names shared with the called processes are in {@link GemeinsameVariablen}; ProzessschnittstellenTest checks this
 * class against the model and its forms both ways.
 */
public final class DmsVergabeProzess {

    public static final String SCHLUESSEL = "dms-vergabe";

    public static final String MESSAGE_NACHPRUEFUNGSANTRAG = "NachpruefungsantragEingegangen";
    public static final String MESSAGE_IVL_BESTAETIGUNG = "IvlBestellungBestaetigt";
    public static final String MESSAGE_RUEGE = "RuegeEingegangen";
    /** a review application served before the § 134 information: handled beside the running stages */
    public static final String MESSAGE_NACHPRUEFUNGSANTRAG_IM_VERFAHREN = "NachpruefungsantragImVerfahren";
    public static final String MESSAGE_SOFORTIGE_BESCHWERDE = "SofortigeBeschwerdeEingelegt";
    public static final String BESCHWERDE_ENTSCHEIDUNG = "beschwerdeEntscheidung";
    public static final String BESCHWERDE_AKTENZEICHEN = "beschwerdeAktenzeichen";
    public static final String AUFSCHIEBENDE_WIRKUNG_BIS = "aufschiebendeWirkungBis";
    public static final String BESCHWERDE_VERMERK = "beschwerdeVermerk";
    /** topic of the external task the ivl worker fetches */
    public static final String TOPIC_IVL_LIZENZBESTELLUNG = "ivl-lizenzbestellung";
    /** error code of the BPMN error the ivl worker reports when ivl refuses the order's content (HTTP 4xx) */
    public static final String ERROR_IVL_BESTELLUNG_ABGELEHNT = "IVL_BESTELLUNG_ABGELEHNT";
    /** caught at the participation competition's call activity: on to the cancellation */
    public static final String ERROR_KEIN_GEEIGNETER_BEWERBER = TeilnahmewettbewerbProzess.ERROR_KEIN_GEEIGNETER_BEWERBER;
    // start form
    public static final String TITEL = "titel";
    /** BT-04 of the contract notice, a UUID */
    public static final String VERFAHRENSKENNUNG = "verfahrenskennung";
    public static final String VERFAHRENSART = "verfahrensart";
    public static final String VERFAHRENSART_BEGRUENDUNG = "verfahrensartBegruendung";
    public static final String GESCHAETZTER_WERT = "geschaetzterWert";
    public static final String ANGEBOTSFRIST = "angebotsfrist";
    /** dispatch of the contract notice (open procedure) or of the invitation to tender: starts the offer period */
    public static final String FRISTEREIGNIS_AM = "fristereignisAm";
    public static final String ELEKTRONISCHE_ANGEBOTE = "elektronischeAngebote";
    public static final String DRINGLICH = "dringlich";
    public static final String FRUEHESTER_ZUSCHLAG_TEXT = "fruehesterZuschlagText";
    public static final String KAMMER_ENTSCHEIDUNG_ZUGESTELLT_AM = "kammerEntscheidungZugestelltAm";
    public static final String PRAESENTATION_VON = "praesentationVon";
    public static final String PRAESENTATION_BIS = "praesentationBis";
    public static final String BEWERTUNGSKOMMISSION = "bewertungskommission";
    public static final String BIETER = "bieter";
    /** rows of the opening form: bidder and price, removed once the prices are in the offers table */
    public static final String ANGEBOTSPREISE = "angebotspreise";
    public static final String INITIATOR = "initiator";
    // start form, block "Wertungsmethode" (empty method: the catalogue file's default); percentages
    public static final String WERTUNGSMETHODE = "wertungsmethode";
    public static final String WERTUNG_SCHWANKUNGSBREITE = "wertungSchwankungsbreite";
    public static final String WERTUNG_ENTSCHEIDUNGSKRITERIUM = "wertungEntscheidungskriterium";
    public static final String WERTUNG_GEWICHT_LEISTUNG = "wertungGewichtLeistung";
    public static final String WERTUNG_REFERENZ_LEISTUNG = "wertungReferenzLeistung";
    public static final String WERTUNG_REFERENZ_PREIS = "wertungReferenzPreis";
    public static final String ANGEBOTSFRIST_ENDE = "angebotsfristEnde";
    // start form: the participation stage of the restricted and the negotiated procedure (§§ 16, 17, 51 VgV)
    public static final String TEILNAHMEFRIST = "teilnahmefrist";
    public static final String MINDESTZAHL_BEWERBER = "mindestzahlBewerber";
    public static final String HOECHSTZAHL_BEWERBER = "hoechstzahlBewerber";
    public static final String AUSWAHLKRITERIEN = "auswahlkriterien";
    public static final String VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE = "vorbehaltZuschlagAufErstangebote";
    public static final String VORBEHALT_REDUZIERUNG = "vorbehaltReduzierung";
    public static final String ANZAHL_ZUGELASSENE_ANGEBOTE = "anzahlZugelasseneAngebote";
    public static final String ANZAHL_BEWERTER = "anzahlBewerter";
    public static final String BESTBIETER = "bestbieter";
    public static final String BESTBIETER_ANGEBOT_ID = "bestbieterAngebotId";
    /** The top of the ranking is tied after the published tie rule: the lot draw's tasks (routes the gateway). */
    public static final String LOSENTSCHEID_ERFORDERLICH = "losentscheidErforderlich";
    /** The tied bidders' names, one a line (shown in the lot draw's forms). */
    public static final String LOS_KANDIDATEN = "losKandidaten";
    public static final String LOS_GEWINNER = "losGewinner";
    public static final String LOS_DATUM = "losDatum";
    public static final String LOS_VERMERK = "losVermerk";
    /** The recorded draw in words (shown in the countersignature's form). */
    public static final String LOS_ERGEBNIS = "losErgebnis";
    public static final String LOS_GEGENZEICHNUNG_VERMERK = "losGegenzeichnungVermerk";
    public static final String FRUEHESTER_ZUSCHLAG = "fruehesterZuschlag";
    public static final String WARTEFRIST_LETZTER_TAG = "wartefristLetzterTag";
    public static final String BEKANNTMACHUNG_FAELLIG_AM = "bekanntmachungFaelligAm";
    public static final String BESTELLNUMMER = "bestellnummer";
    /** the order as JSON, a local variable of the external task (input mapping), sent to ivl as it is */
    public static final String LIZENZBESTELLUNG = "lizenzbestellung";
    /** ivl's message when it refused the order (set by the worker with the BPMN error) */
    public static final String IVL_ABLEHNUNG = "ivlAblehnung";
    /** ivl's own reference, sent with the confirmation message */
    public static final String IVL_REFERENZ = "ivlReferenz";
    // task forms
    public static final String OEFFNUNGSNIEDERSCHRIFT = "oeffnungsniederschrift";
    public static final String GEGENZEICHNUNG_VERMERK = "gegenzeichnungVermerk";
    /** task-local: the opened offers with their prices, as a table for the countersigning person */
    public static final String OEFFNUNG_PREISE = "oeffnungPreise";
    public static final String AUFHEBUNGSANLASS = "aufhebungsanlass";
    public static final String AUFHEBUNGSGRUND = "aufhebungsgrund";
    public static final String AUFHEBUNGSBEGRUENDUNG = "aufhebungsbegruendung";
    public static final String ANZAHL_NIEDRIGPREISE = "anzahlNiedrigpreise";
    public static final String NIEDRIGPREIS_BEFUND = "niedrigpreisBefund";
    public static final String AUFKLAERUNG_FRAGEN = "aufklaerungFragen";
    public static final String AUFKLAERUNG_FRIST = "aufklaerungFrist";
    public static final String AUFKLAERUNG_ANTWORT = "aufklaerungAntwort";
    public static final String NIEDRIGPREIS_ENTSCHEIDUNG = "niedrigpreisEntscheidung";
    public static final String NIEDRIGPREIS_BEGRUENDUNG = "niedrigpreisBegruendung";
    public static final String INTERESSENKONFLIKT = "interessenkonflikt";
    public static final String INTERESSENKONFLIKT_BESCHREIBUNG = "interessenkonfliktBeschreibung";
    public static final String ANWESENDE_BEWERTER = "anwesendeBewerter";
    public static final String PRAESENTATION_PROTOKOLL = "praesentationProtokoll";
    // consolidation per offer (form wertung-konsolidieren), task-local
    public static final String KONSOLIDIERUNG_UEBERSICHT = "konsolidierungUebersicht";
    /** task-local: the same overview as a table (criterion × evaluator), flagged criteria first */
    public static final String KONSOLIDIERUNG_TABELLE = "konsolidierungTabelle";
    /** task-local: the ranking as a table */
    public static final String WERTUNG_TABELLE = "wertungTabelle";
    public static final String KONSOLIDIERUNG_ABWEICHUNGEN = "konsolidierungAbweichungen";
    public static final String KONSOLIDIERUNGSVERMERK = "konsolidierungsvermerk";
    public static final String ZUSCHLAGSBEGRUENDUNG = "zuschlagsbegruendung";
    public static final String FREIGABE_ENTSCHEIDUNG = "freigabeEntscheidung";
    /** handed out by the call activity of the council's decision */
    public static final String RATSBESCHLUSS = RatsbefassungProzess.RATSBESCHLUSS;
    public static final String VERSANDART = "versandart";
    /** the day the Vergabestelle posted the § 134 letters that go by post (form postversand-erfassen) */
    public static final String POSTVERSAND_AM = "postversandAm";
    public static final String KAMMER_ENTSCHEIDUNG = "kammerEntscheidung";
    public static final String KAMMER_AKTENZEICHEN = "kammerAktenzeichen";
    public static final String KAMMER_ENTSCHEIDUNG_VERMERK = "kammerEntscheidungVermerk";
    // complaint (form ruege-beantworten)
    public static final String RUEGE_ABHILFE = "ruegeAbhilfe";
    public static final String RUEGE_ANTWORT = "ruegeAntwort";
    public static final String ZUSCHLAG_VERMERK = "zuschlagVermerk";
    public static final String VERGABEVERMERK_ZUSAMMENFASSUNG = "vergabevermerkZusammenfassung";
    // award notice (form vergabebekanntmachung-veroeffentlichen, read by dokumente.Bekanntmachungsangaben)
    public static final String BEKANNTMACHUNG_VEROEFFENTLICHT_AM = "bekanntmachungVeroeffentlichtAm";
    public static final String BEKANNTMACHUNGSNUMMER = "bekanntmachungsnummer";
    public static final String CPV_CODE = "cpvCode";
    public static final String AUFTRAGGEBER_REGISTRIERNUMMER = "auftraggeberRegistriernummer";
    public static final String AUFTRAGGEBER_STRASSE = "auftraggeberStrasse";
    public static final String AUFTRAGGEBER_PLZ = "auftraggeberPlz";
    public static final String AUFTRAGGEBER_ORT = "auftraggeberOrt";
    public static final String AUFTRAGGEBER_NUTS = "auftraggeberNuts";
    public static final String AUFTRAGGEBER_EMAIL = "auftraggeberEmail";
    public static final String AUFTRAGGEBER_TELEFON = "auftraggeberTelefon";
    public static final String NACHPRUEFUNGSSTELLE = "nachpruefungsstelle";
    public static final String NACHPRUEFUNGSSTELLE_REGISTRIERNUMMER = "nachpruefungsstelleRegistriernummer";
    public static final String NACHPRUEFUNGSSTELLE_PLZ = "nachpruefungsstellePlz";
    public static final String NACHPRUEFUNGSSTELLE_ORT = "nachpruefungsstelleOrt";
    public static final String NACHPRUEFUNGSSTELLE_NUTS = "nachpruefungsstelleNuts";
    public static final String NACHPRUEFUNGSSTELLE_EMAIL = "nachpruefungsstelleEmail";
    public static final String ZUSCHLAGSEMPFAENGER_REGISTRIERNUMMER = "zuschlagsempfaengerRegistriernummer";
    public static final String ZUSCHLAGSEMPFAENGER_PLZ = "zuschlagsempfaengerPlz";
    public static final String ZUSCHLAGSEMPFAENGER_ORT = "zuschlagsempfaengerOrt";
    public static final String ZUSCHLAGSEMPFAENGER_LAND = "zuschlagsempfaengerLand";
    public static final String ZUSCHLAGSEMPFAENGER_NUTS = "zuschlagsempfaengerNuts";
    public static final String ZUSCHLAGSEMPFAENGER_GROESSE = "zuschlagsempfaengerGroesse";
    /** BT-773: will the winner subcontract part of the contract (eForms list applicability) */
    public static final String UNTERAUFTRAEGE = "unterauftraege";
    // licence order (forms lizenzbestellung-pruefen, ivl-bestaetigung-anmahnen, lizenzbereitstellung-erfassen)
    public static final String LOI_REFERENZ = "loiReferenz";
    public static final String LIZENZANZAHL = "lizenzanzahl";
    public static final String KOSTENSTELLE = "kostenstelle";
    public static final String LIEFERTERMIN = "liefertermin";
    public static final String LIZENZ_PRUEFVERMERK = "lizenzPruefvermerk";
    public static final String MAHNUNG_VERMERK = "mahnungVermerk";
    public static final String MAHNUNG_ERGEBNIS = "mahnungErgebnis";
    public static final String BEREITGESTELLT_AM = "bereitgestelltAm";
    public static final String BEREITGESTELLTE_LIZENZEN = "bereitgestellteLizenzen";
    public static final String BEREITSTELLUNG_VERMERK = "bereitstellungVermerk";
    // task-local inputs computed by the model's expressions (shown by the forms)
    public static final String BIETERLISTE = "bieterliste";
    public static final String BESCHWERDE_STAND = "beschwerdeStand";
    public static final String RUEGE = "ruege";
    public static final String INFORMATIONSSCHREIBEN = "informationsschreiben";
    public static final String POSTSCHREIBEN = "postschreiben";
    public static final String INFORMATION_ZUSCHLAG = "informationZuschlag";
    public static final String BESTELLPREIS = "bestellpreis";
    public static final String RATSVORLAGE = "ratsvorlage";
    // form fields kept with the task only (history), read by no code
    public static final String FREIGABE_ANMERKUNG = "freigabeAnmerkung";
    public static final String ESKALATION_MASSNAHME = "eskalationMassnahme";
    /** the required confirmation before the § 134 letters go out */
    public static final String SCHREIBEN_FREIGEGEBEN = "schreibenFreigegeben";

    // element ids read by code (history, overview)
    public static final String ELEMENT_NACHPRUEFUNGSANTRAG_EINGEGANGEN = "BoundaryEvent_NachpruefungsantragEingegangen";
    public static final String ELEMENT_RUEGE_BEANTWORTEN = "UserTask_RuegeBeantworten";

    private DmsVergabeProzess() {
    }
}
