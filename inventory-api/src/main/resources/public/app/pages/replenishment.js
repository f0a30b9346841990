// The store's replenishment of its vans: min and max per part (proposed from each van's own consumption, accepted or
// edited), what to send now, the transfer order it becomes, its pick list, and its shipment.
import {download, h, show, table} from '../dom.js';
import {t, term} from '../i18n.js';
import {api, blob, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

export function render(view) {
  const message = h('div', {id: 'replenish-message'});
  const proposals = h('div', {id: 'replenish-proposals'});
  const order = h('div', {id: 'replenish-order'});
  const rules = h('div', {id: 'replenish-rules'});
  const location = h('input', {id: 'replenish-location', name: 'location', required: true, autocomplete: 'off'});
  const from = h('input', {id: 'replenish-from', name: 'from', autocomplete: 'off'});
  const refused = error => show(message, problemBox(error));
  const query = () => `location=${encodeURIComponent(location.value.trim())}`
    + (from.value.trim() ? `&from=${encodeURIComponent(from.value.trim())}` : '');

  async function propose() {
    show(message);
    try {
      const found = await items('/api/replenishment?' + query());
      show(proposals, found.length ? [table([[t('part.sku')], [t('replenish.name')], [t('van.onHand'), 'num'],
        [t('replenish.incoming'), 'num'], [t('van.min'), 'num'], [t('van.max'), 'num'],
        [t('replenish.available'), 'num'], [t('replenish.proposed'), 'num']], found.map(p => [p.sku, p.name, p.onHand,
        p.incoming, p.min, p.max, p.available, p.proposed]), i => ({id: 'proposal-' + found[i].sku})),
      h('button', {type: 'button', id: 'replenish-create', onclick: create}, t('replenish.create'))]
        : h('p', {class: 'muted', id: 'replenish-none'}, t('replenish.none')));
    } catch (error) {
      refused(error);
    }
  }

  async function create() {
    try {
      const body = {to: location.value.trim(), fromReplenishment: true};
      if (from.value.trim()) body.from = from.value.trim();
      showOrder(await api('/api/transfer-orders', {method: 'POST', body, key: newKey()}));
      show(proposals);
    } catch (error) {
      refused(error);
    }
  }

  function showOrder(made) {
    const path = `/api/transfer-orders/${encodeURIComponent(made.number)}`;
    show(order, h('h2', {id: 'replenish-number'}, made.number + ' · ' + term(made.status)),
      h('p', {}, t('transfer.route', {from: made.from, to: made.to})),
      table([[t('part.sku')], [t('replenish.name')], [t('van.conditions')], [t('replenish.quantity'), 'num']],
        made.lines.map(line => [line.sku, line.name, [term(line.condition), line.serial].filter(Boolean).join(' '),
          line.quantity])),
      h('div', {class: 'row'},
        h('button', {type: 'button', class: 'secondary', id: 'replenish-pick-list', onclick: async () => {
          try {
            download(await blob(path + '/pick-list.pdf'), made.number + '-pick-list.pdf');
          } catch (error) {
            refused(error);
          }
        }}, t('replenish.pickList')),
        made.status === 'OPEN' ? h('button', {type: 'button', id: 'replenish-ship', onclick: async () => {
          try {
            showOrder(await api(path + '/ship', {method: 'POST', body: {}, key: newKey()}));
            show(message, h('p', {class: 'notice', id: 'replenish-shipped'}, t('replenish.shipped', {number: made.number})));
          } catch (error) {
            refused(error);
          }
        }}, t('replenish.ship')) : null));
  }

  async function editRules() {
    show(message);
    const code = encodeURIComponent(location.value.trim());
    try {
      const [current, proposed] = await Promise.all([api(`/api/locations/${code}/stock-rules`),
        api(`/api/locations/${code}/stock-rules/proposed`)]);
      const bySku = new Map(current.rules.map(rule => [rule.sku, {sku: rule.sku, name: rule.name, current: rule}]));
      proposed.rules.forEach(rule => Object.assign(bySku.get(rule.sku) ?? bySku.set(rule.sku,
        {sku: rule.sku, name: rule.name}).get(rule.sku), {proposed: rule}));
      const rows = [...bySku.values()].sort((a, b) => a.sku.localeCompare(b.sku));
      const input = (row, field) => h('input', {type: 'number', min: 0, id: `rule-${row.sku}-${field}`,
        'aria-label': `${row.sku} ${t('van.' + field)}`, value: (row.proposed ?? row.current)[field]});
      const inputs = rows.map(row => ({sku: row.sku, min: input(row, 'min'), max: input(row, 'max')}));
      show(rules, rows.length ? [table([[t('part.sku')], [t('replenish.name')], [t('replenish.current')],
        [t('replenish.forecast')], [t('van.min')], [t('van.max')]], rows.map((row, i) => [row.sku, row.name,
        row.current ? `${row.current.min} – ${row.current.max}` : '',
        row.proposed ? `${row.proposed.forecastPerWeek} / ${t('replenish.week')} (${row.proposed.method})` : '',
        inputs[i].min, inputs[i].max])),
      h('button', {type: 'button', id: 'rules-save', onclick: async () => {
        try {
          await api(`/api/locations/${code}/stock-rules`, {method: 'PUT', body: {rules: inputs
            .filter(row => Number(row.max.value) > 0)
            .map(row => ({sku: row.sku, min: Number(row.min.value), max: Number(row.max.value)}))}});
          show(message, h('p', {class: 'notice', id: 'rules-saved'}, t('replenish.rulesSaved',
            {location: location.value.trim()})));
        } catch (error) {
          refused(error);
        }
      }}, t('replenish.saveRules'))] : h('p', {class: 'muted'}, t('replenish.noRules')));
    } catch (error) {
      refused(error);
    }
  }

  show(view, h('h1', {}, t('replenish.title')), h('p', {class: 'hint'}, t('replenish.hint')), message,
    h('form', {class: 'panel row', onsubmit: event => {
      event.preventDefault();
      propose();
    }}, h('label', {}, t('replenish.location'), location), h('label', {}, t('replenish.from'), from),
    h('button', {type: 'submit', id: 'replenish-propose'}, t('replenish.propose')),
    h('button', {type: 'button', class: 'secondary', id: 'replenish-rules-edit', onclick: editRules},
      t('replenish.editRules'))),
    proposals, order, h('section', {class: 'panel'}, h('h2', {}, t('replenish.rules')), rules));
}
