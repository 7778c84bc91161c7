/*
 * Synergy Council configuration of Camunda Tasklist (overrides the file of the same path in camunda-webapp-webjar).
 * Languages: Korean and English; Camunda picks the browser's language, English for any other; the header's
 * "한국어 | English" switch (../council/language.js) stores a person's choice. Branding: name and vendor here,
 * logo and colours in ../styles/user-styles.css. Everything else keeps Camunda's defaults (CSRF cookie included).
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: '시너지 협의회 · Synergy Council'
  },
  locales: {
    availableLocales: ['en', 'ko'],
    fallbackLocale: 'en'
  },
  customScripts: ['../council/language'],

  // Camunda's default keyboard shortcuts, unchanged
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
