package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** § 17 Abs. 13 VgV: information given in a round, and the bidders it went to (every one still in the procedure). */
@Entity
@Table(name = "bieterinformation_verhandlung")
public class Verhandlungsinformation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "runde_id")
    private Long rundeId;
    private String anlass;
    private String inhalt;
    private String empfaenger;
    @Column(name = "erfasst_von")
    private String erfasstVon;
    @Column(name = "erfasst_am")
    private OffsetDateTime erfasstAm;

    protected Verhandlungsinformation() {
    }

    Verhandlungsinformation(Verhandlungsrunde runde, String anlass, String inhalt, List<String> empfaenger, String benutzer, OffsetDateTime jetzt) {
        this.vergabeId = runde.getVergabeId();
        this.rundeId = runde.getId();
        this.anlass = anlass;
        this.inhalt = inhalt;
        this.empfaenger = String.join("\n", empfaenger);
        this.erfasstVon = benutzer;
        this.erfasstAm = jetzt;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getRundeId() { return rundeId; }
    public String getAnlass() { return anlass; }
    public String getInhalt() { return inhalt; }
    public List<String> getEmpfaenger() { return empfaenger.lines().toList(); }
    public String getErfasstVon() { return erfasstVon; }
    public OffsetDateTime getErfasstAm() { return erfasstAm; }
}
