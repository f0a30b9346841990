// The scan station: scan a location, then parts; each part scan is one movement, posted with its own
// Idempotency-Key so that a retry after a lost answer never counts twice.
import {h, show, table} from '../dom.js';
import {t, term} from '../i18n.js';
import {items, newKey} from '../api.js';
import {problemText} from '../problem.js';
import {listenForScans} from '../scanner.js';
import * as session from '../session.js';
import * as sound from '../sound.js';
import {sender} from './scan-post.js';
import {resolve} from './scan-codes.js';
import {movementLog} from './scan-log.js';
import {countPanel} from './scan-count.js';

const MODES = ['RECEIPT', 'ISSUE', 'RETURN', 'TRANSFER', 'COUNT'];
const CONDITIONS = ['NEW', 'REPAIRED', 'RECONDITIONED', 'USED', 'DEFECTIVE'];
/** The location kinds a mode's first slot takes; a mode left out takes any (the service checks the rest). */
const KINDS = {RETURN: ['WORKSHOP', 'QUARANTINE']};
const RETURN_REASONS = ['FAULTY', 'UNUSED', 'CORE', 'LOAN_END'];

export function render(view) {
  const state = {mode: 'RECEIPT', location: null, destination: null, picks: []};
  const feedback = h('div', {class: 'feedback', id: 'scan-feedback', 'aria-live': 'assertive'}, t('scan.ready'));
  const quantity = h('input', {id: 'scan-quantity', type: 'number', min: 1, value: '1', inputmode: 'numeric'});
  const reference = h('input', {id: 'scan-reference', placeholder: 'RO-2026-000123'});
  const condition = h('select', {id: 'scan-condition'}, h('option', {value: ''}, t('scan.condition.auto')),
    CONDITIONS.map(c => h('option', {value: c}, term(c))));
  const reason = h('select', {id: 'scan-reason'}, RETURN_REASONS.map(r => h('option', {value: r}, t('scan.reason.' + r))));
  const modes = h('div', {class: 'modes', role: 'group'});
  const slots = h('div', {class: 'context'});
  const hint = h('p', {class: 'hint', id: 'scan-hint'});
  const pickList = h('section', {class: 'panel', id: 'pick-list', hidden: true});
  const waiting = h('span', {class: 'badge warn', id: 'outbox', hidden: true});
  const log = movementLog(entry => outgoing.send(entry));
  const outgoing = sender(session.current().username, log, message, count => {
    waiting.hidden = count === 0;
    show(waiting, t('outbox.count', {count}));
  });
  const count = countPanel(message);
  const manual = h('input', {id: 'scan-manual', autocomplete: 'off', placeholder: 'L:MAG-A-03, P:LV-PMP-0042...'});
  let queue = Promise.resolve();

  /** The result banner; a refusal for lack of stock also offers the places that could serve the same scan. */
  function message(kind, text, detail, refused) {
    feedback.dataset.state = kind;
    show(feedback, text, detail ? h('span', {class: 'detail'}, detail) : null, refused ? elsewhere(refused) : null);
    if (kind === 'ok' || kind === 'warn') sound.success();
    if (kind === 'error') sound.failure();
  }

  function elsewhere({entry, error}) {
    const places = error.problem?.elsewhere ?? [];
    if (!places.length || !entry.body?.fromLocation) return null;
    const wanted = entry.body.quantity ?? 1;
    const usable = places.filter(p => p.available >= wanted && (p.condition !== 'DEFECTIVE' || entry.body.condition === 'DEFECTIVE'));
    return h('span', {class: 'detail elsewhere'}, t('scan.elsewhere', {places: places.map(p =>
      `${p.location} (${p.available} ${term(p.condition)})`).join(', ')}), ' ',
      usable.map(p => h('button', {type: 'button', class: 'secondary', dataset: {location: p.location, condition: p.condition},
        onclick: () => {
          entry.body = {...entry.body, fromLocation: p.location, condition: p.condition};
          entry.key = newKey();
          outgoing.send(entry);
        }}, t('scan.takeFrom', {location: p.location, condition: term(p.condition)}))));
  }

  /** Each mode starts empty: a location, condition or reference scanned for one mode never serves another. */
  function setMode(mode) {
    if (mode === state.mode) return;
    state.mode = mode;
    state.location = null;
    state.destination = null;
    condition.value = '';
    reference.value = '';
    state.picks = [];
    paint();
    message('info', t('scan.modeSet', {mode: t('scan.mode.' + mode)}));
  }

  function slot(title, location, clear, id) {
    return h('div', {class: 'slot' + (location ? ' filled' : ''), id},
      h('div', {class: 'muted'}, title),
      location ? [h('span', {class: 'code'}, location.key), ' ', h('span', {class: 'muted'}, location.summary.name),
        ' ', h('button', {type: 'button', class: 'secondary', title: t('scan.clear'), onclick: clear}, '×')]
        : h('span', {class: 'muted'}, t('scan.scanLocation')));
  }

  function paint() {
    show(modes, MODES.map((mode, i) => h('button', {type: 'button', id: 'mode-' + mode,
      'aria-pressed': String(state.mode === mode), onclick: () => setMode(mode)},
      h('span', {class: 'key'}, `${i + 1}. `), t('scan.mode.' + mode))));
    show(hint, t(state.mode === 'COUNT' ? 'scan.hint.COUNT' : 'scan.hint'));
    paintPicks();
    const primary = t('scan.slot.' + state.mode);
    show(slots,
      slot(primary, state.location, () => { state.location = null; paint(); }, 'slot-location'),
      state.mode === 'TRANSFER'
        ? slot(t('scan.slot.destination'), state.destination, () => { state.destination = null; paint(); }, 'slot-destination')
        : null,
      h('label', {}, t('scan.quantity'), h('span', {class: 'quantity'},
        h('button', {type: 'button', class: 'secondary', onclick: () => step(-1)}, '−'), quantity,
        h('button', {type: 'button', class: 'secondary', onclick: () => step(1)}, '+'))),
      state.mode === 'RETURN' ? h('label', {}, t('scan.reason'), reason) : h('label', {}, t('scan.condition'), condition),
      state.mode === 'COUNT' ? null : h('label', {}, t('scan.reference'), reference));
    count.element.hidden = state.mode !== 'COUNT';
    log.element.hidden = state.mode === 'COUNT';
    if (state.mode === 'COUNT') count.at(state.location).catch(error => message('error', t('count.failed'), problemText(error)));
  }

  function step(by) {
    quantity.value = String(Math.max(1, (Number(quantity.value) || 1) + by));
  }

  async function handle(code) {
    feedback.dataset.state = 'busy';
    show(feedback, t('scan.resolving', {code}));
    let found;
    try {
      found = await resolve(code);
    } catch (error) {
      message('error', t('scan.unknown', {code}), problemText(error));
      return;
    }
    if (found.kind === 'LOCATION') return place(found);
    if (found.kind === 'PART' || found.kind === 'UNIT') return item(code, found);
    reference.value = found.key;
    await loadPicks();
    message('ok', t('scan.referenceSet', {reference: found.key, kind: term(found.kind)}),
      state.picks.length ? t('pick.count', {count: state.picks.length}) : null);
  }

  /** The parts held for the reference (a repair order's pick list): what to take, and from where. */
  async function loadPicks() {
    const ref = reference.value.trim();
    state.picks = ref ? await items(`/api/reservations?reference=${encodeURIComponent(ref)}&status=ACTIVE&size=100`)
      .catch(() => []) : [];
    paintPicks();
  }

  function paintPicks() {
    pickList.hidden = !state.picks.length || state.mode === 'COUNT';
    show(pickList, h('h2', {}, t('pick.title', {reference: reference.value.trim()})),
      h('p', {class: 'hint'}, t('pick.hint')),
      table([[t('part.sku')], [t('pick.quantity'), 'num'], [t('pick.where')], [t('scan.condition')]],
        state.picks.map(r => [r.sku + (r.serial ? ' / ' + r.serial : ''), r.quantity,
          r.lines.map(l => l.location).join(', '), term(r.condition)])));
  }

  /** The reservation of the reference that a scanned part (or unit) takes, if any. */
  function pickFor(found) {
    if (state.mode !== 'ISSUE') return null;
    const sku = found.summary.sku ?? found.key;
    const serial = found.kind === 'UNIT' ? found.key : null;
    return state.picks.find(r => r.sku === sku && (!r.serial || r.serial === serial)) ?? null;
  }

  /** Issuing a reserved part serves its reservation (the service issues what it held) instead of taking more. */
  async function fulfil(pick, code) {
    const entry = log.add({code, key: newKey(), path: `/api/reservations/${pick.id}/fulfil`,
      describe: r => t('pick.served', {id: pick.id, quantity: pick.quantity, sku: pick.sku, reference: pick.reference,
        where: pick.lines.map(l => l.location).join(', ')}), body: undefined});
    if (await outgoing.send(entry)) {
      state.picks = state.picks.filter(r => r !== pick);
      paintPicks();
    }
  }

  function place(found) {
    const destination = state.mode === 'TRANSFER' && state.location && state.location.key !== found.key;
    const accepted = KINDS[state.mode];
    if (!destination && accepted && found.summary.kind && !accepted.includes(found.summary.kind)) {
      message('error', t('scan.wrongKind', {code: found.key, kind: term(found.summary.kind)}),
        t('scan.slot.' + state.mode));
      return;
    }
    if (destination) state.destination = found;
    else state.location = found;
    paint();
    message('ok', t('scan.locationSet', {slot: t(destination ? 'scan.slot.destination' : 'scan.slot.' + state.mode),
      code: found.key, name: found.summary.name}));
  }

  async function item(code, found) {
    const wanted = found.kind === 'UNIT' ? 1 : Math.max(1, Number(quantity.value) || 1);
    const pick = pickFor(found);
    if (pick) return fulfil(pick, code);
    if (!state.location || (state.mode === 'TRANSFER' && !state.destination)) {
      message('error', t('scan.needLocation'), t('scan.slot.' + (state.location ? 'destination' : state.mode)));
      return;
    }
    if (state.mode === 'COUNT') {
      count.add(found, condition.value || 'NEW', wanted);
      message('ok', t('count.added', {quantity: wanted, sku: found.summary.sku ?? found.key}));
    } else {
      const body = movement(code, wanted);
      const warning = body.type === 'ISSUE' && !body.reference ? t('scan.noReference') : null;
      const entry = log.add({code, key: newKey(), body, found, warning});
      await outgoing.send(entry);
    }
    quantity.value = '1';
  }

  function movement(code, wanted) {
    const body = {type: state.mode, code, quantity: wanted};
    const where = state.location.key;
    if (state.mode === 'RECEIPT' || state.mode === 'RETURN') body.toLocation = where;
    else body.fromLocation = where;
    if (state.mode === 'TRANSFER') body.toLocation = state.destination.key;
    if (state.mode === 'RETURN') body.reason = reason.value;
    else if (condition.value) body.condition = condition.value;
    if (reference.value.trim()) body.reference = reference.value.trim();
    return body;
  }

  function onShortcut(event) {
    if (event.key === '*') {
      event.preventDefault();
      quantity.focus();
      quantity.select();
    } else if (event.altKey && /^[1-5]$/.test(event.key)) {
      event.preventDefault();
      setMode(MODES[Number(event.key) - 1]);
    }
  }

  const form = h('form', {class: 'row', onsubmit: event => {
    event.preventDefault();
    const code = manual.value.trim();
    manual.value = '';
    if (code) queue = queue.then(() => handle(code));
  }}, h('label', {style: 'flex:1'}, t('scan.manual'), manual), h('button', {type: 'submit', class: 'secondary'}, 'OK'));

  reference.addEventListener('change', () => loadPicks());
  // The result banner and the last movement come right under the modes: on a handheld they stay in sight.
  show(view, h('div', {class: 'scan'}, h('h1', {}, t('scan.title')), modes, waiting, feedback, log.latest,
    h('section', {class: 'panel'}, slots, hint), pickList, form, count.element, log.element));
  paint();
  log.load(session.current().username).catch(() => {}).then(() => outgoing.restore());
  const stop = listenForScans(code => { queue = queue.then(() => handle(code)); });
  window.addEventListener('keydown', onShortcut);
  return () => {
    outgoing.stop();
    stop();
    window.removeEventListener('keydown', onShortcut);
  };
}
