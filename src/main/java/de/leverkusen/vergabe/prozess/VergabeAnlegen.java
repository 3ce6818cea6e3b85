package de.leverkusen.vergabe.prozess;

import static de.leverkusen.vergabe.prozess.Variablen.*;

import de.leverkusen.vergabe.verfahren.Angebotspreise;
import de.leverkusen.vergabe.verfahren.Betrag;
import de.leverkusen.vergabe.verfahren.Bieterliste;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.Vergabeantrag;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.Verfahrenskennung;
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

    /** The largest amount the start form takes (EUR 10 billion; the form said so as a number field before). */
    static final BigDecimal HOECHSTER_AUFTRAGSWERT = new BigDecimal("10000000000");

    static final String GRUPPE_BEWERTUNGSKOMMISSION = "bewertungskommission";

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
        Vergabeantrag antrag = new Vergabeantrag(
                businessKey,
                Verfahrenskennung.lesen(execution.getVariable(VERFAHRENSKENNUNG)),
                Werte.pflichttext(execution, TITEL),
                verfahrensart(Werte.pflichttext(execution, VERFAHRENSART)),
                Werte.text(execution, VERFAHRENSART_BEGRUENDUNG),
                Betrag.lesen(GESCHAETZTER_WERT, execution.getVariable(GESCHAETZTER_WERT), HOECHSTER_AUFTRAGSWERT),
                Werte.datumZeit(execution, ANGEBOTSFRIST),
                Werte.datum(execution, FRISTEREIGNIS_AM),
                !"NEIN".equals(Werte.text(execution, ELEKTRONISCHE_ANGEBOTE)),
                "JA".equals(Werte.text(execution, DRINGLICH)),
                Werte.datum(execution, PRAESENTATION_VON),
                Werte.datum(execution, PRAESENTATION_BIS),
                bewertungskommission(Werte.pflichttext(execution, BEWERTUNGSKOMMISSION)),
                Bieterliste.lesen(Werte.pflichttext(execution, BIETER)));
        Vergabe vergabe = vergaben.anlegen(antrag, Werte.text(execution, INITIATOR));
        bindung.vergabeGebunden(execution, vergabe.getId());
        verhandlungen.vorbehalteFestlegen(vergabe.getId(), "JA".equals(Werte.text(execution, VerhandlungVariablen.VORBEHALT_ZUSCHLAG_AUF_ERSTANGEBOTE)),
                "JA".equals(Werte.text(execution, VerhandlungVariablen.VORBEHALT_REDUZIERUNG)));
        execution.setVariable(VERGABE_ID, vergabe.getId()); // shown in Cockpit; never read back
        execution.setVariable(BUSINESS_KEY, businessKey);
        execution.setVariable(ANGEBOTSFRIST_ENDE, Date.from(vergabe.getAngebotsfrist().toInstant()));
        execution.setVariable(ANGEBOTSPREISE, Angebotspreise.vordruck(antrag.bieter().stream().map(Vergabeantrag.Bieter::name).toList()));
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
            if (identity.createUserQuery().userId(b).memberOfGroup(GRUPPE_BEWERTUNGSKOMMISSION).count() == 0) {
                throw new Eingabefehler(BEWERTUNGSKOMMISSION, "'" + b + "' ist kein Mitglied der Gruppe " + GRUPPE_BEWERTUNGSKOMMISSION);
            }
        }
        return benutzer;
    }

}
