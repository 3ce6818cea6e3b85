package de.leverkusen.vergabe.schreiben;

import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Aufhebungsgrund;
import de.leverkusen.vergabe.verfahren.Eingabefehler;
import de.leverkusen.vergabe.verfahren.Schreibweise;
import de.leverkusen.vergabe.verfahren.Teilnahmeantrag;
import de.leverkusen.vergabe.verfahren.Teilnahmewettbewerbe;
import de.leverkusen.vergabe.verfahren.Verfahrensfehler;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.verfahren.VerhandlungService;
import de.leverkusen.vergabe.verfahren.Verhandlungsrunde;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the letters to bidders from the procedure's data and keeps each letter; e-mails go into the outbox
 * ({@link Postausgang}, sent by {@link PostausgangService}), letters by post wait for the dispatch date the
 * Vergabestelle records. Without a configured mail server ({@code spring.mail.host}) the § 134 letters go by post and
 * the others are kept as {@link Schreiben.Versand#MANUELL}: the Vergabestelle dispatches them itself with the step.
 */
@Service
@Transactional
public class SchreibenService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final SchreibenRepository schreiben;
    private final PostausgangRepository postausgang;
    private final VergabeService vergaben;
    private final BewertungService bewertung;
    private final Teilnahmewettbewerbe teilnahme;
    private final VerhandlungService verhandlungen;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String absender;

    public SchreibenService(SchreibenRepository schreiben, PostausgangRepository postausgang, VergabeService vergaben, BewertungService bewertung,
                            Teilnahmewettbewerbe teilnahme, VerhandlungService verhandlungen, ObjectProvider<JavaMailSender> mail,
                            Clock clock, Maileinstellungen einstellungen) {
        this.schreiben = schreiben;
        this.postausgang = postausgang;
        this.vergaben = vergaben;
        this.bewertung = bewertung;
        this.teilnahme = teilnahme;
        this.verhandlungen = verhandlungen;
        this.mail = mail;
        this.clock = clock;
        this.absender = einstellungen.absender();
    }

    /** The § 134 GWB letters as the Vergabestelle approves them (one per unsuccessful bidder). */
    @Transactional(readOnly = true)
    public List<Bieterschreiben.Brief> entwurf134(Long vergabeId, Long zuschlagAngebotId, LocalDate fruehesterVertragsschluss) {
        return briefe134(vergabeId, zuschlagAngebotId, fruehesterVertragsschluss).stream().map(Post::brief).toList();
    }

    /**
     * One § 134 letter per offer other than the winner's. A bidder reduced out in the negotiations (§ 17 Abs. 12 VgV) is
     * still a bidder (§ 134 Abs. 1 Satz 1 GWB): its letter gives the round and the recorded reasons, no rank.
     */
    private List<Post> briefe134(Long vergabeId, Long zuschlagAngebotId, LocalDate fruehesterVertragsschluss) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(zuschlagAngebotId);
        List<Wertungsrechner.Rang> rangfolge = bewertung.rangfolge(vergabeId);
        Wertungsrechner.Rang erster = rangfolge.stream().filter(r -> r.angebotId().equals(zuschlagAngebotId)).findFirst().orElseThrow();
        Map<String, Verhandlungsrunde> verringert = new HashMap<>();
        for (Verhandlungsrunde r : verhandlungen.runden(vergabeId)) {
            r.getAusgeschieden().forEach(name -> verringert.put(name, r));
        }
        // the day the notice of the reduction left for each offer's bidder, if it did
        Map<Long, LocalDate> mitgeteilt = new HashMap<>();
        for (Schreiben s : schreiben.findByVergabeIdAndArtOrderById(vergabeId, Schreiben.Art.VERHANDLUNG_AUSSCHEIDEN)) {
            if (s.getAngebotId() != null && s.getVersandtAm() != null) {
                mitgeteilt.putIfAbsent(s.getAngebotId(), s.getVersandtAm().atZoneSameInstant(clock.getZone()).toLocalDate());
            }
        }
        List<Post> briefe = new ArrayList<>();
        for (Angebot a : vergaben.angebote(vergabeId)) {
            if (a.getId().equals(zuschlagAngebotId)) {
                continue;
            }
            Verhandlungsrunde runde = verringert.get(a.getBieterName());
            String gruende = runde != null
                    ? Bieterschreiben.gruendeVerringerung(runde.getNummer(), runde.getReduzierungBegruendung(), mitgeteilt.get(a.getId()))
                    : gruende(a, rangfolge, erster, methode(vergabeId), vergaben.losentscheidText(vergabeId));
            briefe.add(new Post(a, Bieterschreiben.information134(vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(),
                    gewinner.getBieterName(), gruende, fruehesterVertragsschluss)));
        }
        return briefe;
    }

    /** The § 62 VgV letters as they go out with the award on the given day. */
    @Transactional(readOnly = true)
    public List<Bieterschreiben.Brief> entwurf62(Long vergabeId, Long zuschlagAngebotId, LocalDate zuschlagAm) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(zuschlagAngebotId);
        return vergaben.angebote(vergabeId).stream().map(a -> Bieterschreiben.information62(vergabe.getTitel(), vergabe.getBusinessKey(),
                a.getBieterName(), gewinner.getBieterName(), zuschlagAm)).toList();
    }

    /**
     * Writes the § 134 GWB letter of every unsuccessful bidder: by e-mail into the outbox (sent by the send task of the
     * process instance {@code auftrag}), by post ({@code post}, or no mail server configured) for the Vergabestelle to
     * post and record. Nothing is dispatched here; the standstill starts from the recorded dispatch
     * ({@link #wartefrist134}).
     */
    public void information134(Long vergabeId, Long zuschlagAngebotId, LocalDate fruehesterVertragsschluss, boolean post, String auftrag) {
        List<Post> briefe = briefe134(vergabeId, zuschlagAngebotId, fruehesterVertragsschluss);
        int runde = aktuelleRunde(vergabeId) + 1;
        ablegen(Schreiben.Art.INFORMATION_134, briefe, auftrag, post || mail.getIfAvailable() == null ? Schreiben.Versand.POST : null, runde);
    }

    /** § 62 VgV: every bidder learns of the award (into the outbox of {@code auftrag}). */
    public void information62(Long vergabeId, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(vergabe.getZuschlagAngebotId());
        ablegen(Schreiben.Art.INFORMATION_62, vergaben.angebote(vergabeId).stream().map(a -> new Post(a, Bieterschreiben.information62(
                vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(), gewinner.getBieterName(),
                vergabe.getZuschlagAm().toLocalDate()))).toList(), auftrag, null, null);
    }

    /** § 56 VgV: request of missing documents from one bidder (into the outbox of {@code auftrag}). */
    public void nachforderung(Long angebotId, String unterlagen, LocalDate frist, String auftrag) {
        Angebot a = vergaben.angebot(angebotId);
        Vergabe vergabe = vergaben.vergabe(a.getVergabeId());
        ablegen(Schreiben.Art.NACHFORDERUNG_56, List.of(new Post(a, Bieterschreiben.nachforderung(vergabe.getTitel(), vergabe.getBusinessKey(),
                a.getBieterName(), unterlagen, frist))), auftrag, null, null);
    }

    /** § 56 Abs. 2 VgV: the request of missing documents as the candidate's request records it (into the outbox of {@code auftrag}). */
    public void nachforderungTeilnahmeantrag(Long antragId, String auftrag) {
        Teilnahmeantrag a = teilnahme.antrag(antragId);
        Vergabe vergabe = vergaben.vergabe(a.getVergabeId());
        ablegen(Schreiben.Art.NACHFORDERUNG_56, List.of(new Post(a.getVergabeId(), null, a.getId(), a.getBewerberName(), a.getBewerberEmail(),
                Bieterschreiben.nachforderungTeilnahmeantrag(vergabe.getTitel(), vergabe.getBusinessKey(), a.getBewerberName(),
                        a.getNachgeforderteUnterlagen(), a.getNachforderungsfrist()))), auftrag, null, null);
    }

    /** Whether a § 134 letter of the current information waits for the Vergabestelle to record its posting. */
    @Transactional(readOnly = true)
    public boolean postversandOffen(Long vergabeId) {
        return aktuelle134(vergabeId).stream().anyMatch(s -> s.getVersand() == Schreiben.Versand.POST && s.getVersandtAm() == null);
    }

    /** The § 134 letters of the current information that go by post, as the Vergabestelle prints them. */
    @Transactional(readOnly = true)
    public List<Schreiben> postbriefe134(Long vergabeId) {
        return aktuelle134(vergabeId).stream().filter(s -> s.getVersand() == Schreiben.Versand.POST).toList();
    }

    /**
     * The Vergabestelle records the day it posted the § 134 letters: not in the future, not before the letters were
     * released.
     */
    public void postversandErfassen(Long vergabeId, LocalDate versandtAm, String benutzer) {
        LocalDate heute = LocalDate.now(clock);
        if (versandtAm.isAfter(heute)) {
            throw new Eingabefehler("postversandAm", "der Tag der Aufgabe zur Post darf nicht in der Zukunft liegen (heute: "
                    + DATUM.format(heute) + ")");
        }
        List<Schreiben> offen = aktuelle134(vergabeId).stream()
                .filter(s -> s.getVersand() == Schreiben.Versand.POST && s.getVersandtAm() == null).toList();
        for (Schreiben s : offen) {
            LocalDate freigabe = s.getErstelltAm().atZoneSameInstant(clock.getZone()).toLocalDate();
            if (versandtAm.isBefore(freigabe)) {
                throw new Eingabefehler("postversandAm", "der Tag der Aufgabe zur Post darf nicht vor der Freigabe der Schreiben am "
                        + DATUM.format(freigabe) + " liegen");
            }
        }
        OffsetDateTime am = versandtAm.atStartOfDay(clock.getZone()).toOffsetDateTime();
        for (Schreiben s : offen) {
            s.versandt(am);
            vergaben.vermerk(vergabeId, benutzer, "Schreiben", s.getBetreff() + " an " + s.getEmpfaenger() + " am "
                    + DATUM.format(versandtAm) + " zur Post gegeben");
        }
    }

    /**
     * § 134 Abs. 2 GWB: the standstill of the current information, counted from the recorded dispatch of each letter
     * (10 days for e-mail, 15 for post); the one that ends last. Refused while a letter is not dispatched: until then
     * the standstill has not begun.
     */
    @Transactional(readOnly = true)
    public Wartefrist wartefrist134(Long vergabeId) {
        List<Schreiben> briefe = aktuelle134(vergabeId);
        if (briefe.isEmpty()) {
            throw new Verfahrensfehler("Wartefrist: für Vergabe " + vergabeId + " gibt es keine Information nach § 134 GWB");
        }
        Wartefrist spaeteste = null;
        for (Schreiben s : briefe) {
            if (s.getVersandtAm() == null) {
                throw new Verfahrensfehler("Wartefrist: die Information nach § 134 GWB an " + s.getEmpfaenger()
                        + " ist noch nicht versandt; die Wartefrist hat nicht begonnen");
            }
            Wartefrist w = Wartefrist.ab(s.getVersandtAm().atZoneSameInstant(clock.getZone()).toLocalDate(),
                    s.getVersand() == Schreiben.Versand.POST || s.getVersand() == Schreiben.Versand.MANUELL
                            ? Wartefrist.Versandart.POST : Wartefrist.Versandart.ELEKTRONISCH);
            if (spaeteste == null || w.fruehesterZuschlag().isAfter(spaeteste.fruehesterZuschlag())) {
                spaeteste = w;
            }
        }
        return spaeteste;
    }

    private List<Schreiben> aktuelle134(Long vergabeId) {
        int runde = aktuelleRunde(vergabeId);
        return schreiben.findByVergabeIdAndArtOrderById(vergabeId, Schreiben.Art.INFORMATION_134).stream()
                .filter(s -> s.getRunde() != null && s.getRunde() == runde).toList();
    }

    private int aktuelleRunde(Long vergabeId) {
        return schreiben.findByVergabeIdAndArtOrderById(vergabeId, Schreiben.Art.INFORMATION_134).stream()
                .map(Schreiben::getRunde).filter(r -> r != null).max(Integer::compare).orElse(0);
    }

    /**
     * § 63 Abs. 2 VgV: every bidder and every candidate without an offer (not invited, or the competition ended before
     * the invitation) is told of the cancellation with its ground, in text form (into the outbox of {@code auftrag}).
     */
    public void aufhebung63(Long vergabeId, Aufhebungsgrund grund, String begruendung, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Bieterschreiben.Brief brief = Bieterschreiben.aufhebung63(vergabe.getTitel(), vergabe.getBusinessKey(), grund.text(), begruendung);
        List<Post> post = new ArrayList<>(vergaben.angebote(vergabeId).stream().map(a -> new Post(a, brief)).toList());
        teilnahme.antraege(vergabeId).stream().filter(a -> a.getAngebotId() == null)
                .forEach(a -> post.add(new Post(vergabeId, null, a.getId(), a.getBewerberName(), a.getBewerberEmail(), brief)));
        ablegen(Schreiben.Art.AUFHEBUNG_63, post, auftrag, null, null);
    }

    /** The letters of a closed negotiation round (§ 17 Abs. 12-14 VgV) into the outbox of {@code auftrag}. */
    public void verhandlungsrunde(Long vergabeId, VerhandlungService.Rundenabschluss r, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        if (!r.informiert().isEmpty()) {
            verhandlungsinformation(vergabeId, r.runde(), r.informiert(), r.anlass() == null || r.anlass().isBlank()
                    ? "Information an alle Bieter" : r.anlass().strip(), r.inhalt().strip(), auftrag);
        }
        ablegen(Schreiben.Art.VERHANDLUNG_AUSSCHEIDEN, r.ausgeschieden().stream().map(a -> new Post(a, Bieterschreiben.verhandlungAusscheiden(
                vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(), r.runde(), r.reduzierungBegruendung().strip()))).toList(),
                auftrag, null, null);
        ablegen(Schreiben.Art.AUFFORDERUNG_ENDGUELTIG, r.aufgefordert().stream().map(a -> new Post(a, Bieterschreiben.aufforderungEndgueltig(
                vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(), Schreibweise.zeit(r.frist())))).toList(), auftrag, null, null);
    }

    /** § 17 Abs. 13 VgV: the same information to each remaining bidder (into the outbox of {@code auftrag}). */
    public void verhandlungsinformation(Long vergabeId, int runde, List<Angebot> an, String anlass, String inhalt, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        ablegen(Schreiben.Art.VERHANDLUNG_INFORMATION, an.stream().map(a -> new Post(a, Bieterschreiben.verhandlungsinformation(
                vergabe.getTitel(), vergabe.getBusinessKey(), runde, anlass, inhalt))).toList(), auftrag, null, null);
    }

    /** § 60 Abs. 1 VgV: request to a bidder to explain an abnormally low price (into the outbox of {@code auftrag}). */
    public void aufklaerung60(Angebot a, String fragen, LocalDate frist, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(a.getVergabeId());
        ablegen(Schreiben.Art.AUFKLAERUNG_60, List.of(new Post(a, Bieterschreiben.aufklaerung60(vergabe.getTitel(), vergabe.getBusinessKey(),
                a.getBieterName(), a.getNiedrigpreisBefund(), fragen, frist))), auftrag, null, null);
    }

    /**
     * § 51 VgV, § 134 Abs. 1 Satz 2 GWB: each candidate not invited is told so with its reason, now (into the outbox of
     * {@code auftrag}); the request records it, and such a candidate has no offer, so no § 134 letter follows.
     */
    public void nichtAufgefordert(Long vergabeId, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        List<Teilnahmeantrag> nicht = teilnahme.nichtAufgefordert(vergabeId).stream().filter(a -> a.getInformiertAm() == null).toList();
        ablegen(Schreiben.Art.NICHTAUFFORDERUNG_51, nicht.stream().map(a -> new Post(vergabeId, null, a.getId(), a.getBewerberName(),
                a.getBewerberEmail(), Bieterschreiben.nichtAufgefordert(vergabe.getTitel(), vergabe.getBusinessKey(), a.getBewerberName(),
                        a.getAuswahlgrund()))).toList(), auftrag, null, null);
        nicht.forEach(a -> teilnahme.informiert(a.getId()));
    }

    /** § 52 VgV: the invitation to tender to every invited candidate (into the outbox of {@code auftrag}). */
    public void aufforderung(Long vergabeId, String auftrag) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        ablegen(Schreiben.Art.AUFFORDERUNG_52, vergaben.angebote(vergabeId).stream().map(a -> new Post(a, Bieterschreiben.aufforderung(
                vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(), Schreibweise.fristende(vergabe.getAngebotsfrist())))).toList(),
                auftrag, null, null);
    }

    @Transactional(readOnly = true)
    public List<Schreiben> schreiben(Long vergabeId) {
        return schreiben.findByVergabeIdOrderById(vergabeId);
    }

    /** The procedure's published method with its parameters, from its frozen evaluation basis. */
    private String methode(Long vergabeId) {
        return bewertung.katalog(vergabeId).methodenbeschreibung();
    }

    private static String gruende(Angebot a, List<Wertungsrechner.Rang> rangfolge, Wertungsrechner.Rang erster, String methode,
                                  String losentscheid) {
        if (a.getStatus() == Angebot.Status.AUSGESCHLOSSEN) {
            return "Ihr Angebot wurde von der Wertung ausgeschlossen. " + a.getAusschlussgrund();
        }
        Wertungsrechner.Rang eigener = rangfolge.stream().filter(r -> r.angebotId().equals(a.getId())).findFirst().orElseThrow();
        if (eigener.ausgeschlossen()) {
            // excluded in the evaluation: A-criterion not fulfilled or minimum points not reached
            return "Ihr Angebot wurde in der Wertung ausgeschlossen: " + eigener.grund() + ".";
        }
        if (eigener.losentscheid() && Integer.valueOf(1).equals(eigener.rang()) && losentscheid != null) {
            return "Nach der veröffentlichten Wertungsmethode (" + methode + ") liegt Ihr Angebot mit " + Schreibweise.zahl(eigener.leistung())
                    + " Leistungspunkten und Z = " + Schreibweise.zahl(eigener.kennzahl()) + " gleichauf mit dem Angebot des Zuschlagsempfängers an "
                    + "der Spitze. " + losentscheid + ".";
        }
        return "Nach der veröffentlichten Wertungsmethode (" + methode + ") "
                + "belegt Ihr Angebot Rang " + eigener.rang() + " mit " + Schreibweise.zahl(eigener.leistung()) + " Leistungspunkten und Z = "
                + Schreibweise.zahl(eigener.kennzahl()) + "; das Angebot des Zuschlagsempfängers erreicht " + Schreibweise.zahl(erster.leistung())
                + " Leistungspunkte und Z = " + Schreibweise.zahl(erster.kennzahl()) + ".";
    }

    /** One letter to the bidder of one offer, or to a candidate without offer ({@code angebotId} null). */
    private record Post(Long vergabeId, Long angebotId, Long teilnahmeantragId, String name, String email, Bieterschreiben.Brief brief) {
        Post(Angebot an, Bieterschreiben.Brief brief) {
            this(an.getVergabeId(), an.getId(), null, an.getBieterName(), an.getBieterEmail(), brief);
        }
    }

    /**
     * Keeps the letters of one occasion. {@code versand} POST: for the Vergabestelle to post; otherwise e-mail through
     * the outbox with a Message-ID fixed now, or, without a mail server, dispatched by the Vergabestelle with the step.
     */
    private void ablegen(Schreiben.Art art, List<Post> briefe, String auftrag, Schreiben.Versand versand, Integer runde) {
        boolean mailserver = mail.getIfAvailable() != null;
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        Schreiben.Versand wie = versand != null ? versand : mailserver ? Schreiben.Versand.EMAIL : Schreiben.Versand.MANUELL;
        for (Post p : briefe) {
            Schreiben s = schreiben.save(new Schreiben(p.vergabeId(), p.angebotId(), p.teilnahmeantragId(), art, p.email(), p.brief(), wie,
                    jetzt, wie == Schreiben.Versand.MANUELL ? jetzt : null, runde));
            if (wie == Schreiben.Versand.EMAIL) {
                postausgang.save(new Postausgang(s, auftrag, messageId(), absender, jetzt));
            }
            vergaben.vermerk(p.vergabeId(), null, "Schreiben", p.brief().betreff() + " an " + p.name() + " <" + p.email()
                    + ">" + switch (wie) {
                        case EMAIL -> " zum Versand per E-Mail in den Postausgang gestellt";
                        case POST -> " zum Versand per Post durch die Vergabestelle bereitgestellt";
                        default -> " zum Versand durch die Vergabestelle bereitgestellt";
                    });
        }
    }

    /** A globally unique Message-ID in the sender's domain (RFC 5322 msg-id). */
    private String messageId() {
        return "<" + UUID.randomUUID() + "@" + absender.substring(absender.indexOf('@') + 1) + ">";
    }

    /** Preview text of several letters for a form. */
    public static String vorschau(List<Bieterschreiben.Brief> briefe) {
        return briefe.stream().map(b -> b.betreff() + "\n\n" + b.text()).collect(Collectors.joining("\n\n──────────\n\n"));
    }
}
