package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.ProzessTestHelfer.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One whole DMS tender through the Java API, the regular path: three bidders, three evaluators, the demo catalogue,
 * from the start form to the Vergabevermerk. Timers and async jobs are executed here (job executor off), as in the
 * process tests. Used by the benchmark (package leistung).
 */
public final class Ausschreibungslauf {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<String, int[]> PUNKTE = Map.of(AKTENWERK.name(), DmsVergabeProzessTest.PUNKTE_AKTENWERK,
            KOMMUNAL.name(), DmsVergabeProzessTest.PUNKTE_KOMMUNAL, RHEINLAND.name(), DmsVergabeProzessTest.PUNKTE_RHEINLAND);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ExternalTaskService externalTasks;
    private final org.camunda.bpm.engine.HistoryService history;
    private final List<Map<String, Object>> eingaben = new ArrayList<>();
    /** when the last award of {@link #bisZurLizenzpruefung} was given, in the moved engine time */
    private java.util.Date zuschlagAm;

    public Ausschreibungslauf(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.externalTasks = engine.getExternalTaskService();
        this.history = engine.getHistoryService();
    }

    /** Starts the city's tender (offer deadline passed) without working on it; returns the instance id. */
    public String starten(String bk) {
        return runtime.startProcessInstanceByKey("dms-vergabe", bk, startformular(List.of(AKTENWERK, KOMMUNAL, RHEINLAND))).getId();
    }

    /** Fires the offer deadline's timer: the opening task for the Vergabestelle appears. */
    public void angebotsfristAblaufen(String instanz) {
        job(instanz, "TimerEvent_AngebotsfristAbgelaufen");
    }

    /** What the people of the last {@link #durchlaufen} run submitted, one map per completed user task, in order. */
    public List<Map<String, Object>> eingaben() {
        return List.copyOf(eingaben);
    }

    public void durchlaufen(String bk) {
        String pi = bisZumVergabevermerk(bk);
        erledigen(aufgabe(bk, "UserTask_VergabevermerkAbschliessen"), "vergabe1", vergabevermerk());
        // the final Vergabevermerk is stored by the asynchronous document task
        job(pi, "ServiceTask_VergabevermerkAblegen");
        if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("Verfahren " + bk + " nicht beendet");
        }
    }

    /** The regular path up to "Vergabevermerk abschließen" (open); returns the instance id. */
    public String bisZumVergabevermerk(String bk) {
        eingaben.clear();
        String pi = bisZurLizenzpruefung(bk);
        erledigen(aufgabe(bk, "UserTask_LizenzbestellungPruefen"), "vergabe1", lizenzpruefung());
        bestellungUebermitteln(bk);
        runtime.createMessageCorrelation("IvlBestellungBestaetigt").processInstanceBusinessKey(bk)
                .setVariable("ivlReferenz", "IVL-AUF-2022-0815").correlate();
        erledigen(aufgabe(bk, "UserTask_LizenzbereitstellungErfassen"), "vergabe1", bereitstellung(1900));
        // the notice is dispatched after the award, which lay at the end of the moved standstill: a day past it
        ClockUtil.setCurrentTime(new java.util.Date(zuschlagAm.getTime() + java.time.Duration.ofDays(1).toMillis()));
        try {
            erledigen(aufgabe(bk, "UserTask_BekanntmachungVeroeffentlichen"), "vergabe2",
                    bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString()));
        } finally {
            ClockUtil.reset();
        }
        return pi;
    }

    /** What the Vergabestelle confirms in the review of the licence order (Tasklist's values). */
    public static Map<String, Object> lizenzpruefungsformular() {
        return lizenzpruefung();
    }

    /** A complete scoring sheet as an evaluator submits it (points 7 for every B-criterion, every A-criterion fulfilled). */
    public static Map<String, Object> bewertungsbogenformular() {
        return bewertungsbogen(new int[] {7, 7, 7, 7, 7});
    }

    /** What the regular path submits in the consolidation, the § 134 information and the award (for the benchmark's clicks). */
    public static Map<String, Object> formular(String aufgabe) {
        return switch (aufgabe) {
            case "UserTask_WertungKonsolidieren" -> konsolidierung();
            case "UserTask_BieterInformieren" -> bieterinformation();
            case "UserTask_ZuschlagErteilen" -> zuschlag();
            default -> throw new IllegalArgumentException(aufgabe);
        };
    }

    /** The worker's part: fetches the released order and reports it sent (as the engine, without a user). */
    public void bestellungUebermitteln(String bk) {
        List<LockedExternalTask> bestellung = externalTasks.fetchAndLock(1, "ivl-worker")
                .topic("ivl-lizenzbestellung", 60_000L).businessKey(bk).execute();
        externalTasks.complete(bestellung.get(0).getId(), "ivl-worker");
    }

    /** The regular path from the start form up to the award; the review of the licence order is open. Returns the instance id. */
    public String bisZurLizenzpruefung(String bk) {
        String pi = bisZurBieterinformation(bk);
        erledigen(aufgabe(bk, "UserTask_BieterInformieren"), "vergabe1", bieterinformation());
        // the letters leave the outbox in the send task (asyncBefore): the job executor's part
        job(pi, "ServiceTask_BieterinformationVersenden");
        // the standstill: the engine's time moves to its end, then back
        Job wartefrist = management.createJobQuery().processInstanceId(pi).activityId("TimerEvent_WartefristAbgelaufen").singleResult();
        ClockUtil.setCurrentTime(wartefrist.getDuedate());
        zuschlagAm = wartefrist.getDuedate();
        try {
            management.executeJob(wartefrist.getId());
            erledigen(aufgabe(bk, "UserTask_ZuschlagErteilen"), "vergabe1", zuschlag());
            job(pi, "ServiceTask_ZuschlagsinformationVersenden");
        } finally {
            ClockUtil.reset();
        }
        return pi;
    }

    /** The regular path up to the council's approval; "Bieter nach § 134 GWB informieren" is open. Returns the instance id. */
    public String bisZurBieterinformation(String bk) {
        return bisZurBieterinformation(bk, null);
    }

    /** ... on the given version of the model ({@code null}: the latest). */
    public String bisZurBieterinformation(String bk, String prozessdefinitionId) {
        String pi = prozessdefinitionId == null ? starten(bk) : runtime.startProcessInstanceById(prozessdefinitionId, bk,
                startformular(List.of(AKTENWERK, KOMMUNAL, RHEINLAND))).getId();
        angeboteOeffnen(bk, pi);
        erstangeboteWerten(bk, pi);
        erledigen(aufgabe(bk, "UserTask_ZuschlagsvorschlagErstellen"), "vergabe1", zuschlagsvorschlag());
        erledigen(aufgabe(bk, "UserTask_ZuschlagsvorschlagFreigeben"), "projektleitung", freigabe("FREIGEGEBEN"));
        erledigen(aufgabe(bk, "UserTask_BeschlussvorlageErstellen"), "vergabe1", beschlussvorlage());
        erledigen(aufgabe(bk, "UserTask_RatsbeschlussErfassen"), "ratsbuero", ratsbeschluss("ZUGESTIMMT", "2021-12-16"));
        // (models before V10 store the draft resolution without this task)
        management.createJobQuery().processInstanceId(pi).activityId("ServiceTask_RatsvorlageAblegen").list()
                .forEach(j -> management.executeJob(j.getId()));
        return pi;
    }

    /**
     * Issue 17: the steps that bring a negotiated procedure (start form {@code startformular}) to its opened initial
     * offers; returns the instance id, the checks of the offers are open. Today the offer phase of the open procedure;
     * once the participation competition runs, the route through it belongs here and nowhere else.
     */
    public String bisZuDenErstangeboten(String bk, Map<String, Object> startformular) {
        String pi = runtime.startProcessInstanceByKey("dms-vergabe", bk, startformular).getId();
        ProcessInstance teilnahme = runtime.createProcessInstanceQuery().superProcessInstanceId(pi)
                .processDefinitionKey("teilnahmewettbewerb").singleResult();
        if (teilnahme != null) {
            teilnahmewettbewerb(bk, teilnahme.getId());
        }
        angeboteOeffnen(bk, pi);
        return pi;
    }

    /**
     * The participation competition of the demo tender as a negotiated procedure: the three providers of the report
     * apply, all are suitable and invited. Requests opened on Tuesday 09.11.2021 (the period ended 08.11.2021, 24:00),
     * invitation the same day: electronic initial offers >= 30 - 5 = 25 days (§ 17 Abs. 6, 9 VgV) from 10.11.2021 ->
     * day 25 is Saturday 04.12.2021 -> the deadline ends Monday 06.12.2021, 24:00, written 07.12.2021 00:00; the
     * presentations of the report follow on 07.-09.12.2021.
     */
    private void teilnahmewettbewerb(String bk, String instanz) {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDateTime.of(2021, 11, 9, 9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
        try {
            job(instanz, "TimerEvent_TeilnahmefristAbgelaufen");
            String bewerber = de.leverkusen.vergabe.konfiguration.Demoausschreibung.bewerber();
            erledigen(aufgabe(bk, "UserTask_TeilnahmeantraegeOeffnen"), "vergabe1",
                    werte("bewerber", bewerber, "oeffnungsniederschrift", "3 Teilnahmeanträge fristgerecht eingegangen und unversehrt."));
            erledigen(aufgabe(bk, "UserTask_TeilnahmeOeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
            alle(bk, "UserTask_BewerberPruefen", "vergabe1", werte("bewerberAusschlussgrund", "KEINER", "bewerberGeeignet", "JA",
                    "bewerberPunkte", 80, "bewerberPruefvermerk", "Eignung in allen drei Kategorien nachgewiesen, Referenzen geprüft."));
            String alle = String.join("\n", bewerber.lines().map(z -> z.substring(0, z.indexOf(';')).strip()).toList());
            erledigen(aufgabe(bk, "UserTask_BewerberAuswaehlen"), "vergabe1", werte("auswahl", alle));
            for (Job j : management.createJobQuery().processInstanceId(instanz).list()) {
                management.executeJob(j.getId());
            }
            erledigen(aufgabe(bk, "UserTask_ZurAngebotsabgabeAuffordern"), "vergabe1", werte("angebotsfrist", "2021-12-07T00:00:00+01:00",
                    "praesentationVon", "2021-12-07", "praesentationBis", "2021-12-09"));
            for (Job j : management.createJobQuery().processInstanceId(instanz).list()) {
                management.executeJob(j.getId());
            }
        } finally {
            ClockUtil.reset();
        }
    }

    /** ... and the initial offers evaluated as today (presentations: round one's meetings); "Verhandlungen aufnehmen" is open. */
    public String bisZurVerhandlung(String bk, Map<String, Object> startformular) {
        String pi = bisZuDenErstangeboten(bk, startformular);
        erstangeboteWerten(bk, pi);
        return pi;
    }

    /** The demo tender as a negotiated procedure, reduction and award on initial offers not reserved (issue 17). */
    public static Map<String, Object> verhandlungsverfahren() {
        return verhandlungsverfahren(false, false);
    }

    public static Map<String, Object> verhandlungsverfahren(boolean zuschlagAufErstangebote, boolean reduzierung) {
        return ProzessTestHelfer.verhandlungsverfahren(zuschlagAufErstangebote, reduzierung);
    }

    /** Declarations of the three evaluators, the offer deadline, the four-eyes opening. */
    private void angeboteOeffnen(String bk, String pi) {
        for (String bewerter : BEWERTER) {
            erledigen(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_InteressenkonfliktErklaeren")
                    .taskAssignee(bewerter).singleResult(), bewerter, erklaerung("NEIN", null));
        }
        angebotsfristAblaufen(pi);
        erledigen(aufgabe(bk, "UserTask_AngeboteOeffnen"), "vergabe1", oeffnung(runtime.getVariable(pi, "angebotspreise")));
        erledigen(aufgabe(bk, "UserTask_OeffnungGegenzeichnen"), "vergabe2", gegenzeichnung());
    }

    /** Checks (all admitted), presentations, the sheets with the points of the regular path, the consolidation. */
    private void erstangeboteWerten(String bk, String pi) {
        alle(bk, "UserTask_FormalePruefung", "vergabe1", formalePruefung("VOLLSTAENDIG"));
        alle(bk, "UserTask_AusschlussgruendePruefen", "vergabe1", ausschlussgruende("KEINER", "Keine Ausschlussgründe"));
        alle(bk, "UserTask_EignungPruefen", "vergabe2", eignung("ERFUELLT", "ERFUELLT", "ERFUELLT"));
        for (Job termin : management.createJobQuery().processInstanceId(pi).activityId("TimerEvent_PraesentationsterminErreicht").list()) {
            management.executeJob(termin.getId());
        }
        alle(bk, "UserTask_PraesentationProtokollieren", "vergabe2", praesentationsprotokoll());
        for (String bewerter : BEWERTER) {
            for (Task bogen : tasks.createTaskQuery().processInstanceBusinessKey(bk).taskAssignee(bewerter)
                    .taskDefinitionKey("UserTask_BewertungsbogenAusfuellen").list()) {
                Map<String, Object> bogenwerte = bewertungsbogen(PUNKTE.get((String) tasks.getVariable(bogen.getId(), "bieterName")));
                eingaben.add(bogenwerte);
                tasks.complete(bogen.getId(), bogenwerte);
            }
        }
        for (ProcessInstance bogen : runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk)
                .processDefinitionKey("bewertungsbogen").list()) {
            for (Job job : management.createJobQuery().processInstanceId(bogen.getId()).list()) {
                management.executeJob(job.getId());
            }
        }
        for (Task konsolidieren : tasks.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey("UserTask_WertungKonsolidieren").list()) {
            erledigen(konsolidieren, "vergabe1", konsolidierung());
        }
        // the ranking follows the last consolidation asynchronously: the job executor's part
        job(pi, "ServiceTask_WertungBerechnen");
    }

    /**
     * Works on the procedure from wherever it stands to its end on the regular path, as the people, the job executor
     * and ivl would: open tasks with their forms' values, due jobs, the ivl's order and confirmation, and the end of
     * the standstill (the engine's time moved to it for the timer and the award, then back). Used where a procedure
     * must go on after something happened to the application (a new model version, a restore from a backup).
     */
    public void fortsetzen(String bk) {
        fortsetzenBis(bk, null);
    }

    /**
     * As {@link #fortsetzen}, but stops as soon as some instance of the procedure waits at {@code aktivitaet} (a task,
     * timer or other activity id); {@code null}: until the procedure has ended.
     */
    public void fortsetzenBis(String bk, String aktivitaet) {
        eingaben.clear();
        for (int schritt = 0; schritt < 500; schritt++) {
            if (aktivitaet != null && runtime.createExecutionQuery().processInstanceBusinessKey(bk).activityId(aktivitaet).count() > 0) {
                return;
            }
            if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("dms-vergabe").count() == 0) {
                if (aktivitaet != null) {
                    throw new IllegalStateException("Verfahren " + bk + " beendet, ohne " + aktivitaet + " zu erreichen");
                }
                return;
            }
            if (!naechsterSchritt(bk)) {
                throw new IllegalStateException("Verfahren " + bk + " kommt nicht weiter; offen: "
                        + runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).list().stream()
                        .flatMap(pi -> runtime.getActiveActivityIds(pi.getId()).stream()).toList());
            }
        }
        throw new IllegalStateException("Verfahren " + bk + " nach 500 Schritten nicht am Ziel");
    }

    /** One step of the regular path; false when nothing can be done. */
    private boolean naechsterSchritt(String bk) {
        List<Task> offen = tasks.createTaskQuery().processInstanceBusinessKey(bk).orderByTaskCreateTime().asc().list();
        for (Task t : offen) {
            if (!"UserTask_ZuschlagErteilen".equals(t.getTaskDefinitionKey())) {
                aufgabeErledigen(t);
                return true;
            }
        }
        List<ProcessInstance> instanzen = runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).list();
        for (ProcessInstance instanz : instanzen) {
            Job endgueltig = management.createJobQuery().processInstanceId(instanz.getId())
                    .activityId("TimerEvent_FristEndgueltigeAngeboteAbgelaufen").singleResult();
            if (endgueltig != null) {
                // the deadline of the final offers: the engine's time moves to it for the timer and the opening, then back
                ClockUtil.setCurrentTime(endgueltig.getDuedate());
                try {
                    management.executeJob(endgueltig.getId());
                    Task oeffnen = aufgabe(bk, "UserTask_EndgueltigeAngeboteOeffnen");
                    erledigen(oeffnen, "vergabe1", oeffnung(tasks.getVariable(oeffnen.getId(), "angebotspreise")));
                } finally {
                    ClockUtil.reset();
                }
                return true;
            }
            List<Job> faellig = management.createJobQuery().processInstanceId(instanz.getId()).executable().list();
            if (!faellig.isEmpty()) {
                management.executeJob(faellig.get(0).getId());
                return true;
            }
        }
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).processDefinitionKey("dms-vergabe")
                .singleResult().getId();
        if (externalTasks.createExternalTaskQuery().processInstanceId(pi).topicName("ivl-lizenzbestellung").locked().count() == 0
                && externalTasks.createExternalTaskQuery().processInstanceId(pi).topicName("ivl-lizenzbestellung").count() > 0) {
            bestellungUebermitteln(bk);
            return true;
        }
        if (runtime.createEventSubscriptionQuery().processInstanceId(pi).eventType("message")
                .eventName("IvlBestellungBestaetigt").count() > 0) {
            runtime.createMessageCorrelation("IvlBestellungBestaetigt").processInstanceBusinessKey(bk)
                    .setVariable("ivlReferenz", "IVL-AUF-2022-0815").correlate();
            return true;
        }
        Job wartefrist = management.createJobQuery().processInstanceId(pi).activityId("TimerEvent_WartefristAbgelaufen").singleResult();
        Task zuschlag = offen.stream().filter(t -> "UserTask_ZuschlagErteilen".equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
        if (wartefrist != null || zuschlag != null) {
            // the standstill: the engine's time moves to its end for the timer and the award, then back
            if (wartefrist != null) {
                ClockUtil.setCurrentTime(wartefrist.getDuedate());
            } else if (runtime.getVariable(pi, "fruehesterZuschlag") instanceof java.util.Date frueheste
                    && frueheste.after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(frueheste);
            }
            try {
                if (wartefrist != null) {
                    management.executeJob(wartefrist.getId());
                }
                erledigen(aufgabe(bk, "UserTask_ZuschlagErteilen"), "vergabe1", zuschlag());
            } finally {
                ClockUtil.reset();
            }
            return true;
        }
        return false;
    }

    /** Completes an open task as the person the regular path names, with the values of its form. */
    private void aufgabeErledigen(Task t) {
        String key = t.getTaskDefinitionKey();
        switch (key) {
            case "UserTask_InteressenkonfliktErklaeren" -> erledigen(t, t.getAssignee(), erklaerung("NEIN", null));
            case "UserTask_AngeboteOeffnen" -> erledigen(t, "vergabe1", oeffnung(runtime.getVariable(t.getProcessInstanceId(), "angebotspreise")));
            case "UserTask_OeffnungGegenzeichnen" -> erledigen(t, "vergabe2", gegenzeichnung());
            case "UserTask_FormalePruefung" -> erledigen(t, "vergabe1", formalePruefung("VOLLSTAENDIG"));
            case "UserTask_AusschlussgruendePruefen" -> erledigen(t, "vergabe1", ausschlussgruende("KEINER", "Keine Ausschlussgründe"));
            case "UserTask_EignungPruefen" -> erledigen(t, "vergabe2", eignung("ERFUELLT", "ERFUELLT", "ERFUELLT"));
            case "UserTask_PraesentationProtokollieren" -> erledigen(t, "vergabe2", praesentationsprotokoll());
            case "UserTask_BewertungsbogenAusfuellen" -> {
                Map<String, Object> bogenwerte = bewertungsbogen(PUNKTE.get((String) tasks.getVariable(t.getId(), "bieterName")));
                eingaben.add(bogenwerte);
                tasks.complete(t.getId(), bogenwerte);
            }
            case "UserTask_WertungKonsolidieren" -> erledigen(t, "vergabe1", konsolidierung());
            case "UserTask_ZuschlagsvorschlagErstellen" -> erledigen(t, "vergabe1", zuschlagsvorschlag());
            case "UserTask_ZuschlagsvorschlagFreigeben" -> erledigen(t, "projektleitung", freigabe("FREIGEGEBEN"));
            case "UserTask_BeschlussvorlageErstellen" -> erledigen(t, "vergabe1", beschlussvorlage());
            case "UserTask_RatsbeschlussErfassen" -> erledigen(t, "ratsbuero", ratsbeschluss("ZUGESTIMMT", "2021-12-16"));
            case "UserTask_BieterInformieren" -> erledigen(t, "vergabe1", bieterinformation());
            case "UserTask_LizenzbestellungPruefen" -> erledigen(t, "vergabe1", lizenzpruefung());
            case "UserTask_LizenzbereitstellungErfassen" -> erledigen(t, "vergabe1", bereitstellung(1900));
            case "UserTask_BekanntmachungVeroeffentlichen" -> {
                // the notice is dispatched after the award, which may lie at the end of a moved standstill: a day past it
                java.util.Date zuschlag = history.createHistoricTaskInstanceQuery().processInstanceId(t.getProcessInstanceId())
                        .taskDefinitionKey("UserTask_ZuschlagErteilen").finished().orderByHistoricTaskInstanceEndTime().desc()
                        .list().get(0).getEndTime();
                ClockUtil.setCurrentTime(new java.util.Date(Math.max(System.currentTimeMillis(),
                        zuschlag.getTime() + java.time.Duration.ofDays(1).toMillis())));
                try {
                    erledigen(t, "vergabe2", bekanntmachung(LocalDate.now(BERLIN).plusDays(5).toString()));
                } finally {
                    ClockUtil.reset();
                }
            }
            case "UserTask_VergabevermerkAbschliessen" -> erledigen(t, "vergabe1", vergabevermerk());
            // issue 17: one round (the presentations), information to all, final offers due tomorrow
            case "UserTask_VerhandlungEroeffnen" -> erledigen(t, "vergabe1", verhandlungEroeffnen(false, null));
            case "UserTask_VerhandlungsgespraechProtokollieren" -> erledigen(t, "vergabe1", verhandlungsgespraech(LocalDate.now(BERLIN)));
            case "UserTask_VerhandlungsrundeAbschliessen" -> erledigen(t, "vergabe1", rundeAbschliessen(
                    "Die Schnittstelle zu OpenRathaus ist Teil der Leistung.", null, null,
                    java.time.OffsetDateTime.now(BERLIN).plusDays(1).truncatedTo(java.time.temporal.ChronoUnit.HOURS)));
            case "UserTask_EndgueltigeOeffnungGegenzeichnen" -> erledigen(t, "vergabe2", gegenzeichnung());
            default -> throw new IllegalStateException("Aufgabe " + key + " liegt nicht auf dem regulären Weg");
        }
    }

    private void alle(String bk, String key, String benutzer, Map<String, Object> werte) {
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey(key).list()) {
            erledigen(t, benutzer, werte);
        }
    }

    private void erledigen(Task task, String benutzer, Map<String, Object> variablen) {
        eingaben.add(variablen);
        tasks.claim(task.getId(), benutzer);
        tasks.complete(task.getId(), variablen);
    }

    private Task aufgabe(String bk, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(bk).taskDefinitionKey(key).singleResult();
        if (t == null) {
            throw new IllegalStateException("keine offene Aufgabe " + key + " in " + bk);
        }
        return t;
    }

    private void job(String instanz, String aktivitaet) {
        management.executeJob(management.createJobQuery().processInstanceId(instanz).activityId(aktivitaet).singleResult().getId());
    }
}
