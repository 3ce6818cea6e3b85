// Tasklist only (customScripts in tasklist/scripts/config.js); see docs/webapps.md, "Arbeiten in Tasklist".
// form-js 1.8.7 has no translations and no custom validation messages, Tasklist shows a refused completion as the
// REST API's message and keeps drafts in the browser's localStorage: this script makes all three fit the city's users.

// --- 1. form-js' own validation messages in German, naming the field -------------------------------------------

const MELDUNGEN = [
  [/^Field is required\.$/, (f) => `${f} ist ein Pflichtfeld.`],
  [/^Field must have minimum length of (\d+)\.$/, (f, n) => `${f} muss mindestens ${n} Zeichen lang sein.`],
  [/^Field must have maximum length of (\d+)\.$/, (f, n) => `${f} darf höchstens ${n} Zeichen lang sein.`],
  [/^Field must have minimum value of (.+)\.$/, (f, n) => `${f} muss mindestens ${zahl(n)} sein.`],
  [/^Field must have maximum value of (.+)\.$/, (f, n) => `${f} darf höchstens ${zahl(n)} sein.`],
  [/^Field must match pattern .*$/, (f) => `${f} hat nicht das verlangte Format.`],
  [/^Field must be a valid email\.$/, (f) => `${f} muss eine gültige E-Mail-Adresse sein.`],
  [/^Field must be a valid\s+international phone number.*$/, (f) => `${f} muss eine internationale Telefonnummer sein (z. B. +4930664040900).`],
  [/^Value is not a number\.$/, (f) => `${f} muss eine Zahl sein.`],
  [/^Value is expected to be an integer\.$/, (f) => `${f} muss eine ganze Zahl sein.`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (f, n) => `${f} darf höchstens ${n} Nachkommastellen haben.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (f, a, b) => `${f}: ungültiger Wert, die nächsten gültigen Werte sind ${zahl(a)} und ${zahl(b)}.`],
  [/^Date and time must both be entered\.$/, (f) => `${f}: Datum und Uhrzeit müssen beide angegeben werden.`]
];

function zahl(text) {
  const n = Number(text);
  return Number.isFinite(n) ? n.toLocaleString('de-DE') : text;
}

/** The label a person reads above the field, without form-js' "*" of a required field. */
function feldname(feld) {
  const label = feld && feld.querySelector('.fjs-form-field-label, legend, label');
  const text = label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
  return text ? `„${text}“` : 'Dieses Feld';
}

// The text node preact rendered is changed in place, not replaced: preact keeps writing to that node when the error
// changes, and the observer translates again.
function uebersetzen(li) {
  const knoten = li.firstChild;
  if (!knoten || knoten.nodeType !== 3 || li.childNodes.length !== 1) {
    return;
  }
  const text = knoten.data.trim();
  for (const [muster, meldung] of MELDUNGEN) {
    const treffer = text.match(muster);
    if (treffer) {
      knoten.data = meldung(feldname(li.closest('.fjs-form-field')), ...treffer.slice(1));
      return;
    }
  }
}

function fehlerUebersetzen(wurzel) {
  if (!wurzel || wurzel.nodeType !== 1) {
    return;
  }
  const fehler = wurzel.matches('.fjs-form-field-error li') ? [wurzel] : wurzel.querySelectorAll('.fjs-form-field-error li');
  fehler.forEach(uebersetzen);
}

// --- 2. a refusal of the server at the field it names ----------------------------------------------------------

// the schema of the form on screen, as Tasklist loads it (task/{id}/deployed-form, .../deployed-start-form)
let schema = null;

function komponente(components, key) {
  for (const c of components || []) {
    if (c.key === key || c.path === key) {
      return c;
    }
    const innen = komponente(c.components, key);
    if (innen) {
      return innen;
    }
  }
  return null;
}

/** The form field of that label on screen (the form in the dialog of a start, else the task's form). */
function feldMitLabel(label) {
  const bereich = document.querySelector('.modal .fjs-container') || document.querySelector('.task-details .fjs-container')
    || document;
  return Array.from(bereich.querySelectorAll('.fjs-form-field'))
    .find(f => feldname(f) === `„${label}“`) || null;
}

// our server's messages: "Feld 'key': (Label) rule" (Eingabefehler, Formularregeln)
const SERVERFEHLER = /^Feld '([^']+)': (?:\(([^)]*)\) )?([\s\S]+)$/;

function serverfehlerZeigen(meldungElement) {
  const text = meldungElement.textContent.trim();
  const treffer = text.match(SERVERFEHLER);
  if (!treffer) {
    return;
  }
  const [, key, labelDerMeldung, regel] = treffer;
  const c = schema && komponente(schema.components, key);
  const label = labelDerMeldung || (c && c.label) || null;
  meldungElement.textContent = label ? `„${label}“: ${regel}` : regel;
  const feld = label && feldMitLabel(label);
  if (!feld) {
    return;
  }
  document.querySelectorAll('.vergabe-serverfehler').forEach(alt => alt.remove());
  const hinweis = document.createElement('div');
  hinweis.className = 'fjs-form-field-error vergabe-serverfehler';
  hinweis.setAttribute('role', 'alert');
  hinweis.textContent = `Vom Server abgelehnt: ${regel}`;
  feld.appendChild(hinweis);
  feld.scrollIntoView({ block: 'center' });
  // the hint goes once the person changes the field
  feld.addEventListener('input', () => hinweis.remove(), { once: true });
}

// --- 3. the file number of a procedure just started, and the forms' schemas --------------------------------------

function gestartetZeigen(aktenzeichen) {
  document.querySelectorAll('.vergabe-gestartet').forEach(alt => alt.remove());
  const hinweis = document.createElement('div');
  hinweis.className = 'alert alert-success vergabe-gestartet';
  hinweis.setAttribute('role', 'status');
  hinweis.innerHTML = '<button type="button" class="close" aria-label="Schließen">&times;</button>'
    + 'Vergabeverfahren angelegt. Aktenzeichen: <strong></strong>';
  hinweis.querySelector('strong').textContent = aktenzeichen;
  hinweis.querySelector('button').addEventListener('click', () => hinweis.remove());
  document.body.appendChild(hinweis);
}

function antwortLesen(adresse, status, json) {
  if (status !== 200) {
    return;
  }
  if (/\/deployed-(start-)?form(\?|$)/.test(adresse)) {
    schema = json;
  } else if (/\/process-definition\/[^/]+\/submit-form(\?|$)/.test(adresse) && json && json.businessKey) {
    gestartetZeigen(json.businessKey);
  }
}

function beobachtet(adresse) {
  return /\/deployed-(start-)?form(\?|$)|\/process-definition\/[^/]+\/submit-form(\?|$)/.test(adresse);
}

// Tasklist loads a form's schema with fetch, and starts a process with XMLHttpRequest (its SDK): both are read
const oeffnen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (methode, url, ...rest) {
  const adresse = String(url);
  if (beobachtet(adresse)) {
    this.addEventListener('load', () => {
      try {
        antwortLesen(adresse, this.status, JSON.parse(this.responseText));
      } catch (e) {
        // not JSON: nothing to show
      }
    });
  }
  return oeffnen.call(this, methode, url, ...rest);
};

const holen = window.fetch;
window.fetch = function (eingabe, ...rest) {
  const adresse = String(eingabe && eingabe.url ? eingabe.url : eingabe);
  const antwort = holen.call(this, eingabe, ...rest);
  if (beobachtet(adresse)) {
    antwort.then(a => a.clone().json().then(json => antwortLesen(adresse, a.status, json))).catch(() => {});
  }
  return antwort;
};

// --- 4. no drafts in the browser --------------------------------------------------------------------------------

// Tasklist's "Speichern" (and its save when the session expires) writes the form's values to localStorage under
// camunda-form:<task id> (camForm:<id> for embedded forms), readable by anyone at that PC later: a scoring sheet's
// points, an opening's prices. Drafts are kept nowhere; the button is hidden (vergabe-oberflaeche.css).
const ENTWURF = /^(camunda-form|camForm):/;
const speichern = Storage.prototype.setItem;
Storage.prototype.setItem = function (schluessel, wert) {
  if (this === window.localStorage && ENTWURF.test(String(schluessel))) {
    return;
  }
  return speichern.call(this, schluessel, wert);
};
for (let i = window.localStorage.length - 1; i >= 0; i--) {
  const schluessel = window.localStorage.key(i);
  if (ENTWURF.test(schluessel)) {
    window.localStorage.removeItem(schluessel);
  }
}

// --- 5. Esc does not throw away a form in a dialog ------------------------------------------------------------

// The start dialog closes on Esc, with everything typed; Esc in its date picker meant "close the calendar". In a
// dialog with a Camunda Form, Esc closes an open calendar and nothing else; the dialog has its own close button. The
// dialog (angular-ui's modal) ignores a key event whose default is prevented; the calendar still gets it.
window.addEventListener('keydown', e => {
  if (e.key !== 'Escape' && e.keyCode !== 27) {
    return;
  }
  if (!document.querySelector('.modal .fjs-container') && !document.querySelector('.flatpickr-calendar.open')) {
    return;
  }
  e.preventDefault();
  document.querySelectorAll('input').forEach(i => i._flatpickr && i._flatpickr.isOpen && i._flatpickr.close());
}, true);

// --- the observer ------------------------------------------------------------------------------------------------

new MutationObserver(eintraege => {
  for (const e of eintraege) {
    if (e.type === 'characterData') {
      const el = e.target.parentElement;
      if (el) {
        fehlerUebersetzen(el.closest('.fjs-form-field-error li'));
      }
      continue;
    }
    e.addedNodes.forEach(k => {
      if (k.nodeType === 3 && k.parentElement) {
        k = k.parentElement;
      }
      if (k.nodeType !== 1) {
        return;
      }
      fehlerUebersetzen(k.closest('.fjs-form-field-error li') || k);
      const meldung = k.closest('.alert .message');
      const meldungen = meldung ? [meldung] : k.querySelectorAll('.alert .message');
      meldungen.forEach(serverfehlerZeigen);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
