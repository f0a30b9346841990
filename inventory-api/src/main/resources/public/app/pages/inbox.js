// The account's notifications (a core overdue, a quote unanswered, a request to approve...): each opens the page
// that acts on it and can be marked read. The bell in the header counts the unread ones on every page.
import {h, show} from '../dom.js';
import {dateTime, t, term} from '../i18n.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {problemBox} from '../problem.js';

const REFRESH_MS = 60_000;
let timer = null;

/** Shows the unread count on the header's bell, and keeps it fresh while a session is open. */
export async function refreshBadge() {
  clearTimeout(timer);
  const badge = document.getElementById('inbox-count');
  if (!session.current()) return;
  try {
    const {unread} = await api('/api/notifications?unread=true');
    badge.hidden = unread === 0;
    badge.textContent = unread > 99 ? '99+' : String(unread);
    document.getElementById('inbox').title = t('inbox.unread', {count: unread});
  } catch (error) {
    // the badge waits for the next round; the pages say what is wrong when they call the service
  }
  timer = setTimeout(refreshBadge, REFRESH_MS);
}

export function render(view) {
  const list = h('div', {id: 'inbox-list'}, h('p', {class: 'muted'}, t('loading')));
  const unreadOnly = h('input', {type: 'checkbox', id: 'inbox-unread', onchange: load});

  async function load() {
    try {
      const inbox = await api('/api/notifications' + (unreadOnly.checked ? '?unread=true' : ''));
      show(list, inbox.items.length ? h('ul', {class: 'inbox'}, inbox.items.map(item)) : h('p', {class: 'muted'}, t('inbox.empty')));
    } catch (error) {
      show(list, problemBox(error));
    }
    refreshBadge();
  }

  function item(n) {
    return h('li', {class: n.readAt ? 'read' : 'unread', id: 'notification-' + n.id},
      h('span', {class: 'badge' + (n.readAt ? '' : ' warn')}, term(n.kind)), ' ',
      h('a', {href: n.link}, n.subject), ' ', h('span', {class: 'muted'}, dateTime(n.createdAt)), ' ',
      n.readAt ? null : h('button', {type: 'button', class: 'secondary', onclick: async () => {
        try {
          await api(`/api/notifications/${n.id}/read`, {method: 'POST'});
          await load();
        } catch (error) {
          show(list, problemBox(error));
        }
      }}, t('inbox.markRead')));
  }

  show(view, h('h1', {}, t('inbox.title')), h('label', {class: 'inline'}, unreadOnly, t('inbox.unreadOnly')), list);
  load();
}
