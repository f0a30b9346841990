// The scan station: scan a location, then parts; each part scan is one movement, posted with its own
// Idempotency-Key so that a retry after a lost answer never counts twice.
import {h, show} from '../dom.js';
import {t, term} from '../i18n.js';
import {api, newKey} from '../api.js';
import {problemText} from '../problem.js';
import {listenForScans} from '../scanner.js';
import * as sound from '../sound.js';
import {post} from './scan-post.js';
import {movementLog} from './scan-log.js';
import {countPanel} from './scan-count.js';

const MODES = ['RECEIPT', 'ISSUE', 'RETURN', 'TRANSFER', 'COUNT'];
const CONDITIONS = ['NEW', 'REPAIRED', 'RECONDITIONED', 'USED', 'DEFECTIVE'];
/** The location kinds a mode's first slot takes; a mode left out takes any (the service checks the rest). */
const KINDS = {RETURN: ['WORKSHOP', 'QUARANTINE']};
const RETURN_REASONS = ['FAULTY', 'UNUSED', 'CORE', 'LOAN_END'];

export function render(view) {
  const state = {mode: 'RECEIPT', location: null, destination: null};
  const feedback = h('div', {class: 'feedback', id: 'scan-feedback', 'aria-live': 'assertive'}, t('scan.ready'));
  const quantity = h('input', {id: 'scan-quantity', type: 'number', min: 1, value: '1', inputmode: 'numeric'});
  const reference = h('input', {id: 'scan-reference', placeholder: 'RO-2026-000123'});
  const condition = h('select', {id: 'scan-condition'}, h('option', {value: ''}, t('scan.condition.auto')),
    CONDITIONS.map(c => h('option', {value: c}, term(c))));
  const reason = h('select', {id: 'scan-reason'}, RETURN_REASONS.map(r => h('option', {value: r}, t('scan.reason.' + r))));
  const modes = h('div', {class: 'modes', role: 'group'});
  const slots = h('div', {class: 'context'});
  const log = movementLog(message);
  const count = countPanel(message);
  const manual = h('input', {id: 'scan-manual', autocomplete: 'off', placeholder: 'L:MAG-A-03, P:LV-PMP-0042...'});
  let queue = Promise.resolve();

  function message(kind, text, detail) {
    feedback.dataset.state = kind;
    show(feedback, text, detail ? h('span', {class: 'detail'}, detail) : null);
    if (kind === 'ok') sound.success();
    if (kind === 'error') sound.failure();
  }

  /** Each mode starts empty: a location, condition or reference scanned for one mode never serves another. */
  function setMode(mode) {
    if (mode === state.mode) return;
    state.mode = mode;
    state.location = null;
    state.destination = null;
    condition.value = '';
    reference.value = '';
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
      'aria-pressed': String(state.mode === mode), onclick: () => setMode(mode)}, `${i + 1}. ${t('scan.mode.' + mode)}`)));
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
      found = await api('/api/scan/' + encodeURIComponent(code));
    } catch (error) {
      message('error', t('scan.unknown', {code}), problemText(error));
      return;
    }
    if (found.kind === 'LOCATION') return place(found);
    if (found.kind === 'PART' || found.kind === 'UNIT') return item(code, found);
    reference.value = found.key;
    message('ok', t('scan.referenceSet', {reference: found.key, kind: term(found.kind)}));
  }

  function place(found) {
    const destination = state.mode === 'TRANSFER' && state.location && state.location.key !== found.key;
    const accepted = KINDS[state.mode];
    if (!destination && accepted && !accepted.includes(found.summary.kind)) {
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
    if (!state.location || (state.mode === 'TRANSFER' && !state.destination)) {
      message('error', t('scan.needLocation'), t('scan.slot.' + (state.location ? 'destination' : state.mode)));
      return;
    }
    if (state.mode === 'COUNT') {
      count.add(found, condition.value || 'NEW', wanted);
      message('ok', t('count.added', {quantity: wanted, sku: found.summary.sku ?? found.key}));
    } else {
      const entry = log.add({code, key: newKey(), body: movement(code, wanted), found});
      await post(entry, log, message);
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

  show(view, h('h1', {}, t('scan.title')), modes,
    h('section', {class: 'panel'}, slots, h('p', {class: 'hint'}, t('scan.hint'))),
    feedback, form, count.element, log.element);
  paint();
  const stop = listenForScans(code => { queue = queue.then(() => handle(code)); });
  window.addEventListener('keydown', onShortcut);
  return () => {
    stop();
    window.removeEventListener('keydown', onShortcut);
  };
}
