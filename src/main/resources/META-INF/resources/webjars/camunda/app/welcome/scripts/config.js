// Overrides the webjar's config.js; the settings are those of all webapps (../../vergabe-konfiguration.js).
import gemeinsam from '../../vergabe-konfiguration.js';

export default gemeinsam;
