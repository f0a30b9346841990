// Purchase requests: their lines and totals, the next steps each allows, and receiving a delivery, or refusing it
// at the quality check: it lands in quarantine and goes straight back to the supplier (a QC_FAILED return).
import {fields, h, show, table} from '../dom.js';
import {dateTime, money, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';
import {sendBack} from './vendor-returns.js';

/** The steps a request may take next when the service does not list them. */
const NEXT = {DRAFT: ['submit', 'cancel'], SUBMITTED: ['approve', 'cancel'], APPROVED: ['order', 'cancel'],
  ORDERED: ['receive', 'cancel'], PARTIALLY_RECEIVED: ['receive']};
const OPEN = ['DRAFT', 'SUBMITTED', 'APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED'];

/** A request's status in words that agree with "la demande". */
export function requestStatus(status) {
  return t('request.status.' + status);
}

/** The buyer's open requests; onReturned runs once a delivery refused at the check went back. */
export function purchaseRequests(onReturned = () => {}) {
  const body = h('div', {id: 'purchase-requests'});
  const message = h('div');
  const element = h('section', {class: 'panel'}, h('h2', {}, t('buyer.requests')), message, body);

  async function load() {
    try {
      const list = (await items('/api/purchase-requests?size=200')).filter(r => OPEN.includes(r.status));
      show(body, list.length ? list.map(request) : h('p', {class: 'muted'}, t('buyer.noRequest')));
    } catch (error) {
      show(body, problemBox(error));
    }
  }

  function request(pr) {
    const slot = h('div');
    const actions = (pr.allowedActions ?? NEXT[pr.status] ?? []).map(a => a.toLowerCase());
    return h('article', {class: 'card', id: 'pr-' + pr.number, dataset: {status: pr.status}},
      h('div', {class: 'number'}, pr.number, ' · ', pr.supplierName ?? pr.supplier, ' ', h('span', {class: 'badge'}, requestStatus(pr.status)),
        ' ', money(pr.total), ' ', h('span', {class: 'muted'}, dateTime(pr.createdAt))),
      table([[t('part.sku')], [t('part.name')], [t('buyer.quantity'), 'num'], [t('buyer.received'), 'num'], [t('offer.price'), 'num']],
        (pr.lines ?? []).map(l => [l.sku, l.name ?? '', l.quantity, l.receivedQuantity ?? 0, money(l.unitPrice)])),
      h('div', {class: 'actions'}, actions.map(action => h('button', {type: 'button', class: action === 'cancel' ? 'danger' : 'secondary',
        dataset: {action}, onclick: () => action === 'receive' ? show(slot, receiveForm(pr)) : act(pr, action)},
      t('buyer.action.' + action)))),
      slot);
  }

  function receiveForm(pr) {
    const linesOf = values => (pr.lines ?? []).map(l => ({sku: l.sku, quantity: Number(values['q-' + l.sku] ?? 0),
      location: values.location, condition: values.condition})).filter(l => l.quantity > 0);
    const form = h('form', {class: 'stack', onsubmit: async event => {
      event.preventDefault();
      await act(pr, 'receive', {lines: linesOf(fields(form))});
    }},
    h('div', {class: 'row'}, h('label', {}, t('part.location'), h('input', {name: 'location', required: true})),
      h('label', {}, t('scan.condition'), h('select', {name: 'condition'}, ['NEW', 'RECONDITIONED', 'REPAIRED', 'USED', 'DEFECTIVE']
        .map(c => h('option', {value: c}, term(c)))))),
    (pr.lines ?? []).map(l => h('label', {}, `${l.sku} (${t('buyer.remaining', {count: l.quantity - (l.receivedQuantity ?? 0)})})`,
      h('input', {name: 'q-' + l.sku, type: 'number', min: 0, value: String(Math.max(0, l.quantity - (l.receivedQuantity ?? 0)))}))),
    h('div', {class: 'row'}, h('button', {type: 'submit'}, t('buyer.action.receive')),
      h('button', {type: 'button', class: 'danger', dataset: {action: 'qc-return'}, title: t('qc.returnHelp'),
        onclick: () => refuseAtCheck(pr, linesOf(fields(form)))}, t('qc.return'))));
    return form;
  }

  /** Received for a quality check (DEFECTIVE, in the quarantine location given), then sent back as QC_FAILED. */
  async function refuseAtCheck(pr, lines) {
    try {
      await api(`/api/purchase-requests/${encodeURIComponent(pr.number)}/receive`, {method: 'POST', key: newKey(),
        body: {lines: lines.map(({condition, ...l}) => ({...l, qualityCheck: true}))}});
      const sent = await sendBack({supplier: pr.supplier, reason: 'QC_FAILED', purchaseRequest: pr.number,
        lines: lines.map(l => ({sku: l.sku, quantity: l.quantity, location: l.location}))});
      show(message, h('p', {class: 'notice', id: 'qc-returned'}, t('qc.returned', {number: sent.number})));
      await Promise.all([load(), onReturned()]);
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  async function act(pr, action, body) {
    try {
      await api(`/api/purchase-requests/${encodeURIComponent(pr.number)}/${action}`, {method: 'POST', body, key: newKey()});
      show(message);
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  return {element, load};
}
