/*
 * Synergy Council configuration of Camunda Admin (overrides the file of the same path in camunda-webapp-webjar).
 * Languages: Korean and English; Camunda picks the browser's language, English for any other; the header's
 * "한국어 | English" switch (../council/language.js) stores a person's choice. Branding: name and vendor here,
 * logo and colours in ../styles/user-styles.css. Everything else keeps Camunda's defaults (CSRF cookie included).
 */
export default {
  app: {
    name: 'Admin',
    vendor: '시너지 협의회 · Synergy Council'
  },
  locales: {
    availableLocales: ['en', 'ko'],
    fallbackLocale: 'en'
  },
  customScripts: ['../council/language']
};
