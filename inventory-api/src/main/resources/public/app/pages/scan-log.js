// The last movements of the scan station, each with its undo (the server's reversal: the movement that puts stock
// back exactly where and as it was) or its retry. It starts with the account's own recent movements from the
// ledger, so a reload loses nothing; the newest one also shows under the result banner, undo included.
import {h, show, table} from '../dom.js';
import {t, time} from '../i18n.js';
import {items, newKey} from '../api.js';
import {problemText} from '../problem.js';
import {described} from './scan-post.js';

const KEPT = 30;
/** What the server takes back (POST /api/movements/{id}/reverse); a regrade or a scrap is put right otherwise. */
const REVERSIBLE = ['RECEIPT', 'ISSUE', 'RETURN', 'TRANSFER', 'ADJUSTMENT'];

/** The log; send(entry) keeps and sends an entry (a retry, an undo) through the page's outbox. */
export function movementLog(send) {
  const entries = [];
  const body = h('div');
  const latest = h('div', {class: 'latest', id: 'scan-last', 'aria-live': 'polite'});
  const element = h('section', {class: 'panel', id: 'scan-log'},
    h('h2', {}, t('scan.log')),
    h('details', {}, h('summary', {}, t('undo.help')),
      h('ul', {}, REVERSIBLE.map(type =>
        h('li', {}, h('strong', {}, t('movement.' + type)), ' — ', t('undo.why.' + type))))),
    body);

  const log = {
    element,
    latest,
    /** Loads the account's recent movements (newest first) under what this page already scanned. */
    async load(username) {
      const recorded = await items(`/api/movements?recordedBy=${encodeURIComponent(username)}&size=${KEPT}`);
      const known = new Set(entries.map(e => e.movement?.id));
      entries.push(...recorded.filter(m => !known.has(m.id))
        .map(m => ({code: m.sku, movement: m, at: m.recordedAt, state: 'done'})));
      entries.length = Math.min(entries.length, KEPT);
      log.paint();
    },
    add(entry) {
      entries.unshift({at: new Date().toISOString(), state: 'sending', ...entry});
      entries.length = Math.min(entries.length, KEPT);
      return entries[0];
    },
    paint() {
      const last = entries[0];
      show(latest, last ? [h('span', {class: 'what'}, what(last)), ' ', state(last), ' ', actions(last)] : null);
      show(body, entries.length ? table(
        [[t('scan.col.time')], [t('scan.col.what')], [t('scan.col.reference')], [t('scan.col.state')], ['']],
        entries.map(entry => [
          time(entry.at),
          what(entry),
          entry.movement?.reference ?? entry.body?.reference ?? '',
          state(entry),
          actions(entry),
        ]),
        i => ({class: entries[i].undoneBy ? 'undone' : null, dataset: {state: entries[i].state}})) : h('p', {class: 'muted'}, t('scan.log.empty')));
    },
  };

  function what(entry) {
    return entry.undoes ? [entry.code, entry.movement ? ' — ' + described(entry) : ''].join('') : described(entry);
  }

  function state(entry) {
    if (entry.undoneBy) return t('scan.state.undone', {id: entry.undoneBy});
    if (entry.state === 'failed') {
      return [h('span', {class: 'badge bad'}, t('scan.state.failed')), ' ', h('span', {class: 'muted'}, problemText(entry.error))];
    }
    if (entry.state === 'done') return h('span', {class: 'badge'}, '#' + entry.movement.id);
    if (entry.state === 'queued') return h('span', {class: 'badge warn'}, t('scan.state.queued'));
    return t('scan.state.sending');
  }

  function actions(entry) {
    if (entry.state === 'failed') {
      return h('button', {type: 'button', class: 'secondary', onclick: () => send(entry)}, t('scan.retry'));
    }
    const undoable = entry.state === 'done' && !entry.undoneBy && !entry.undoes
      && REVERSIBLE.includes(entry.movement.type);
    return undoable ? h('button', {type: 'button', class: 'secondary', title: t('undo.why.' + entry.movement.type),
      onclick: () => revert(entry)}, t('scan.undo')) : '';
  }

  async function revert(entry) {
    const id = entry.movement.id;
    const undo = log.add({code: t('scan.undoOf', {id}), key: newKey(), path: `/api/movements/${id}/reverse`,
      body: {note: t('undo.note', {id})}, undoes: entry});
    if (await send(undo)) {
      entry.undoneBy = undo.movement.id;
      log.paint();
    }
  }

  log.paint();
  return log;
}
