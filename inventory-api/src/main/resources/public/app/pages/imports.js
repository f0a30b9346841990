// CSV imports: check a file with a dry run (errors by line), then apply it.
import {fields, h, show} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {problemBox} from '../problem.js';
import * as session from '../session.js';
import {reportView} from './import-report.js';

/** Each import, who may run it, and the query parameter that names its target. */
const KINDS = [
  {path: 'stock-count', roles: ['STOREKEEPER'], target: 'location'},
  {path: 'supplier-catalog', roles: ['BUYER'], target: 'supplier'},
  {path: 'consumption-history', roles: ['BUYER'], target: null},
];

export function render(view) {
  const kinds = KINDS.filter(k => session.may(...k.roles));
  const result = h('div', {id: 'import-result'});
  const target = h('label', {}, '', h('input', {name: 'target', id: 'import-target'}));
  const createParts = h('label', {class: 'inline'}, h('input', {type: 'checkbox', name: 'createParts', value: 'true'}),
    t('import.createParts'));
  const kind = h('select', {name: 'kind', id: 'import-kind', onchange: adapt},
    kinds.map(k => h('option', {value: k.path}, t('import.kind.' + k.path))));
  const file = h('input', {type: 'file', name: 'file', id: 'import-file', accept: '.csv,text/csv,text/plain', required: true,
    onchange: () => { apply.disabled = true; }});
  const apply = h('button', {type: 'button', id: 'import-apply', disabled: true, onclick: () => run(false)}, t('import.apply'));
  const form = h('form', {class: 'panel stack', onsubmit: event => { event.preventDefault(); run(true); }},
    h('div', {class: 'row'}, h('label', {}, t('import.kind'), kind), target,
      h('label', {}, t('import.onError'), h('select', {name: 'onError'},
        h('option', {value: 'skip'}, t('import.onError.skip')), h('option', {value: 'abort'}, t('import.onError.abort')))),
      createParts),
    h('label', {}, t('import.file'), file),
    h('div', {class: 'row'}, h('button', {type: 'submit', id: 'import-check'}, t('import.check')), apply),
    h('p', {class: 'hint'}, t('import.hint')));

  function adapt() {
    const chosen = KINDS.find(k => k.path === kind.value);
    target.hidden = !chosen.target;
    target.firstChild.textContent = chosen.target ? t('import.target.' + chosen.target) : '';
    createParts.hidden = chosen.path !== 'supplier-catalog';
    apply.disabled = true;
  }

  async function run(dryRun) {
    const values = fields(form);
    const chosen = KINDS.find(k => k.path === values.kind);
    const query = new URLSearchParams({dryRun: String(dryRun), onError: values.onError ?? 'skip'});
    if (chosen.target && values.target) query.set(chosen.target, values.target);
    if (chosen.path === 'supplier-catalog' && values.createParts) query.set('createParts', 'true');
    const upload = new FormData();
    upload.append('file', file.files[0]);
    show(result, h('p', {class: 'muted'}, t('import.sending')));
    try {
      const report = await api(`/api/imports/${chosen.path}?${query}`, {method: 'POST', body: upload});
      show(result, reportView(report));
      apply.disabled = !dryRun;
    } catch (error) {
      const report = error.problem?.report;
      show(result, problemBox(error), report ? reportView(report) : null);
      apply.disabled = true;
    }
  }

  show(view, h('h1', {}, t('imports.title')), form, result);
  adapt();
}
