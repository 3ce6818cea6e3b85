package de.leverkusen.vergabe.architektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the dependencies: the domain (procedure, evaluation, deadlines, letters, documents, licence
 * order, file hand-over) knows no engine, no web layer and no adapter; the engine adapters call the domain; HTTP
 * endpoints live in the web packages only.
 */
class ArchitekturTest {

    private static final String[] DOMAENE = {"..vergabe.verfahren..", "..vergabe.wertung..", "..vergabe.fristen", "..vergabe.schreiben..",
            "..vergabe.dokumente..", "..vergabe.lizenz..", "..vergabe.aktenabgabe.."};
    private static final String[] ADAPTER = {"..vergabe.prozess..", "..vergabe.web..", "..vergabe.api..", "..vergabe.fristen.web..",
            "..vergabe.konfiguration..", "..vergabe.ivl..", "..vergabe.betrieb.."};

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
                .should().resideInAnyPackage("..vergabe.web..", "..vergabe.fristen.web..", "..vergabe.api..")
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
        noClasses().that().resideInAnyPackage("..vergabe.prozess..").should().dependOnClassesThat()
                .resideInAnyPackage("..vergabe.web..", "..vergabe.api..", "..vergabe.fristen.web..")
                .check(klassen);
    }
}
