// French by default, English on request; the choice is remembered in localStorage.
import fr from './i18n/fr.js';
import en from './i18n/en.js';

const DICTIONARIES = {fr, en};
const KEY = 'inventory.lang';
let lang = DICTIONARIES[localStorage.getItem(KEY)] ? localStorage.getItem(KEY) : 'fr';

export function language() {
  return lang;
}

export function setLanguage(next) {
  lang = DICTIONARIES[next] ? next : 'fr';
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
}

/** The text for a key, with {name} placeholders filled from params; the key itself when none is known. */
export function t(key, params = {}) {
  const text = DICTIONARIES[lang][key] ?? fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** The word for an API enum value (a condition, a status...), or the value itself. */
export function term(value) {
  return value ? t('term.' + value) === 'term.' + value ? value : t('term.' + value) : '';
}

export function money(value) {
  if (value === null || value === undefined || value === '') return '';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {style: 'currency', currency: 'EUR'})
    .format(Number(value));
}

export function number(value) {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {maximumFractionDigits: 1}).format(Number(value));
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB',
    {dateStyle: 'short', timeStyle: 'short'}) : '';
}

export function time(iso) {
  return iso ? new Date(iso).toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB') : '';
}

export function date(iso) {
  return iso ? new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {timeZone: 'UTC'}) : '';
}
