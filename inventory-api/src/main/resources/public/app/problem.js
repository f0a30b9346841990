// Shows what the service refused: the problem's title, detail and each invalid field. A French page says it in
// French from the problem's type and facts, and each field error (or import row error) from its rule and facts
// (i18n/problems-fr.js); other languages show the service's own words.
import {h} from './dom.js';
import {language, t, term} from './i18n.js';
import {french, frenchField} from './i18n/problems-fr.js';

/** The problem as the user reads it: {title, detail, errors: [text...]}. */
export function said(error) {
  const problem = error.problem ?? {title: t('error.unexpected'), detail: String(error.message ?? error)};
  const words = language() === 'fr' ? french(problem, term) : null;
  return {
    title: words ? words[0] : problem.title ?? t('error.unexpected'),
    detail: words ? words[1] : problem.detail,
    errors: (problem.errors ?? []).map(e => (e.field ? e.field + ' : ' : '') + fieldMessage(e)),
  };
}

/** One field error, or one row error of an import report, in the page's language: French from its rule and facts. */
export function fieldMessage(error) {
  return (language() === 'fr' ? frenchField(error, term) : null) ?? error.message;
}

/** A red box with the problem's title, detail and errors[]; plain errors (bugs) show their message. */
export function problemBox(error) {
  const {title, detail, errors} = said(error);
  return h('div', {class: 'problem', role: 'alert'},
    h('strong', {}, title),
    detail ? h('span', {class: 'detail'}, detail) : null,
    errors.length ? h('ul', {}, errors.map(e => h('li', {}, e))) : null);
}

/** The one-line text of a problem, for compact places (the scan feedback). */
export function problemText(error) {
  const {detail, errors} = said(error);
  return [detail, errors.join(' · ')].filter(Boolean).join(' — ');
}
