// Loans and rentals on the workshop page: lend a unit to the customer of a repair order that takes too long, the
// units still out (overdue first, in red), and their return to the workshop, DEFECTIVE, to be inspected before reuse.
import {fields, h, show, table} from '../dom.js';
import {date, money, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

export function loansPanel() {
  const message = h('div', {id: 'loan-message'});
  const list = h('div', {id: 'loans'});
  const done = text => show(message, h('p', {class: 'notice', id: 'loan-done'}, text));

  async function load() {
    try {
      const lent = await items('/api/loans?status=LENT&size=200');
      lent.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate));
      show(list, lent.length ? table([[t('loan.number')], [t('loan.kind')], [t('part.sku')], [t('repair.serial')],
        [t('exchange.customer')], [t('loan.repairOrder')], [t('loan.due')], [t('loan.lentValue'), 'num'], ['']],
      lent.map(l => [l.number, term(l.kind), l.sku, l.serial, l.customerRef, l.repairOrder ?? '',
        [date(l.dueDate), l.overdue ? h('span', {class: 'badge bad'}, ' ' + t('loan.overdue')) : null],
        money(l.lentValue), giveBack(l)]),
      i => ({class: lent[i].overdue ? 'overdue' : null, id: 'loan-' + lent[i].number}))
        : h('p', {class: 'muted'}, t('loan.none')));
    } catch (error) {
      show(list, problemBox(error));
    }
  }

  /** The unit comes back: into which workshop or quarantine location. */
  function giveBack(loan) {
    const form = h('form', {class: 'row', dataset: {action: 'return'}, onsubmit: async event => {
      event.preventDefault();
      try {
        const back = await api(`/api/loans/${encodeURIComponent(loan.number)}/return`,
          {method: 'POST', key: newKey(), body: fields(form)});
        done(t('loan.returnedDone', {number: back.number, serial: back.serial, location: back.returnedTo}));
        await load();
      } catch (error) {
        show(message, problemBox(error));
      }
    }}, h('input', {name: 'location', required: true, placeholder: t('exchange.workshop'), 'aria-label': t('loan.returnTo'),
      style: 'width:9rem'}),
    h('button', {type: 'submit', class: 'secondary'}, t('loan.returnIt')));
    return form;
  }

  const lend = h('form', {class: 'stack', id: 'loan-lend', onsubmit: async event => {
    event.preventDefault();
    try {
      const loan = await api('/api/loans', {method: 'POST', key: newKey(), body: fields(lend)});
      lend.reset();
      done(t('loan.lentDone', {number: loan.number, kind: term(loan.kind), sku: loan.sku, serial: loan.serial,
        customer: loan.customerRef, due: date(loan.dueDate)}));
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }},
  h('div', {class: 'row'},
    h('label', {}, t('loan.repairOrder'), h('input', {name: 'repairOrder', placeholder: 'RO-2026-000123'})),
    h('label', {}, t('part.sku'), h('input', {name: 'sku'})),
    h('label', {}, t('loan.serial'), h('input', {name: 'serial'})),
    h('label', {}, t('exchange.customer'), h('input', {name: 'customerRef'})),
    h('label', {}, t('loan.due'), h('input', {name: 'dueDate', type: 'date', required: true})),
    h('label', {}, t('loan.kind'), h('select', {name: 'kind'}, ['LOAN', 'RENTAL'].map(k => h('option', {value: k}, term(k)))))),
  h('button', {type: 'submit', id: 'loan-lend-go'}, t('loan.lendIt')));

  load();
  return h('section', {class: 'panel', id: 'loans-panel'}, h('h2', {}, t('loan.title')), h('p', {class: 'hint'}, t('loan.hint')),
    lend, message, list);
}
