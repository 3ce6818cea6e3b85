package de.leverkusen.vergabe.wertung;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Points (B) or result (A) and justification for one criterion on one sheet. */
@Entity
@Table(name = "bewertungspunkt")
public class Bewertungspunkt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kriterium;
    /** B-criterion: points on the scale; null for an A-criterion */
    private Integer punkte;
    /** A-criterion: fulfilled or not; null for a B-criterion */
    private Boolean erfuellt;
    private String begruendung;

    protected Bewertungspunkt() {
    }

    Bewertungspunkt(String kriterium, Integer punkte, Boolean erfuellt, String begruendung) {
        this.kriterium = kriterium;
        this.punkte = punkte;
        this.erfuellt = erfuellt;
        this.begruendung = begruendung;
    }

    public String getKriterium() { return kriterium; }
    public Integer getPunkte() { return punkte; }
    public Boolean getErfuellt() { return erfuellt; }
    public String getBegruendung() { return begruendung; }
}
