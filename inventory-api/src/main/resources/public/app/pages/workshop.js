// The workshop: the availability cascade with reservations (full width, its actions first so they are never
// out of sight), a reference's reservations with their release, items entering the workshop (with their follow
// sheet), the repair board, the cores customers still owe, and the units lent to customers.
import {fields, h, show, table} from '../dom.js';
import {date, money, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';
import {labelPanel} from './labels.js';
import {loansPanel} from './loans-panel.js';
import {repairBoard} from './repair-board.js';

export function render(view) {
  const board = repairBoard();
  const cores = h('div', {id: 'cores'});
  const held = reservations();
  show(view, h('h1', {}, t('workshop.title')),
    availability(held), h('div', {class: 'grid'}, intake(board), held.element), board.element, inspection(),
    h('section', {class: 'panel'}, h('h2', {}, t('workshop.cores')), cores), loansPanel());
  board.load();
  items('/api/exchanges?status=CORE_OWED&size=500').then(list => {
    list.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.coreDueDate.localeCompare(b.coreDueDate));
    show(cores, list.length ? table([[t('exchange.number')], [t('part.sku')], [t('exchange.customer')], [t('exchange.due')],
      [t('exchange.charge'), 'num'], ['']],
    list.map(x => [x.number, x.sku, x.customerRef, date(x.coreDueDate), money(x.coreCharge),
      x.overdue ? h('span', {class: 'badge bad'}, t('exchange.overdue')) : '']),
    i => ({class: list[i].overdue ? 'overdue' : null})) : h('p', {class: 'muted'}, t('workshop.noCores')));
  }).catch(error => show(cores, problemBox(error)));
}

function availability(held) {
  const result = h('div', {id: 'cascade'});
  /** The options reserved from this page, by what they are, for the part and reference looked at. */
  const made = new Map();
  const form = h('form', {class: 'stack', onsubmit: event => { event.preventDefault(); look(); }},
    h('div', {class: 'row'},
      h('label', {}, t('part.sku'), h('input', {name: 'sku', id: 'cascade-sku', required: true})),
      h('label', {}, t('part.quantity'), h('input', {name: 'quantity', id: 'cascade-quantity', type: 'number', min: 1, value: '1', style: 'width:6rem'})),
      h('label', {}, t('workshop.reference'), h('input', {name: 'reference', id: 'cascade-reference', placeholder: 'RO-2026-000123'})),
      h('label', {class: 'inline'}, h('input', {name: 'includeVans', id: 'cascade-vans', type: 'checkbox', value: 'true'}), t('workshop.vans'))),
    h('button', {type: 'submit', id: 'cascade-go'}, t('workshop.check')));

  async function look(notice) {
    const values = fields(form);
    try {
      const vans = form.querySelector('#cascade-vans').checked ? '&includeVans=true' : '';
      const answer = await api(`/api/parts/${encodeURIComponent(values.sku)}/availability?quantity=${values.quantity ?? 1}${vans}`);
      show(result, notice, h('p', {}, answer.covered ? t('workshop.covered', {count: answer.servableFromStock})
        : t('workshop.notCovered', {count: answer.servableFromStock, wanted: answer.quantity})),
      table([[''], [t('workshop.source')], [t('part.sku')], [t('scan.condition')], [t('part.location')], [t('part.quantity'), 'num'],
        [t('workshop.when')], [t('offer.price'), 'num']],
      answer.options.map(o => [action(o, values), term(o.source), o.sku, term(o.condition), o.location ?? o.supplier ?? '', o.quantity,
        o.expectedDate ? date(o.expectedDate) : o.leadTimeDays !== undefined ? t('offer.days', {days: o.leadTimeDays}) : '',
        money(o.unitCost)])));
    } catch (error) {
      show(result, problemBox(error));
    }
  }

  /** An option's button, or what this page already reserved from it for the same part and reference. */
  function action(option, values) {
    const done = made.get(optionKey(option, values));
    if (done) return h('span', {class: 'badge'}, t('workshop.alreadyReserved', {id: done.id}));
    return ACTIONS[option.source] ? h('button', {type: 'button', class: ACTIONS[option.source],
      onclick: () => reserve(option, values)}, t('workshop.action.' + ACTIONS[option.source])) : '';
  }

  async function reserve(option, values) {
    try {
      const reservation = await api('/api/reservations', {method: 'POST', key: newKey(), body: request(option, values)});
      made.set(optionKey(option, values), reservation);
      held.show(reservation.reference);
      await look(h('p', {class: 'notice', id: 'reserved'}, reservation.awaiting
        ? t('workshop.waiting', {id: reservation.id, quantity: reservation.quantity, sku: reservation.requestedSku,
          reference: reservation.reference, status: term(reservation.status), awaiting: reservation.awaiting})
        : t('workshop.reserved', {id: reservation.id, quantity: reservation.quantity, sku: reservation.sku,
          condition: term(reservation.condition), location: reservation.location, reference: reservation.reference})));
    } catch (error) {
      show(result, problemBox(error), result.lastChild);
    }
  }

  return h('section', {class: 'panel'}, h('h2', {}, t('workshop.availability')), form, result);
}

/**
 * Defective stock waiting to be inspected (returned unused parts, items back from customers): after the check, the
 * workshop regrades what is good into a usable condition, or scraps it. Only WORKSHOP and MANAGER may do either.
 */
function inspection() {
  const list = h('div', {id: 'inspection-list'});
  const message = h('div');
  const sku = h('input', {id: 'inspection-sku', placeholder: t('part.sku'), 'aria-label': t('part.sku')});
  const location = h('input', {id: 'inspection-location', placeholder: t('part.location'), 'aria-label': t('part.location')});

  // Only the latest search shows: an earlier answer arriving late (the unfiltered list asked at page load) must not
  // replace the rows of the search typed since.
  let searches = 0;

  async function load() {
    const search = ++searches;
    const filter = [['sku', sku.value.trim()], ['location', location.value.trim()]].filter(([, v]) => v)
      .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
    try {
      const rows = (await items('/api/stock?condition=DEFECTIVE&size=200' + filter)).filter(r => r.available > 0);
      if (search !== searches) return;
      list.dataset.filter = filter;
      show(list, rows.length ? table([[t('part.sku')], [t('part.location')], [t('inspection.waiting'), 'num'], ['']],
        rows.map(r => [r.sku, r.location, r.available, verdict(r)]))
        : h('p', {class: 'muted'}, t('inspection.none')));
    } catch (error) {
      if (search === searches) show(list, problemBox(error));
    }
  }

  function verdict(row) {
    const form = h('form', {class: 'row', dataset: {sku: row.sku, location: row.location}, onsubmit: event => event.preventDefault()},
      h('input', {name: 'quantity', type: 'number', min: 1, max: row.available, value: '1', style: 'width:5rem',
        'aria-label': t('part.quantity')}),
      h('input', {name: 'serial', placeholder: t('repair.serial'), 'aria-label': t('repair.serial'), style: 'width:9rem'}),
      h('select', {name: 'toCondition', 'aria-label': t('inspection.result')},
        ['REPAIRED', 'RECONDITIONED', 'USED'].map(c => h('option', {value: c}, term(c)))),
      h('input', {name: 'note', placeholder: t('inspection.note'), 'aria-label': t('inspection.note')}),
      h('button', {type: 'button', class: 'good', onclick: () => decide(row, form, 'REGRADE')}, t('inspection.good')),
      h('button', {type: 'button', class: 'secondary scrap', onclick: () => decide(row, form, 'SCRAP')}, t('inspection.scrap')));
    return form;
  }

  async function decide(row, form, type) {
    const values = fields(form);
    const body = {type, sku: row.sku, fromLocation: row.location, quantity: values.quantity ?? 1,
      note: values.note ?? t('inspection.noteDefault'), ...(values.serial ? {serial: values.serial} : {})};
    if (type === 'REGRADE') Object.assign(body, {fromCondition: 'DEFECTIVE', toCondition: values.toCondition});
    else body.condition = 'DEFECTIVE';
    try {
      const m = await api('/api/movements', {method: 'POST', key: newKey(), body});
      await load();
      show(message, h('p', {class: 'notice', id: 'inspected'}, t(type === 'REGRADE' ? 'inspection.regraded' : 'inspection.scrapped',
        {quantity: m.quantity, sku: m.sku, condition: term(m.toCondition), location: row.location})));
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  load();
  return h('section', {class: 'panel', id: 'inspection'}, h('h2', {}, t('inspection.title')),
    h('p', {class: 'hint'}, t('inspection.hint')),
    h('form', {class: 'row', onsubmit: event => { event.preventDefault(); load(); }}, sku, location,
      h('button', {type: 'submit', class: 'secondary', id: 'inspection-go'}, t('workshop.show'))),
    message, list);
}

function optionKey(option, values) {
  return [values.sku, values.reference, option.source, option.sku, option.condition, option.location, option.serial,
    option.reference, option.supplier].join('|');
}

/** A reference's reservations (held or awaited), each with its release. */
function reservations() {
  const reference = h('input', {id: 'held-reference', placeholder: 'RO-2026-000123'});
  const list = h('div', {id: 'held'});
  const message = h('div');

  async function load() {
    const ref = reference.value.trim();
    if (!ref) return show(list);
    try {
      const found = (await items(`/api/reservations?reference=${encodeURIComponent(ref)}&size=100`))
        .filter(r => r.status === 'ACTIVE' || r.status.startsWith('AWAITING'));
      show(list, found.length ? table([[''], ['#'], [t('part.sku')], [t('part.quantity'), 'num'], [t('part.location')],
        [t('repair.status')]],
      found.map(r => [h('button', {type: 'button', class: 'secondary release', dataset: {id: r.id}, onclick: () => release(r)},
        t('workshop.release')), r.id, r.sku ?? r.requestedSku, r.quantity, r.location ?? r.awaiting ?? '', term(r.status)]))
        : h('p', {class: 'muted'}, t('workshop.noReservations')));
    } catch (error) {
      show(list, problemBox(error));
    }
  }

  async function release(reservation) {
    try {
      await api(`/api/reservations/${reservation.id}/release`, {method: 'POST', key: newKey()});
      show(message, h('p', {class: 'notice', id: 'released'}, t('workshop.released', {id: reservation.id})));
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  const element = h('section', {class: 'panel', id: 'reservations'}, h('h2', {}, t('workshop.reservations')),
    h('p', {class: 'hint'}, t('workshop.reservations.hint')),
    h('form', {class: 'row', onsubmit: event => { event.preventDefault(); load(); }},
      h('label', {style: 'flex:1'}, t('workshop.reference'), reference), h('button', {type: 'submit', id: 'held-go'}, t('workshop.show'))),
    message, list);
  return {element, show: ref => { reference.value = ref; load(); }};
}

// What each option of the cascade lets the user do; van stock serves others only by a transfer order.
const ACTIONS = {STOCK: 'reserve', EQUIVALENT_STOCK: 'reserve', IN_REPAIR: 'wait', CANNIBALISE: 'cannibalise', PURCHASE: 'buy'};

function request(option, values) {
  const quantity = Math.min(option.quantity, Number(values.quantity ?? 1));
  const base = {quantity, reference: values.reference};
  switch (option.source) {
    case 'IN_REPAIR': return {...base, sku: values.sku, quantity: 1, source: 'IN_REPAIR', repairOrder: option.reference};
    case 'CANNIBALISE': return {...base, sku: option.reference, source: 'CANNIBALISE', assemblySku: option.sku,
      assemblySerial: option.serial};
    case 'PURCHASE': return {...base, sku: values.sku, quantity: Number(values.quantity ?? 1), source: 'PURCHASE'};
    default: return {...base, sku: option.sku, condition: option.condition, location: option.location,
      serial: option.serial, allowEquivalents: false};
  }
}

function intake(board) {
  const result = h('div', {id: 'intake-result'});
  const select = (name, values) => h('select', {name}, values.map(v => h('option', {value: v}, term(v))));
  const form = h('form', {class: 'stack', id: 'intake', onsubmit: async event => {
    event.preventDefault();
    try {
      const order = await api('/api/repair-orders', {method: 'POST', body: fields(form), key: newKey()});
      form.reset();
      show(result, h('p', {class: 'notice'}, t('workshop.opened', {number: order.number, location: order.location ?? ''})),
        labelPanel('REPAIR_ORDER', order.number));
      board.load();
    } catch (error) {
      show(result, problemBox(error));
    }
  }},
  h('div', {class: 'row'},
    h('label', {}, t('part.sku'), h('input', {name: 'sku'})),
    h('label', {}, t('repair.serial'), h('input', {name: 'serial'})),
    h('label', {}, t('repair.owner'), select('owner', ['COMPANY', 'CUSTOMER'])),
    h('label', {}, t('repair.origin'), select('origin', ['STOCK_DEFECTIVE', 'TECHNICIAN_RETURN', 'CORE_RETURN', 'CUSTOMER_DROP_OFF']))),
  h('div', {class: 'row'},
    h('label', {}, t('part.location'), h('input', {name: 'location'})),
    h('label', {}, t('repair.customerRef'), h('input', {name: 'customerRef'})),
    h('label', {}, t('repair.expected'), h('input', {name: 'expectedDate', type: 'date'}))),
  h('label', {}, t('repair.description'), h('input', {name: 'description'})),
  h('button', {type: 'submit'}, t('workshop.open')));
  return h('section', {class: 'panel'}, h('h2', {}, t('workshop.intake')), h('p', {class: 'hint'}, t('workshop.intake.hint')), form, result);
}
