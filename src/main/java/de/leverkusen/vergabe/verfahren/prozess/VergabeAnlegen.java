package de.leverkusen.vergabe.verfahren.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;
import static de.leverkusen.vergabe.modelle.GemeinsameVariablen.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Angebotspreise;
import de.leverkusen.vergabe.verfahren.Betrag;
import de.leverkusen.vergabe.verfahren.Bieterliste;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.Rollen;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.Verfahrenskennung;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Vergabeantrag;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Creates the Vergabeakte from the start form: procedure, bidders, committee. Offers and prices are recorded
 * only at the opening; the opening form is prepared with one line per bidder.
 */
@Component("vergabeAnlegen")
public class VergabeAnlegen implements JavaDelegate {



    private final Prozessbindung bindung;
    private final VergabeService vergaben;
    private final IdentityService identity;
    private final Clock clock;
    private final VerhandlungService verhandlungen;

    public VergabeAnlegen(Prozessbindung bindung, VergabeService vergaben, IdentityService identity, Clock clock,
                          VerhandlungService verhandlungen) {
        this.verhandlungen = verhandlungen;
        this.bindung = bindung;
        this.vergaben = vergaben;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            businessKey = "VG-" + Year.now(clock) + "-" + execution.getProcessInstanceId().substring(0, 8).toUpperCase();
            execution.setProcessBusinessKey(businessKey);
        }
        Verfahrensart art = verfahrensart(Werte.pflichttext(execution, VERFAHRENSART));
        // restricted and negotiated procedure: bidders, offer deadline and presentations come with the invitation to
        // tender; sent anyway (REST), they reach the domain, which refuses them
        boolean teilnahme = art.mitTeilnahmewettbewerb();
        Vergabeantrag antrag = new Vergabeantrag(
                businessKey,
                Verfahrenskennung.lesen(execution.getVariable(VERFAHRENSKENNUNG)),
                Werte.pflichttext(execution, TITEL),
                art,
                Werte.text(execution, VERFAHRENSART_BEGRUENDUNG),
                Betrag.lesen(GESCHAETZTER_WERT, execution.getVariable(GESCHAETZTER_WERT), Betrag.HOECHSTER_AUFTRAGSWERT),
                teilnahme && leer(execution, ANGEBOTSFRIST) ? null : Werte.datumZeit(execution, ANGEBOTSFRIST),
                Werte.datum(execution, FRISTEREIGNIS_AM),
                !JaNein.NEIN.name().equals(Werte.text(execution, ELEKTRONISCHE_ANGEBOTE)),
                JaNein.JA.name().equals(Werte.text(execution, DRINGLICH)),
                teilnahme ? null : Werte.datum(execution, PRAESENTATION_VON),
                teilnahme ? null : Werte.datum(execution, PRAESENTATION_BIS),
                bewertungskommission(Werte.pflichttext(execution, BEWERTUNGSKOMMISSION)),
                teilnahme && leer(execution, BIETER) ? List.of() : Bieterliste.lesen(Werte.pflichttext(execution, BIETER)),
                teilnahme ? teilnahmeangaben(execution, art) : null);
        Vergabeantrag.vorbehaltePruefen(art, JaNein.JA.name().equals(Werte.text(execution, VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE)),
                JaNein.JA.name().equals(Werte.text(execution, VORBEHALT_REDUZIERUNG)));
        Vergabe vergabe = vergaben.anlegen(antrag, Werte.text(execution, INITIATOR));
        bindung.vergabeGebunden(execution, vergabe.getId());
        execution.setVariable(VERGABE_ID, vergabe.getId()); // shown in Cockpit; never read back
        execution.setVariable(BUSINESS_KEY, businessKey);
        if (!teilnahme) {
            execution.setVariable(ANGEBOTSFRIST_ENDE, Date.from(vergabe.getAngebotsfrist().toInstant()));
            execution.setVariable(ANGEBOTSPREISE, Angebotspreise.vordruck(antrag.bieter().stream().map(Vergabeantrag.Bieter::name).toList()));
        }
    }

    private static boolean leer(DelegateExecution execution, String name) {
        String text = Werte.text(execution, name);
        return text == null || text.isEmpty();
    }

    private static Vergabeantrag.Teilnahmeangaben teilnahmeangaben(DelegateExecution execution, Verfahrensart art) {
        Object hoechstzahl = execution.getVariable(HOECHSTZAHL_BEWERBER);
        Object mindestzahl = execution.getVariable(MINDESTZAHL_BEWERBER);
        if (mindestzahl == null) {
            throw new Eingabefehler(MINDESTZAHL_BEWERBER, "Pflichtfeld beim " + art.text() + " (§ 51 Abs. 1 VgV)");
        }
        boolean verhandlung = art == Verfahrensart.VERHANDLUNGSVERFAHREN_MIT_TEILNAHMEWETTBEWERB;
        return new Vergabeantrag.Teilnahmeangaben(
                Werte.datumZeit(execution, TEILNAHMEFRIST),
                Werte.ganzzahl(MINDESTZAHL_BEWERBER, mindestzahl),
                hoechstzahl == null || "".equals(hoechstzahl) ? null : Werte.ganzzahl(HOECHSTZAHL_BEWERBER, hoechstzahl),
                Werte.pflichttext(execution, AUSWAHLKRITERIEN),
                verhandlung && JaNein.JA.name().equals(Werte.text(execution, VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE)),
                verhandlung && JaNein.JA.name().equals(Werte.text(execution, VORBEHALT_REDUZIERUNG)));
    }

    private static Verfahrensart verfahrensart(String wert) {
        try {
            return Verfahrensart.valueOf(wert);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(VERFAHRENSART, "unbekannte Verfahrensart '" + wert + "'");
        }
    }

    private List<String> bewertungskommission(String kennungen) {
        List<String> benutzer = Arrays.stream(kennungen.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String b : benutzer) {
            if (identity.createUserQuery().userId(b).memberOfGroup(Rollen.BEWERTUNGSKOMMISSION.gruppe()).count() == 0) {
                throw new Eingabefehler(BEWERTUNGSKOMMISSION, "'" + b + "' ist kein Mitglied der Gruppe " + Rollen.BEWERTUNGSKOMMISSION.gruppe());
            }
        }
        return benutzer;
    }

}
