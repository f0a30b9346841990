// Posting one scan's movement: a lost answer or a 503 is sent again with the same Idempotency-Key,
// which the service answers with the first result instead of moving stock twice.
import {t, term} from '../i18n.js';
import {api, retryable} from '../api.js';
import {problemText} from '../problem.js';

const RETRY_DELAYS_MS = [400, 1500];

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Sends entry.body under entry.key; marks the entry done or failed and tells the storekeeper. */
export async function post(entry, log, message) {
  entry.state = 'sending';
  log.paint();
  for (let attempt = 0; ; attempt++) {
    try {
      entry.movement = await api(entry.path ?? '/api/movements', {method: 'POST', body: entry.body, key: entry.key});
      entry.state = 'done';
      entry.error = null;
      log.paint();
      message(entry.warning ? 'warn' : 'ok', described(entry), entry.warning);
      return true;
    } catch (error) {
      if (retryable(error) && attempt < RETRY_DELAYS_MS.length) {
        await sleep(RETRY_DELAYS_MS[attempt]);
        continue;
      }
      entry.state = 'failed';
      entry.error = error;
      log.paint();
      message('error', t('scan.refused', {code: entry.code}), problemText(error), {entry, error});
      return false;
    }
  }
}

/** What an entry of the log did or will do: its own words (a reservation served), else its movement's. */
export function described(entry) {
  return entry.describe ? entry.describe(entry.movement) : describe(entry.movement ?? entry.body);
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
