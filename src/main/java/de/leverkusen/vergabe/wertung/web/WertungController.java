package de.leverkusen.vergabe.wertung.web;

import de.leverkusen.vergabe.dokumente.Bewertungsmatrix;
import de.leverkusen.vergabe.dokumente.Dokumentart;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Bewerter;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.web.Abweisung;
import de.leverkusen.vergabe.wertung.BewertungService;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation of a running procedure: the ranking as JSON (the calculator's format, from the consolidated values
 * and the procedure's published method) and the evaluation matrix as .xlsx. HTTP Basic like all of /api/vergaben/*
 * ({@code EngineRestAuthentifizierung}); the Vergabestelle, the Projektleitung and admins only (evaluators must not
 * see the others' sheets or the prices, ivl nothing of the evaluation). Before the consolidation is done: 409.
 */
@RestController
public class WertungController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IdentityService identity;
    private final VergabeRepository vergaben;
    private final VergabeService verfahren;
    private final BewertungService bewertung;

    public WertungController(IdentityService identity, VergabeRepository vergaben, VergabeService verfahren,
                             BewertungService bewertung) {
        this.identity = identity;
        this.vergaben = vergaben;
        this.verfahren = verfahren;
        this.bewertung = bewertung;
    }

    @GetMapping(value = "/api/vergaben/{businessKey}/wertung", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> wertung(@PathVariable String businessKey) {
        return mitErgebnis(businessKey, (vergabe, ergebnis) -> ResponseEntity.ok(WertungsrechnerController.antwort(ergebnis)));
    }

    @GetMapping("/api/vergaben/{businessKey}/wertung/matrix.xlsx")
    public ResponseEntity<?> matrix(@PathVariable String businessKey) {
        return mitErgebnis(businessKey, (vergabe, ergebnis) -> {
            List<String> bewerter = verfahren.unbefangeneBewerter(vergabe.getId()).stream().map(Bewerter::getBenutzer).sorted().toList();
            List<Bewertungsmatrix.Angebot> angebote = verfahren.zugelasseneAngebote(vergabe.getId()).stream()
                    .map(Angebot::getId)
                    .map(id -> new Bewertungsmatrix.Angebot(bewertung.bieterName(id), bewertung.abgegebeneBoegen(id),
                            bewertung.konsolidierungszeilen(id)))
                    .toList();
            byte[] xlsx = Bewertungsmatrix.erzeugen(businessKey, bewertung.katalog(vergabe.getId()), bewerter, angebote, ergebnis);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(businessKey + "-bewertungsmatrix.xlsx").build().toString())
                    .body(xlsx);
        });
    }

    private interface Antwort {
        ResponseEntity<?> mit(Vergabe vergabe, Wertungsergebnis ergebnis);
    }

    private ResponseEntity<?> mitErgebnis(String businessKey, Antwort antwort) {
        Set<String> gruppen = gruppen();
        if (gruppen.stream().noneMatch(Dokumentart.GRUPPEN_ALLE::contains)) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für die Wertung der Vergabeverfahren "
                    + "(Vergabestelle, Projektleitung, Administration)");
        }
        Optional<Vergabe> vergabe = vergaben.findByBusinessKey(businessKey);
        if (vergabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey);
        }
        Wertungsergebnis ergebnis = bewertung.ergebnis(vergabe.get().getId());
        if (ergebnis == null) {
            throw new Abweisung(HttpStatus.CONFLICT, "die Wertung von " + businessKey + " liegt noch nicht vor: "
                    + "erst wenn die Bewertungen aller zugelassenen Angebote konsolidiert sind");
        }
        return antwort.mit(vergabe.get(), ergebnis);
    }

    private Set<String> gruppen() {
        Authentication angemeldet = identity.getCurrentAuthentication();
        return angemeldet == null || angemeldet.getGroupIds() == null ? Set.of() : new HashSet<>(angemeldet.getGroupIds());
    }

}
