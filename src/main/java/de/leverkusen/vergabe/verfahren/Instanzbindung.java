package de.leverkusen.vergabe.verfahren;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * What one engine instance (a process instance, or one multi-instance execution inside it) works on: the procedure and,
 * where it exists, the offer, the scoring sheet or the evaluator. Written once when the engine creates the instance,
 * after the domain has checked that the offer, sheet or evaluator belongs to the procedure.
 */
@Entity
@Table(name = "instanzbindung")
public class Instanzbindung implements Persistable<String> {

    @Id
    @Column(name = "ausfuehrung_id")
    private String ausfuehrungId;
    @Column(name = "prozessinstanz_id")
    private String prozessinstanzId;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "angebot_id")
    private Long angebotId;
    @Column(name = "bewertungsbogen_id")
    private Long bewertungsbogenId;
    private String bewerter;
    @Column(name = "teilnahmeantrag_id")
    private Long teilnahmeantragId;

    /** Written once: a new binding is inserted (persist), not merged, which would first select the row it cannot find. */
    @Transient
    private boolean neu = true;

    protected Instanzbindung() {
    }

    @PostLoad
    @PostPersist
    void gespeichert() {
        neu = false;
    }

    @Override
    public String getId() { return ausfuehrungId; }

    @Override
    public boolean isNew() { return neu; }

    public Instanzbindung(String ausfuehrungId, String prozessinstanzId, Long vergabeId, Long angebotId,
                          Long bewertungsbogenId, String bewerter) {
        this.ausfuehrungId = Objects.requireNonNull(ausfuehrungId);
        this.prozessinstanzId = Objects.requireNonNull(prozessinstanzId);
        this.vergabeId = Objects.requireNonNull(vergabeId);
        this.angebotId = angebotId;
        this.bewertungsbogenId = bewertungsbogenId;
        this.bewerter = bewerter;
    }

    /** One candidate's execution in the participation competition. */
    public static Instanzbindung teilnahmeantrag(String ausfuehrungId, String prozessinstanzId, Long vergabeId, Long teilnahmeantragId) {
        Instanzbindung b = new Instanzbindung(ausfuehrungId, prozessinstanzId, vergabeId, null, null, null);
        b.teilnahmeantragId = Objects.requireNonNull(teilnahmeantragId);
        return b;
    }

    boolean gleich(Instanzbindung andere) {
        return ausfuehrungId.equals(andere.ausfuehrungId) && prozessinstanzId.equals(andere.prozessinstanzId)
                && vergabeId.equals(andere.vergabeId) && Objects.equals(angebotId, andere.angebotId)
                && Objects.equals(bewertungsbogenId, andere.bewertungsbogenId) && Objects.equals(bewerter, andere.bewerter)
                && Objects.equals(teilnahmeantragId, andere.teilnahmeantragId);
    }

    public String getAusfuehrungId() { return ausfuehrungId; }
    public String getProzessinstanzId() { return prozessinstanzId; }
    public Long getVergabeId() { return vergabeId; }
    public Long getAngebotId() { return angebotId; }
    public Long getBewertungsbogenId() { return bewertungsbogenId; }
    public String getBewerter() { return bewerter; }
    public Long getTeilnahmeantragId() { return teilnahmeantragId; }
}
