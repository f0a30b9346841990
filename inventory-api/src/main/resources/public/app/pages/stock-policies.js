// Hand-set stock policies (initial provisioning, a supplier's recommendation) that the reorder suggestions follow
// instead of the forecast until their day or 26 weeks of the part's own history: listed, set, changed and cleared.
import {fields, h, show, table} from '../dom.js';
import {date, t} from '../i18n.js';
import {api, items} from '../api.js';
import {problemBox} from '../problem.js';

/** The panel: {element, load(), edit(sku)}; onChange runs after a policy is saved or cleared. */
export function stockPolicies(onChange) {
  const list = h('div', {id: 'stock-policy-list'});
  const message = h('div', {id: 'stock-policy-message'});
  const input = (name, attributes = {}) => h('input', {name, id: 'policy-' + name, ...attributes});
  const form = h('form', {class: 'stack', id: 'stock-policy-form', onsubmit: save},
    h('div', {class: 'row'},
      h('label', {}, t('part.sku'), input('sku', {required: true})),
      h('label', {}, t('policy.min'), input('min', {type: 'number', min: 0})),
      h('label', {}, t('policy.max'), input('max', {type: 'number', min: 1})),
      h('label', {}, t('policy.initial'), input('initialQuantity', {type: 'number', min: 1})),
      h('label', {}, t('policy.until'), input('until', {type: 'date'}))),
    h('label', {}, t('policy.note'), input('note', {required: true, placeholder: t('policy.notePlaceholder')})),
    h('div', {class: 'row'},
      h('button', {type: 'submit', id: 'policy-save'}, t('policy.save')),
      h('button', {type: 'button', class: 'secondary', id: 'policy-clear', onclick: clear}, t('policy.clear'))),
    message);

  async function load() {
    try {
      const policies = await items('/api/stock-policies');
      show(list, policies.length ? table([[t('part.sku')], [t('policy.min'), 'num'], [t('policy.max'), 'num'],
        [t('policy.initial'), 'num'], [t('policy.until')], [t('policy.note')], [t('policy.status')], ['']],
      policies.map(p => [p.sku, p.min ?? '', p.max ?? '', p.initialQuantity ?? '', date(p.until), p.note,
        p.applies ? h('span', {class: 'badge'}, t('policy.applies'))
          : h('span', {}, h('span', {class: 'badge warn'}, t('policy.stopped')), ' ', h('span', {class: 'muted'}, p.reason)),
        h('button', {type: 'button', class: 'secondary', dataset: {sku: p.sku}, 'aria-label': t('policy.editOf', {sku: p.sku}),
          onclick: () => edit(p.sku)}, t('policy.edit'))]),
      i => ({id: 'policy-' + policies[i].sku}))
        : h('p', {class: 'muted'}, t('policy.none')));
    } catch (error) {
      show(list, problemBox(error));
    }
  }

  /** Fills the form with the part's policy, or leaves it blank for a new one. */
  async function edit(sku) {
    form.reset();
    form.elements.sku.value = sku;
    show(message);
    try {
      const policy = await api('/api/parts/' + encodeURIComponent(sku) + '/stock-policy');
      for (const name of ['min', 'max', 'initialQuantity', 'until', 'note']) form.elements[name].value = policy[name] ?? '';
    } catch (error) {
      if (error.status !== 404) show(message, problemBox(error));
    }
    form.scrollIntoView({block: 'nearest'});
    form.elements.min.focus();
  }

  async function save(event) {
    event.preventDefault();
    const {sku, ...body} = fields(form);
    try {
      await api('/api/parts/' + encodeURIComponent(sku) + '/stock-policy', {method: 'PUT', body});
      show(message, h('p', {class: 'notice', id: 'policy-saved'}, t('policy.saved', {sku})));
      await Promise.all([load(), onChange()]);
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  async function clear() {
    const sku = form.elements.sku.value.trim();
    if (!sku) return;
    try {
      await api('/api/parts/' + encodeURIComponent(sku) + '/stock-policy', {method: 'DELETE'});
      form.reset();
      show(message, h('p', {class: 'notice', id: 'policy-cleared'}, t('policy.cleared', {sku})));
      await Promise.all([load(), onChange()]);
    } catch (error) {
      show(message, problemBox(error));
    }
  }

  load();
  return {element: h('section', {class: 'panel', id: 'stock-policies'}, h('h2', {}, t('policy.title')),
    h('p', {class: 'muted'}, t('policy.intro')), list, h('h3', {}, t('policy.form')), form), load, edit};
}
