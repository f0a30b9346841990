// Shows what the service refused, as it said it: problem+json detail and each invalid field.
import {h} from './dom.js';
import {t} from './i18n.js';

/** A red box with the problem's title, detail and errors[]; plain errors (bugs) show their message. */
export function problemBox(error) {
  const problem = error.problem ?? {title: t('error.unexpected'), detail: String(error.message ?? error)};
  const errors = problem.errors ?? [];
  return h('div', {class: 'problem', role: 'alert'},
    h('strong', {}, problem.title ?? t('error.unexpected')),
    problem.detail ? h('span', {class: 'detail'}, problem.detail) : null,
    errors.length ? h('ul', {}, errors.map(e => h('li', {}, e.field ? `${e.field} : ${e.message}` : e.message))) : null);
}

/** The one-line text of a problem, for compact places (the scan feedback). */
export function problemText(error) {
  const problem = error.problem ?? {};
  const fields = (problem.errors ?? []).map(e => (e.field ? e.field + ': ' : '') + e.message).join(' · ');
  return [problem.detail ?? error.message, fields].filter(Boolean).join(' — ');
}
