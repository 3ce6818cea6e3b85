package de.leverkusen.vergabe.dokumente;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The final version of a generated document, kept with the procedure as generated (never regenerated). */
@Entity
@Table(name = "dokument")
public class Dokument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    private String name;
    @Column(name = "content_type")
    private String contentType;
    private byte[] inhalt;
    @Column(name = "erstellt_am")
    private OffsetDateTime erstelltAm;

    protected Dokument() {
    }

    Dokument(Long vergabeId, String name, String contentType, byte[] inhalt, OffsetDateTime erstelltAm) {
        this.vergabeId = vergabeId;
        this.name = name;
        this.contentType = contentType;
        this.inhalt = inhalt;
        this.erstelltAm = erstelltAm;
    }

    public Long getVergabeId() { return vergabeId; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public byte[] getInhalt() { return inhalt; }
    public OffsetDateTime getErstelltAm() { return erstelltAm; }
}
