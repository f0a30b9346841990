// Counting a location: scans add up per part and condition, then the count is sent as a stock-count import,
// which turns only the differences into ADJUSTMENT movements. A blind count hides what the ledger expects, so
// that the counter counts instead of confirming; the end shows the differences, not a generic import table.
import {h, show, table} from '../dom.js';
import {t, term} from '../i18n.js';
import {api, items} from '../api.js';
import {fieldMessage, problemBox} from '../problem.js';

export function countPanel(message) {
  const counted = new Map();
  let location = null;
  let expected = [];
  const body = h('div');
  const result = h('div');
  const send = h('button', {type: 'button', id: 'count-send', onclick: submit}, t('count.send'));
  const blind = h('input', {type: 'checkbox', id: 'count-blind', onchange: () => paint()});
  const element = h('section', {class: 'panel', id: 'count'}, h('h2', {}, t('count.title')),
    h('p', {class: 'hint'}, t('count.hint')), h('label', {class: 'inline'}, blind, t('count.blind')),
    body, h('div', {class: 'row'}, send), result);

  function key(sku, condition) {
    return sku + '|' + condition;
  }

  /** Expected and counted lines by part and condition; a blind count shows only what was counted. */
  function lines() {
    const rows = new Map(blind.checked ? [] : expected.map(r => [key(r.sku, r.condition),
      {sku: r.sku, condition: r.condition, onHand: r.onHand}]));
    for (const [k, c] of counted) rows.set(k, {...rows.get(k), ...c});
    return [...rows.values()];
  }

  function paint() {
    const rows = lines();
    const headers = [[t('part.sku')], [t('scan.condition')], [t('count.onHand'), 'num'], [t('count.counted'), 'num']];
    show(body, rows.length ? table(blind.checked ? headers.filter((_, i) => i !== 2) : headers,
      rows.map(r => [r.sku, term(r.condition), blind.checked ? null : r.onHand ?? 0,
        counted.has(key(r.sku, r.condition)) ? h('input', {type: 'number', min: 0, value: String(r.quantity),
          style: 'width:6rem', onchange: e => { counted.get(key(r.sku, r.condition)).quantity = Number(e.target.value); }})
          : h('span', {class: 'muted'}, t('count.notCounted'))].filter(cell => cell !== null)))
      : h('p', {class: 'muted'}, t('count.empty')));
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
      show(result, differences(report));
      message(report.rejected ? 'error' : 'ok', t('count.done', {location: location.key}));
      const done = location;
      location = null;
      await at(done);
    } catch (error) {
      show(result, problemBox(error));
      message('error', t('count.failed'), error.message);
    }
  }

  /** What the count changed: each counted line whose quantity differs from the ledger's, and what was refused. */
  function differences(report) {
    const onHand = new Map(expected.map(r => [key(r.sku, r.condition), r.onHand]));
    const changed = [...counted.entries()].map(([k, c]) => ({...c, onHand: onHand.get(k) ?? 0}))
      .filter(c => c.quantity !== c.onHand);
    return h('div', {id: 'count-differences'}, h('h3', {}, t('count.differences')),
      changed.length ? table([[t('part.sku')], [t('scan.condition')], [t('count.onHand'), 'num'],
        [t('count.counted'), 'num'], [t('count.difference'), 'num']],
      changed.map(c => [c.sku, term(c.condition), c.onHand, c.quantity, (c.quantity > c.onHand ? '+' : '') + (c.quantity - c.onHand)]))
        : h('p', {class: 'muted'}, t('count.noDifference')),
      report.rejected ? h('p', {class: 'problem'}, t('count.rejected', {count: report.rejected}),
        h('ul', {}, report.errors.map(e => h('li', {}, [e.value, fieldMessage(e)].filter(Boolean).join(' : '))))) : null);
  }

  return {element, at, add};
}
