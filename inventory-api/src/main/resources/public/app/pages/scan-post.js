// Sending the scan station's movements: each scan is kept in the device's outbox first, then sent in the order it
// was scanned. A lost answer, a 503 or no network at all leaves it waiting (the page says how many wait) and it is
// sent again with the same Idempotency-Key, which the service answers with the first result instead of moving
// stock twice. A refusal leaves the outbox and is shown with its reason; nothing else is lost or doubled.
import {date, t, term} from '../i18n.js';
import {api, retryable} from '../api.js';
import {problemText} from '../problem.js';
import * as outbox from '../outbox.js';

const RETRY_MS = 3000;

/**
 * The page's sender: send(entry) keeps and sends one log entry; restore() puts back the scans an earlier page
 * left waiting; counted(n) hears how many wait. Entries are sent one at a time, oldest first.
 */
export function sender(user, log, message, counted) {
  const queue = [];
  let flushing = null;
  let timer = null;

  async function send(entry) {
    entry.state = 'queued';
    entry.error = null;
    entry.seq ??= await outbox.keep({user, key: entry.key, path: entry.path ?? '/api/movements', body: entry.body,
      code: entry.code, at: entry.at, text: entry.undoes ? entry.code : described(entry)});
    queue.push(entry);
    log.paint();
    counted(queue.length);
    return flush().then(() => entry.state === 'done');
  }

  function flush() {
    flushing ??= drain().finally(() => { flushing = null; });
    return flushing;
  }

  async function drain() {
    while (queue.length) {
      const entry = queue[0];
      entry.state = 'sending';
      log.paint();
      try {
        entry.movement = await api(entry.path ?? '/api/movements', {method: 'POST', body: entry.body, key: entry.key});
        entry.state = 'done';
        const proposed = entry.movement?.vendorReturnProposed;
        message(entry.warning || proposed ? 'warn' : 'ok', described(entry),
          entry.warning ?? supplierWarranty(entry.movement, entry.found));
      } catch (error) {
        if (retryable(error)) {
          entry.state = 'queued';
          log.paint();
          message('warn', t('outbox.waiting', {count: queue.length}), t('outbox.why'));
          clearTimeout(timer);
          timer = setTimeout(flush, RETRY_MS);
          return;
        }
        entry.state = 'failed';
        entry.error = error;
        message('error', t('scan.refused', {code: entry.code}), problemText(error), {entry, error});
      }
      await outbox.forget(entry.seq);
      entry.seq = null;
      queue.shift();
      counted(queue.length);
      log.paint();
    }
  }

  async function restore() {
    const kept = await outbox.waiting(user);
    for (const scan of kept) {
      queue.push(log.add({...scan, state: 'queued', describe: m => m?.type ? describe(m) : scan.text}));
    }
    counted(queue.length);
    log.paint();
    if (queue.length) await flush();
  }

  window.addEventListener('online', flush);
  return {send, restore, stop: () => { window.removeEventListener('online', flush); clearTimeout(timer); }};
}

/** What an entry of the log did or will do: its own words (a reservation served), else its movement's. */
export function described(entry) {
  return entry.describe ? entry.describe(entry.movement) : describe(entry.movement ?? entry.body);
}

/**
 * A FAULTY return under the supplier's warranty proposes the return to vendor; otherwise a scanned unit still under
 * its supplier's warranty says until when.
 */
export function supplierWarranty(m, found) {
  if (m?.vendorReturnProposed) {
    return t('warranty.propose', {supplier: m.supplier, date: date(m.supplierWarrantyUntil)});
  }
  const unit = found?.summary;
  return unit?.supplierWarrantyUntil ? t('warranty.until', {supplier: unit.supplier, date: date(unit.supplierWarrantyUntil)})
    : null;
}

/** "Réception : 2 × LV-PMP-0042 MAG-A-03 neuf", for a recorded movement or one still to send. */
export function describe(m) {
  const quantity = m.type === 'ADJUSTMENT' ? (m.delta > 0 ? '+' : '') + m.delta : m.quantity;
  return t('scan.done', {
    type: t('movement.' + m.type), quantity, sku: (m.sku ?? m.code) + (m.serial ? ' / ' + m.serial : ''),
    where: [m.fromLocation, m.toLocation].filter(Boolean).join(' → '),
    condition: term(m.toCondition ?? m.fromCondition ?? m.condition),
  });
}
