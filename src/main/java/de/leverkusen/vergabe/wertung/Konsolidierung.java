package de.leverkusen.vergabe.wertung;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The Vergabestelle's consolidation of the sheets of one offer: its note and the deviations from the sheets. */
@Entity
@Table(name = "konsolidierung")
public class Konsolidierung {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "angebot_id")
    private Long angebotId;
    @Column(name = "konsolidiert_von")
    private String konsolidiertVon;
    @Column(name = "konsolidiert_am")
    private OffsetDateTime konsolidiertAm;
    private String vermerk;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "konsolidierung_id", nullable = false)
    private List<Konsolidierungspunkt> abweichungen = new ArrayList<>();

    protected Konsolidierung() {
    }

    Konsolidierung(Long vergabeId, Long angebotId) {
        this.vergabeId = vergabeId;
        this.angebotId = angebotId;
    }

    /** A new consolidation (also after a re-evaluation ordered by the Vergabekammer) replaces the earlier one. */
    void festhalten(List<Konsolidierungspunkt> neu, String vermerk, String benutzer, OffsetDateTime jetzt) {
        abweichungen.clear();
        abweichungen.addAll(neu);
        this.vermerk = vermerk;
        this.konsolidiertVon = benutzer;
        this.konsolidiertAm = jetzt;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getAngebotId() { return angebotId; }
    public String getKonsolidiertVon() { return konsolidiertVon; }
    public OffsetDateTime getKonsolidiertAm() { return konsolidiertAm; }
    public String getVermerk() { return vermerk; }
    public List<Konsolidierungspunkt> getAbweichungen() { return List.copyOf(abweichungen); }
}
