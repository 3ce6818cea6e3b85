// Loaded by every webapp (customScripts in app/*/scripts/config.js) before Angular starts; see docs/webapps.md.

const WOCHENTAGE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

// The date picker of Camunda Forms (flatpickr inside form-js) takes no locale from the webapps: German names and
// weeks from Monday as its defaults, whether flatpickr is already loaded or registers itself later.
function flatpickrDeutsch(fp) {
  if (fp && typeof fp.localize === 'function') {
    fp.localize({
      firstDayOfWeek: 1,
      weekdays: { shorthand: WOCHENTAGE.map(t => t.substring(0, 2)), longhand: WOCHENTAGE },
      months: { shorthand: MONATE.map(m => m.substring(0, 3)), longhand: MONATE },
      rangeSeparator: ' bis ',
      weekAbbreviation: 'KW',
      time_24hr: true
    });
  }
}
if (window.flatpickr) {
  flatpickrDeutsch(window.flatpickr);
} else {
  let geladen;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => geladen,
    set: fp => { geladen = fp; flatpickrDeutsch(fp); }
  });
}

// The webapps' own date pickers (angular-ui) start the week at $locale's FIRSTDAYOFWEEK + 1: 0 is Monday.
if (window.angular) {
  window.angular.module('ng').run(['$locale', $locale => { $locale.DATETIME_FORMATS.FIRSTDAYOFWEEK = 0; }]);
}

// Camunda 7.24 CE renders the end-of-life banner on every page for every user (isCommunityEdition is fixed to
// true, no configuration turns it off). user-styles.css hides it; it is shown again only to operations (group
// camunda-admin), who plan the platform's future. Only an admin may read that group, so any other answer
// (empty, 403, not logged in) keeps it hidden.
const basis = document.querySelector('base').getAttribute('app-root');
const engine = (window.location.pathname.match(/\/app\/[^/]+\/([^/]+)/) || [null, 'default'])[1];
let geprueftFuer = null;

function betriebPruefen() {
  fetch(`${basis}/api/admin/auth/user/${engine}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(a => (a.ok ? a.json() : null))
    .then(benutzer => {
      const id = benutzer && benutzer.userId;
      if (id === geprueftFuer) {
        return null;
      }
      geprueftFuer = id;
      if (!id) {
        return false;
      }
      return fetch(`${basis}/api/engine/engine/${engine}/group?id=camunda-admin&member=${encodeURIComponent(id)}`,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(a => (a.ok ? a.json() : []))
        .then(gruppen => Array.isArray(gruppen) && gruppen.length > 0);
    })
    .then(admin => {
      if (admin !== null) {
        document.documentElement.classList.toggle('vergabe-betrieb', admin === true);
      }
    })
    .catch(() => document.documentElement.classList.remove('vergabe-betrieb'));
}

// log-in and log-out change the route (#/login), not the page; a header drawn anew brings a new banner
window.addEventListener('hashchange', betriebPruefen);
new MutationObserver(eintraege => {
  if (eintraege.some(e => Array.from(e.addedNodes).some(k => k.nodeType === 1
      && (k.matches('.ce-eol-banner') || k.querySelector('.ce-eol-banner'))))) {
    betriebPruefen();
  }
}).observe(document.documentElement, { childList: true, subtree: true });
betriebPruefen();
