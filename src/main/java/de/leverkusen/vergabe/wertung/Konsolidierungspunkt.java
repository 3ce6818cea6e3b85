package de.leverkusen.vergabe.wertung;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One deviation of the consolidation: points of a B-criterion or the result of an A-criterion, with the reason. */
@Entity
@Table(name = "konsolidierungspunkt")
public class Konsolidierungspunkt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kriterium;
    private BigDecimal punkte;
    private Boolean erfuellt;
    private String begruendung;

    protected Konsolidierungspunkt() {
    }

    Konsolidierungspunkt(Konsolidierungsrechner.Abweichung a) {
        this.kriterium = a.kriterium();
        this.punkte = a.punkte();
        this.erfuellt = a.erfuellt();
        this.begruendung = a.begruendung();
    }

    public Konsolidierungsrechner.Abweichung alsAbweichung() {
        return new Konsolidierungsrechner.Abweichung(kriterium, punkte, erfuellt, begruendung);
    }

    public String getKriterium() { return kriterium; }
    public BigDecimal getPunkte() { return punkte; }
    public Boolean getErfuellt() { return erfuellt; }
    public String getBegruendung() { return begruendung; }
}
