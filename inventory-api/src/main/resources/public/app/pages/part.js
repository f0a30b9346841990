// A part: its stock by condition and location, what holds it, what is coming back, its ledger, offers and label.
import {h, show, table} from '../dom.js';
import {date, dateTime, money, t, term} from '../i18n.js';
import {api, items, tagged} from '../api.js';
import {problemBox} from '../problem.js';
import * as session from '../session.js';
import {labelPanel} from './labels.js';
import {partEditor} from './part-edit.js';

export function render(view, sku) {
  const search = h('input', {id: 'part-search', type: 'search', placeholder: t('part.search.placeholder'), value: sku});
  const results = h('div');
  const form = h('form', {class: 'row', onsubmit: async event => {
    event.preventDefault();
    const q = search.value.trim();
    try {
      const sku = await scannedPart(q);
      if (sku) { location.hash = '#/part/' + encodeURIComponent(sku); return; }
      const found = await items('/api/parts?size=50&q=' + encodeURIComponent(q));
      if (found.length === 1) { location.hash = '#/part/' + encodeURIComponent(found[0].sku); return; }
      show(results, found.length ? table([[t('part.sku')], [t('part.name')], [t('part.family')]],
        found.map(p => [h('a', {href: '#/part/' + encodeURIComponent(p.sku)}, p.sku), p.name, p.family ?? '']))
        : h('p', {class: 'muted'}, t('part.search.none')));
    } catch (error) {
      show(results, problemBox(error));
    }
  }}, h('label', {style: 'flex:1'}, t('part.search'), search), h('button', {type: 'submit'}, t('part.search.go')));
  show(view, h('h1', {}, t('part.title')), form, results);
  if (sku) details(view, sku);
}

/** The part a code resolves to, as the scan station would read it (a label, a GTIN, a serial...), or null. */
async function scannedPart(q) {
  if (!q || /\s/.test(q)) return null;
  try {
    const found = await api('/api/scan/' + encodeURIComponent(q));
    return found.kind === 'PART' ? found.key : found.kind === 'UNIT' ? found.summary.sku : null;
  } catch {
    return null;
  }
}

function section(title, id) {
  const body = h('div', {}, h('p', {class: 'muted'}, t('loading')));
  return {element: h('section', {class: 'panel', id}, h('h2', {}, title), body), body};
}

/** Loads each section on its own, so one refusal does not hide the rest. */
function fill(target, load, paint) {
  load().then(data => show(target.body, paint(data))).catch(error => show(target.body, problemBox(error)));
}

function details(view, sku) {
  const path = encodeURIComponent(sku);
  const head = h('div');
  const stock = section(t('part.stock'), 'part-stock');
  const reservations = section(t('part.reservations'), 'part-reservations');
  const repairs = section(t('part.inRepair'), 'part-repairs');
  const cores = section(t('part.coresOwed'), 'part-cores');
  const movements = section(t('part.movements'), 'part-movements');
  const offers = section(t('part.offers'), 'part-offers');
  view.append(head, h('div', {class: 'grid'}, stock.element, labelPanel('PART', sku)),
    h('div', {class: 'grid'}, reservations.element, repairs.element, cores.element), offers.element, movements.element);

  const card = h('div');
  const paint = part => show(card, h('h2', {id: 'part-name'}, `${part.sku} — ${part.name}`),
    h('p', {class: 'muted'}, [part.family, part.manufacturer, part.manufacturerRef, part.gtin].filter(Boolean).join(' · '),
      part.standardCost ? ' · ' + t('part.standardCost') + ' ' + money(part.standardCost) : ''));
  tagged('/api/parts/' + path).then(loaded => {
    paint(loaded.value);
    show(head, card, session.may('BUYER') ? partEditor(loaded, paint) : null);
  }).catch(error => show(head, problemBox(error)));
  fill(stock, () => api(`/api/parts/${path}/stock`), s => [
    h('p', {}, t('part.totals', {onHand: s.onHand, reserved: s.reserved, available: s.available, usable: s.usableAvailable}),
      ' · ', t('part.pipeline', {inRepair: s.inRepair, onOrder: s.onOrder, coresOwed: s.coresOwed})),
    table([[t('scan.condition')], [t('part.onHand'), 'num'], [t('part.reserved'), 'num'], [t('part.available'), 'num']],
      s.byCondition.map(c => [term(c.condition), c.onHand, c.reserved, c.available])),
    h('h3', {}, t('part.byLocation')),
    table([[t('part.location')], [t('scan.condition')], [t('part.onHand'), 'num'], [t('part.reserved'), 'num'], [t('part.available'), 'num']],
      s.byLocation.map(r => [r.location, term(r.condition), r.onHand, r.reserved, r.available]))]);
  fill(reservations, () => items(`/api/reservations?status=ACTIVE&sku=${path}`), list =>
    table([[t('part.reference')], [t('part.quantity'), 'num'], [t('part.location')], [t('scan.condition')], [t('part.neededBy')]],
      list.map(r => [r.reference, r.quantity, r.location ?? '', term(r.condition), date(r.neededBy)])));
  fill(repairs, () => items(`/api/repair-orders?sku=${path}`).then(list => list.filter(o => o.allowedActions.length)), open =>
    table([[t('repair.number')], [t('repair.status')], [t('repair.serial')], [t('repair.expected')]],
      open.map(o => [o.number, term(o.status), o.serial ?? '', date(o.expectedDate)]),
      i => ({class: open[i].overdue ? 'overdue' : null})));
  fill(cores, () => items(`/api/exchanges?status=CORE_OWED&sku=${path}`), list =>
    table([[t('exchange.number')], [t('exchange.customer')], [t('exchange.due')], [t('exchange.charge'), 'num']],
      list.map(x => [x.number, x.customerRef, date(x.coreDueDate), money(x.coreCharge)]),
      i => ({class: list[i].overdue ? 'overdue' : null})));
  fill(offers, () => api(`/api/parts/${path}/offers`), list =>
    table([[t('offer.supplier')], [t('offer.ref')], [t('offer.price'), 'num'], [t('offer.moq'), 'num'], [t('offer.lead'), 'num'], ['']],
      list.map(o => [o.supplierName ?? o.supplier, o.supplierRef, money(o.price), o.minOrderQty, o.leadTimeDays ?? '',
        o.preferred ? h('span', {class: 'badge'}, t('offer.preferred')) : ''])));
  if (session.may('BUYER', 'MANAGER')) {
    const policy = section(t('policy.title'), 'part-policy');
    offers.element.after(policy.element);
    fill(policy, () => api(`/api/parts/${path}/stock-policy`).catch(error => {
      if (error.status === 404) return null;
      throw error;
    }), p => [
      p ? h('p', {}, t('policy.summary', {min: p.min ?? '–', max: p.max ?? '–', initial: p.initialQuantity ?? '–',
        until: p.until ? date(p.until) : '–', note: p.note}), ' ',
      p.applies ? h('span', {class: 'badge'}, t('policy.applies')) : h('span', {class: 'badge warn'}, t('policy.stopped')),
      p.applies ? null : h('span', {class: 'muted'}, ' ', p.reason))
        : h('p', {class: 'muted'}, t('policy.noneForPart')),
      h('a', {href: '#/buyer/' + path, id: 'part-policy-edit'}, p ? t('policy.edit') : t('policy.set'))]);
  }
  fill(movements, () => items(`/api/movements?size=50&sku=${path}`), list =>
    table([[t('movement.when')], [t('movement.type')], [t('part.quantity'), 'num'], [t('movement.from')], [t('movement.to')],
      [t('part.reference')], [t('movement.by')]],
    list.map(m => [dateTime(m.occurredAt), t('movement.' + m.type), m.type === 'ADJUSTMENT' ? m.delta : m.quantity,
      [m.fromLocation, term(m.fromCondition)].filter(Boolean).join(' '), [m.toLocation, term(m.toCondition)].filter(Boolean).join(' '),
      m.reference ?? m.note ?? '', m.recordedBy])));
}
