// Buying: reorder suggestions with their explanation, turned into purchase requests; requests approved,
// ordered, received (or refused at the quality check and sent back); returns to vendor and supplier figures;
// and the CSV export for suppliers.
import {download, fields, h, show, table} from '../dom.js';
import {money, number, t} from '../i18n.js';
import {api, blob, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';
import {purchaseRequests, requestStatus} from './purchase-requests.js';
import {supplierFigures, vendorReturns} from './vendor-returns.js';
import {stockPolicies} from './stock-policies.js';

/** The buyer's page; {@code sku} (#/buyer/SKU, from a part's page) opens that part's hand-set policy. */
export function render(view, sku) {
  const returns = vendorReturns();
  const figures = supplierFigures();
  const requests = purchaseRequests(() => Promise.all([returns.load(), figures.load()]));
  let list = null;
  const policies = stockPolicies(() => list.load());
  list = suggestions(requests, policies);
  show(view, h('h1', {}, t('buyer.title')), list.element, policies.element, requests.element, returns.element,
    figures.element, exporter());
  requests.load();
  if (sku) policies.edit(sku);
}

function suggestions(requests, policies) {
  const body = h('div', {id: 'suggestions'});
  const message = h('div');
  const selected = new Map();
  const filter = h('form', {class: 'row', onsubmit: event => { event.preventDefault(); load(); }},
    h('label', {}, t('offer.supplier'), h('input', {name: 'supplier', id: 'suggestion-supplier'})),
    h('label', {}, t('part.family'), h('input', {name: 'family'})),
    h('button', {type: 'submit', class: 'secondary', id: 'suggestions-refresh'}, t('buyer.refresh')));
  const create = h('button', {type: 'button', id: 'create-requests', onclick: createRequests}, t('buyer.create'));

  async function load() {
    selected.clear();
    try {
      const list = await items('/api/reorder-suggestions?' + new URLSearchParams(fields(filter)));
      show(body, list.length ? table([[''], [t('part.sku')], [t('offer.supplier')], [t('buyer.position'), 'num'],
        [t('buyer.forecast'), 'num'], [t('buyer.reorderPoint'), 'num'], [t('buyer.quantity'), 'num'], [t('offer.price'), 'num'],
        [t('buyer.explanation')]],
      list.map(s => [
        h('input', {type: 'checkbox', class: 'pick', disabled: !s.supplier, dataset: {sku: s.sku},
          'aria-label': t('buyer.pick', {sku: s.sku}),
          onchange: e => e.target.checked ? selected.set(s.sku, s) : selected.delete(s.sku)}),
        h('span', {}, h('strong', {}, s.sku), h('br'), h('span', {class: 'muted'}, s.name ?? '')),
        s.supplier ?? h('span', {class: 'badge warn'}, t('buyer.noSupplier')),
        t('buyer.positionText', {usable: s.onHandUsable, reserved: s.reserved, onOrder: s.onOrder, inRepair: s.inRepairExpected}),
        `${number(s.forecastPerWeek)} (${s.method})`,
        levels(s, policies),
        h('input', {type: 'number', min: 1, value: String(s.suggestedQuantity), style: 'width:5.5rem',
          'aria-label': t('buyer.quantityOf', {sku: s.sku}),
          onchange: e => { s.suggestedQuantity = Number(e.target.value); }}),
        money(s.unitPrice),
        explanation(s)])) : h('p', {class: 'muted'}, t('buyer.noSuggestion')));
    } catch (error) {
      show(body, problemBox(error));
    }
  }

  async function createRequests() {
    if (!selected.size) {
      show(message, h('p', {class: 'problem', id: 'nothing-ticked'}, t('buyer.nothingTicked')));
      return;
    }
    const bySupplier = bySupplierOf([...selected.values()]);
    try {
      const made = [];
      for (const [supplier, lines] of bySupplier) {
        const request = await api('/api/purchase-requests', {method: 'POST', key: newKey(),
          body: {supplier, lines: lines.map(s => ({sku: s.sku, quantity: s.suggestedQuantity}))}});
        made.push(...[request].flat().map(r => r.number));
      }
      show(message, h('p', {class: 'notice', id: 'requests-created'}, t('buyer.created', {numbers: made.join(', ')})));
      await Promise.all([load(), requests.load()]);
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  load();
  return {element: h('section', {class: 'panel'}, h('h2', {}, t('buyer.suggestions')), filter, body,
    h('div', {class: 'row'}, create), message), load};
}

/** One line saying why the part is suggested; the whole reasoning folded under it. */
function explanation(s) {
  return h('details', {class: 'explanation'},
    h('summary', {}, t('buyer.reason', {position: number(s.position), reorderPoint: s.reorderPoint})),
    h('p', {class: 'muted'}, s.explanation));
}

/**
 * The reorder point and order-up-to, and which rule set them (forecast, hand-set policy, exchange pool) on a button
 * that opens the part's hand-set policy.
 */
function levels(s, policies) {
  return h('span', {}, `${s.reorderPoint} → ${s.orderUpTo}`, h('br'),
    h('button', {type: 'button', class: 'secondary policy-edit', dataset: {sku: s.sku, levels: s.levelsFrom},
      'aria-label': t('buyer.levels.' + s.levelsFrom) + ' — ' + t('policy.editOf', {sku: s.sku}), onclick: () => policies.edit(s.sku)}, t('buyer.levels.' + s.levelsFrom)));
}

function bySupplierOf(list) {
  const groups = new Map();
  for (const s of list) groups.set(s.supplier, [...(groups.get(s.supplier) ?? []), s]);
  return groups;
}

function exporter() {
  const preview = h('pre', {id: 'export-preview', style: 'overflow:auto;max-height:12rem'});
  const message = h('div');
  const form = h('form', {class: 'row', onsubmit: async event => {
    event.preventDefault();
    const query = new URLSearchParams({...fields(form), excel: 'true'});
    try {
      const csv = await blob('/api/purchase-requests/export.csv?' + query);
      download(csv, 'purchase-requests.csv');
      const text = (await csv.text()).replace(/^\uFEFF/, '');
      show(preview, text.split('\n').slice(0, 12).join('\n'));
      show(message, h('p', {class: 'notice'}, t('buyer.exported', {lines: Math.max(0, text.trim().split('\n').length - 1)})));
    } catch (error) {
      show(message, problemBox(error));
    }
  }},
  h('label', {}, t('buyer.status'), h('select', {name: 'status', id: 'export-status'}, h('option', {value: ''}, t('buyer.any')),
    ['DRAFT', 'SUBMITTED', 'APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED'].map(s => h('option', {value: s}, requestStatus(s))))),
  h('label', {}, t('offer.supplier'), h('input', {name: 'supplier', id: 'export-supplier'})),
  h('button', {type: 'submit', id: 'export'}, t('buyer.export')));
  return h('section', {class: 'panel'}, h('h2', {}, t('buyer.exportTitle')), form, message, preview);
}
