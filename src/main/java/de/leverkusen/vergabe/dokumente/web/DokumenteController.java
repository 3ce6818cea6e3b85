package de.leverkusen.vergabe.dokumente.web;

import de.leverkusen.vergabe.aktenabgabe.Aktenabgabe;
import de.leverkusen.vergabe.aktenabgabe.AktenabgabeService;
import de.leverkusen.vergabe.aktenabgabe.XdomeaAbgabe;
import de.leverkusen.vergabe.dokumente.DokumentService;
import de.leverkusen.vergabe.dokumente.Dokumentart;
import de.leverkusen.vergabe.dokumente.OparlPaper;
import de.leverkusen.vergabe.verfahren.Vergabe;
import de.leverkusen.vergabe.verfahren.VergabeRepository;
import de.leverkusen.vergabe.web.Abweisung;
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
 * The generated documents of a procedure: Vergabevermerk (PDF), Ratsbeschlussvorlage (PDF, DOCX, OParl JSON) and the
 * eForms award notice (XML). Authenticated by HTTP Basic like all of /api/vergaben/* ({@code EngineRestAuthentifizierung}),
 * GETs also by the session of the Camunda webapps (links in Tasklist's forms); the Vergabestelle,
 * the Projektleitung and admins read every document, the Ratsbüro the Ratsbeschlussvorlage; evaluators and ivl none.
 * The objects the OParl paper names by id (its consultations, its file, the committees) are read with the same rights
 * as the paper.
 */
@RestController
public class DokumenteController {

    private final IdentityService identity;
    private final VergabeRepository vergaben;
    private final DokumentService dokumente;
    private final AktenabgabeService akten;

    public DokumenteController(IdentityService identity, VergabeRepository vergaben, DokumentService dokumente,
                               AktenabgabeService akten) {
        this.identity = identity;
        this.vergaben = vergaben;
        this.dokumente = dokumente;
        this.akten = akten;
    }

    @GetMapping(value = "/api/vergaben/{businessKey}/dokumente", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> liste(@PathVariable String businessKey) {
        Set<String> gruppen = gruppen();
        if (Set.of(Dokumentart.values()).stream().noneMatch(a -> a.erlaubt(gruppen))) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für die Dokumente der Vergabeverfahren");
        }
        Optional<Vergabe> vergabe = vergaben.findByBusinessKey(businessKey);
        if (vergabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey);
        }
        List<DokumentService.Eintrag> liste = dokumente.liste(vergabe.get(), gruppen);
        return ResponseEntity.ok(Map.of("businessKey", businessKey, "dokumente", liste));
    }

    @GetMapping("/api/vergaben/{businessKey}/dokumente/{name}")
    public ResponseEntity<?> dokument(@PathVariable String businessKey, @PathVariable String name) {
        Set<String> gruppen = gruppen();
        Optional<Dokumentart> art = Dokumentart.zumNamen(name);
        if (art.isPresent() && !art.get().erlaubt(gruppen)
                || art.isEmpty() && Set.of(Dokumentart.values()).stream().noneMatch(a -> a.erlaubt(gruppen))) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für dieses Dokument");
        }
        Optional<Vergabe> vergabe = vergaben.findByBusinessKey(businessKey);
        if (vergabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey);
        }
        if (art.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Dokument " + name);
        }
        Optional<DokumentService.Datei> datei = dokumente.dokument(vergabe.get(), art.get());
        if (datei.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "Dokument " + name + " liegt noch nicht vor" + (art.get().nurGespeichert()
                    ? " (wird beim Abschließen der Aufgabe „Vergabebekanntmachung veröffentlichen“ erzeugt)" : " (noch kein Bestbieter)"));
        }
        DokumentService.Datei d = datei.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(businessKey + "-" + d.name()).build().toString())
                .header("X-Dokument-Status", d.entwurf() ? "ENTWURF" : "ENDFASSUNG")
                .body(d.inhalt());
    }

    /** An OParl Consultation of the paper, as embedded in it (OParl: every object is retrievable by its id). */
    @GetMapping(value = "/api/vergaben/{businessKey}/oparl/consultation/{nr}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> oparlBeratung(@PathVariable String businessKey, @PathVariable int nr) {
        return oparlTeil(businessKey, paper -> OparlPaper.beratung(paper, nr), "keine Beratung " + nr);
    }

    /** The OParl File of the paper's main file (the PDF itself is at its accessUrl). */
    @GetMapping(value = "/api/vergaben/{businessKey}/oparl/file/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> oparlDatei(@PathVariable String businessKey, @PathVariable String name) {
        return oparlTeil(businessKey, paper -> OparlPaper.hauptdatei(paper, name), "keine Datei " + name);
    }

    /** A committee of the Beratungsfolge as OParl Organization. */
    @GetMapping(value = "/api/oparl/organization/{kurz}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> oparlGremium(@PathVariable String kurz) {
        if (!Dokumentart.RATSVORLAGE_OPARL.erlaubt(gruppen())) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für die OParl-Objekte");
        }
        return OparlPaper.organisation(dokumente.basisUrl(), kurz)
                .<ResponseEntity<?>>map(o -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(o))
                .orElseThrow(() -> new Abweisung(HttpStatus.NOT_FOUND, "kein Gremium " + kurz));
    }

    private ResponseEntity<?> oparlTeil(String businessKey, java.util.function.Function<byte[], Optional<com.fasterxml.jackson.databind.JsonNode>> teil,
                                        String fehlt) {
        if (!Dokumentart.RATSVORLAGE_OPARL.erlaubt(gruppen())) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für die OParl-Objekte");
        }
        Optional<Vergabe> vergabe = vergaben.findByBusinessKey(businessKey);
        if (vergabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey);
        }
        Optional<DokumentService.Datei> paper = dokumente.dokument(vergabe.get(), Dokumentart.RATSVORLAGE_OPARL);
        if (paper.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "Beschlussvorlage liegt noch nicht vor (noch kein Bestbieter)");
        }
        return teil.apply(paper.get().inhalt())
                .<ResponseEntity<?>>map(o -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header("X-Dokument-Status", paper.get().entwurf() ? "ENTWURF" : "ENDFASSUNG").body(OparlPaper.json(o)))
                .orElseThrow(() -> new Abweisung(HttpStatus.NOT_FOUND, fehlt));
    }

    /**
     * The whole Vergabeakte of an ended procedure as xdomea container (Abgabe.Abgabe.0401: message and every file):
     * everything of the procedure, so only for those who read every document (not the Ratsbüro).
     */
    @GetMapping("/api/vergaben/{businessKey}/akte.zip")
    public ResponseEntity<?> akte(@PathVariable String businessKey) {
        if (gruppen().stream().noneMatch(Dokumentart.GRUPPEN_ALLE::contains)) {
            throw new Abweisung(HttpStatus.FORBIDDEN, "keine Berechtigung für die Vergabeakte (nur Vergabestelle und Projektleitung)");
        }
        Optional<Vergabe> vergabe = vergaben.findByBusinessKey(businessKey);
        if (vergabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "kein Vergabeverfahren " + businessKey);
        }
        Optional<Aktenabgabe> abgabe = akten.abgabe(vergabe.get());
        if (abgabe.isEmpty()) {
            throw new Abweisung(HttpStatus.NOT_FOUND, "Die Vergabeakte von " + businessKey + " liegt erst vor, wenn das Verfahren "
                    + "abgeschlossen oder aufgehoben ist (Stand: " + vergabe.get().getStatus().text() + ")");
        }
        Aktenabgabe a = abgabe.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(XdomeaAbgabe.containerName(a.getProzessId())).build().toString())
                .header("X-Xdomea-ProzessID", a.getProzessId().toString())
                .header("X-Akte-Zugestellt", a.getZugestelltAm() == null ? "NEIN" : "JA")
                .body(a.getInhalt());
    }

    private Set<String> gruppen() {
        Authentication angemeldet = identity.getCurrentAuthentication();
        return angemeldet == null || angemeldet.getGroupIds() == null ? Set.of() : new HashSet<>(angemeldet.getGroupIds());
    }

}
