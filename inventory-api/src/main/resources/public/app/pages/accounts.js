// Accounts (managers): create one, change its roles or password, disable or enable it. A change ends the
// account's open sessions.
import {h, show, table} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {problemBox} from '../problem.js';

const ROLES = ['STOREKEEPER', 'WORKSHOP', 'BUYER', 'MANAGER'];

function roleBoxes(prefix, granted) {
  return h('span', {class: 'row'}, ROLES.map(role => h('label', {class: 'inline'},
    h('input', {type: 'checkbox', value: role, checked: granted.includes(role), id: `${prefix}-${role}`}),
    t('role.' + role))));
}

function checked(boxes) {
  return [...boxes.querySelectorAll('input:checked')].map(box => box.value);
}

export function render(view) {
  const message = h('div', {id: 'accounts-message'});
  const list = h('div', {id: 'accounts'}, h('p', {class: 'muted'}, t('loading')));

  const done = (key, username) => show(message, h('p', {class: 'notice', id: 'accounts-done'}, t(key, {username})));
  /** A refused change is shown with the server's reason, and the list shows the accounts as they still are. */
  const refused = error => show(message, problemBox(error));

  async function load() {
    try {
      const users = await api('/api/users');
      show(list, table([[t('accounts.username')], [t('accounts.roles')], [t('accounts.enabled')],
        [t('accounts.email')], [t('accounts.home')], [t('accounts.newPassword')], ['']], users.map(row),
        i => ({class: users[i].enabled ? null : 'disabled', dataset: {enabled: String(users[i].enabled)}})));
    } catch (error) {
      refused(error);
    }
  }

  function row(user) {
    const id = 'user-' + user.username;
    const roles = roleBoxes(id, user.roles);
    const enabled = h('input', {type: 'checkbox', checked: user.enabled, id: id + '-enabled'});
    const password = h('input', {type: 'password', autocomplete: 'new-password', id: id + '-password',
      'aria-label': t('accounts.newPasswordOf', {username: user.username})});
    const email = h('input', {type: 'email', value: user.email ?? '', id: id + '-email', placeholder: 'nom@exemple.fr',
      'aria-label': t('accounts.emailOf', {username: user.username})});
    const home = h('input', {value: user.location ?? '', id: id + '-location', autocomplete: 'off',
      'aria-label': t('accounts.homeOf', {username: user.username})});
    const save = async () => {
      const change = {};
      const chosen = checked(roles);
      if ([...chosen].sort().join() !== [...user.roles].sort().join()) change.roles = chosen;
      if (enabled.checked !== user.enabled) change.enabled = enabled.checked;
      if (password.value) change.password = password.value;
      if (email.value.trim() !== (user.email ?? '')) change.email = email.value.trim();
      if (home.value.trim().toUpperCase() !== (user.location ?? '')) change.location = home.value.trim();
      if (!Object.keys(change).length) return done('accounts.unchanged', user.username);
      try {
        await api('/api/users/' + encodeURIComponent(user.username), {method: 'PATCH', body: change});
        done('accounts.saved', user.username);
        await load();
      } catch (error) {
        refused(error);
        await load();
      }
    };
    const name = user.enabled ? user.username
      : [user.username, ' ', h('span', {class: 'badge bad', id: id + '-disabled'}, t('accounts.disabled'))];
    return [name, roles, h('label', {class: 'inline'}, enabled, t('accounts.active')), email, home, password,
      h('button', {type: 'button', id: id + '-save', onclick: save}, t('accounts.save'))];
  }

  const username = h('input', {name: 'username', id: 'account-username', required: true, autocomplete: 'off'});
  const password = h('input', {name: 'password', id: 'account-password', type: 'password', required: true,
    autocomplete: 'new-password'});
  const home = h('input', {name: 'location', id: 'account-location', autocomplete: 'off'});
  const roles = roleBoxes('account-new', []);
  const create = h('form', {class: 'panel', id: 'account-new', onsubmit: async event => {
    event.preventDefault();
    try {
      const created = await api('/api/users', {method: 'POST',
        body: {username: username.value.trim(), password: password.value, roles: checked(roles),
          ...(home.value.trim() ? {location: home.value.trim()} : {})}});
      event.target.reset();
      done('accounts.created', created.username);
      await load();
    } catch (error) {
      refused(error);
    }
  }}, h('h2', {}, t('accounts.create')),
  h('div', {class: 'row'}, h('label', {}, t('accounts.username'), username),
    h('label', {}, t('accounts.password'), password), h('label', {}, t('accounts.home'), home), roles,
    h('button', {type: 'submit', id: 'account-create'}, t('accounts.createButton'))));

  show(view, h('h1', {}, t('accounts.title')), h('p', {class: 'hint'}, t('accounts.hint')), message, create, list);
  load();
}
