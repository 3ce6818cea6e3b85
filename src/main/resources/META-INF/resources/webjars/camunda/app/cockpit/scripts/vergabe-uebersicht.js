// Cockpit plugin (plugin API since 7.14): the state of the procedures for the Projektleitung, on the dashboard and
// as a tab of a process instance. Data: GET /api/vergaben/uebersicht (VerfahrensuebersichtController), read with the
// Cockpit session. No prices, no sheets: the endpoint carries none. See docs/webapps.md.

const basis = document.querySelector('base').getAttribute('app-root');
// the application's own API sits beside the webapps (/camunda -> '')
const kontext = basis.substring(0, basis.lastIndexOf('/'));

const STIL = `
.vergabe-uebersicht table { width: 100%; border-collapse: collapse; margin-bottom: 1em; }
.vergabe-uebersicht th, .vergabe-uebersicht td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #ddd; }
.vergabe-uebersicht ol.meilensteine { list-style: none; display: flex; flex-wrap: wrap; gap: 2px; padding: 0; margin: 0 0 4px 0; }
.vergabe-uebersicht ol.meilensteine li { padding: 2px 8px; border-radius: 10px; font-size: 12px; background: #eee; color: #666; }
.vergabe-uebersicht ol.meilensteine li.erledigt { background: #d9ead3; color: #274e13; }
.vergabe-uebersicht ol.meilensteine li.aktuell { background: #1c5fa8; color: #fff; font-weight: bold; }
.vergabe-uebersicht .ueberfaellig { background: #b10000; color: #fff; border-radius: 3px; padding: 1px 6px; font-weight: bold; margin-right: 4px; }
.vergabe-uebersicht .frist.ist-ueberfaellig { color: #b10000; font-weight: bold; }
.vergabe-uebersicht .hinweis { color: #666; }
.vergabe-uebersicht ul { padding-left: 1.2em; margin: 0; }
`;

function el(name, attribute, ...kinder) {
  const e = document.createElement(name);
  Object.entries(attribute || {}).forEach(([k, v]) => {
    if (v !== null && v !== undefined) {
      e.setAttribute(k, v);
    }
  });
  kinder.flat().forEach(k => e.append(k instanceof Node ? k : document.createTextNode(String(k))));
  return e;
}

function datum(iso) {
  if (!iso) {
    return '';
  }
  const [j, m, t] = iso.split('-');
  return `${t}.${m}.${j}`;
}

const ZUSTAND = { ERLEDIGT: 'erledigt', AKTUELL: 'aktuell', OFFEN: 'offen' };

function meilensteine(v) {
  return el('ol', { class: 'meilensteine', 'aria-label': `Meilensteine von ${v.aktenzeichen}` },
    v.meilensteine.map(m => el('li', { class: ZUSTAND[m.zustand], 'data-meilenstein': m.meilenstein,
      title: `${m.text}: ${ZUSTAND[m.zustand]}` }, (m.zustand === 'ERLEDIGT' ? '✓ ' : '') + m.text)));
}

function frist(v) {
  const f = v.naechsteFrist;
  if (!f) {
    return el('span', { class: 'hinweis' }, '–');
  }
  return el('span', { class: 'frist' + (f.ueberfaellig ? ' ist-ueberfaellig' : ''), 'data-frist': f.art },
    f.ueberfaellig ? el('span', { class: 'ueberfaellig' }, 'überfällig') : '', f.text);
}

function schritte(v) {
  if (!v.offeneSchritte.length) {
    return el('span', { class: 'hinweis' }, 'keine offene Aufgabe');
  }
  return el('ul', {}, v.offeneSchritte.map(s => el('li', {},
    s.ueberfaellig ? el('span', { class: 'ueberfaellig' }, 'überfällig') : '',
    el('strong', {}, s.aufgabe), ' – ', s.bei, s.faellig ? ` (fällig ${datum(s.faellig)})` : '')));
}

function rechtsschutz(v) {
  const teile = [];
  if (v.offeneRuegen > 0) {
    teile.push(el('div', {}, `${v.offeneRuegen} offene Rüge${v.offeneRuegen > 1 ? 'n' : ''}`));
  }
  if (v.nachpruefungAnhaengig) {
    teile.push(el('div', { class: 'ueberfaellig' }, 'Nachprüfungsantrag anhängig'));
  }
  return teile.length ? teile : el('span', { class: 'hinweis' }, 'keine');
}

function dokumente(v) {
  if (!v.dokumente.length) {
    return el('span', { class: 'hinweis' }, 'noch keine');
  }
  return el('ul', {}, v.dokumente.map(d => el('li', {},
    el('a', { href: kontext + d.url, target: '_blank', rel: 'noopener' }, d.name), d.status === 'ENTWURF' ? ' (Entwurf)' : '')));
}

function tabelle(verfahren, mitLink) {
  return el('table', { class: 'verfahren' },
    el('thead', {}, el('tr', {}, ['Verfahren', 'Stand', 'Wer ist dran', 'Nächste Frist', 'Rügen / Nachprüfung', 'Dokumente']
      .map(t => el('th', {}, t)))),
    el('tbody', {}, verfahren.map(v => el('tr', { 'data-aktenzeichen': v.aktenzeichen },
      el('td', {}, mitLink && v.prozessInstanz
        ? el('a', { href: `#/process-instance/${v.prozessInstanz}/runtime` }, el('strong', {}, v.aktenzeichen))
        : el('strong', {}, v.aktenzeichen), el('br'), v.titel),
      el('td', {}, meilensteine(v), el('span', { class: 'hinweis' }, v.stand)),
      el('td', {}, schritte(v)),
      el('td', {}, frist(v)),
      el('td', {}, rechtsschutz(v)),
      el('td', {}, dokumente(v))))));
}

function laden(node, abfrage, mitLink) {
  node.innerHTML = '';
  const rahmen = el('div', { class: 'vergabe-uebersicht' }, el('style', {}, STIL));
  node.append(rahmen);
  const status = el('p', { class: 'hinweis' }, 'Verfahren werden geladen …');
  rahmen.append(status);
  return fetch(`${kontext}/api/vergaben/uebersicht${abfrage}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(a => a.json().then(inhalt => ({ ok: a.ok, inhalt })))
    .then(({ ok, inhalt }) => {
      if (!ok) {
        status.textContent = inhalt.fehler || 'Die Verfahrensübersicht ist nicht verfügbar.';
        return;
      }
      status.remove();
      if (!inhalt.verfahren.length) {
        rahmen.append(el('p', { class: 'hinweis' }, 'Kein laufendes Vergabeverfahren.'));
        return;
      }
      rahmen.append(tabelle(inhalt.verfahren, mitLink));
    })
    .catch(() => { status.textContent = 'Die Verfahrensübersicht ist nicht verfügbar.'; });
}

export default [
  {
    id: 'vergabe.uebersicht.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      node.append(el('h3', {}, 'Vergabeverfahren'));
      const inhalt = el('div');
      node.append(inhalt);
      laden(inhalt, '', true);
    }
  },
  {
    id: 'vergabe.uebersicht.instanz',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    properties: { label: 'Vergabeverfahren' },
    render: (node, { api, processInstanceId }) => {
      const engineApi = (api && api.engineApi) || `${basis}/api/engine/engine/default`;
      fetch(`${engineApi}/process-instance/${processInstanceId}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(a => (a.ok ? a.json() : {}))
        .then(instanz => {
          if (!instanz.businessKey) {
            node.textContent = 'Diese Prozessinstanz gehört zu keinem Vergabeverfahren.';
            return null;
          }
          return laden(node, `?aktenzeichen=${encodeURIComponent(instanz.businessKey)}`, false);
        });
    }
  }
];
