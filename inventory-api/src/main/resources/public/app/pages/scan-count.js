// Counting a location: scans add up per part and condition, then the count is sent as a stock-count import,
// which turns only the differences into ADJUSTMENT movements.
import {h, show, table} from '../dom.js';
import {t, term} from '../i18n.js';
import {api, items} from '../api.js';
import {problemBox} from '../problem.js';
import {reportView} from './import-report.js';

export function countPanel(message) {
  const counted = new Map();
  let location = null;
  let expected = [];
  const body = h('div');
  const result = h('div');
  const send = h('button', {type: 'button', id: 'count-send', onclick: submit}, t('count.send'));
  const element = h('section', {class: 'panel', id: 'count'}, h('h2', {}, t('count.title')),
    h('p', {class: 'hint'}, t('count.hint')), body, h('div', {class: 'row'}, send), result);

  function key(sku, condition) {
    return sku + '|' + condition;
  }

  function paint() {
    const rows = new Map(expected.map(r => [key(r.sku, r.condition), {sku: r.sku, condition: r.condition, onHand: r.onHand}]));
    for (const [k, c] of counted) rows.set(k, {...rows.get(k), ...c});
    show(body, rows.size ? table(
      [[t('part.sku')], [t('scan.condition')], [t('count.onHand'), 'num'], [t('count.counted'), 'num']],
      [...rows.values()].map(r => [r.sku, term(r.condition), r.onHand ?? 0,
        counted.has(key(r.sku, r.condition)) ? h('input', {type: 'number', min: 0, value: String(r.quantity),
          style: 'width:6rem', onchange: e => { counted.get(key(r.sku, r.condition)).quantity = Number(e.target.value); }})
          : h('span', {class: 'muted'}, t('count.notCounted'))])) : h('p', {class: 'muted'}, t('count.empty')));
    send.disabled = !location || counted.size === 0;
  }

  async function at(next) {
    if (next?.key === location?.key) return paint();
    location = next;
    counted.clear();
    expected = next ? await items('/api/stock?size=500&location=' + encodeURIComponent(next.key)) : [];
    paint();
  }

  function add(found, condition, quantity) {
    const sku = found.summary.sku ?? found.key;
    const k = key(sku, condition);
    counted.set(k, {sku, condition, quantity: (counted.get(k)?.quantity ?? 0) + quantity});
    paint();
  }

  async function submit() {
    const csv = 'sku;condition;quantity\n' + [...counted.values()].map(c => `${c.sku};${c.condition};${c.quantity}`).join('\n');
    const form = new FormData();
    form.append('file', new Blob([csv], {type: 'text/csv'}), `count-${location.key}.csv`);
    show(result);
    try {
      const report = await api('/api/imports/stock-count?location=' + encodeURIComponent(location.key),
        {method: 'POST', body: form});
      show(result, reportView(report));
      message(report.rejected ? 'error' : 'ok', t('count.done', {location: location.key}));
      const done = location;
      location = null;
      await at(done);
    } catch (error) {
      show(result, problemBox(error));
      message('error', t('count.failed'), error.message);
    }
  }

  return {element, at, add};
}
