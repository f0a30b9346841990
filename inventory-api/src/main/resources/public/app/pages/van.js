// A technician's van (stock véhicule): what is in it against its min and max, and what the store is sending.
import {h, show, table} from '../dom.js';
import {dateTime, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

export function render(view, argument) {
  const message = h('div', {id: 'van-message'});
  const stock = h('div', {id: 'van-stock'});
  const coming = h('div', {id: 'van-coming'});
  const code = h('input', {id: 'van-code', autocomplete: 'off'});

  async function start() {
    try {
      const me = await api('/api/users/me');
      code.value = argument || me.location || '';
      if (code.value) await load();
      else show(stock, h('p', {class: 'muted', id: 'van-none'}, t('van.none')));
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  async function load() {
    const van = encodeURIComponent(code.value.trim());
    try {
      const [levels, rules, orders] = await Promise.all([items(`/api/stock?location=${van}&size=500`),
        api(`/api/locations/${van}/stock-rules`), items(`/api/transfer-orders?to=${van}&size=50`)]);
      showStock(levels, rules.rules);
      showComing(orders.filter(order => order.status !== 'RECEIVED'));
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  function showStock(levels, rules) {
    const parts = new Map();
    const part = sku => parts.get(sku) ?? parts.set(sku, {sku, onHand: 0, conditions: []}).get(sku);
    levels.forEach(level => {
      const row = part(level.sku);
      row.onHand += level.onHand;
      row.conditions.push(level.onHand + ' ' + term(level.condition));
    });
    rules.forEach(rule => Object.assign(part(rule.sku), {min: rule.min, max: rule.max}));
    const rows = [...parts.values()].sort((a, b) => a.sku.localeCompare(b.sku));
    show(stock, rows.length ? table([[t('part.sku')], [t('van.onHand'), 'num'], [t('van.conditions')],
      [t('van.min'), 'num'], [t('van.max'), 'num'], ['']], rows.map(row => [row.sku, row.onHand,
      row.conditions.join(', '), row.min ?? '', row.max ?? '',
      row.min !== undefined && row.onHand < row.min ? h('span', {class: 'badge bad'}, t('van.belowMin')) : '']),
    i => ({id: 'van-part-' + rows[i].sku})) : h('p', {class: 'muted'}, t('van.empty')));
  }

  function showComing(orders) {
    show(coming, orders.length ? table([[t('transfer.number')], [t('transfer.from')], [t('repair.status')],
      [t('transfer.lines')], ['']], orders.map(order => [order.number, order.from,
      term(order.status) + (order.shippedAt ? ' · ' + dateTime(order.shippedAt) : ''),
      order.lines.map(line => [line.quantity + ' ×', line.sku, term(line.condition), line.serial].filter(Boolean)
        .join(' ')).join(', '),
      order.status === 'IN_TRANSIT' ? h('button', {type: 'button', id: 'van-receive-' + order.number,
        onclick: () => receive(order)}, t('van.receive')) : '']))
      : h('p', {class: 'muted', id: 'van-nothing-coming'}, t('van.nothingComing')));
  }

  async function receive(order) {
    try {
      await api(`/api/transfer-orders/${encodeURIComponent(order.number)}/receive`, {method: 'POST', body: {},
        key: newKey()});
      show(message, h('p', {class: 'notice', id: 'van-done'}, t('van.received', {number: order.number})));
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  show(view, h('h1', {}, t('van.title')), h('p', {class: 'hint'}, t('van.hint')), message,
    h('form', {class: 'panel row', onsubmit: event => {
      event.preventDefault();
      load();
    }}, h('label', {}, t('van.location'), code), h('button', {type: 'submit', id: 'van-show'}, t('van.show'))),
    h('section', {class: 'panel'}, h('h2', {}, t('van.stock')), stock),
    h('section', {class: 'panel'}, h('h2', {}, t('van.coming')), coming));
  start();
}
