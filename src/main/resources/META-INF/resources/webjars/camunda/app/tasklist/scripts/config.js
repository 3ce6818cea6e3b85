// Overrides the webjar's config.js: the settings of all webapps, the keyboard shortcuts described in German, and the
// script of Tasklist's forms (German validation, refusals at the field, no drafts in the browser; docs/webapps.md).
import gemeinsam, { OBERFLAECHE } from '../../vergabe-konfiguration.js';

export default {
  ...gemeinsam,
  customScripts: [OBERFLAECHE, 'scripts/vergabe-aufgaben'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'übernimmt die ausgewählte Aufgabe' },
    focusFilter: { key: 'ctrl+shift+f', description: 'setzt den Fokus auf den ersten Filter' },
    focusList: { key: 'ctrl+alt+l', description: 'setzt den Fokus auf die erste Aufgabe der Liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'setzt den Fokus auf das erste Feld des Formulars' },
    startProcess: { key: 'ctrl+alt+p', description: 'öffnet den Dialog „Prozess starten“' }
  }
};
