// What a scanned code is, even without the network: the service's answer when it can be asked (remembered on the
// device), else the answer remembered for that code, else what its shape says (L: a location, U: a unit, a
// document number a reference, anything else a part). The service checks it again when the scan is sent.
import {api, retryable} from '../api.js';

const KEY = 'inventory.scan.codes';
const KEPT = 500;
const DOCUMENT = /^(RO|EX|PR|RV|TO|LN)-\d{4}-\d{6}$/i;

function remembered() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) ?? {};
  } catch (e) {
    return {};
  }
}

function remember(code, found) {
  const codes = remembered();
  delete codes[code];
  codes[code] = found;
  const kept = Object.keys(codes);
  kept.slice(0, Math.max(0, kept.length - KEPT)).forEach(old => delete codes[old]);
  localStorage.setItem(KEY, JSON.stringify(codes));
}

function guessed(code) {
  const bare = code.replace(/^[LPU]:/i, '');
  if (/^L:/i.test(code)) return {kind: 'LOCATION', key: bare.toUpperCase(), summary: {name: '', kind: null}};
  if (/^U:/i.test(code)) return {kind: 'UNIT', key: bare, summary: {sku: null}};
  if (DOCUMENT.test(code)) return {kind: 'REFERENCE', key: code.toUpperCase(), summary: {}};
  return {kind: 'PART', key: bare, summary: {sku: bare}};
}

/** Resolves a scanned code; without the network the answer says {offline: true}. Refusals (404...) are thrown. */
export async function resolve(code) {
  try {
    const found = await api('/api/scan/' + encodeURIComponent(code));
    remember(code, found);
    return found;
  } catch (error) {
    if (!retryable(error)) throw error;
    return {...(remembered()[code] ?? guessed(code)), offline: true};
  }
}
