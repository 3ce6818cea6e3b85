package de.leverkusen.vergabe.schreiben;

import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the letters to bidders from the procedure's data, sends them by e-mail and keeps each letter with its
 * dispatch time. Without a configured mail server ({@code spring.mail.host}) the letters are kept as
 * {@link Schreiben.Versand#MANUELL}: the Vergabestelle dispatches them itself when it completes the task.
 */
@Service
@Transactional
public class SchreibenService {

    private final SchreibenRepository schreiben;
    private final VergabeService vergaben;
    private final BewertungService bewertung;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String absender;

    public SchreibenService(SchreibenRepository schreiben, VergabeService vergaben, BewertungService bewertung,
                            ObjectProvider<JavaMailSender> mail, Clock clock,
                            @Value("${vergabe.mail.absender:vergabestelle@stadt.leverkusen.example}") String absender) {
        this.schreiben = schreiben;
        this.vergaben = vergaben;
        this.bewertung = bewertung;
        this.mail = mail;
        this.clock = clock;
        this.absender = absender;
    }

    /** The § 134 GWB letters as the Vergabestelle approves them (one per unsuccessful bidder). */
    @Transactional(readOnly = true)
    public List<Bieterschreiben.Brief> entwurf134(Long vergabeId, Long zuschlagAngebotId, LocalDate fruehesterVertragsschluss) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(zuschlagAngebotId);
        List<Wertungsrechner.Rang> rangfolge = bewertung.rangfolge(vergabeId);
        Wertungsrechner.Rang erster = rangfolge.stream().filter(r -> r.angebotId().equals(zuschlagAngebotId)).findFirst().orElseThrow();
        List<Bieterschreiben.Brief> briefe = new ArrayList<>();
        for (Angebot a : vergaben.angebote(vergabeId)) {
            if (a.getId().equals(zuschlagAngebotId)) {
                continue;
            }
            briefe.add(Bieterschreiben.information134(vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(),
                    gewinner.getBieterName(), gruende(a, rangfolge, erster, methode(vergabeId), vergaben.losentscheidText(vergabeId)),
                    fruehesterVertragsschluss));
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

    /** Sends the § 134 GWB information to every unsuccessful bidder; returns the dispatch time. */
    public OffsetDateTime information134(Long vergabeId, Long zuschlagAngebotId, LocalDate fruehesterVertragsschluss) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(zuschlagAngebotId);
        List<Wertungsrechner.Rang> rangfolge = bewertung.rangfolge(vergabeId);
        Wertungsrechner.Rang erster = rangfolge.stream().filter(r -> r.angebotId().equals(zuschlagAngebotId)).findFirst().orElseThrow();
        OffsetDateTime versandt = OffsetDateTime.now(clock);
        List<Post> post = new ArrayList<>();
        for (Angebot a : vergaben.angebote(vergabeId)) {
            if (!a.getId().equals(zuschlagAngebotId)) {
                post.add(new Post(a, Bieterschreiben.information134(vergabe.getTitel(), vergabe.getBusinessKey(),
                        a.getBieterName(), gewinner.getBieterName(), gruende(a, rangfolge, erster, methode(vergabeId),
                        vergaben.losentscheidText(vergabeId)), fruehesterVertragsschluss)));
            }
        }
        senden(Schreiben.Art.INFORMATION_134, post, versandt);
        return versandt;
    }

    /** § 62 VgV: every bidder learns of the award. */
    public void information62(Long vergabeId) {
        Vergabe vergabe = vergaben.vergabe(vergabeId);
        Angebot gewinner = vergaben.angebot(vergabe.getZuschlagAngebotId());
        senden(Schreiben.Art.INFORMATION_62, vergaben.angebote(vergabeId).stream().map(a -> new Post(a, Bieterschreiben.information62(
                vergabe.getTitel(), vergabe.getBusinessKey(), a.getBieterName(), gewinner.getBieterName(),
                vergabe.getZuschlagAm().toLocalDate()))).toList(), OffsetDateTime.now(clock));
    }

    /** § 56 VgV: request of missing documents from one bidder. */
    public void nachforderung(Long angebotId, String unterlagen, LocalDate frist) {
        Angebot a = vergaben.angebot(angebotId);
        Vergabe vergabe = vergaben.vergabe(a.getVergabeId());
        senden(Schreiben.Art.NACHFORDERUNG_56, List.of(new Post(a, Bieterschreiben.nachforderung(vergabe.getTitel(), vergabe.getBusinessKey(),
                a.getBieterName(), unterlagen, frist))), OffsetDateTime.now(clock));
    }

    /** § 60 Abs. 1 VgV: request to a bidder to explain an abnormally low price. */
    public void aufklaerung60(Angebot a, String fragen, LocalDate frist) {
        Vergabe vergabe = vergaben.vergabe(a.getVergabeId());
        senden(Schreiben.Art.AUFKLAERUNG_60, List.of(new Post(a, Bieterschreiben.aufklaerung60(vergabe.getTitel(), vergabe.getBusinessKey(),
                a.getBieterName(), a.getNiedrigpreisBefund(), fragen, frist))), OffsetDateTime.now(clock));
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
            return "Nach der veröffentlichten Wertungsmethode (" + methode + ") liegt Ihr Angebot mit " + eigener.leistung().toPlainString()
                    + " Leistungspunkten und Z = " + eigener.kennzahl().toPlainString() + " gleichauf mit dem Angebot des Zuschlagsempfängers an "
                    + "der Spitze. " + losentscheid + ".";
        }
        return "Nach der veröffentlichten Wertungsmethode (" + methode + ") "
                + "belegt Ihr Angebot Rang " + eigener.rang() + " mit " + eigener.leistung().toPlainString() + " Leistungspunkten und Z = "
                + eigener.kennzahl().toPlainString() + "; das Angebot des Zuschlagsempfängers erreicht " + erster.leistung().toPlainString()
                + " Leistungspunkte und Z = " + erster.kennzahl().toPlainString() + ".";
    }

    /** One letter to the bidder of one offer. */
    private record Post(Angebot an, Bieterschreiben.Brief brief) {
    }

    /** Sends the letters of one occasion through one connection to the mail server and keeps each with its dispatch time. */
    private void senden(Schreiben.Art art, List<Post> post, OffsetDateTime versandt) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null && !post.isEmpty()) {
            sender.send(post.stream().map(p -> {
                SimpleMailMessage nachricht = new SimpleMailMessage();
                nachricht.setFrom(absender);
                nachricht.setTo(p.an().getBieterEmail());
                nachricht.setSubject(p.brief().betreff());
                nachricht.setText(p.brief().text());
                return nachricht;
            }).toArray(SimpleMailMessage[]::new));
        }
        for (Post p : post) {
            Angebot an = p.an();
            schreiben.save(new Schreiben(an.getVergabeId(), an.getId(), art, an.getBieterEmail(), p.brief(),
                    sender != null ? Schreiben.Versand.VERSANDT : Schreiben.Versand.MANUELL, versandt));
            vergaben.vermerk(an.getVergabeId(), null, "Schreiben", p.brief().betreff() + " an " + an.getBieterName() + " <" + an.getBieterEmail()
                    + ">" + (sender != null ? " per E-Mail versandt" : " zum Versand durch die Vergabestelle bereitgestellt"));
        }
    }

    /** Preview text of several letters for a form. */
    public static String vorschau(List<Bieterschreiben.Brief> briefe) {
        return briefe.stream().map(b -> b.betreff() + "\n\n" + b.text()).collect(Collectors.joining("\n\n──────────\n\n"));
    }
}
