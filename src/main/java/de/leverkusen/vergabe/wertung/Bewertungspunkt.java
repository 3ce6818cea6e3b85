package de.leverkusen.vergabe.wertung;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Points and justification for one criterion on one sheet. */
@Entity
@Table(name = "bewertungspunkt")
public class Bewertungspunkt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kriterium;
    private int punkte;
    private String begruendung;

    protected Bewertungspunkt() {
    }

    Bewertungspunkt(String kriterium, int punkte, String begruendung) {
        this.kriterium = kriterium;
        this.punkte = punkte;
        this.begruendung = begruendung;
    }

    public String getKriterium() { return kriterium; }
    public int getPunkte() { return punkte; }
    public String getBegruendung() { return begruendung; }
}
