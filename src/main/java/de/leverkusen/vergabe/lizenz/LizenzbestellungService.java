package de.leverkusen.vergabe.lizenz;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence order to ivl: drafted from the award, reviewed by the Vergabestelle, sent, rejected or confirmed by
 * ivl, and finally the delivery recorded. Every step goes into the running record (Vermerk, stage "Lizenzbestellung").
 */
@Service
@Transactional
public class LizenzbestellungService {

    public static final String STUFE = "Lizenzbestellung";

    private final LizenzbestellungRepository bestellungen;
    private final VergabeService vergaben;
    private final Lizenzvorgaben vorgaben;
    private final Clock clock;

    public LizenzbestellungService(LizenzbestellungRepository bestellungen, VergabeService vergaben, Lizenzvorgaben vorgaben,
                                   Clock clock) {
        this.bestellungen = bestellungen;
        this.vergaben = vergaben;
        this.vorgaben = vorgaben;
        this.clock = clock;
    }

    /** The order number of a procedure: unique per procedure, the idempotency key of the transmission. */
    public static String bestellnummer(String aktenzeichen) {
        return "IVL-" + aktenzeichen;
    }

    /** Drafts the order from the award (idempotent: an existing order of the number is returned unchanged). */
    public Lizenzbestellung entwerfen(Long vergabeId, String bestellnummer) {
        return bestellungen.findByBestellnummer(bestellnummer).orElseGet(() -> {
            Vergabe vergabe = vergaben.vergabe(vergabeId);
            vergabe.erwarten("Lizenzbestellung entwerfen", Vergabe.Status.ZUSCHLAG_ERTEILT);
            Angebot gewinner = vergaben.angebot(vergabe.getZuschlagAngebotId());
            Lizenzbestellung b = bestellungen.save(new Lizenzbestellung(vergabeId, bestellnummer, vorgaben.loiReferenz(),
                    vergabe.getVorlageNummer(), gewinner.getBieterName(), vorgaben.anzahl(), gewinner.getPreis(),
                    vorgaben.kostenstelle(), LocalDate.now(clock).plusDays(vorgaben.lieferfristTage())));
            vergaben.vermerk(vergabeId, null, STUFE, "Lizenzbestellung " + bestellnummer + " entworfen: " + b.getAnzahlLizenzen()
                    + " Lizenzen (" + b.getLizenzartText() + ") bei " + b.getAuftragnehmer() + ", " + Schreibweise.euro(b.getPreis()) + " netto");
            return b;
        });
    }

    @Transactional(readOnly = true)
    public Lizenzbestellung bestellung(String bestellnummer) {
        return bestellungen.findByBestellnummer(bestellnummer)
                .orElseThrow(() -> new NoSuchElementException("Lizenzbestellung " + bestellnummer));
    }

    /** The Vergabestelle releases the order; rules across fields throw {@link Eingabefehler} naming the form field. */
    public void pruefen(String bestellnummer, String benutzer, Bestellpruefung pruefung) {
        Lizenzbestellung b = bestellung(bestellnummer);
        if (!EnumSet.of(Lizenzbestellung.Status.ENTWURF, Lizenzbestellung.Status.ABGELEHNT).contains(b.getStatus())) {
            throw new IllegalStateException("Lizenzbestellung " + bestellnummer + " ist bereits " + b.getStatus());
        }
        if (pruefung.anzahlLizenzen() < 1 || pruefung.anzahlLizenzen() > vorgaben.anzahl()) {
            throw new Eingabefehler("lizenzanzahl", "zwischen 1 und " + vorgaben.anzahl()
                    + " Lizenzen (Bildschirmarbeitsplätze der Stadt), erhalten: " + pruefung.anzahlLizenzen());
        }
        if (pruefung.liefertermin().isBefore(LocalDate.now(clock))) {
            throw new Eingabefehler("liefertermin", "darf nicht in der Vergangenheit liegen: " + pruefung.liefertermin());
        }
        b.pruefen(pruefung, benutzer, jetzt());
        vergaben.vermerk(b.getVergabeId(), benutzer, STUFE, "Lizenzbestellung " + bestellnummer + " geprüft und freigegeben: "
                + pruefung.anzahlLizenzen() + " Lizenzen, Kostenstelle " + pruefung.kostenstelle() + ", Liefertermin "
                + Schreibweise.datum(pruefung.liefertermin()) + ", " + pruefung.loiReferenz() + ". " + pruefung.vermerk());
    }

    /** The order as ivl receives it. */
    @Transactional(readOnly = true)
    public Lizenzbestellauftrag auftrag(String bestellnummer) {
        Lizenzbestellung b = bestellung(bestellnummer);
        Vergabe vergabe = vergaben.vergabe(b.getVergabeId());
        return new Lizenzbestellauftrag(b.getBestellnummer(), vergabe.getBusinessKey(), vergabe.getTitel(), b.getLoiReferenz(),
                b.getVorlageNummer(), vergabe.getRatsbeschlussDatum() == null ? null : vergabe.getRatsbeschlussDatum().toString(),
                b.getAuftragnehmer(), b.getLizenzart(), b.getAnzahlLizenzen(), b.getPreis(), "EUR", b.getKostenstelle(),
                b.getLiefertermin().toString());
    }

    /** ivl accepted the order (HTTP 2xx, or 409: received before under the same key). */
    public void uebermittelt(String bestellnummer) {
        Lizenzbestellung b = bestellung(bestellnummer);
        b.uebermittelt(jetzt());
        vergaben.vermerk(b.getVergabeId(), null, STUFE, "Lizenzbestellung " + bestellnummer + " an die ivl übermittelt");
    }

    /** ivl refused the order's content; the Vergabestelle reviews it again. */
    public void abgelehnt(String bestellnummer, String grund) {
        Lizenzbestellung b = bestellung(bestellnummer);
        b.abgelehnt(grund);
        vergaben.vermerk(b.getVergabeId(), null, STUFE, "Lizenzbestellung " + bestellnummer + " von der ivl abgelehnt: " + grund);
    }

    /**
     * ivl confirms the order with its own reference. Refused while the order has not been released (draft or
     * rejected): ivl cannot confirm what it was not sent.
     */
    public void bestaetigt(String bestellnummer, String ivlReferenz) {
        bestaetigt(bestellnummer, ivlReferenz, "von der ivl bestätigt");
    }

    /**
     * ivl confirmed in writing outside the interface (its endpoint was down, the confirmation came by letter or
     * e-mail): the Vergabestelle records the reference in the reminder task.
     */
    public void schriftlichBestaetigt(String bestellnummer, String ivlReferenz) {
        bestaetigt(bestellnummer, ivlReferenz, "von der ivl schriftlich bestätigt (von der Vergabestelle erfasst)");
    }

    public boolean istBestaetigt(String bestellnummer) {
        return bestellung(bestellnummer).getStatus() == Lizenzbestellung.Status.BESTAETIGT;
    }

    /** ivl's own reference: 1 to 100 letters, digits, spaces and . / _ - (it goes into the record and the order). */
    public static String referenz(String ivlReferenz) {
        String referenz = ivlReferenz == null ? "" : ivlReferenz.strip();
        if (referenz.isEmpty() || referenz.length() > 100 || !referenz.matches("[\\p{L}\\p{N} ./_-]+")) {
            throw new Eingabefehler("ivlReferenz", "Pflichtfeld, 1 bis 100 Zeichen aus Buchstaben, Ziffern, Leerzeichen und . / _ -");
        }
        return referenz;
    }

    private void bestaetigt(String bestellnummer, String ivlReferenz, String wie) {
        String referenz = referenz(ivlReferenz);
        Lizenzbestellung b = bestellung(bestellnummer);
        Set<Lizenzbestellung.Status> gesendet = EnumSet.of(Lizenzbestellung.Status.GEPRUEFT, Lizenzbestellung.Status.UEBERMITTELT);
        if (!gesendet.contains(b.getStatus())) {
            throw new Eingabefehler("bestellnummer", "Lizenzbestellung " + bestellnummer + " wurde nicht übermittelt (Status "
                    + b.getStatus() + ") und kann nicht bestätigt werden");
        }
        b.bestaetigt(referenz, jetzt());
        vergaben.vermerk(b.getVergabeId(), null, STUFE, "Lizenzbestellung " + bestellnummer + " " + wie + ", Referenz " + referenz);
    }

    /** Delivery and activation of the licences, recorded by the Vergabestelle. */
    public void bereitgestellt(String bestellnummer, String benutzer, LocalDate am, int anzahl, String vermerk) {
        Lizenzbestellung b = bestellung(bestellnummer);
        if (b.getStatus() != Lizenzbestellung.Status.BESTAETIGT) {
            throw new IllegalStateException("Lizenzbestellung " + bestellnummer + " ist nicht bestätigt: " + b.getStatus());
        }
        if (anzahl < 1 || anzahl > b.getAnzahlLizenzen()) {
            throw new Eingabefehler("bereitgestellteLizenzen", "zwischen 1 und den bestellten " + b.getAnzahlLizenzen()
                    + " Lizenzen, erhalten: " + anzahl);
        }
        if (am.isAfter(LocalDate.now(clock))) {
            throw new Eingabefehler("bereitgestelltAm", "darf nicht in der Zukunft liegen: " + am);
        }
        b.bereitgestellt(am, anzahl, vermerk);
        vergaben.vermerk(b.getVergabeId(), benutzer, STUFE, anzahl + " Lizenzen am " + Schreibweise.datum(am) + " bereitgestellt: " + vermerk);
    }

    private OffsetDateTime jetzt() {
        return OffsetDateTime.now(clock);
    }
}
