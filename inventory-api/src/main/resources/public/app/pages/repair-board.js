// Repair orders as a board, a column per open status, all in sight at 1280 px; each card says what the item is, the
// customer's fault and the quote, and offers the actions its order allows (allowedActions) as verbs, with a small
// form for those that take a body. Closed orders are found below the board, by status and any word.
import {fields, h, show, table} from '../dom.js';
import {date, money, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

const COLUMNS = ['RECEIVED', 'DIAGNOSED', 'AWAITING_APPROVAL', 'APPROVED', 'IN_REPAIR', 'AT_SUBCONTRACTOR', 'READY_FOR_PICKUP'];
const CLOSED = ['COMPLETED', 'DELIVERED', 'EXCHANGED', 'SCRAPPED'];

/** The fields of each action that takes a body: [name, input type, options, only for this owner]. */
const FORMS = {
  'diagnose': [['findings', 'text'], ['estimatedCost', 'money'], ['estimatedMinutes', 'number']],
  'quote': [['amount', 'money']],
  'send-to-subcontractor': [['supplier', 'text'], ['expectedDate', 'date']],
  'receive-from-subcontractor': [['cost', 'money']],
  'complete': [['condition', 'select', ['RECONDITIONED', 'REPAIRED']], ['laborMinutes', 'number'], ['cost', 'money', 'optional']],
  'scrap': [['harvestSku', 'text', 'optional', 'COMPANY'], ['harvestQuantity', 'number', 'optional', 'COMPANY'],
    ['customerConsent', 'checkbox', 'required', 'CUSTOMER']],
  'return-unrepaired': [['fee', 'money', 'optional']],
  'exchange': [['poolSerial', 'text', 'optional'], ['coreCharge', 'money', 'optional']],
};

export function repairBoard() {
  const board = h('div', {class: 'board', id: 'repair-board'});
  const closed = closedOrders();
  const element = h('section', {}, h('h2', {}, t('repair.board')), board, closed.element);

  async function load() {
    try {
      const orders = await items('/api/repair-orders?size=500');
      show(board, COLUMNS.map(status => {
        const cards = orders.filter(o => o.status === status);
        return h('div', {class: 'column', dataset: {status}},
          h('h3', {}, h('span', {}, term(status)), h('span', {class: 'badge'}, cards.length)), cards.map(card));
      }));
    } catch (error) {
      show(board, problemBox(error));
    }
  }

  function card(order) {
    const message = h('div');
    const formSlot = h('div');
    const age = Math.floor((Date.now() - Date.parse(order.receivedAt)) / 86_400_000);
    return h('article', {class: 'card' + (order.overdue ? ' overdue' : ''), id: 'card-' + order.number},
      h('div', {class: 'number'}, order.number, ' ', order.owner === 'CUSTOMER' ? h('span', {class: 'badge'}, t('repair.customer')) : null,
        order.overdue ? h('span', {class: 'badge bad'}, t('repair.overdue')) : null),
      h('div', {class: 'what'}, order.partName ? h('strong', {}, order.partName) : null,
        h('span', {class: 'muted'}, ' ', [order.sku, order.serial].filter(Boolean).join(' / '))),
      order.description ? h('div', {class: 'fault'}, '« ', order.description, ' »') : null,
      order.quoteAmount ? h('div', {}, t('repair.quoted', {amount: money(order.quoteAmount)})) : null,
      h('div', {class: 'muted'}, t('repair.age', {days: age}), order.expectedDate ? ' · ' + t('repair.expectedOn', {date: date(order.expectedDate)}) : ''),
      order.recommendation ? h('div', {}, h('strong', {}, term(order.recommendation)), ' ', h('span', {class: 'muted'}, order.recommendationReason ?? '')) : null,
      h('div', {class: 'actions'}, order.allowedActions.map(action => h('button', {type: 'button', class: 'secondary',
        dataset: {action}, onclick: () => FORMS[action] ? show(formSlot, form(order, action, message)) : act(order, action, {}, message)},
      t('repair.action.' + action)))),
      formSlot, message);
  }

  function form(order, action, message) {
    const inputs = FORMS[action].filter(([, , , owner]) => !owner || owner === order.owner).map(([name, type, extra]) => h('label', {}, t('repair.field.' + name),
      type === 'select' ? h('select', {name}, extra.map(v => h('option', {value: v}, term(v))))
        : h('input', {name, type: type === 'money' ? 'number' : type, step: type === 'money' ? '0.01' : null, min: type === 'number' || type === 'money' ? 0 : null,
          required: extra !== 'optional'})));
    const element = h('form', {class: 'stack', dataset: {action}, onsubmit: event => {
      event.preventDefault();
      act(order, action, body(action, fields(element)), message);
    }}, inputs, h('button', {type: 'submit'}, t('repair.action.' + action)));
    return element;
  }

  async function act(order, action, payload, message) {
    try {
      await api(`/api/repair-orders/${encodeURIComponent(order.number)}/${action}`, {method: 'POST', body: payload, key: newKey()});
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  return {element, load: () => Promise.all([load(), closed.load()])};
}

/** Closed repair orders of one status, filtered by any word of their number, item, serial or customer. */
function closedOrders() {
  const status = h('select', {id: 'closed-status', onchange: () => load()}, CLOSED.map(s => h('option', {value: s}, term(s))));
  const words = h('input', {id: 'closed-search', type: 'search', placeholder: t('repair.closed.search'), oninput: () => paint()});
  const list = h('div', {id: 'closed-orders'});
  let orders = [];

  async function load() {
    try {
      orders = await items(`/api/repair-orders?status=${status.value}&size=200`);
      paint();
    } catch (error) {
      show(list, problemBox(error));
    }
  }

  function paint() {
    const wanted = words.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = orders.filter(o => {
      const text = [o.number, o.sku, o.partName, o.serial, o.customerRef, o.description].filter(Boolean).join(' ').toLowerCase();
      return wanted.every(w => text.includes(w));
    });
    show(list, found.length ? table([[t('repair.number')], [t('part.sku')], [t('repair.customerRef')],
      [t('repair.outcome')], [t('repair.closedAt')]],
    found.map(o => [o.number, [o.partName ?? o.sku, o.serial].filter(Boolean).join(' / '), o.customerRef ?? '',
      term(o.outcome), o.closedAt ? date(o.closedAt) : ''])) : h('p', {class: 'muted'}, t('repair.closed.none')));
  }

  const element = h('details', {class: 'panel', id: 'closed'}, h('summary', {}, t('repair.closed')),
    h('div', {class: 'row'}, h('label', {}, t('repair.status'), status), h('label', {style: 'flex:1'}, t('repair.closed.words'), words)),
    list);
  return {element, load};
}

function body(action, values) {
  if (action !== 'scrap') return values;
  if (values.customerConsent) return {customerConsent: true};
  return values.harvestSku ? {harvest: [{sku: values.harvestSku, quantity: Number(values.harvestQuantity || 1)}]} : {};
}
