package de.leverkusen.vergabe.verfahren.prozess;

import de.leverkusen.vergabe.modelle.DmsVergabeProzess;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Angebotspreise;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Kammerentscheidung;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Bewertungsbogen;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Read access to the Vergabeakte for expressions in the models ({@code ${verfahren.angebotIds(execution)}}):
 * multi-instance collections, task names and dates come from the tables, for the procedure and offer the execution is
 * bound to ({@link Prozessbindung}), not from copies in variables.
 */
@Component("verfahren")
public class VerfahrenAusdruecke {

    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final BewertungService bewertung;
    private final Teilnahmewettbewerbe teilnahme;

    public VerfahrenAusdruecke(Prozessbindung bindung, VergabeService vergaben, BewertungService bewertung, Teilnahmewettbewerbe teilnahme) {
        this.teilnahme = teilnahme;
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.bewertung = bewertung;
    }

    /** The gateway after the set-up: the type as the procedure recorded it, never a form variable. */
    public boolean mitTeilnahmewettbewerb(DelegateExecution execution) {
        return vergaben.vergabe(bindung.vergabeId(execution)).getVerfahrensart().mitTeilnahmewettbewerb();
    }

    public Date teilnahmefristEnde(DelegateExecution execution) {
        return Date.from(vergaben.vergabe(bindung.vergabeId(execution)).getTeilnahmefrist().toInstant());
    }

    public List<Long> teilnahmeantragIds(DelegateExecution execution) {
        return teilnahme.antraege(bindung.vergabeId(execution)).stream().map(Teilnahmeantrag::getId).toList();
    }

    /**
     * The gateways after the council's decision route on the decision the procedure recorded, never on a form variable;
     * {@code beschluss} is a {@link Ratsbeschluss} name (a typo in a model fails instead of routing nowhere).
     */
    public boolean ratsbeschlussIst(DelegateExecution execution, String beschluss) {
        return Ratsbeschluss.valueOf(beschluss).name().equals(vergaben.vergabe(bindung.vergabeId(execution)).getRatsbeschluss());
    }

    /** The gateway after an evaluator's declaration: the conflict of interest as recorded for this evaluator (§ 6 VgV). */
    public boolean interessenkonfliktErklaert(DelegateExecution execution) {
        String benutzer = bindung.bewerter(execution);
        return vergaben.bewerter(bindung.vergabeId(execution)).stream().filter(b -> b.getBenutzer().equals(benutzer)).findFirst()
                .orElseThrow().getStatus() == Bewerter.Status.BEFANGEN;
    }

    /** The gateway after the candidates' checks: whether any candidate was found suitable (§ 51 Abs. 3 Satz 2 VgV). */
    public boolean geeigneteBewerberVorhanden(DelegateExecution execution) {
        return teilnahme.geeigneteBewerberVorhanden(bindung.vergabeId(execution));
    }

    public String bewerberName(DelegateExecution execution) {
        return teilnahme.antrag(bindung.teilnahmeantragId(execution)).getBewerberName();
    }

    /** The gateway after "Bewerber prüfen": documents were requested instead of a decision (the domain's record). */
    public boolean bewerberNachforderungOffen(DelegateExecution execution) {
        return teilnahme.antrag(bindung.teilnahmeantragId(execution)).nachforderungOffen();
    }

    /** The gateway after the candidate's documents were checked: received in time, the candidate is still to be decided. */
    public boolean bewerberUnterlagenNachgereicht(DelegateExecution execution) {
        return teilnahme.antrag(bindung.teilnahmeantragId(execution)).getNachforderungAusgang()
                == Teilnahmeantrag.Nachforderungsausgang.EINGEGANGEN;
    }

    /** Due date and timer of the candidate's request: the end (24:00) of the deadline the domain recorded. */
    public Date bewerberNachforderungsfristEnde(DelegateExecution execution) {
        return Date.from(teilnahme.nachforderungsfristEnde(bindung.teilnahmeantragId(execution)).toInstant());
    }

    /** The checked candidates with result and points, best first, for the selection's form. */
    public String bewerbertabelle(DelegateExecution execution) {
        Vergabe v = vergaben.vergabe(bindung.vergabeId(execution));
        Markdowntabelle t = new Markdowntabelle("Bewerber", "geeignet", "Punkte", "Prüfvermerk");
        teilnahme.antraege(v.getId()).stream()
                .sorted(java.util.Comparator.comparing((Teilnahmeantrag a) -> a.getPunkte() == null ? java.math.BigDecimal.valueOf(-1) : a.getPunkte()).reversed())
                .forEach(a -> t.zeile(a.getBewerberName(), a.getStatus() == Teilnahmeantrag.Status.GEEIGNET ? "ja" : "nein",
                        a.getPunkte() == null ? "–" : Schreibweise.zahl(a.getPunkte()), a.getPruefvermerk()));
        return "Bekannt gemacht: mindestens " + v.getMindestzahlBewerber() + (v.getHoechstzahlBewerber() == null ? ", keine Höchstzahl"
                : ", höchstens " + v.getHoechstzahlBewerber()) + " Bewerber; Auswahlkriterien: " + Markdowntabelle.zelle(v.getAuswahlkriterien())
                + "\n\n" + t.text();
    }

    /**
     * After the invitation to tender: the offer deadline the domain recorded, for the main model's timer; {@code null}
     * while no offer period is set (the call activity's output also runs when the competition ends in an error).
     */
    public Date angebotsfristEnde(DelegateExecution execution) {
        OffsetDateTime frist = vergaben.vergabe(bindung.vergabeId(execution)).getAngebotsfrist();
        return frist == null ? null : Date.from(frist.toInstant());
    }

    /** The opening form's lines, one per invited candidate. */
    public String angebotspreiseVordruck(DelegateExecution execution) {
        return Angebotspreise.vordruck(vergaben.angebote(bindung.vergabeId(execution)).stream().map(Angebot::getBieterName).toList());
    }

    public List<Long> angebotIds(DelegateExecution execution) {
        return vergaben.angebote(bindung.vergabeId(execution)).stream().map(Angebot::getId).toList();
    }

    public List<Long> zugelasseneAngebotIds(DelegateExecution execution) {
        return vergaben.zugelasseneAngebote(bindung.vergabeId(execution)).stream().map(Angebot::getId).toList();
    }

    /** The bidders an evaluator declares about (§ 6 VgV), as a list for the declaration's form. */
    public String bieterliste(DelegateExecution execution) {
        return vergaben.angebote(bindung.vergabeId(execution)).stream()
                .map(a -> "- " + Markdowntabelle.zelle(a.getBieterName())).collect(Collectors.joining("\n")) + "\n";
    }

    public String bieterName(DelegateExecution execution) {
        return vergaben.angebot(bindung.angebotId(execution)).getBieterName();
    }

    /**
     * For input mappings of a multi-instance scope, which the engine evaluates before the execution is bound: the
     * element the domain's collection gave it, for display only.
     */
    public String bieterNameDesElements(Long angebotId) {
        return vergaben.angebot(angebotId).getBieterName();
    }

    /**
     * What led to the cancellation, for the form in which the Vergabestelle chooses its ground (§ 63 Abs. 1 VgV): shown,
     * not itself a ground.
     */
    public String aufhebungsanlass(DelegateExecution execution) {
        if (Kammerentscheidung.ANTRAG_STATTGEGEBEN_AUFHEBUNG.name().equals(execution.getVariable(DmsVergabeProzess.KAMMER_ENTSCHEIDUNG))) {
            return "Die Vergabekammer hat die Aufhebung des Verfahrens angeordnet";
        }
        if (Ratsbeschluss.ABGELEHNT.name().equals(vergaben.vergabe(bindung.vergabeId(execution)).getRatsbeschluss())) {
            return "Der Rat hat die Beschlussvorlage abgelehnt";
        }
        if (vergaben.vergabe(bindung.vergabeId(execution)).getStatus() == Vergabe.Status.TEILNAHME_GEOEFFNET
                && !teilnahme.geeigneteBewerberVorhanden(bindung.vergabeId(execution))) {
            return "Kein Bewerber ist geeignet: niemand kann zur Angebotsabgabe aufgefordert werden (§ 51 Abs. 3 Satz 2 VgV)";
        }
        if (vergaben.zugelasseneAngebote(bindung.vergabeId(execution)).isEmpty()
                || execution.hasVariable(DmsVergabeProzess.BESTBIETER) && execution.getVariable(DmsVergabeProzess.BESTBIETER) == null) {
            return "Kein zuschlagsfähiges Angebot: alle Angebote sind ausgeschlossen (formale Prüfung, Ausschlussgründe, Eignung, "
                    + "A-Kriterium oder Mindestpunktzahl)";
        }
        return "Keine unbefangene Bewertungskommission";
    }

    /** The offers whose price the domain flagged as abnormally low (§ 60 VgV). */
    public List<Long> niedrigpreisAngebotIds(DelegateExecution execution) {
        return vergaben.niedrigpreisAngebote(bindung.vergabeId(execution)).stream().map(Angebot::getId).toList();
    }

    public String niedrigpreisBefund(DelegateExecution execution) {
        return vergaben.angebot(bindung.angebotId(execution)).getNiedrigpreisBefund();
    }

    public String aufklaerungFragen(DelegateExecution execution) {
        return vergaben.angebot(bindung.angebotId(execution)).getAufklaerungFragen();
    }

    public Date aufklaerungFrist(DelegateExecution execution) {
        LocalDate frist = vergaben.angebot(bindung.angebotId(execution)).getAufklaerungFrist();
        return Date.from(frist.atTime(23, 59).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    public List<String> bewerter(DelegateExecution execution) {
        return vergaben.bewerter(bindung.vergabeId(execution)).stream().map(Bewerter::getBenutzer).toList();
    }

    public Date praesentationsbeginn(DelegateExecution execution) {
        return Date.from(vergaben.angebot(bindung.angebotId(execution)).getPraesentationBeginn().toInstant());
    }

    public Date praesentationsende(DelegateExecution execution) {
        return Date.from(vergaben.angebot(bindung.angebotId(execution)).getPraesentationEnde().toInstant());
    }

    /** The latest complaint (Rüge) recorded for the procedure, for the task that answers it. */
    public String letzteRuege(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        return vergaben.vermerke(vergabeId).stream().filter(v -> "Rüge".equals(v.getStufe())).reduce((a, b) -> b)
                .map(v -> v.getText()).orElseThrow(() -> new IllegalStateException("keine Rüge zu Vergabe " + vergabeId));
    }

    /** The immediate appeal is still before the court (the gateway after its task routes on this, not on the form). */
    public boolean beschwerdeAnhaengig(DelegateExecution execution) {
        return vergaben.vergabe(bindung.vergabeId(execution)).isBeschwerdeAnhaengig();
    }

    /** The appeal as the Vergabeakte keeps it, for the court's task. */
    public String beschwerdeStand(DelegateExecution execution) {
        Vergabe v = vergaben.vergabe(bindung.vergabeId(execution));
        java.time.format.DateTimeFormatter tag = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return "Sofortige Beschwerde eingelegt am " + tag.format(v.getBeschwerdeEingelegtAm()) + "; aufschiebende Wirkung bis "
                + tag.format(v.getAufschiebendeWirkungBis()) + " (§ 173 Abs. 1 GWB)";
    }

    public List<Long> bewertungsbogenIds(DelegateExecution execution) {
        return bewertung.boegen(bindung.vergabeId(execution)).stream().map(Bewertungsbogen::getId).toList();
    }

    public String bewerterDesBogens(DelegateExecution execution) {
        return bindung.bewerter(execution);
    }

    public String bieterNameDesBogens(DelegateExecution execution) {
        return bieterName(execution);
    }
}
