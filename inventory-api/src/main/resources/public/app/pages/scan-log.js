// The last movements of the scan station, each with its undo (a compensating movement) or its retry.
import {h, show, table} from '../dom.js';
import {t, time} from '../i18n.js';
import {newKey} from '../api.js';
import {problemText} from '../problem.js';
import {compensation, explanation} from '../compensation.js';
import {describe, post} from './scan-post.js';

const KEPT = 30;

export function movementLog(message) {
  const entries = [];
  const body = h('div');
  const element = h('section', {class: 'panel', id: 'scan-log'},
    h('h2', {}, t('scan.log')),
    h('details', {}, h('summary', {}, t('undo.help')),
      h('ul', {}, ['RECEIPT', 'ISSUE', 'RETURN', 'TRANSFER', 'ADJUSTMENT'].map(type =>
        h('li', {}, h('strong', {}, t('movement.' + type)), ' — ', t('undo.why.' + type))))),
    body);

  const log = {
    element,
    add(entry) {
      entries.unshift({...entry, at: new Date().toISOString(), state: 'sending'});
      entries.length = Math.min(entries.length, KEPT);
      return entries[0];
    },
    paint() {
      show(body, entries.length ? table(
        [[t('scan.col.time')], [t('scan.col.what')], [t('scan.col.reference')], [t('scan.col.state')], ['']],
        entries.map(entry => [
          time(entry.at),
          entry.undoes ? `${entry.code} — ${describe(entry.movement ?? entry.body)}` : describe(entry.movement ?? entry.body),
          entry.movement?.reference ?? entry.body.reference ?? '',
          state(entry),
          actions(entry),
        ]),
        i => ({class: entries[i].undoneBy ? 'undone' : null, dataset: {state: entries[i].state}})) : h('p', {class: 'muted'}, t('scan.log.empty')));
    },
  };

  function state(entry) {
    if (entry.undoneBy) return t('scan.state.undone', {id: entry.undoneBy});
    if (entry.state === 'failed') {
      return [h('span', {class: 'badge bad'}, t('scan.state.failed')), ' ', h('span', {class: 'muted'}, problemText(entry.error))];
    }
    if (entry.state === 'done') return h('span', {class: 'badge'}, '#' + entry.movement.id);
    return t('scan.state.sending');
  }

  function actions(entry) {
    if (entry.state === 'failed') {
      return h('button', {type: 'button', class: 'secondary', onclick: () => post(entry, log, message)}, t('scan.retry'));
    }
    const undo = entry.state === 'done' && !entry.undoneBy && !entry.undoes && compensation(entry.movement);
    return undo ? h('button', {type: 'button', class: 'secondary', title: explanation(entry.movement),
      onclick: () => revert(entry, undo)}, t('scan.undo')) : '';
  }

  async function revert(entry, body) {
    const undo = log.add({code: t('scan.undoOf', {id: entry.movement.id}), key: newKey(), body, undoes: entry});
    if (await post(undo, log, message)) {
      entry.undoneBy = undo.movement.id;
      log.paint();
    }
  }

  log.paint();
  return log;
}
