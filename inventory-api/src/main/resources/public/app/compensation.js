// Undoing a scan: the ledger is append-only, so a mistake is corrected by the movement that puts stock back
// exactly where and as it was. A RETURN is never the undo of an ISSUE: a return lands DEFECTIVE in the
// workshop, while a part issued by mistake never left the shelf and is still as good as before.
import {t} from './i18n.js';

/** The movement that cancels m (a MovementView), or null when it cannot be undone from the scan station. */
export function compensation(m) {
  const note = t('undo.note', {id: m.id});
  const base = {sku: m.sku, serial: m.serial ?? undefined, reference: m.reference ?? undefined, note};
  switch (m.type) {
    case 'RECEIPT':
      return {...base, type: 'ADJUSTMENT', delta: -m.quantity, fromLocation: m.toLocation,
        condition: m.toCondition ?? m.condition};
    case 'ISSUE':
      return {...base, type: 'RECEIPT', quantity: m.quantity, toLocation: m.fromLocation,
        condition: m.fromCondition ?? m.condition};
    case 'RETURN':
      return {...base, type: 'ISSUE', quantity: m.quantity, fromLocation: m.toLocation, condition: 'DEFECTIVE'};
    case 'TRANSFER':
      return {...base, type: 'TRANSFER', quantity: m.quantity, fromLocation: m.toLocation,
        toLocation: m.fromLocation, condition: m.toCondition ?? m.condition};
    case 'ADJUSTMENT':
      return {...base, type: 'ADJUSTMENT', delta: -m.delta, toLocation: m.toLocation ?? m.fromLocation,
        condition: m.condition};
    default:
      return null;
  }
}

/** Why that compensation, in words, for the button's title and the help text. */
export function explanation(m) {
  return t('undo.why.' + m.type);
}
