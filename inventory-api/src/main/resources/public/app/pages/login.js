// Login with the API's accounts: POST /api/login answers the bearer token and the roles.
import {fields, h, show} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {problemBox} from '../problem.js';
import * as session from '../session.js';

export function render(view, done) {
  const message = h('div');
  const form = h('form', {class: 'panel stack login', id: 'login-form', onsubmit: async event => {
    event.preventDefault();
    show(message);
    try {
      session.save(await api('/api/login', {method: 'POST', body: fields(form)}));
      done();
    } catch (error) {
      show(message, error.status === 401 ? problemBox({problem: {title: t('login.refused')}}) : problemBox(error));
    }
  }},
  h('h1', {}, t('login.title')),
  h('label', {}, t('login.username'), h('input', {name: 'username', id: 'username', autocomplete: 'username', required: true})),
  h('label', {}, t('login.password'),
    h('input', {name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true})),
  message,
  h('button', {type: 'submit', id: 'login'}, t('login.submit')));
  show(view, form);
  form.querySelector('input').focus();
}
