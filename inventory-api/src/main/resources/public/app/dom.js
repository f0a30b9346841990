// Builds elements without innerHTML, so text from the API is never read as markup.

/** h('button', {class: 'x', onclick: f}, 'text', child...): attributes, on* listeners, then children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces what a node shows. */
export function show(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A table: headers are [label] or [label, 'num'] pairs; rows are arrays of cells (text or nodes). */
export function table(headers, rows, rowAttributes = () => ({})) {
  const head = h('tr', {}, headers.map(([label, kind]) => h('th', {class: kind}, label)));
  const body = rows.map((cells, i) => h('tr', rowAttributes(i),
    cells.map((cell, j) => h('td', {class: headers[j]?.[1]}, cell ?? ''))));
  // A table wider than the screen scrolls sideways: the keyboard reaches it too (tabindex).
  return h('div', {class: 'table-wrap', tabindex: 0}, h('table', {}, h('thead', {}, head), h('tbody', {}, body)));
}

/** Reads a form's named fields, leaving out empty ones; a number input gives a JSON number, as the API wants. */
export function fields(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    values[name] = form.elements.namedItem(name)?.type === 'number' ? Number(value) : value.trim();
  }
  return values;
}

/** Saves a blob under a file name through a temporary link. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', {href: url, download: fileName});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
