package de.leverkusen.vergabe.wertung;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.SQLRestriction;

/** One evaluator's scoring sheet for one offer. */
@Entity
@Table(name = "bewertungsbogen")
// the evaluation of initial offers replaced by that of the final offers (§ 17 Abs. 14 VgV) stays in the record, unseen here
@SQLRestriction("abgeloest = false")
public class Bewertungsbogen {

    public enum Status { OFFEN, ABGEGEBEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "angebot_id")
    private Long angebotId;
    /** 1 for the (initial) offers, one more for each later evaluation of final offers */
    private int durchgang = 1;
    private String bewerter;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "abgegeben_am")
    private OffsetDateTime abgegebenAm;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "bogen_id", nullable = false)
    private List<Bewertungspunkt> punkte = new ArrayList<>();

    protected Bewertungsbogen() {
    }

    Bewertungsbogen(Long vergabeId, Long angebotId, String bewerter, int durchgang) {
        this.durchgang = durchgang;
        this.vergabeId = vergabeId;
        this.angebotId = angebotId;
        this.bewerter = bewerter;
        this.status = Status.OFFEN;
    }

    void abgeben(List<Bewertungspunkt> neuePunkte, OffsetDateTime jetzt) {
        if (status == Status.ABGEGEBEN) {
            throw new IllegalStateException("Bewertungsbogen " + id + " wurde bereits abgegeben");
        }
        punkte.clear();
        punkte.addAll(neuePunkte);
        status = Status.ABGEGEBEN;
        abgegebenAm = jetzt;
    }

    /** B-criterion id -> points */
    public Map<String, Integer> punkteJeKriterium() {
        Map<String, Integer> map = new LinkedHashMap<>();
        punkte.stream().filter(p -> p.getPunkte() != null).forEach(p -> map.put(p.getKriterium(), p.getPunkte()));
        return map;
    }

    /** A-criterion id -> fulfilled */
    public Map<String, Boolean> erfuelltJeKriterium() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        punkte.stream().filter(p -> p.getErfuellt() != null).forEach(p -> map.put(p.getKriterium(), p.getErfuellt()));
        return map;
    }

    public Map<String, String> begruendungJeKriterium() {
        Map<String, String> map = new LinkedHashMap<>();
        punkte.forEach(p -> map.put(p.getKriterium(), p.getBegruendung()));
        return map;
    }

    public Konsolidierungsrechner.Bogen alsBogen() {
        return new Konsolidierungsrechner.Bogen(bewerter, punkteJeKriterium(), erfuelltJeKriterium(), begruendungJeKriterium());
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getAngebotId() { return angebotId; }
    public int getDurchgang() { return durchgang; }
    public String getBewerter() { return bewerter; }
    public Status getStatus() { return status; }
    public OffsetDateTime getAbgegebenAm() { return abgegebenAm; }
    public List<Bewertungspunkt> getPunkte() { return List.copyOf(punkte); }
}
