package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member of the evaluation committee of one procedure and their declaration under § 6 VgV. */
@Entity
@Table(name = "bewerter")
public class Bewerter {

    public enum Status { BENANNT, UNBEFANGEN, BEFANGEN, AUSGESCHLOSSEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private String benutzer;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String erklaerung;
    @Column(name = "erklaert_am")
    private OffsetDateTime erklaertAm;

    protected Bewerter() {
    }

    Bewerter(Long vergabeId, String benutzer) {
        this.vergabeId = vergabeId;
        this.benutzer = benutzer;
        this.status = Status.BENANNT;
    }

    void erklaeren(boolean interessenkonflikt, String erklaerung, OffsetDateTime jetzt) {
        this.status = interessenkonflikt ? Status.BEFANGEN : Status.UNBEFANGEN;
        this.erklaerung = erklaerung;
        this.erklaertAm = jetzt;
    }

    void ausschliessen() {
        if (status != Status.BEFANGEN) {
            throw new IllegalStateException(benutzer + " hat keinen Interessenkonflikt erklärt");
        }
        this.status = Status.AUSGESCHLOSSEN;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public String getBenutzer() { return benutzer; }
    public Status getStatus() { return status; }
    public String getErklaerung() { return erklaerung; }
    public OffsetDateTime getErklaertAm() { return erklaertAm; }
}
