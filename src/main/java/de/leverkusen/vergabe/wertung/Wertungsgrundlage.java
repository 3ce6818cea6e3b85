package de.leverkusen.vergabe.wertung;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The catalogue and method of one procedure, frozen at its start as the JSON of {@link Kriterienkatalog}. */
@Entity
@Table(name = "wertungsgrundlage")
public class Wertungsgrundlage {

    @Id
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private String katalog;
    @Column(name = "festgelegt_am")
    private OffsetDateTime festgelegtAm;

    protected Wertungsgrundlage() {
    }

    Wertungsgrundlage(Long vergabeId, Kriterienkatalog katalog, OffsetDateTime jetzt) {
        this.vergabeId = vergabeId;
        this.katalog = katalog.alsJson();
        this.festgelegtAm = jetzt;
    }

    public Kriterienkatalog katalog() {
        return Kriterienkatalog.lesen(katalog);
    }

    public Long getVergabeId() { return vergabeId; }
    public OffsetDateTime getFestgelegtAm() { return festgelegtAm; }
}
