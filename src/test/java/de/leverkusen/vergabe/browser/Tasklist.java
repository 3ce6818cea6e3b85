package de.leverkusen.vergabe.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a person does in Camunda Tasklist (and the login of Cockpit): log in, pick a filter, open a task, claim it,
 * fill the Camunda Form by the labels they read, complete, log out. Form fields are found by their visible labels
 * only, never by the ids form-js generates.
 */
final class Tasklist {

    private final Page seite;
    private final String basis;
    private final String engine;

    Tasklist(Page seite, String basis) {
        this(seite, basis, GanzeAusschreibungBrowserTest.ENGINE);
    }

    /** For a test class with an engine of its own name (its own Spring context). */
    Tasklist(Page seite, String basis, String engine) {
        this.seite = seite;
        this.basis = basis;
        this.engine = engine;
    }

    Page seite() {
        return seite;
    }

    // --- login -------------------------------------------------------------------------------------------

    /** Opens the login page of a webapp ({@code tasklist}, {@code cockpit}) and logs in. */
    Tasklist anmelden(String app, String benutzer, String passwort) {
        seite.navigate(basis + "/camunda/app/" + app + "/" + engine + "/");
        seite.waitForLoadState(LoadState.NETWORKIDLE);
        Locator name = seite.getByPlaceholder("Benutzername");
        Locator kennwort = seite.getByPlaceholder("Passwort");
        // the login view may be drawn a second time while loading: fill until both fields hold what was typed
        for (int versuch = 0; versuch < 5; versuch++) {
            name.fill(benutzer);
            kennwort.fill(passwort);
            if (name.inputValue().equals(benutzer) && kennwort.inputValue().equals(passwort)) {
                break;
            }
            seite.waitForTimeout(200);
        }
        seite.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        return this;
    }

    Tasklist anmelden(String benutzer) {
        anmelden("tasklist", benutzer, "demo");
        assertThat(seite.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prozess starten"))).isVisible();
        return this;
    }

    /** The user menu at the top right, "Abmelden"; the login form is shown again. */
    void abmelden() {
        seite.locator(".navbar-right .dropdown-toggle, [cam-widget-header] .account").first().click();
        seite.getByText("Abmelden", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(seite.getByPlaceholder("Benutzername")).isVisible();
    }

    // --- start form ----------------------------------------------------------------------------------------

    /** "Prozess starten", the DMS tender: its start form is shown in the dialog. */
    Tasklist startformularOeffnen() {
        seite.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prozess starten")).click();
        seite.locator(".modal").getByText("EU-weite Vergabe DMS", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(seite.locator(".modal").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Vergabeverfahren einleiten")))
                .isVisible();
        return this;
    }

    // --- filters and tasks -------------------------------------------------------------------------------

    Locator filterliste() {
        return seite.locator(".task-filters");
    }

    Tasklist filter(String name) {
        // the chosen filter shows its count after the name: "Vergabestelle (3)"
        filterliste().locator(".task-filter .name a")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + jsRegex(name) + "(\\s*\\(?\\d+\\)?)?\\s*$")))
                .first().click();
        assertThat(filterliste().locator(".active")).containsText(name);
        return this;
    }

    /** A task of that name; every task's name begins with its procedure's file number ("VG-2021-DMS · "). */
    Locator aufgabeInListe(String name) {
        return seite.locator(".tasks-list").getByText(aufgabenname(name));
    }

    static Pattern aufgabenname(String name) {
        return Pattern.compile("^\\s*(\\S+ · )?" + jsRegex(name) + "\\s*$");
    }

    /** Opens the task of that (German) name from the current filter; the task's title is shown above its form. */
    Tasklist aufgabeOeffnen(String name) {
        aufgabeInListe(name).first().click();
        assertThat(titel()).hasText(aufgabenname(name));
        return this;
    }

    Locator titel() {
        return seite.locator(".task-details h2").first();
    }

    Tasklist zuweisen() {
        seite.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Übernehmen")).click();
        assertThat(seite.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Übernehmen"))).hasCount(0);
        return this;
    }

    // --- form fields, by their labels --------------------------------------------------------------------

    /** The field of exactly that label (form-js appends "*" to the label of a required field). */
    Locator feld(String label) {
        return seite.getByLabel(Pattern.compile("^" + jsRegex(label) + "\\*?$"));
    }

    /** Escapes for a JavaScript regular expression (Playwright hands the pattern to the browser; no \\Q..\\E). */
    static String jsRegex(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Fills a text field and leaves it (form-js shows a field's errors once it has been left). */
    Tasklist eingeben(String label, String wert) {
        return eingeben(feld(label), wert);
    }

    Tasklist eingeben(Locator feld, String wert) {
        feld.fill(wert);
        feld.blur();
        entprellen();
        assertThat(feld).hasValue(wert);
        return this;
    }

    /**
     * form-js takes text input debounced (300 ms): a second input into the same field before that may be
     * overwritten by the first one. A person types slower; the test waits as long.
     */
    private void entprellen() {
        seite.waitForTimeout(350);
    }

    /** Types as a person types, key by key (the number field of form-js reacts to each key). */
    Tasklist tippen(Locator feld, String wert) {
        feld.fill("");
        feld.pressSequentially(wert);
        feld.blur();
        entprellen();
        return this;
    }

    /** A select of form-js: click the field (labelled by its hidden input), then the option's visible text. */
    Tasklist auswaehlen(String label, String option) {
        feld(label).locator("xpath=..").click();
        seite.locator(".fjs-dropdownlist-item").getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(feld(label).locator("xpath=..").locator(".fjs-select-display")).hasText(option);
        return this;
    }

    /** The option of a radio group whose label contains {@code label}, chosen by the option's label. */
    Tasklist optionWaehlen(String label, String option) {
        Locator gruppe = seite.locator(".fjs-form-field-radio").filter(new Locator.FilterOptions().setHasText(label));
        gruppe.getByLabel(option, new Locator.GetByLabelOptions().setExact(true)).check();
        assertThat(gruppe.getByLabel(option, new Locator.GetByLabelOptions().setExact(true))).isChecked();
        return this;
    }

    /** A date field of form-js (placeholder dd.mm.yyyy): typed as a person would, then confirmed with Enter. */
    Tasklist datum(String label, String datum) {
        Locator f = feld(label);
        f.click();
        f.fill(datum);
        f.press("Enter");
        f.blur();
        assertThat(f).not().hasValue("");
        return this;
    }

    /** A time field of form-js (placeholder hh:mm): typed, confirmed with Enter, left. */
    Tasklist zeit(String label, String zeit) {
        Locator f = feld(label);
        f.click();
        f.pressSequentially(zeit);
        f.press("Enter");
        f.blur();
        assertThat(f).hasValue(zeit);
        return this;
    }

    /** The error messages form-js shows under the field of that label. */
    Locator fehler(String label) {
        return seite.locator(".fjs-form-field").filter(new Locator.FilterOptions().setHas(feld(label)))
                .locator(".fjs-form-field-error");
    }

    Locator erledigenKnopf() {
        return seite.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abschließen"));
    }

    /**
     * Complete; the task disappears from the task details. Some completions answer only after documents are
     * generated and stored (the council's decision: PDF, DOCX, OParl), which takes seconds on a loaded machine: the
     * test waits up to 30 s. When the next task of the procedure arrives while the completion is answered, Tasklist
     * sometimes keeps the form and says "Diese Aufgabe ist nicht mehr offen" with a button "Aufgabe schließen"; a person closes
     * it, so does the test.
     */
    void erledigen() {
        assertThat(erledigenKnopf()).isEnabled();
        erledigenKnopf().click();
        Locator schliessen = seite.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aufgabe schließen"));
        // the message also flashes up during an ordinary completion: only a form still shown after 30 s is closed
        Locator entfernt = seite.getByText("Diese Aufgabe ist nicht mehr offen (erledigt oder zurückgezogen).");
        for (int versuch = 0; versuch < 300 && erledigenKnopf().count() > 0; versuch++) {
            seite.waitForTimeout(100);
        }
        if (erledigenKnopf().count() > 0 && entfernt.isVisible() && schliessen.isVisible()) {
            // a script click: Playwright's click waits for scrolling of the sticky task header and times out
            schliessen.evaluate("b => b.click()");
        }
        assertThat(erledigenKnopf()).hasCount(0);
    }

    /**
     * A PNG of the whole window in target/screenshots. Tasklist scrolls the form inside its column, so the window
     * is made tall enough for the longest scrolling area first, then set back.
     */
    Path bildschirmfoto(String name) {
        Path datei = Chromium.SCREENSHOTS.resolve(name + ".png");
        var groesse = seite.viewportSize();
        Number hoehe = (Number) seite.evaluate("() => Math.max(...Array.from(document.querySelectorAll("
                + "'.task-details .form-container, .task-details, .modal-body, .modal-dialog, body'))"
                + ".map(e => e.scrollHeight))");
        seite.setViewportSize(groesse.width, Math.min(6000, Math.max(groesse.height, hoehe.intValue() + 250)));
        try {
            seite.screenshot(new Page.ScreenshotOptions().setPath(datei));
        } finally {
            seite.setViewportSize(groesse.width, groesse.height);
        }
        return datei;
    }
}
