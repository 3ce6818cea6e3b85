package de.leverkusen.vergabe.architektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: a package per capability of the procedure; in it the domain (top level), its engine adapters
 * ({@code .prozess}: delegates, listeners, expression beans) and its HTTP endpoints ({@code .web}); engine
 * infrastructure shared by all in {@code vergabe.prozess}, security, engine configuration and demo data in
 * {@code konfiguration}. The domain knows no engine, no web layer and no adapter; adapters call the domain, never
 * another capability's adapters; HTTP endpoints live in the web packages only.
 */
class ArchitekturTest {

    /** the domain: the top level of each capability package, without its sub-packages */
    private static final String[] DOMAENE = {"..vergabe.verfahren", "..vergabe.wertung", "..vergabe.fristen", "..vergabe.nachpruefung", "..vergabe.schreiben",
            "..vergabe.dokumente", "..vergabe.lizenz", "..vergabe.aktenabgabe"};
    private static final String[] ADAPTER = {"de.leverkusen.vergabe..prozess..", "de.leverkusen.vergabe..web..", "de.leverkusen.vergabe..ivl..",
            "..vergabe.konfiguration..", "..vergabe.betrieb.."};

    private static JavaClasses klassen;

    @BeforeAll
    static void importieren() {
        klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.leverkusen.vergabe");
    }

    @Test
    void dieDomaeneKenntKeineEngine() {
        noClasses().that().resideInAnyPackage(DOMAENE).should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .because("the engine drives, the domain decides: domain code is tested and reused without an engine")
                .check(klassen);
    }

    @Test
    void dieDomaeneKenntKeineWebschicht() {
        noClasses().that().resideInAnyPackage(DOMAENE).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.bind..", "org.springframework.web.servlet..", "org.springframework.http..",
                        "jakarta.servlet..")
                .check(klassen);
    }

    @Test
    void dieDomaeneRuftKeinenAdapter() {
        noClasses().that().resideInAnyPackage(DOMAENE).should().dependOnClassesThat().resideInAnyPackage(ADAPTER)
                .check(klassen);
    }

    @Test
    void endpunkteNurInDenWebPaketen() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage("de.leverkusen.vergabe..web..")
                .check(klassen);
    }

    /** The typed process interfaces are names only, so domain and adapters may share them without a cycle. */
    @Test
    void dieProzessschnittstellenSindNurNamen() {
        classes().that().resideInAPackage("..vergabe.modelle..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java.lang..", "..vergabe.modelle..")
                .check(klassen);
    }

    @Test
    void prozessadapterRufenKeineEndpunkte() {
        noClasses().that().resideInAPackage("de.leverkusen.vergabe..prozess..").should().dependOnClassesThat()
                .resideInAPackage("de.leverkusen.vergabe..web..")
                .check(klassen);
    }

    @Test
    void prozessadapterRufenNurDieDomaeneNichtDieAdapterAndererFaehigkeiten() {
        SlicesRuleDefinition.slices().matching("de.leverkusen.vergabe.(*).prozess..").should().notDependOnEachOther()
                .because("a capability's delegates call the domain and the shared engine infrastructure (vergabe.prozess)")
                .check(klassen);
    }

    @Test
    void endpunkteRufenNichtDieEndpunkteAndererFaehigkeiten() {
        SlicesRuleDefinition.slices().matching("de.leverkusen.vergabe.(*).web..").should().notDependOnEachOther()
                .check(klassen);
    }
}
