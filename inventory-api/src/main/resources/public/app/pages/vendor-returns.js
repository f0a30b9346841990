// Returns to vendor (retours fournisseur): the list with the settlement each still allows (credit, replacement,
// rejection), a form to send material back, and the supplier figures a buyer weighs suppliers with.
import {fields, h, show, table} from '../dom.js';
import {date, number, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

const REASONS = ['DOA', 'QC_FAILED', 'WRONG_PART', 'WARRANTY'];
const CONDITIONS = ['NEW', 'RECONDITIONED', 'REPAIRED', 'USED', 'DEFECTIVE'];

/** An amount in the supplier's currency (credits are not converted). */
function amount(value, currency) {
  return value === null || value === undefined ? '' : `${number(value)} ${currency ?? ''}`.trim();
}

/** Sends material back to its supplier; answers the return. */
export function sendBack(body) {
  return api('/api/supplier-returns', {method: 'POST', key: newKey(), body});
}

export function vendorReturns() {
  const body = h('div', {id: 'vendor-returns'});
  const message = h('div');
  const form = h('form', {class: 'stack', id: 'vendor-return-form', onsubmit: async event => {
    event.preventDefault();
    const v = fields(form);
    const line = {sku: v.sku, quantity: v.quantity ?? 1, serial: v.serial, condition: v.condition, location: v.location};
    try {
      const sent = await sendBack({supplier: v.supplier, reason: v.reason, purchaseRequest: v.purchaseRequest,
        force: form.elements.namedItem('force').checked || undefined, lines: [line]});
      show(message, h('p', {class: 'notice', id: 'vendor-return-created'}, t('rv.created', {number: sent.number})));
      form.reset();
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }},
  h('div', {class: 'row'},
    h('label', {}, t('offer.supplier'), h('input', {name: 'supplier', id: 'rv-supplier', required: true})),
    h('label', {}, t('rv.reason'), h('select', {name: 'reason', id: 'rv-reason'},
      REASONS.map(r => h('option', {value: r}, t('rv.reason.' + r))))),
    h('label', {}, t('rv.purchaseRequest'), h('input', {name: 'purchaseRequest', id: 'rv-request'}))),
  h('div', {class: 'row'},
    h('label', {}, t('part.sku'), h('input', {name: 'sku', id: 'rv-sku', required: true})),
    h('label', {}, t('buyer.quantity'), h('input', {name: 'quantity', id: 'rv-quantity', type: 'number', min: 1, value: '1'})),
    h('label', {}, t('rv.serial'), h('input', {name: 'serial', id: 'rv-serial'})),
    h('label', {}, t('part.location'), h('input', {name: 'location', id: 'rv-location', required: true})),
    h('label', {}, t('scan.condition'), h('select', {name: 'condition', id: 'rv-condition'},
      h('option', {value: ''}, t('rv.usualCondition')), CONDITIONS.map(c => h('option', {value: c}, term(c))))),
    h('label', {}, h('input', {type: 'checkbox', name: 'force', id: 'rv-force'}), ' ', t('rv.force'))),
  h('button', {type: 'submit', id: 'rv-send'}, t('rv.send')));

  async function load() {
    try {
      const list = await items('/api/supplier-returns?size=50');
      show(body, list.length ? list.map(card) : h('p', {class: 'muted'}, t('rv.none')));
    } catch (error) {
      show(body, problemBox(error));
    }
  }

  function card(rv) {
    const actions = rv.allowedActions ?? [];
    return h('article', {class: 'card', id: 'rv-' + rv.number, dataset: {status: rv.status}},
      h('div', {class: 'number'}, rv.number, ' · ', rv.supplierName ?? rv.supplier, ' · ', t('rv.reason.' + rv.reason), ' ',
        h('span', {class: 'badge'}, t('rv.status.' + rv.status)), ' ', amount(rv.creditAmount, rv.currency), ' ',
        h('span', {class: 'muted'}, [rv.purchaseRequest, date(rv.createdAt), rv.note].filter(Boolean).join(' · '))),
      table([[t('part.sku')], [t('buyer.quantity'), 'num'], [t('rv.serial')], [t('part.location')]],
        rv.lines.map(l => [l.sku, l.quantity, l.serial ?? '', l.location])),
      actions.length ? h('div', {class: 'actions'}, actions.map(action => settleForm(rv, action.toLowerCase()))) : '');
  }

  /** One way to settle a shipped return: the fields it needs, then its button. */
  function settleForm(rv, action) {
    const inputs = {
      credit: [h('input', {name: 'amount', type: 'number', step: '0.01', min: 0, required: true, placeholder: t('rv.amount')})],
      replace: [h('input', {name: 'location', required: true, placeholder: t('part.location')}),
        h('input', {name: 'serials', placeholder: t('rv.serials')})],
      reject: [h('input', {name: 'note', required: true, placeholder: t('rv.note')}),
        h('input', {name: 'location', required: true, placeholder: t('rv.workshop')})],
    }[action] ?? [];
    const form = h('form', {class: 'row', dataset: {action}, onsubmit: async event => {
      event.preventDefault();
      const v = fields(form);
      const serials = v.serials ? v.serials.split(/[,\s]+/).filter(Boolean) : undefined;
      const bodies = {
        credit: {amount: v.amount},
        replace: {location: v.location, lines: rv.lines.map(l => ({sku: l.sku, quantity: l.quantity, serials}))},
        reject: {note: v.note, location: v.location},
      };
      try {
        await api(`/api/supplier-returns/${encodeURIComponent(rv.number)}/${action}`,
          {method: 'POST', key: newKey(), body: bodies[action]});
        show(message);
        await load();
      } catch (error) {
        show(message, problemBox(error));
      }
    }}, inputs, h('button', {type: 'submit', class: action === 'reject' ? 'danger' : 'secondary'}, t('rv.action.' + action)));
    return form;
  }

  load();
  return {element: h('section', {class: 'panel'}, h('h2', {}, t('rv.title')), message, body,
    h('details', {}, h('summary', {}, t('rv.new')), form)), load};
}

/** Per supplier over twelve months: lead times observed, on-time share, quality rejects and returns to vendor. */
export function supplierFigures() {
  const body = h('div', {id: 'supplier-figures'});

  async function load() {
    try {
      const list = await api('/api/suppliers/figures');
      show(body, list.length ? table([[t('offer.supplier')], [t('figures.receipts'), 'num'], [t('figures.median'), 'num'],
        [t('figures.p90'), 'num'], [t('figures.onTime'), 'num'], [t('figures.qc'), 'num'], [t('figures.returns'), 'num'],
        [t('figures.credit'), 'num']],
      list.map(f => [h('span', {}, h('strong', {}, f.supplier), ' ', h('span', {class: 'muted'}, f.name)), f.receipts,
        f.leadTimeMedianDays === null ? '' : number(f.leadTimeMedianDays), f.leadTimeP90Days ?? '',
        f.onTimeShare === null ? '' : t('figures.share', {percent: number(f.onTimeShare * 100), of: f.receiptsWithPromise}),
        f.qualityRejects, t('figures.returnCount', {count: f.vendorReturns, pieces: f.vendorReturnPieces}),
        amount(f.creditTotal, f.currency)]),
      i => ({dataset: {supplier: list[i].supplier}})) : h('p', {class: 'muted'}, t('figures.none')));
    } catch (error) {
      show(body, problemBox(error));
    }
  }

  load();
  return {element: h('section', {class: 'panel'}, h('h2', {}, t('figures.title')), h('p', {class: 'hint'}, t('figures.hint')),
    body), load};
}
