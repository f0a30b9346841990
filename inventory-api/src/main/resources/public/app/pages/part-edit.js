// A part's card, changed in place by buyers: only the fields changed are sent (PATCH), with the version the
// page loaded (If-Match), so that someone else's change in between is never overwritten but reported.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';
import {tagged} from '../api.js';
import {problemBox} from '../problem.js';

const FIELDS = ['name', 'family', 'manufacturer', 'manufacturerRef', 'gtin', 'standardCost', 'exchangePrice'];

/** The edit form of a loaded part ({value, etag}); onSaved gets the part as saved. */
export function partEditor(loaded, onSaved) {
  let {value: part, etag} = loaded;
  const message = h('div', {id: 'part-edit-message'});
  const inputs = Object.fromEntries(FIELDS.map(field => [field, h('input', {id: 'part-edit-' + field, name: field,
    required: field === 'name', inputmode: field.endsWith('Cost') || field.endsWith('Price') ? 'decimal' : null})]));
  const fill = () => FIELDS.forEach(field => { inputs[field].value = part[field] ?? ''; });
  fill();
  const form = h('form', {class: 'stack', id: 'part-edit', onsubmit: async event => {
    event.preventDefault();
    show(message);
    const changes = changed(part, inputs);
    if (!Object.keys(changes).length) {
      show(message, h('p', {class: 'muted'}, t('part.edit.nothing')));
      return;
    }
    try {
      ({value: part, etag} = await tagged('/api/parts/' + encodeURIComponent(part.sku),
        {method: 'PATCH', body: changes, ifMatch: etag}));
      fill();
      show(message, h('p', {class: 'notice', id: 'part-edit-saved'}, t('part.edit.saved')));
      onSaved(part);
    } catch (error) {
      show(message, error.status === 412 ? stale() : problemBox(error));
    }
  }}, h('div', {class: 'row'}, FIELDS.map(field => h('label', {}, t('part.edit.' + field), inputs[field]))),
  h('div', {class: 'row'}, h('button', {type: 'submit', id: 'part-edit-save'}, t('part.edit.save'))), message);
  return h('details', {class: 'panel', id: 'part-editor'}, h('summary', {}, t('part.edit')), form);
}

/** The fields whose input differs from the part as loaded; an emptied field is sent as null (cleared). */
function changed(part, inputs) {
  const changes = {};
  for (const field of FIELDS) {
    const typed = isMoney(field) ? inputs[field].value.trim().replace(',', '.') : inputs[field].value.trim();
    const before = part[field] === null || part[field] === undefined ? '' : String(part[field]);
    const same = typed === before || (isMoney(field) && typed !== '' && before !== '' && Number(typed) === Number(before));
    if (!same) changes[field] = typed === '' ? null : typed;
  }
  return changes;
}

function isMoney(field) {
  return field === 'standardCost' || field === 'exchangePrice';
}

function stale() {
  return h('div', {class: 'problem', role: 'alert', id: 'part-edit-stale'},
    h('strong', {}, t('part.edit.stale')), h('span', {class: 'detail'}, t('part.edit.stale.detail')),
    h('div', {}, h('button', {type: 'button', onclick: () => location.reload()}, t('part.edit.reload'))));
}
