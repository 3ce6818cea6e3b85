package de.leverkusen.vergabe.wertung.prozess;

import static de.leverkusen.vergabe.modelle.DmsVergabeProzess.*;

import de.leverkusen.vergabe.prozess.Prozessbindung;
import de.leverkusen.vergabe.prozess.Werte;
import de.leverkusen.vergabe.verfahren.Betrag;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Entscheidungskriterium;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Freezes the criteria catalogue and the published method with the procedure, right after it was created. The
 * method comes from the start form's block "Wertungsmethode" (empty: the catalogue file's default); percentages of
 * the form become the fractions of {@link de.leverkusen.vergabe.wertung.Wertungsparameter}.
 */
@Component("wertungsgrundlageFestlegen")
public class WertungsgrundlageFestlegen implements JavaDelegate {

    /** calculator field -> start form field, so that an error names what the user typed */
    private static final Map<String, String> FELDER = Map.of(
            "parameter.schwankungsbreite", WERTUNG_SCHWANKUNGSBREITE,
            "parameter.entscheidungskriterium", WERTUNG_ENTSCHEIDUNGSKRITERIUM,
            "parameter.gewichtLeistung", WERTUNG_GEWICHT_LEISTUNG,
            "parameter.gewichtPreis", WERTUNG_GEWICHT_LEISTUNG,
            "parameter.referenzLeistung", WERTUNG_REFERENZ_LEISTUNG,
            "parameter.referenzPreis", WERTUNG_REFERENZ_PREIS,
            "wertung.methode", WERTUNGSMETHODE);

    private final Prozessbindung bindung;
    private final BewertungService bewertung;

    public WertungsgrundlageFestlegen(Prozessbindung bindung, BewertungService bewertung) {
        this.bindung = bindung;
        this.bewertung = bewertung;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vergabeId = bindung.vergabeId(execution);
        String methode = Werte.text(execution, WERTUNGSMETHODE);
        try {
            bewertung.grundlageFestlegen(vergabeId, methode == null || methode.isBlank() ? null : methode(execution, methode));
        } catch (Eingabefehler e) {
            String feld = FELDER.get(e.feld());
            throw feld == null ? e : new Eingabefehler(feld, e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    private static Kriterienkatalog.Methode methode(DelegateExecution execution, String name) {
        Wertungsmethode m;
        try {
            m = Wertungsmethode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Eingabefehler(WERTUNGSMETHODE, "unbekannte Wertungsmethode '" + name + "'");
        }
        m.fuerVerfahrenPruefen(WERTUNGSMETHODE);
        BigDecimal band = prozent(execution, WERTUNG_SCHWANKUNGSBREITE);
        BigDecimal gL = prozent(execution, WERTUNG_GEWICHT_LEISTUNG);
        String kriterium = Werte.text(execution, WERTUNG_ENTSCHEIDUNGSKRITERIUM);
        Object lRef = execution.getVariable(WERTUNG_REFERENZ_LEISTUNG);
        Object pRef = execution.getVariable(WERTUNG_REFERENZ_PREIS);
        return new Kriterienkatalog.Methode(m,
                m == Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE ? band : null,
                m == Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE && kriterium != null && !kriterium.isBlank()
                        ? Entscheidungskriterium.valueOf(kriterium) : null,
                m == Wertungsmethode.MEDIANMETHODE || m == Wertungsmethode.REFERENZWERTMETHODE ? gL : null,
                (m == Wertungsmethode.MEDIANMETHODE || m == Wertungsmethode.REFERENZWERTMETHODE) && gL != null
                        ? BigDecimal.ONE.subtract(gL) : null,
                m == Wertungsmethode.REFERENZWERTMETHODE && lRef != null ? Werte.zahl(WERTUNG_REFERENZ_LEISTUNG, lRef) : null,
                m == Wertungsmethode.REFERENZWERTMETHODE && pRef != null && !pRef.toString().isBlank()
                        ? Betrag.lesen(WERTUNG_REFERENZ_PREIS, pRef, Betrag.HOECHSTER_AUFTRAGSWERT) : null,
                null);
    }

    /** a percentage of the form as a fraction: 10 -> 0.10 */
    private static BigDecimal prozent(DelegateExecution execution, String name) {
        Object wert = execution.getVariable(name);
        return wert == null ? null : Werte.zahl(name, wert).movePointLeft(2);
    }
}
