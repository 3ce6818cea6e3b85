package de.leverkusen.vergabe.schreiben;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One e-mail in the outbox: its content and Message-ID are fixed when it is written, every attempt sends exactly these. */
@Entity
@Table(name = "postausgang")
public class Postausgang {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vergabe_id")
    private Long vergabeId;
    @Column(name = "schreiben_id")
    private Long schreibenId;
    private String auftrag;
    @Column(name = "message_id")
    private String messageId;
    private String absender;
    private String empfaenger;
    private String betreff;
    private String text;
    @Column(name = "erstellt_am")
    private OffsetDateTime erstelltAm;
    @Column(name = "angenommen_am")
    private OffsetDateTime angenommenAm;
    private int versuche;
    @Column(name = "letzter_fehler")
    private String letzterFehler;

    protected Postausgang() {
    }

    Postausgang(Schreiben schreiben, String auftrag, String messageId, String absender, OffsetDateTime erstelltAm) {
        this.vergabeId = schreiben.getVergabeId();
        this.schreibenId = schreiben.getId();
        this.auftrag = auftrag;
        this.messageId = messageId;
        this.absender = absender;
        this.empfaenger = schreiben.getEmpfaenger();
        this.betreff = schreiben.getBetreff();
        this.text = schreiben.getText();
        this.erstelltAm = erstelltAm;
    }

    void angenommen(OffsetDateTime am) {
        this.versuche++;
        this.angenommenAm = am;
        this.letzterFehler = null;
    }

    void fehlgeschlagen(String fehler) {
        this.versuche++;
        this.letzterFehler = fehler.length() > 2000 ? fehler.substring(0, 2000) : fehler;
    }

    public Long getId() { return id; }
    public Long getVergabeId() { return vergabeId; }
    public Long getSchreibenId() { return schreibenId; }
    public String getAuftrag() { return auftrag; }
    public String getMessageId() { return messageId; }
    public String getAbsender() { return absender; }
    public String getEmpfaenger() { return empfaenger; }
    public String getBetreff() { return betreff; }
    public String getText() { return text; }
    public OffsetDateTime getErstelltAm() { return erstelltAm; }
    public OffsetDateTime getAngenommenAm() { return angenommenAm; }
    public int getVersuche() { return versuche; }
    public String getLetzterFehler() { return letzterFehler; }
}
