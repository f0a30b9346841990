// The shell: header, language switch, login, and a hash router that shows each role its pages.
import {h, show} from './dom.js';
import {language, setLanguage, t} from './i18n.js';
import * as session from './session.js';
import * as login from './pages/login.js';
import * as scan from './pages/scan.js';
import * as part from './pages/part.js';
import * as workshop from './pages/workshop.js';
import * as buyer from './pages/buyer.js';
import * as imports from './pages/imports.js';
import * as locations from './pages/locations.js';
import * as dashboard from './pages/dashboard.js';
import * as accounts from './pages/accounts.js';
import * as password from './pages/password.js';
import * as inbox from './pages/inbox.js';
import * as exchanges from './pages/exchanges.js';
import * as van from './pages/van.js';
import * as replenishment from './pages/replenishment.js';

/** Each page: its hash, who may open it, its module (render(view, argument) answers an optional cleanup). */
const PAGES = [
  {path: 'scan', roles: ['STOREKEEPER'], page: scan},
  {path: 'part', roles: ['STOREKEEPER', 'WORKSHOP', 'BUYER'], page: part},
  {path: 'workshop', roles: ['WORKSHOP'], page: workshop},
  {path: 'exchanges', roles: ['WORKSHOP', 'STOREKEEPER'], page: exchanges},
  {path: 'van', roles: ['WORKSHOP'], page: van},
  {path: 'replenishment', roles: ['STOREKEEPER'], page: replenishment},
  {path: 'buyer', roles: ['BUYER'], page: buyer},
  {path: 'imports', roles: ['STOREKEEPER', 'BUYER'], page: imports},
  {path: 'locations', roles: ['STOREKEEPER', 'MANAGER'], page: locations},
  {path: 'dashboard', roles: ['MANAGER'], page: dashboard},
  {path: 'accounts', roles: ['MANAGER'], page: accounts},
  {path: 'password', roles: ['STOREKEEPER', 'WORKSHOP', 'BUYER', 'MANAGER'], page: password},
  {path: 'inbox', roles: ['STOREKEEPER', 'WORKSHOP', 'BUYER', 'MANAGER'], page: inbox, hidden: true},
];

const view = document.getElementById('view');
let cleanup = null;

function allowedPages() {
  return PAGES.filter(p => session.may(...p.roles));
}

function header(active) {
  const user = session.current();
  show(document.getElementById('nav'), user ? allowedPages().filter(p => !p.hidden).map(p =>
    h('a', {href: '#/' + p.path, class: p.path === active ? 'active' : null, id: 'nav-' + p.path}, t('nav.' + p.path))) : []);
  show(document.getElementById('who'), user ? user.username : '');
  const logout = document.getElementById('logout');
  logout.hidden = !user;
  document.getElementById('inbox').hidden = !user;
  inbox.refreshBadge();
  logout.textContent = t('nav.logout');
  const lang = document.getElementById('lang');
  lang.textContent = language() === 'fr' ? 'English' : 'Français';
  lang.dataset.short = language() === 'fr' ? 'EN' : 'FR';
}

function route() {
  cleanup?.();
  cleanup = null;
  const [path, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const argument = rest.map(decodeURIComponent).join('/');
  if (!session.current()) {
    header(null);
    login.render(view, () => navigate(''));
    return;
  }
  const pages = allowedPages();
  const target = pages.find(p => p.path === path);
  if (!target) {
    if (pages.length) navigate(pages[0].path);
    else show(view, h('p', {class: 'problem'}, t('nav.nothing')));
    return;
  }
  header(target.path);
  show(view);
  cleanup = target.page.render(view, argument) ?? null;
}

export function navigate(path) {
  if (location.hash === '#/' + path) route();
  else location.hash = '#/' + path;
}

document.getElementById('lang').addEventListener('click', () => {
  setLanguage(language() === 'fr' ? 'en' : 'fr');
  route();
});
document.getElementById('logout').addEventListener('click', () => {
  session.clear();
  navigate('');
});
window.addEventListener('session-expired', () => route());
window.addEventListener('hashchange', route);
setLanguage(language());
route();
keepPagesForOffline();

/** Installs the service worker (sw.js) and hands it the files this visit loaded, so the pages open offline. */
function keepPagesForOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then(registration => {
      const loaded = performance.getEntriesByType('resource').map(entry => new URL(entry.name))
        .filter(url => url.origin === location.origin && !url.pathname.startsWith('/api/'))
        .map(url => url.pathname);
      registration.active.postMessage({keep: [...new Set(loaded)]});
    })
    .catch(() => {});
}
