package de.leverkusen.vergabe.dokumente.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.dokumente.Bekanntmachungsangaben;
import de.leverkusen.vergabe.dokumente.DokumentService;
import de.leverkusen.vergabe.prozess.Benutzer;
import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.VergabeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Vergabebekanntmachung veröffentlichen" (§ 39 VgV): the eForms award notice is generated from the
 * procedure and the inputs of the form, checked against the SDK's schema and stored as document
 * {@code vergabebekanntmachung.xml}. A missing or malformed input is an {@code Eingabefehler} (400, the task stays open).
 */
@Component("vergabebekanntmachungErzeugen")
public class VergabebekanntmachungErzeugen implements TaskListener {

    private final Prozessbindung bindung;
    private final DokumentService dokumente;
    private final VergabeService vergaben;

    public VergabebekanntmachungErzeugen(Prozessbindung bindung, DokumentService dokumente, VergabeService vergaben) {
        this.bindung = bindung;
        this.dokumente = dokumente;
        this.vergaben = vergaben;
    }

    @Override
    public void notify(DelegateTask task) {
        Long vergabeId = bindung.vergabeId(task);
        Bekanntmachungsangaben angaben = Bekanntmachungsangaben.aus(name -> Werte.normalisiert(task.getVariable(name)));
        dokumente.vergabebekanntmachung(vergabeId, angaben);
        vergaben.vermerk(vergabeId, Benutzer.bearbeiter(task), "Bekanntmachung", "Vergabebekanntmachung (eForms, Untertyp 29) "
                + Werte.pflichttext(task, BEKANNTMACHUNGSNUMMER) + " erstellt und in der Akte abgelegt");
    }
}
