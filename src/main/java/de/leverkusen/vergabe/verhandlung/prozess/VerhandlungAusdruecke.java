package de.leverkusen.vergabe.verhandlung.prozess;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Angebotspreise;
import de.leverkusen.vergabe.verfahren.Markdowntabelle;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.Verhandlung;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.verfahren.Verhandlungsinformation;
import de.leverkusen.vergabe.verfahren.Verhandlungsrunde;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Read access to the recorded negotiations for the models ({@code ${verhandlung.zuVerhandeln(execution)}}): the
 * gateways route on what the domain recorded, the forms show it; nothing here is read back from a variable.
 */
@Component("verhandlung")
public class VerhandlungAusdruecke {

    private final Prozessbindung bindung;
    private final VerhandlungService verhandlungen;
    private final VergabeService vergaben;

    public VerhandlungAusdruecke(Prozessbindung bindung, VerhandlungService verhandlungen, VergabeService vergaben) {
        this.bindung = bindung;
        this.verhandlungen = verhandlungen;
        this.vergaben = vergaben;
    }

    /** dms-vergabe: a negotiated procedure after the evaluation of its initial offers, not negotiated yet. */
    public boolean zuVerhandeln(DelegateExecution execution) {
        return verhandlungen.zuVerhandeln(bindung.vergabeId(execution));
    }

    public boolean zuschlagAufErstangebote(DelegateExecution execution) {
        return verhandlungen.verhandlung(bindung.vergabeId(execution)).map(v -> v.getZuschlagAufErstangeboteBegruendung() != null).orElse(false);
    }

    public List<Long> offeneGespraeche(DelegateExecution execution) {
        return verhandlungen.offeneGespraeche(bindung.vergabeId(execution));
    }

    public boolean endgueltigeAngeboteAngefordert(DelegateExecution execution) {
        return verhandlungen.verhandlung(bindung.vergabeId(execution)).map(v -> v.getFristEndgueltigeAngebote() != null).orElse(false);
    }

    public Date fristEndgueltigeAngebote(DelegateExecution execution) {
        Verhandlung v = verhandlungen.verhandlung(bindung.vergabeId(execution)).orElseThrow();
        return Date.from(v.getFristEndgueltigeAngebote().toInstant());
    }

    /** The number of the current round (for the task's name). */
    public int runde(DelegateExecution execution) {
        return verhandlungen.runden(bindung.vergabeId(execution)).size();
    }

    public String vorbehalte(DelegateExecution execution) {
        Vergabe v = vergaben.vergabe(bindung.vergabeId(execution));
        String zuschlag = v.isVorbehaltZuschlagAufErstangebote() ? "Zuschlag auf die Erstangebote vorbehalten (§ 17 Abs. 11 VgV)"
                : "kein Zuschlag auf die Erstangebote ohne Verhandlung";
        String reduzierung = v.isVorbehaltReduzierung() ? "Verringerung in Phasen vorgesehen (§ 17 Abs. 12 VgV)" : "keine Verringerung vorgesehen";
        return zuschlag + "; " + reduzierung;
    }

    public String verbleibendeBieter(DelegateExecution execution) {
        return String.join("\n", verhandlungen.verbleibend(bindung.vergabeId(execution)));
    }

    /** § 17 Abs. 13 VgV: what was sent in the negotiations, and to whom. */
    public String informationstabelle(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        Map<Long, Integer> nummern = verhandlungen.runden(vergabeId).stream()
                .collect(Collectors.toMap(Verhandlungsrunde::getId, Verhandlungsrunde::getNummer));
        List<Verhandlungsinformation> alle = verhandlungen.informationen(vergabeId);
        if (alle.isEmpty()) {
            return "Noch keine Information versandt.";
        }
        Markdowntabelle t = new Markdowntabelle("Runde", "Anlass", "Inhalt", "Empfänger");
        for (Verhandlungsinformation i : alle) {
            t.zeile(String.valueOf(nummern.get(i.getRundeId())), i.getAnlass(), i.getInhalt(), String.join(", ", i.getEmpfaenger()));
        }
        return t.text();
    }

    /** The final offers' opening form: one line per remaining bidder. */
    public String preisvordruck(DelegateExecution execution) {
        return Angebotspreise.vordruck(verhandlungen.verbleibend(bindung.vergabeId(execution)));
    }

    // --- what dms-vergabe reads back after the call (out mappings), from the recorded result ---------------------------

    public String bestbieter(DelegateExecution execution) {
        Long id = vergaben.vergabe(bindung.vergabeId(execution)).getBestbieterAngebotId();
        return id == null ? null : vergaben.angebot(id).getBieterName();
    }

    public Long bestbieterAngebotId(DelegateExecution execution) {
        return vergaben.vergabe(bindung.vergabeId(execution)).getBestbieterAngebotId();
    }

    public boolean losentscheidErforderlich(DelegateExecution execution) {
        return vergaben.vergabe(bindung.vergabeId(execution)).getStatus() == Vergabe.Status.LOSENTSCHEID;
    }

    public String losKandidaten(DelegateExecution execution) {
        Vergabe v = vergaben.vergabe(bindung.vergabeId(execution));
        if (v.getStatus() != Vergabe.Status.LOSENTSCHEID) {
            return null;
        }
        return v.getGleichaufAngebote().stream().map(id -> vergaben.angebot(id).getBieterName()).collect(Collectors.joining("\n"));
    }

    static List<String> namen(List<Angebot> angebote) {
        return angebote.stream().map(Angebot::getBieterName).toList();
    }
}
