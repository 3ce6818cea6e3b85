package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The negotiation meeting with one bidder in one round: day, attendees, minutes (round one: the presentation). */
@Entity
@Table(name = "verhandlungsgespraech")
public class Verhandlungsgespraech {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "runde_id")
    private Long rundeId;
    @Column(name = "angebot_id")
    private Long angebotId;
    private LocalDate termin;
    private String anwesende;
    private String protokoll;
    @Column(name = "erfasst_von")
    private String erfasstVon;
    @Column(name = "erfasst_am")
    private OffsetDateTime erfasstAm;

    protected Verhandlungsgespraech() {
    }

    Verhandlungsgespraech(Verhandlungsrunde runde, Angebot angebot, LocalDate termin, String anwesende, String protokoll, String benutzer,
                          OffsetDateTime jetzt) {
        this.vergabeId = runde.getVergabeId();
        this.rundeId = runde.getId();
        this.angebotId = angebot.getId();
        this.termin = termin;
        this.anwesende = anwesende;
        this.protokoll = protokoll;
        this.erfasstVon = benutzer;
        this.erfasstAm = jetzt;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getRundeId() { return rundeId; }
    public Long getAngebotId() { return angebotId; }
    public LocalDate getTermin() { return termin; }
    public String getAnwesende() { return anwesende; }
    public String getProtokoll() { return protokoll; }
    public String getErfasstVon() { return erfasstVon; }
    public OffsetDateTime getErfasstAm() { return erfasstAm; }
}
