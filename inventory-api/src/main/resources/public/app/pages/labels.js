// A label: PNG preview fetched with the token, PDF download, or ZPL sent to one of the configured thermal printers.
import {h, show, download} from '../dom.js';
import {t} from '../i18n.js';
import {api, blob} from '../api.js';
import {problemBox} from '../problem.js';

const PATHS = {PART: 'parts', LOCATION: 'locations', UNIT: 'units', REPAIR_ORDER: 'repair-orders'};

/** kind: PART, LOCATION, UNIT or REPAIR_ORDER; key: the sku, code, serial or number. */
export function labelPanel(kind, key) {
  const url = `/api/labels/${PATHS[kind]}/${encodeURIComponent(key)}`;
  const preview = h('img', {class: 'label-preview', alt: t('label.preview', {key}), id: 'label-preview'});
  const message = h('div');
  const printer = h('select', {name: 'printer', required: true, id: 'label-printer'});
  const copies = h('input', {name: 'copies', type: 'number', min: 1, value: '1', style: 'width:5rem'});
  const print = h('button', {type: 'submit', id: 'label-print', disabled: true}, t('label.print'));
  blob(url + '?format=png').then(png => { preview.src = URL.createObjectURL(png); })
    .catch(error => show(message, problemBox(error)));
  api('/api/labels/printers').then(printers => {
    show(printer, printers.length ? printers.map(p => h('option', {value: p.name}, `${p.name} (${p.size} mm)`))
      : h('option', {value: ''}, t('label.noPrinter')));
    print.disabled = !printers.length;
  }).catch(error => show(message, problemBox(error)));
  return h('section', {class: 'panel', id: 'label'}, h('h2', {}, t('label.title')), preview, message,
    h('div', {class: 'row'},
      h('button', {type: 'button', class: 'secondary', id: 'label-pdf', onclick: async () => {
        try {
          download(await blob(url + '?format=pdf'), `${key}.pdf`);
        } catch (error) {
          show(message, problemBox(error));
        }
      }}, t('label.pdf'))),
    h('form', {class: 'row', onsubmit: async event => {
      event.preventDefault();
      try {
        const printed = await api('/api/labels/print', {method: 'POST', body: {printer: printer.value,
          labels: [{kind, key, copies: Number(copies.value) || 1}]}});
        show(message, h('p', {class: 'notice'}, t('label.printed', {labels: printed.labels, printer: printed.printer})));
      } catch (error) {
        show(message, problemBox(error));
      }
    }}, h('label', {}, t('label.printer'), printer), h('label', {}, t('label.copies'), copies),
    print));
}
