// The configuration all four webapps share (imported by app/*/scripts/config.js): German only, dates as TT.MM.JJJJ,
// and the script vergabe-oberflaeche.js (weeks from Monday, end-of-life banner). See docs/webapps.md.
export const OBERFLAECHE = '../vergabe-oberflaeche';

export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, DD.MM.YYYY HH:mm [Uhr]',
    short: 'DD.MM.YYYY'
  },
  // customScripts are resolved against /camunda/app/<app>/
  customScripts: [OBERFLAECHE]
};
