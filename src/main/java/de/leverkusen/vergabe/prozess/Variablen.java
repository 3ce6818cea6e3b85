package de.leverkusen.vergabe.prozess;

/**
 * Names of the process variables, messages and process keys: the interface between the models in bpmn/,
 * the forms in forms/, the delegates and REST clients. A rename here is a rename everywhere in Java.
 */
public final class Variablen {

    public static final String PROZESS_VERGABE = "dms-vergabe";
    public static final String PROZESS_ANGEBOTSPRUEFUNG = "angebotspruefung";
    public static final String PROZESS_BEWERTUNGSBOGEN = "bewertungsbogen";
    public static final String PROZESS_RATSBEFASSUNG = "ratsbefassung";
    public static final String PROZESS_TEILNAHMEWETTBEWERB = "teilnahmewettbewerb";

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
    public static final String TOPIC_IVL_LIZENZBESTELLUNG = "ivl-lizenzbestellung";
    /** error code of the BPMN error the ivl worker reports when ivl refuses the order's content (HTTP 4xx) */
    public static final String ERROR_IVL_BESTELLUNG_ABGELEHNT = "IVL_BESTELLUNG_ABGELEHNT";

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

    // set by the engine side
    public static final String VERGABE_ID = "vergabeId";
    /** the procedure's business key as a variable: forms link to /api/vergaben/{{businessKey}}/dokumente/... */
    public static final String BUSINESS_KEY = "businessKey";
    public static final String ANGEBOTSFRIST_ENDE = "angebotsfristEnde";
    public static final String ANGEBOT_ID = "angebotId";
    public static final String BEWERTER = "bewerter";
    public static final String BEWERTUNGSBOGEN_ID = "bewertungsbogenId";

    // participation competition (start form, teilnahmewettbewerb.bpmn)
    public static final String TEILNAHMEFRIST = "teilnahmefrist";
    public static final String MINDESTZAHL_BEWERBER = "mindestzahlBewerber";
    public static final String HOECHSTZAHL_BEWERBER = "hoechstzahlBewerber";
    public static final String AUSWAHLKRITERIEN = "auswahlkriterien";
    public static final String VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE = "vorbehaltZuschlagAufErstangebote";
    public static final String VORBEHALT_REDUZIERUNG = "vorbehaltReduzierung";
    public static final String TEILNAHMEANTRAG_ID = "teilnahmeantragId";
    public static final String BEWERBER = "bewerber";
    public static final String BEWERBER_NAME = "bewerberName";
    public static final String BEWERBER_AUSSCHLUSSGRUND = "bewerberAusschlussgrund";
    public static final String BEWERBER_GEEIGNET = "bewerberGeeignet";
    public static final String BEWERBER_PUNKTE = "bewerberPunkte";
    public static final String BEWERBER_PRUEFVERMERK = "bewerberPruefvermerk";
    public static final String BEWERBERTABELLE = "bewerbertabelle";
    public static final String AUSWAHL = "auswahl";
    public static final String AUSWAHL_BEGRUENDUNG = "auswahlBegruendung";
    public static final String ANZAHL_ZUGELASSENE_ANGEBOTE = "anzahlZugelasseneAngebote";
    public static final String ANZAHL_BEWERTER = "anzahlBewerter";
    public static final String WERTUNG_ERGEBNIS = "wertungErgebnis";
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
    public static final String FORMALE_PRUEFUNG = "formalePruefung";
    public static final String FORMALE_PRUEFUNG_VERMERK = "formalePruefungVermerk";
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
    public static final String NACHGEFORDERTE_UNTERLAGEN = "nachgeforderteUnterlagen";
    public static final String NACHFORDERUNGSFRIST = "nachforderungsfrist";
    public static final String UNTERLAGEN_NACHGEREICHT = "unterlagenNachgereicht";
    public static final String AUSSCHLUSSGRUND = "ausschlussgrund";
    public static final String AUSSCHLUSSGRUENDE_VERMERK = "ausschlussgruendeVermerk";
    public static final String EIGNUNGSERGEBNIS = "eignungsergebnis";
    public static final String INTERESSENKONFLIKT = "interessenkonflikt";
    public static final String INTERESSENKONFLIKT_BESCHREIBUNG = "interessenkonfliktBeschreibung";
    public static final String ANWESENDE_BEWERTER = "anwesendeBewerter";
    public static final String PRAESENTATION_PROTOKOLL = "praesentationProtokoll";
    // scoring sheet (form bewertungsbogen, generated from the catalogue): prefix + criterion id, e.g. punkteB1
    public static final String PUNKTE_PRAEFIX = "punkte";
    public static final String ERFUELLT_PRAEFIX = "erfuellt";
    public static final String BEGRUENDUNG_PRAEFIX = "begruendung";
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
    public static final String VORLAGE_NUMMER = "vorlageNummer";
    public static final String VORLAGE_BETREFF = "vorlageBetreff";
    public static final String HAUSHALTSMITTEL_VERFUEGBAR = "haushaltsmittelVerfuegbar";
    public static final String RATSBESCHLUSS = "ratsbeschluss";
    public static final String SITZUNGSDATUM = "sitzungsdatum";
    public static final String BESCHLUSS_VERMERK = "beschlussVermerk";
    public static final String VERSANDART = "versandart";
    /** the day the Vergabestelle posted the § 134 letters that go by post (form postversand-erfassen) */
    public static final String POSTVERSAND_AM = "postversandAm";
    public static final String KAMMER_ENTSCHEIDUNG = "kammerEntscheidung";
    public static final String ZUSCHLAG_VERMERK = "zuschlagVermerk";
    public static final String VERGABEVERMERK_ZUSAMMENFASSUNG = "vergabevermerkZusammenfassung";
    // award notice (form vergabebekanntmachung-veroeffentlichen; the eForms inputs are named in Bekanntmachungsangaben)
    public static final String BEKANNTMACHUNG_VEROEFFENTLICHT_AM = "bekanntmachungVeroeffentlichtAm";
    public static final String BEKANNTMACHUNGSNUMMER = "bekanntmachungsnummer";
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

    private Variablen() {
    }
}
