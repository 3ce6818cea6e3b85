package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of the running record in text form (§ 8 Abs. 1 VgV). */
@Entity
@Table(name = "vermerk")
public class Vermerk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private OffsetDateTime zeitpunkt;
    private String benutzer;
    private String stufe;
    private String text;

    protected Vermerk() {
    }

    Vermerk(Long vergabeId, OffsetDateTime zeitpunkt, String benutzer, String stufe, String text) {
        this.vergabeId = vergabeId;
        this.zeitpunkt = zeitpunkt;
        this.benutzer = benutzer;
        this.stufe = stufe;
        this.text = text;
    }

    public Long getVergabeId() { return vergabeId; }
    public OffsetDateTime getZeitpunkt() { return zeitpunkt; }
    public String getBenutzer() { return benutzer; }
    public String getStufe() { return stufe; }
    public String getText() { return text; }
}
