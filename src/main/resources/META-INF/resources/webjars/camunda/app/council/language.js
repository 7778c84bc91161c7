/*
 * Language switch for the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) of the Synergy Council.
 *
 * Camunda 7.24 picks the language once, from the browser's first preferred language (navigator.languages[0]),
 * among config.js's locales.availableLocales, falling back to fallbackLocale; it offers no switch of its own.
 * This script, loaded through each app's config.js (customScripts) before Camunda starts its AngularJS app:
 *   - applies the language a person chose earlier (localStorage "synergyCouncil.language": "ko" or "en") by
 *     putting it first in navigator.languages, which is what Camunda asks;
 *   - adds a "한국어 | English" switch to the header of every page, the login page included: a click stores the
 *     choice (for all four apps, this browser) and reloads the page in that language.
 * Without a stored choice nothing changes: the browser's language decides, English for any language but Korean.
 */
const STORAGE_KEY = 'synergyCouncil.language';
const LANGUAGES = [
  {code: 'ko', label: '한국어'},
  {code: 'en', label: 'English'}
];

function storedLanguage() {
  try {
    const code = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.some(language => language.code === code) ? code : null;
  } catch (blocked) {
    return null;
  }
}

function preferLanguage(code) {
  const preferred = [code].concat(
    Array.from(window.navigator.languages || []).filter(tag => tag.split('-')[0].toLowerCase() !== code));
  Object.defineProperty(window.navigator, 'languages', {configurable: true, get: () => preferred.slice()});
  Object.defineProperty(window.navigator, 'language', {configurable: true, get: () => code});
}

/** The language the app runs in: the one angular-translate uses, once the app has started. */
function activeLanguage() {
  try {
    const injector = window.angular && window.angular.element(document.documentElement).injector();
    const inUse = injector && injector.get('$translate').use();
    if (inUse) {
      return inUse;
    }
  } catch (notStarted) {
    // the app has not started yet
  }
  return null;
}

function choose(code) {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch (blocked) {
    // private mode without storage: the reload below still shows the browser's language
  }
  window.location.reload();
}

function renderSwitch(item, current) {
  item.textContent = '';
  item.setAttribute('data-language', current);
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-globe';
  icon.setAttribute('aria-hidden', 'true');
  item.appendChild(icon);
  LANGUAGES.forEach((language, index) => {
    if (index > 0) {
      const separator = document.createElement('span');
      separator.className = 'council-language-separator';
      separator.textContent = '|';
      separator.setAttribute('aria-hidden', 'true');
      item.appendChild(separator);
    }
    const link = document.createElement('a');
    link.href = '';
    link.lang = language.code;
    link.textContent = language.label;
    link.className = 'council-language-' + language.code + (language.code === current ? ' active' : '');
    link.setAttribute('role', 'button');
    if (language.code === current) {
      link.setAttribute('aria-current', 'true');
    }
    link.addEventListener('click', event => {
      event.preventDefault();
      if (language.code !== current) {
        choose(language.code);
      }
    });
    item.appendChild(link);
  });
}

/** Keeps one switch in the header's right-hand menu; AngularJS may render that menu later or again. */
function ensureSwitch() {
  const current = activeLanguage();
  const menu = document.querySelector('[cam-widget-header] nav.cam-nav > ul');
  if (!current || !menu) {
    return;
  }
  document.documentElement.lang = current;
  let item = menu.querySelector(':scope > li.council-language');
  if (!item) {
    item = document.createElement('li');
    item.className = 'council-language';
    item.title = '언어 / Language';
    menu.insertBefore(item, menu.firstChild);
  }
  if (item.getAttribute('data-language') !== current) {
    renderSwitch(item, current);
  }
}

const chosen = storedLanguage();
if (chosen) {
  preferLanguage(chosen);
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      ensureSwitch();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true});

// a custom script may export Camunda plugins; this one only adds the switch
export default [];
