package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.verfahren.Aufgabentitel;
import de.leverkusen.vergabe.schreiben.Schreiben;
import de.leverkusen.vergabe.schreiben.SchreibenService;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.Vermerk;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link Akte} of a procedure: its tables (Vergabeakte, sheets, letters) and the engine's history of the
 * main process and every process called with its business key (audit trail, the texts entered in forms).
 *
 * <p>The history is read for the procedure, not with the caller's rights (the Projektleitung may not read the
 * scoring sheets' instances, the Ratsbüro no history at all): who may see which document is decided by the
 * controller before, and the documents show no sheet content beyond the consolidated ranking.
 */
@Service
public class AktenLeser {

    /** Activity types that are steps worth a line in the audit trail (no gateways, no scopes). */
    private static final Set<String> SCHRITTE = Set.of("startEvent", "messageStartEvent", "timerStartEvent", "noneEndEvent",
            "endEvent", "terminateEndEvent", "userTask", "serviceTask", "sendTask", "businessRuleTask", "callActivity",
            "intermediateTimer", "intermediateMessageCatch", "boundaryTimer", "boundaryMessage", "boundaryError",
            "receiveTask", "externalTask");

    private static final Map<String, String> PROZESSE = Map.of("dms-vergabe", "Vergabe", "angebotspruefung", "Angebotsprüfung",
            "bewertungsbogen", "Bewertungsbogen", "ratsbefassung", "Ratsbefassung");

    private static final String VORLAGE_BETREFF = "vorlageBetreff";
    private static final String ZUSCHLAGSBEGRUENDUNG = "zuschlagsbegruendung";

    private final VergabeService vergaben;
    private final BewertungService bewertung;
    private final SchreibenService schreiben;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    public AktenLeser(VergabeService vergaben, BewertungService bewertung, SchreibenService schreiben, HistoryService history,
                      IdentityService identity, Clock clock) {
        this.vergaben = vergaben;
        this.bewertung = bewertung;
        this.schreiben = schreiben;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Akte lesen(Vergabe vergabe) {
        Authentication angemeldet = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return aufbauen(vergaben.vergabe(vergabe.getId()));
        } finally {
            if (angemeldet != null) {
                identity.setAuthentication(angemeldet);
            }
        }
    }

    private Akte aufbauen(Vergabe v) {
        Long id = v.getId();
        List<Angebot> angebote = vergaben.angebote(id);
        List<Akte.Bieter> bieter = angebote.stream()
                .map(a -> new Akte.Bieter(a.getId(), a.getBieterName(), a.getPreis(), a.getStatus().name(), a.getAusschlussgrund(),
                        niedrigpreis(a)))
                .toList();
        List<Akte.Bewerter> bewerter = vergaben.bewerter(id).stream()
                .map(b -> new Akte.Bewerter(b.getBenutzer(), b.getStatus().name(), b.getErklaerung(), b.getErklaertAm()))
                .toList();
        List<Vermerk> vermerke = vergaben.vermerke(id);

        List<HistoricProcessInstance> instanzen = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(v.getBusinessKey()).list();
        String[] ids = instanzen.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        Map<String, String> prozessJeInstanz = new HashMap<>();
        instanzen.forEach(p -> prozessJeInstanz.put(p.getId(), PROZESSE.getOrDefault(p.getProcessDefinitionKey(), p.getProcessDefinitionKey())));
        // only the texts the documents quote: reading every variable of the procedure was most of the time spent here
        Map<String, Object> variablen = new HashMap<>();
        if (ids.length > 0) {
            for (HistoricVariableInstance var : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                    .variableNameIn(VORLAGE_BETREFF, ZUSCHLAGSBEGRUENDUNG).list()) {
                if (var.getValue() != null) {
                    variablen.put(var.getName(), var.getValue());
                }
            }
        }

        Akte.Zuschlag zuschlag = null;
        if (v.getZuschlagAngebotId() != null) {
            Angebot a = vergaben.angebot(v.getZuschlagAngebotId());
            String vermerk = vermerke.stream().filter(m -> "Zuschlag".equals(m.getStufe())).map(Vermerk::getText)
                    .reduce((x, y) -> y).orElse(null);
            zuschlag = new Akte.Zuschlag(a.getBieterName(), a.getPreis(), v.getZuschlagAm(), vermerk);
        }
        OffsetDateTime vorlageErstellt = vermerke.stream()
                .filter(m -> "Rat".equals(m.getStufe()) && m.getText().startsWith("Beschlussvorlage "))
                .map(Vermerk::getZeitpunkt).reduce((x, y) -> y).orElse(null);
        Akte.Rat rat = new Akte.Rat(v.getVorlageNummer(), text(variablen.get(VORLAGE_BETREFF)), haushaltsmittel(v, vermerke),
                vorlageErstellt, v.getRatsbeschluss(), v.getRatsbeschlussDatum());

        List<Akte.Brief> briefe = schreiben.schreiben(id).stream()
                .map(s -> new Akte.Brief(briefart(s.getArt()), s.getEmpfaenger(), s.getBetreff(), s.getVersand().name(), s.getVersandtAm()))
                .toList();

        List<Akte.Schritt> verlauf = new ArrayList<>();
        List<Akte.Eintrag> nachpruefung = new ArrayList<>();
        vermerke.stream().filter(m -> "Nachprüfung".equals(m.getStufe()))
                .forEach(m -> nachpruefung.add(new Akte.Eintrag(m.getZeitpunkt(), m.getBenutzer(), m.getStufe(), m.getText())));
        if (ids.length > 0) {
            List<HistoricActivityInstance> aktivitaeten = new ArrayList<>();
            for (String pi : ids) {
                aktivitaeten.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(pi).list());
            }
            // task names are evaluated (e.g. "Präsentation protokollieren: <bidder>"), activity names are not
            Map<String, HistoricTaskInstance> aufgaben = new HashMap<>();
            history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(v.getBusinessKey()).list()
                    .forEach(t -> aufgaben.put(t.getId(), t));
            for (HistoricActivityInstance a : aktivitaeten) {
                if (!SCHRITTE.contains(a.getActivityType())) {
                    continue;
                }
                HistoricTaskInstance aufgabe = a.getTaskId() == null ? null : aufgaben.get(a.getTaskId());
                // the record is the procedure's own: its tasks' names without the file number in front
                String name = aufgabe != null && aufgabe.getName() != null ? Aufgabentitel.ohne(v.getBusinessKey(), aufgabe.getName())
                        : a.getActivityName() != null ? a.getActivityName() : a.getActivityId();
                if (a.isCanceled()) {
                    name = name + " (abgebrochen)";
                }
                String benutzer = aufgabe != null && aufgabe.getAssignee() != null ? aufgabe.getAssignee() : a.getAssignee();
                verlauf.add(new Akte.Schritt(zeit(a.getStartTime()), zeit(a.getEndTime()), prozessJeInstanz.get(a.getProcessInstanceId()),
                        name, a.getActivityType(), benutzer));
                if ("BoundaryEvent_NachpruefungsantragEingegangen".equals(a.getActivityId())) {
                    nachpruefung.add(new Akte.Eintrag(zeit(a.getStartTime()), null, "Nachprüfung",
                            "Nachprüfungsantrag eingegangen (Vergabekammer); Wartefrist unterbrochen, Zuschlag bis zur Entscheidung untersagt"));
                }
            }
            nachpruefung.addAll(kammerEntscheidungen(ids));
        }
        verlauf.sort(Comparator.comparing((Akte.Schritt s) -> s.ende() != null ? s.ende() : s.beginn())
                .thenComparing(Akte.Schritt::beginn));
        nachpruefung.sort(Comparator.comparing(Akte.Eintrag::zeitpunkt));

        return new Akte(v.getBusinessKey(), v.getTitel(), verfahrensart(v.getVerfahrensart()), v.getVerfahrensartBegruendung(),
                v.getGeschaetzterWert(), v.getAngebotsfrist(), v.getPraesentationVon(), v.getPraesentationBis(), v.getStatus().name(),
                v.getStatus() == Vergabe.Status.ABGESCHLOSSEN || v.getStatus() == Vergabe.Status.AUFGEHOBEN, v.getAngelegtAm(),
                v.getErstOeffner() == null ? null : new Akte.Oeffnung(v.getErstOeffner(), v.getZweitOeffner(), v.getGeoeffnetAm()),
                bieter, bewerter, bewertung.katalog(id), ergebnis(v), bewertung.konsolidierungsvermerk(id),
                text(variablen.get(ZUSCHLAGSBEGRUENDUNG)), zuschlag, rat, v.getAufhebungsgrund(), briefe, nachpruefung,
                vermerke.stream().map(m -> new Akte.Eintrag(m.getZeitpunkt(), m.getBenutzer(), m.getStufe(), m.getText())).toList(),
                verlauf, OffsetDateTime.now(clock));
    }

    /**
     * Every decision of the Vergabekammer recorded in the form "Entscheidung der Vergabekammer erfassen": each update
     * of {@code kammerEntscheidung} with the file number and note submitted with it (the updates nearest in time).
     */
    private List<Akte.Eintrag> kammerEntscheidungen(String[] ids) {
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
                .variableNameLike("kammer%").list().stream().map(HistoricVariableUpdate.class::cast).toList();
        List<Akte.Eintrag> eintraege = new ArrayList<>();
        for (HistoricVariableUpdate e : updates) {
            if (!"kammerEntscheidung".equals(e.getVariableName()) || e.getValue() == null) {
                continue;
            }
            Object az = naechster(updates, "kammerAktenzeichen", e.getTime());
            Object vermerk = naechster(updates, "kammerEntscheidungVermerk", e.getTime());
            eintraege.add(new Akte.Eintrag(zeit(e.getTime()), null, "Nachprüfung", "Entscheidung der Vergabekammer"
                    + (az != null ? " (Az. " + az + ")" : "") + ": " + kammerEntscheidung(String.valueOf(e.getValue()))
                    + (vermerk != null ? ". " + vermerk : "")));
        }
        return eintraege;
    }

    private static Object naechster(List<HistoricVariableUpdate> updates, String name, Date zeit) {
        return updates.stream().filter(u -> name.equals(u.getVariableName()))
                .min(Comparator.comparingLong(u -> Math.abs(u.getTime().getTime() - zeit.getTime())))
                .map(HistoricVariableUpdate::getValue).orElse(null);
    }

    /** The chamber's decision (a value of the form) in words. */
    public static String kammerEntscheidung(String wert) {
        return switch (wert) {
            case "ANTRAG_ZURUECKGEWIESEN" -> "Antrag zurückgewiesen, Verfahren wird fortgesetzt";
            case "ANTRAG_STATTGEGEBEN" -> "Antrag stattgegeben, erneute Wertung";
            default -> wert;
        };
    }

    /** The column (since V4), else what the running record of stage "Rat" says. */
    private static Boolean haushaltsmittel(Vergabe v, List<Vermerk> vermerke) {
        if (v.getHaushaltsmittel() != null) {
            return v.getHaushaltsmittel();
        }
        return vermerke.stream().filter(m -> "Rat".equals(m.getStufe()) && m.getText().startsWith("Beschlussvorlage "))
                .map(m -> m.getText().endsWith("(Haushaltsmittel verfügbar)") ? Boolean.TRUE
                        : m.getText().endsWith("(Haushaltsmittel nicht verfügbar)") ? Boolean.FALSE : null)
                .reduce((x, y) -> y).orElse(null);
    }

    static String verfahrensart(Verfahrensart art) {
        return art.text();
    }

    /** The § 60 VgV course of one offer in words, or {@code null} when its price was not flagged. */
    public static String niedrigpreis(Angebot a) {
        if (a.getNiedrigpreisBefund() == null) {
            return null;
        }
        String text = a.getNiedrigpreisBefund() + ".";
        if (a.getAufklaerungFrist() != null) {
            text += " Aufklärung in Textform angefordert (Frist " + Format.datum(a.getAufklaerungFrist()) + "): " + a.getAufklaerungFragen();
        }
        if (a.getNiedrigpreisEntscheidung() == null) {
            return text + " Entscheidung steht aus.";
        }
        text += " Antwort des Bieters: " + a.getAufklaerungAntwort() + ".";
        return text + (a.getNiedrigpreisEntscheidung() == Angebot.Niedrigpreisentscheidung.ANGENOMMEN
                ? " Entscheidung: Preis angenommen – " : " Entscheidung: Angebot ausgeschlossen (§ 60 Abs. 3 VgV) – ")
                + a.getNiedrigpreisBegruendung();
    }

    private static String briefart(Schreiben.Art art) {
        return switch (art) {
            case INFORMATION_134 -> "Information nach § 134 GWB";
            case INFORMATION_62 -> "Unterrichtung nach § 62 VgV";
            case NACHFORDERUNG_56 -> "Nachforderung nach § 56 VgV";
            case AUFKLAERUNG_60 -> "Aufklärung nach § 60 VgV";
            case AUFHEBUNG_63 -> "Mitteilung der Aufhebung nach § 63 Abs. 2 VgV";
        };
    }

    private static String text(Object wert) {
        return wert == null ? null : String.valueOf(wert);
    }

    private OffsetDateTime zeit(Date datum) {
        return datum == null ? null : OffsetDateTime.ofInstant(datum.toInstant(), clock.getZone());
    }

    /** The ranking's result; after a lot draw at a tied top the drawn offer is the winner (Vergabe#losGegengezeichnet). */
    private Wertungsergebnis ergebnis(Vergabe v) {
        Wertungsergebnis e = bewertung.ergebnis(v.getId());
        if (e != null && e.zuschlag() == null && e.losentscheid() && v.getBestbieterAngebotId() != null) {
            return new Wertungsergebnis(e.methode(), e.rangfolge(), vergaben.angebot(v.getBestbieterAngebotId()).getBieterName(), true,
                    e.sensitivitaet());
        }
        return e;
    }
}
