// Overrides the webjar's config.js: the settings of all webapps, and the plugin "Vergabeverfahren" (docs/webapps.md).
import gemeinsam, { OBERFLAECHE } from '../../vergabe-konfiguration.js';

export default {
  ...gemeinsam,
  customScripts: [OBERFLAECHE, 'scripts/vergabe-uebersicht']
};
