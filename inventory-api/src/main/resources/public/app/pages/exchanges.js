// Standard exchanges: hand a customer a working unit from the pool, then take their core back or charge it when it
// never comes. Overdue cores first, in red.
import {fields, h, show, table} from '../dom.js';
import {date, money, t, term} from '../i18n.js';
import {api, items, newKey} from '../api.js';
import {problemBox} from '../problem.js';

const STATUSES = ['CORE_OWED', 'CORE_RECEIVED', 'CORE_CHARGED'];

export function render(view) {
  const message = h('div', {id: 'exchange-message'});
  const list = h('div', {id: 'exchanges'});
  const status = h('select', {id: 'exchange-status', onchange: load}, STATUSES.map(s => h('option', {value: s}, term(s))));
  const overdue = h('input', {type: 'checkbox', id: 'exchange-overdue', onchange: load});

  const done = text => show(message, h('p', {class: 'notice', id: 'exchange-done'}, text));

  async function load() {
    try {
      const found = await items(`/api/exchanges?status=${status.value}${overdue.checked ? '&overdue=true' : ''}&size=200`);
      found.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.coreDueDate.localeCompare(b.coreDueDate));
      show(list, found.length ? table([[t('exchange.number')], [t('part.sku')], [t('exchange.customer')],
        [t('exchange.issued')], [t('exchange.due')], [t('exchange.charge'), 'num'], [t('repair.status')], ['']],
      found.map(x => [x.number, x.sku, x.customerRef, [x.issuedSerial, term(x.issuedCondition)].filter(Boolean).join(' '),
        [date(x.coreDueDate), x.overdue ? h('span', {class: 'badge bad'}, ' ' + t('exchange.overdue')) : null],
        money(x.coreCharge), term(x.status) + (x.repairOrder ? ' · ' + x.repairOrder : ''), actions(x)]),
      i => ({class: found[i].overdue ? 'overdue' : null, id: 'exchange-' + found[i].number}))
        : h('p', {class: 'muted'}, t('exchange.none')));
    } catch (error) {
      show(list, problemBox(error));
    }
  }

  function actions(exchange) {
    if (exchange.status !== 'CORE_OWED') return '';
    const slot = h('div');
    const core = h('form', {class: 'row', dataset: {action: 'core'}, onsubmit: async event => {
      event.preventDefault();
      await act(exchange, 'core', fields(core), t('exchange.coreDone', {number: exchange.number}));
    }}, h('label', {}, t('repair.serial'), h('input', {name: 'serial'})),
    h('label', {}, t('exchange.workshop'), h('input', {name: 'location', required: true})),
    h('button', {type: 'submit'}, t('exchange.coreBack')));
    return h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'secondary', dataset: {action: 'core'}, onclick: () => show(slot, core)}, t('exchange.coreBack')),
      h('button', {type: 'button', class: 'secondary', dataset: {action: 'charge'},
        onclick: () => act(exchange, 'charge', undefined, t('exchange.chargeDone', {number: exchange.number,
          amount: money(exchange.coreCharge)}))}, t('exchange.chargeIt')),
      slot);
  }

  async function act(exchange, action, body, text) {
    try {
      await api(`/api/exchanges/${encodeURIComponent(exchange.number)}/${action}`, {method: 'POST', body, key: newKey()});
      done(text);
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  const issue = h('form', {class: 'panel stack', id: 'exchange-issue', onsubmit: async event => {
    event.preventDefault();
    const values = fields(issue);
    try {
      const made = await api('/api/exchanges', {method: 'POST', key: newKey(), body: values});
      issue.reset();
      done(t('exchange.issuedDone', {number: made.number, sku: made.sku, serial: made.issuedSerial ?? '',
        customer: made.customerRef, due: date(made.coreDueDate)}));
      await load();
    } catch (error) {
      show(message, problemBox(error));
    }
  }}, h('h2', {}, t('exchange.issue')),
  h('div', {class: 'row'},
    h('label', {}, t('part.sku'), h('input', {name: 'sku', required: true})),
    h('label', {}, t('exchange.customer'), h('input', {name: 'customerRef', required: true})),
    h('label', {}, t('exchange.poolSerial'), h('input', {name: 'serial'})),
    h('label', {}, t('exchange.dueDays'), h('input', {name: 'coreDueDays', type: 'number', min: 0, max: 365})),
    h('label', {}, t('exchange.charge'), h('input', {name: 'coreCharge', type: 'number', min: 0, step: '0.01'}))),
  h('button', {type: 'submit', id: 'exchange-issue-go'}, t('exchange.issueIt')));

  show(view, h('h1', {}, t('exchange.title')), h('p', {class: 'hint'}, t('exchange.hint')), message, issue,
    h('section', {class: 'panel'}, h('div', {class: 'row'}, h('label', {}, t('repair.status'), status),
      h('label', {class: 'inline'}, overdue, t('exchange.overdueOnly'))), list));
  load();
}
