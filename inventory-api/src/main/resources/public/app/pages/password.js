// Everyone's own password: the current one, then the new one twice. The change closes the account's other
// sessions, this tab's too: the page logs in again with the new password, so the work goes on here.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {problemBox} from '../problem.js';
import * as session from '../session.js';

export function render(view) {
  const message = h('div', {id: 'password-message'});
  const field = (id, autocomplete) => h('input', {id, type: 'password', autocomplete, required: true});
  const current = field('password-current', 'current-password');
  const chosen = field('password-new', 'new-password');
  const again = field('password-again', 'new-password');
  const form = h('form', {class: 'panel stack login', id: 'password-form', onsubmit: async event => {
    event.preventDefault();
    show(message);
    if (chosen.value !== again.value) {
      show(message, problemBox({problem: {title: t('password.mismatch')}}));
      return;
    }
    const username = session.current().username;
    try {
      await api('/api/users/me/password', {method: 'PUT',
        body: {currentPassword: current.value, newPassword: chosen.value}});
      session.clear();
      session.save(await api('/api/login', {method: 'POST', body: {username, password: chosen.value}}));
      form.reset();
      show(message, h('p', {class: 'notice', id: 'password-done'}, t('password.changed')));
    } catch (error) {
      show(message, problemBox(error));
    }
  }},
  h('h1', {}, t('password.title')),
  h('label', {}, t('password.current'), current),
  h('label', {}, t('password.new'), chosen),
  h('label', {}, t('password.again'), again),
  message,
  h('button', {type: 'submit', id: 'password-change'}, t('password.submit')));
  show(view, form);
  current.focus();
}
