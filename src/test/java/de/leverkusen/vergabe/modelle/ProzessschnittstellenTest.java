package de.leverkusen.vergabe.modelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leverkusen.vergabe.dokumente.Bekanntmachungsangaben;
import de.leverkusen.vergabe.nachpruefung.Wartefrist;
import de.leverkusen.vergabe.verfahren.Angebot;
import de.leverkusen.vergabe.verfahren.Aufhebungsgrund;
import de.leverkusen.vergabe.verfahren.Ausschlussgrund;
import de.leverkusen.vergabe.verfahren.Erfuellung;
import de.leverkusen.vergabe.verfahren.FormalePruefung;
import de.leverkusen.vergabe.verfahren.Freigabeentscheidung;
import de.leverkusen.vergabe.verfahren.JaNein;
import de.leverkusen.vergabe.verfahren.Kammerentscheidung;
import de.leverkusen.vergabe.verfahren.Mahnungsergebnis;
import de.leverkusen.vergabe.verfahren.Ratsbeschluss;
import de.leverkusen.vergabe.verfahren.Ruegeabhilfe;
import de.leverkusen.vergabe.verfahren.Verfahrensart;
import de.leverkusen.vergabe.verfahren.VergabeService;
import de.leverkusen.vergabe.wertung.Entscheidungskriterium;
import de.leverkusen.vergabe.wertung.Wertungsmethode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The typed process interfaces ({@code modelle.*Prozess}) against the models and forms, both ways: every variable a
 * model names (expressions, input/output parameters, call activity mappings, multi-instance element variables,
 * result variables, keys and FEEL of the forms it references, inputs of the decision tables it calls) is declared in
 * its process's class or in {@link GemeinsameVariablen}; every declared name is used by the model, its forms or the
 * main code; messages, error codes, topics and element ids match the model. The class of a process is found by its
 * id: {@code dms-vergabe} -> {@code modelle.DmsVergabeProzess} (each part capitalised, then "Prozess").
 */
class ProzessschnittstellenTest {

    private static final String NS_BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String NS_CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String NS_DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final Pattern AUSDRUCK = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern FEEL_VORLAGE = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern BEZEICHNER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\w)(?!\\s*\\()");
    private static final Pattern VERGLEICH = Pattern.compile("(?<![.\\w])(\\w+)\\s*(?:==|!=|=)\\s*['\"]([A-Za-z_0-9-]+)['\"]");
    /** words of JUEL and FEEL, and the engine's own names in expressions */
    private static final Set<String> SPRACHE = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty", "div",
            "mod", "true", "false", "null", "instanceof", "execution", "task", "item", "string", "length", "if", "then", "else");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** process id -> its interface */
    private static final Map<String, Prozess> PROZESSE = new TreeMap<>();
    private static Set<String> beans;
    private static Map<Path, String> quelltexte;

    /** What a process's model, its forms and its decision tables name. */
    record Prozess(String id, Path datei, Class<?> schnittstelle, Set<String> variablen, Set<String> nachrichten, Set<String> fehler,
                   Set<String> themen, Set<String> elemente, Set<String> formulare, List<String[]> vergleiche) {
    }

    @BeforeAll
    static void laden() throws Exception {
        beans = beannamen();
        quelltexte = new HashMap<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path p : java.filter(f -> f.toString().endsWith(".java")).toList()) {
                quelltexte.put(p, Files.readString(p));
            }
        }
        try (Stream<Path> bpmn = Files.list(Path.of("bpmn"))) {
            for (Path p : bpmn.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                Document d = xml(p);
                NodeList prozesse = d.getElementsByTagNameNS(NS_BPMN, "process");
                for (int i = 0; i < prozesse.getLength(); i++) {
                    Element prozess = (Element) prozesse.item(i);
                    PROZESSE.put(prozess.getAttribute("id"), lesen(p, d, prozess));
                }
            }
        }
        // call activity mappings: "in" targets and "out" sources are the called process's names
        for (Prozess p : PROZESSE.values()) {
            Document d = xml(p.datei());
            NodeList aufrufe = d.getElementsByTagNameNS(NS_BPMN, "callActivity");
            for (int i = 0; i < aufrufe.getLength(); i++) {
                Element aufruf = (Element) aufrufe.item(i);
                Prozess gerufen = PROZESSE.get(aufruf.getAttribute("calledElement"));
                assertThat(gerufen).as("gerufener Prozess %s", aufruf.getAttribute("calledElement")).isNotNull();
                for (String richtung : List.of("in", "out")) {
                    NodeList abbildungen = aufruf.getElementsByTagNameNS(NS_CAMUNDA, richtung);
                    for (int j = 0; j < abbildungen.getLength(); j++) {
                        Element a = (Element) abbildungen.item(j);
                        hinzu(richtung.equals("in") ? p : gerufen, a.getAttribute("source"));
                        hinzu(richtung.equals("in") ? gerufen : p, a.getAttribute("target"));
                    }
                }
            }
        }
    }

    @Test
    void jederProzessHatSeineSchnittstelleUnterSeinemSchluessel() throws Exception {
        assertThat(PROZESSE).containsKeys("dms-vergabe", "angebotspruefung", "bewertungsbogen", "ratsbefassung");
        for (Prozess p : PROZESSE.values()) {
            assertThat(p.schnittstelle()).as("Klasse für den Prozess %s: %s", p.id(), klassenname(p.id())).isNotNull();
            assertThat(p.schnittstelle().getField("SCHLUESSEL").get(null)).isEqualTo(p.id());
        }
    }

    @Test
    void jedeVariableDerModelleUndFormulareIstDeklariert() {
        Map<String, Set<String>> fehlend = new TreeMap<>();
        for (Prozess p : PROZESSE.values()) {
            Set<String> erlaubt = new TreeSet<>(variablen(p.schnittstelle()));
            erlaubt.addAll(variablen(GemeinsameVariablen.class));
            Set<String> praefixe = konstanten(p.schnittstelle()).entrySet().stream().filter(e -> e.getKey().endsWith("_PRAEFIX"))
                    .map(Map.Entry::getValue).collect(Collectors.toSet());
            Set<String> nicht = p.variablen().stream().filter(v -> !erlaubt.contains(v))
                    .filter(v -> praefixe.stream().noneMatch(pr -> v.startsWith(pr) && v.length() > pr.length()
                            && Character.isUpperCase(v.charAt(pr.length()))))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!nicht.isEmpty()) {
                fehlend.put(p.id() + " (" + klassenname(p.id()) + ")", nicht);
            }
        }
        assertThat(fehlend).as("Variablen in Modellen und Formularen, die ihre Prozessschnittstelle nicht deklariert").isEmpty();
    }

    @Test
    void jedeDeklarierteVariableWirdVerwendet() {
        Map<String, Set<String>> unbenutzt = new TreeMap<>();
        Set<String> inAllenModellen = new TreeSet<>();
        for (Prozess p : PROZESSE.values()) {
            inAllenModellen.addAll(p.variablen());
            Map<String, String> deklariert = konstanten(p.schnittstelle());
            Set<String> nicht = new TreeSet<>();
            deklariert.forEach((name, wert) -> {
                if (!art(name).equals("variable") || name.equals("SCHLUESSEL")) {
                    return;
                }
                boolean imModell = name.endsWith("_PRAEFIX") ? p.variablen().stream().anyMatch(v -> v.startsWith(wert))
                        : p.variablen().contains(wert);
                if (!imModell && !imCode(p.schnittstelle(), name)) {
                    nicht.add(name + " = " + wert);
                }
            });
            if (!nicht.isEmpty()) {
                unbenutzt.put(p.schnittstelle().getSimpleName(), nicht);
            }
        }
        Set<String> gemeinsam = new TreeSet<>();
        konstanten(GemeinsameVariablen.class).forEach((name, wert) -> {
            if (!inAllenModellen.contains(wert) && !imCode(GemeinsameVariablen.class, name)) {
                gemeinsam.add(name + " = " + wert);
            }
        });
        if (!gemeinsam.isEmpty()) {
            unbenutzt.put("GemeinsameVariablen", gemeinsam);
        }
        assertThat(unbenutzt).as("deklarierte Namen, die weder ein Modell, ein Formular noch der Code verwendet").isEmpty();
    }

    @Test
    void nachrichtenFehlerThemenUndElementeStimmenMitDemModellUeberein() {
        for (Prozess p : PROZESSE.values()) {
            Map<String, String> k = konstanten(p.schnittstelle());
            assertThat(werte(k, "nachricht")).as("Nachrichten von %s", p.id()).isEqualTo(p.nachrichten());
            assertThat(werte(k, "fehler")).as("Fehlercodes von %s", p.id()).isEqualTo(p.fehler());
            assertThat(werte(k, "thema")).as("Themen externer Aufgaben von %s", p.id()).isEqualTo(p.themen());
            assertThat(p.elemente()).as("Element-Ids, auf die der Code von %s verweist", p.id()).containsAll(werte(k, "element"));
        }
    }

    /**
     * Option values of every select and radio field are the constants of the field's enum (forms may offer a part:
     * the chamber's decision before the § 134 information has two of four; the start form offers the implemented
     * procedure types only, see ModelleUndFormulareTest), and every constant is offered by some form. The same holds
     * for the values the models' conditions and the forms' FEEL compare a variable with.
     */
    @Test
    void auswahlwerteSindDieKonstantenIhrerEnums() throws IOException {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        codes.put("aufhebungsgrund", namen(Aufhebungsgrund.class));
        codes.put("niedrigpreisEntscheidung", namen(Angebot.Niedrigpreisentscheidung.class));
        codes.put("ausschlussgrund", namen(Ausschlussgrund.class));
        codes.put("beschwerdeEntscheidung", namen(VergabeService.Beschwerdeentscheidung.class));
        codes.put("erfuellt*", namen(Erfuellung.class));
        codes.put("befaehigungBerufsausuebung", namen(Erfuellung.class));
        codes.put("wirtschaftlicheLeistungsfaehigkeit", namen(Erfuellung.class));
        codes.put("technischeLeistungsfaehigkeit", namen(Erfuellung.class));
        codes.put("versandart", namen(Wartefrist.Versandart.class));
        codes.put("schreibenFreigegeben", namen(JaNein.class));
        codes.put("formalePruefung", namen(FormalePruefung.class));
        codes.put("interessenkonflikt", namen(JaNein.class));
        codes.put("mahnungErgebnis", namen(Mahnungsergebnis.class));
        codes.put("unterlagenNachgereicht", namen(JaNein.class));
        codes.put("ratsbeschluss", namen(Ratsbeschluss.class));
        codes.put("haushaltsmittelVerfuegbar", namen(JaNein.class));
        codes.put("ruegeAbhilfe", namen(Ruegeabhilfe.class));
        codes.put("verfahrensart", namen(Verfahrensart.class));
        codes.put("elektronischeAngebote", namen(JaNein.class));
        codes.put("dringlich", namen(JaNein.class));
        codes.put("vorbehaltZuschlagAufErstangebote", namen(JaNein.class));
        codes.put("vorbehaltReduzierung", namen(JaNein.class));
        codes.put("bewerberAusschlussgrund", namen(Ausschlussgrund.class));
        codes.put("bewerberGeeignet", namen(JaNein.class));
        codes.put("bewerberPruefschritt", namen(de.leverkusen.vergabe.verfahren.Bewerberpruefschritt.class));
        codes.put("bewerberUnterlagenNachgereicht", namen(JaNein.class));
        codes.put("zuschlagAufErstangebote", namen(JaNein.class));
        codes.put("naechsterSchritt", namen(de.leverkusen.vergabe.verfahren.Verhandlungsschritt.class));
        // the mean method is for the calculator only (UfAB advises against it), the start form does not offer it
        codes.put("wertungsmethode", Arrays.stream(Wertungsmethode.values()).filter(Wertungsmethode::fuerVerfahrenZulaessig)
                .map(Enum::name).collect(Collectors.toSet()));
        codes.put("wertungEntscheidungskriterium", namen(Entscheidungskriterium.class));
        codes.put("kammerEntscheidung", namen(Kammerentscheidung.class));
        codes.put("freigabeEntscheidung", namen(Freigabeentscheidung.class));
        // eForms code lists, kept as sets where the notice is built
        codes.put("zuschlagsempfaengerLand", Bekanntmachungsangaben.LAENDER.keySet());
        codes.put("zuschlagsempfaengerGroesse", Bekanntmachungsangaben.GROESSEN);
        codes.put("unterauftraege", Bekanntmachungsangaben.ANWENDBARKEIT);

        Map<Set<String>, Set<String>> angeboten = new HashMap<>();
        List<String> falsch = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path f : forms.filter(x -> x.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode feld : felder(JSON.readTree(f.toFile()).path("components"), new ArrayList<>())) {
                    String typ = feld.path("type").asText();
                    if (!typ.equals("select") && !typ.equals("radio") && !typ.equals("checklist")) {
                        continue;
                    }
                    String key = feld.path("key").asText();
                    Set<String> erlaubt = codes.get(key.startsWith("erfuellt") ? "erfuellt*" : key);
                    if (erlaubt == null) {
                        falsch.add(f.getFileName() + ": Auswahlfeld " + key + " hat kein Enum");
                        continue;
                    }
                    for (JsonNode option : feld.path("values")) {
                        String wert = option.path("value").asText();
                        angeboten.computeIfAbsent(erlaubt, x -> new TreeSet<>()).add(wert);
                        if (!erlaubt.contains(wert)) {
                            falsch.add(f.getFileName() + ": " + key + " bietet '" + wert + "', erlaubt: " + new TreeSet<>(erlaubt));
                        }
                    }
                }
            }
        }
        codes.forEach((key, erlaubt) -> {
            if (!key.equals("verfahrensart") && !erlaubt.equals(angeboten.get(erlaubt))) {
                falsch.add(key + ": kein Formular bietet " + new TreeSet<>(erlaubt).stream()
                        .filter(w -> !angeboten.getOrDefault(erlaubt, Set.of()).contains(w)).toList());
            }
        });
        for (Prozess p : PROZESSE.values()) {
            for (String[] v : p.vergleiche()) {
                Set<String> erlaubt = codes.get(v[0]);
                if (erlaubt != null && !erlaubt.contains(v[1])) {
                    falsch.add(p.id() + ": " + v[0] + " wird mit '" + v[1] + "' verglichen, erlaubt: " + new TreeSet<>(erlaubt));
                }
            }
        }
        assertThat(falsch).isEmpty();
    }

    private static Prozess lesen(Path datei, Document d, Element prozess) throws Exception {
        Class<?> schnittstelle;
        try {
            schnittstelle = Class.forName(klassenname(prozess.getAttribute("id")));
        } catch (ClassNotFoundException e) {
            schnittstelle = null;
        }
        Prozess p = new Prozess(prozess.getAttribute("id"), datei, schnittstelle, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new ArrayList<>());
        Map<String, String> nachrichten = new HashMap<>();
        Map<String, String> fehler = new HashMap<>();
        NodeList m = d.getElementsByTagNameNS(NS_BPMN, "message");
        for (int i = 0; i < m.getLength(); i++) {
            nachrichten.put(((Element) m.item(i)).getAttribute("id"), ((Element) m.item(i)).getAttribute("name"));
        }
        NodeList f = d.getElementsByTagNameNS(NS_BPMN, "error");
        for (int i = 0; i < f.getLength(); i++) {
            fehler.put(((Element) f.item(i)).getAttribute("id"), ((Element) f.item(i)).getAttribute("errorCode"));
        }
        besuchen(prozess, p, nachrichten, fehler);
        for (String form : p.formulare()) {
            formularLesen(Path.of("forms", form + ".form"), p);
        }
        return p;
    }

    private static void besuchen(Element e, Prozess p, Map<String, String> nachrichten, Map<String, String> fehler) throws Exception {
        if (e.getLocalName().equals("documentation")) {
            return;
        }
        if (!e.getAttribute("id").isEmpty()) {
            p.elemente().add(e.getAttribute("id"));
        }
        NamedNodeMap attribute = e.getAttributes();
        for (int i = 0; i < attribute.getLength(); i++) {
            Node a = attribute.item(i);
            String name = a.getLocalName();
            String wert = a.getNodeValue();
            ausdruecke(wert, p);
            switch (name) {
                case "elementVariable", "resultVariable", "initiator" -> hinzu(p, wert);
                case "formRef" -> p.formulare().add(wert);
                case "messageRef" -> p.nachrichten().add(nachrichten.get(wert));
                case "errorRef" -> p.fehler().add(fehler.get(wert));
                case "topic" -> p.themen().add(wert);
                case "decisionRef" -> entscheidungLesen(Path.of("bpmn", wert + ".dmn"), p);
                default -> { }
            }
        }
        if ((e.getLocalName().equals("inputParameter") || e.getLocalName().equals("outputParameter")) && NS_CAMUNDA.equals(e.getNamespaceURI())) {
            hinzu(p, e.getAttribute("name"));
        }
        for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (k instanceof Element kind) {
                // a called process's mappings are read separately: their sources and targets belong to two processes
                if (!(NS_CAMUNDA.equals(kind.getNamespaceURI()) && (kind.getLocalName().equals("in") || kind.getLocalName().equals("out")))) {
                    besuchen(kind, p, nachrichten, fehler);
                } else {
                    ausdruecke(kind.getAttribute("sourceExpression"), p);
                    ausdruecke(kind.getAttribute("businessKey"), p);
                }
            } else if (k.getNodeType() == Node.TEXT_NODE || k.getNodeType() == Node.CDATA_SECTION_NODE) {
                ausdruecke(k.getNodeValue(), p);
            }
        }
    }

    private static void ausdruecke(String text, Prozess p) {
        Matcher m = AUSDRUCK.matcher(text);
        while (m.find()) {
            bezeichner(m.group(1), p);
        }
    }

    /** Names in a JUEL or FEEL expression, without string literals, member names and functions. */
    private static void bezeichner(String ausdruck, Prozess p) {
        Matcher v = VERGLEICH.matcher(ausdruck);
        while (v.find()) {
            p.vergleiche().add(new String[] {v.group(1), v.group(2)});
        }
        Matcher b = BEZEICHNER.matcher(ausdruck.replaceAll("'[^']*'|\"[^\"]*\"", "''"));
        while (b.find()) {
            String name = b.group(1);
            if (!SPRACHE.contains(name) && !beans.contains(name) && !name.matches("\\d.*")) {
                p.variablen().add(name);
            }
        }
    }

    private static void formularLesen(Path datei, Prozess p) throws IOException {
        for (JsonNode feld : felder(JSON.readTree(datei.toFile()).path("components"), new ArrayList<>())) {
            if (feld.hasNonNull("key")) {
                p.variablen().add(feld.path("key").asText());
            }
            feld.fields().forEachRemaining(e -> feelLesen(e.getValue(), p));
        }
    }

    private static void feelLesen(JsonNode wert, Prozess p) {
        if (wert.isTextual()) {
            String text = wert.asText();
            if (text.startsWith("=")) {
                bezeichner(text.substring(1), p);
            }
            Matcher m = FEEL_VORLAGE.matcher(text);
            while (m.find()) {
                bezeichner(m.group(1), p);
            }
        } else if (wert.isObject() && !wert.has("type")) {
            wert.fields().forEachRemaining(e -> feelLesen(e.getValue(), p));
        }
    }

    private static List<JsonNode> felder(JsonNode komponenten, List<JsonNode> alle) {
        for (JsonNode k : komponenten) {
            alle.add(k);
            felder(k.path("components"), alle);
        }
        return alle;
    }

    private static void entscheidungLesen(Path datei, Prozess p) throws Exception {
        NodeList eingaben = xml(datei).getElementsByTagNameNS(NS_DMN, "inputExpression");
        assertThat(eingaben.getLength()).as("Eingaben der Entscheidungstabelle %s", datei).isPositive();
        for (int i = 0; i < eingaben.getLength(); i++) {
            bezeichner(eingaben.item(i).getTextContent().strip(), p);
        }
    }

    private static void hinzu(Prozess p, String name) {
        if (name != null && !name.isBlank()) {
            p.variablen().add(name);
        }
    }

    private static String klassenname(String prozessId) {
        return ProzessschnittstellenTest.class.getPackageName() + "." + Arrays.stream(prozessId.split("-"))
                .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1)).collect(Collectors.joining()) + "Prozess";
    }

    /** MESSAGE_, ERROR_, TOPIC_ and ELEMENT_ name what they say; everything else is a variable (or a prefix of one). */
    private static String art(String konstante) {
        if (konstante.startsWith("MESSAGE_")) {
            return "nachricht";
        }
        if (konstante.startsWith("ERROR_")) {
            return "fehler";
        }
        if (konstante.startsWith("TOPIC_")) {
            return "thema";
        }
        if (konstante.startsWith("ELEMENT_")) {
            return "element";
        }
        return "variable";
    }

    private static Map<String, String> konstanten(Class<?> klasse) {
        Map<String, String> k = new TreeMap<>();
        for (Field f : klasse.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    k.put(f.getName(), (String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return k;
    }

    private static Set<String> variablen(Class<?> klasse) {
        return konstanten(klasse).entrySet().stream().filter(e -> art(e.getKey()).equals("variable") && !e.getKey().equals("SCHLUESSEL")
                && !e.getKey().endsWith("_PRAEFIX")).map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> werte(Map<String, String> konstanten, String art) {
        return konstanten.entrySet().stream().filter(e -> art(e.getKey()).equals(art)).map(Map.Entry::getValue)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A constant is used by main code when a class other than its own names it, qualified or statically imported. */
    private static boolean imCode(Class<?> klasse, String konstante) {
        String eigene = klasse.getSimpleName() + ".java";
        Pattern qualifiziert = Pattern.compile("\\b" + klasse.getSimpleName() + "\\." + konstante + "\\b");
        Pattern einzeln = Pattern.compile("(?<![\\w.])" + konstante + "\\b");
        String paket = klasse.getName();
        return quelltexte.entrySet().stream().filter(e -> !e.getKey().getFileName().toString().equals(eigene)).anyMatch(e -> {
            String text = e.getValue();
            if (qualifiziert.matcher(text).find()) {
                return true;
            }
            boolean importiert = text.contains("import static " + paket + ".*;") || text.contains("import static " + paket + "." + konstante + ";");
            return importiert && einzeln.matcher(text.replaceAll("(?m)^import .*$", "")).find();
        });
    }

    private static Set<String> beannamen() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        AnnotationBeanNameGenerator namen = new AnnotationBeanNameGenerator();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> b = new TreeSet<>();
        for (BeanDefinition bd : scanner.findCandidateComponents("de.leverkusen.vergabe")) {
            b.add(namen.generateBeanName(bd, registry));
        }
        assertThat(b).contains("verfahren", "fristen", "schreibenVersenden");
        return b;
    }

    private static <E extends Enum<E>> Set<String> namen(Class<E> art) {
        return Arrays.stream(art.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    private static Document xml(Path datei) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(datei.toFile());
    }
}
