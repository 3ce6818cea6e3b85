package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One round of negotiations; a reduction of bidders (§ 17 Abs. 12 VgV) closes it. */
@Entity
@Table(name = "verhandlungsrunde")
public class Verhandlungsrunde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private int nummer;
    @Column(name = "begonnen_am")
    private OffsetDateTime begonnenAm;
    private String ausgeschieden;
    @Column(name = "reduzierung_begruendung")
    private String reduzierungBegruendung;
    @Column(name = "reduziert_von")
    private String reduziertVon;
    @Column(name = "reduziert_am")
    private OffsetDateTime reduziertAm;

    protected Verhandlungsrunde() {
    }

    Verhandlungsrunde(Long vergabeId, int nummer, OffsetDateTime jetzt) {
        this.vergabeId = vergabeId;
        this.nummer = nummer;
        this.begonnenAm = jetzt;
    }

    void reduziert(List<String> bieter, String begruendung, String benutzer, OffsetDateTime jetzt) {
        this.ausgeschieden = String.join("\n", bieter);
        this.reduzierungBegruendung = begruendung;
        this.reduziertVon = benutzer;
        this.reduziertAm = jetzt;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public int getNummer() { return nummer; }
    public OffsetDateTime getBegonnenAm() { return begonnenAm; }
    /** The bidders who left the procedure after this round; empty without a reduction. */
    public List<String> getAusgeschieden() { return ausgeschieden == null ? List.of() : ausgeschieden.lines().toList(); }
    public String getReduzierungBegruendung() { return reduzierungBegruendung; }
    public String getReduziertVon() { return reduziertVon; }
    public OffsetDateTime getReduziertAm() { return reduziertAm; }
}
