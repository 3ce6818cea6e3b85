// Overrides the webjar's config.js: the settings of all webapps, and the keyboard shortcuts described in German.
import gemeinsam from '../../vergabe-konfiguration.js';

export default {
  ...gemeinsam,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'übernimmt die ausgewählte Aufgabe' },
    focusFilter: { key: 'ctrl+shift+f', description: 'setzt den Fokus auf den ersten Filter' },
    focusList: { key: 'ctrl+alt+l', description: 'setzt den Fokus auf die erste Aufgabe der Liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'setzt den Fokus auf das erste Feld des Formulars' },
    startProcess: { key: 'ctrl+alt+p', description: 'öffnet den Dialog „Prozess starten“' }
  }
};
