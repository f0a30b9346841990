// Locations (storekeepers): every place stock can be, created and renamed here, each with its label to print.
import {fields, h, show, table} from '../dom.js';
import {t, term} from '../i18n.js';
import {api, items} from '../api.js';
import {problemBox} from '../problem.js';
import {labelPanel} from './labels.js';

const KINDS = ['STORE', 'BIN', 'WORKSHOP', 'VAN', 'QUARANTINE', 'AWAITING_CUSTOMER', 'SUBCONTRACTOR'];

export function render(view) {
  const message = h('div', {id: 'locations-message'});
  const list = h('div', {id: 'locations'}, h('p', {class: 'muted'}, t('loading')));
  const label = h('div', {id: 'locations-label'});

  /** Locations created or changed here, shown first even where the list (by code, 500 at most) does not reach. */
  const pinned = new Set();
  const done = (key, code) => {
    pinned.add(code);
    show(message, h('p', {class: 'notice', id: 'locations-done'}, t(key, {code})));
  };
  const refused = error => show(message, problemBox(error));

  async function load() {
    try {
      const listed = await items('/api/locations?size=500');
      const codes = new Set(listed.map(location => location.code));
      const recent = await Promise.all([...pinned].filter(code => !codes.has(code))
        .map(code => api('/api/locations/' + encodeURIComponent(code))));
      const locations = [...recent, ...listed];
      show(list, table([[t('locations.code')], [t('locations.name')], [t('locations.kind')],
        [t('locations.parent')], ['']], locations.map(row)));
    } catch (error) {
      refused(error);
    }
  }

  function row(location) {
    const id = 'location-' + location.code;
    const name = h('input', {value: location.name, id: id + '-name', 'aria-label': t('locations.name')});
    const save = async () => {
      if (name.value.trim() === location.name) return done('locations.unchanged', location.code);
      try {
        await api('/api/locations/' + encodeURIComponent(location.code),
          {method: 'PUT', body: {...location, name: name.value.trim()}});
        done('locations.saved', location.code);
        await load();
      } catch (error) {
        refused(error);
        await load();
      }
    };
    return [h('span', {class: 'code'}, location.code), name, term(location.kind), location.parent ?? '',
      h('span', {class: 'row'},
        h('button', {type: 'button', id: id + '-save', onclick: save}, t('locations.save')),
        h('button', {type: 'button', class: 'secondary', id: id + '-label',
          onclick: () => show(label, labelPanel('LOCATION', location.code))}, t('locations.label')))];
  }

  const create = h('form', {class: 'panel', id: 'location-new', onsubmit: async event => {
    event.preventDefault();
    try {
      const created = await api('/api/locations', {method: 'POST', body: fields(event.target)});
      event.target.reset();
      done('locations.created', created.code);
      await load();
      show(label, labelPanel('LOCATION', created.code));
    } catch (error) {
      refused(error);
    }
  }}, h('h2', {}, t('locations.create')),
  h('div', {class: 'row'},
    h('label', {}, t('locations.code'), h('input', {name: 'code', id: 'location-code', required: true,
      placeholder: 'MAG-A-03-04', autocomplete: 'off'})),
    h('label', {}, t('locations.name'), h('input', {name: 'name', id: 'location-name', required: true})),
    h('label', {}, t('locations.kind'), h('select', {name: 'kind', id: 'location-kind'},
      KINDS.map(kind => h('option', {value: kind}, term(kind))))),
    h('label', {}, t('locations.parent'), h('input', {name: 'parent', id: 'location-parent', autocomplete: 'off'})),
    h('button', {type: 'submit', id: 'location-create'}, t('locations.createButton'))));

  show(view, h('h1', {}, t('locations.title')), h('p', {class: 'hint'}, t('locations.hint')), message, create,
    label, list);
  load();
}
