// The scan station's outbox: every scan is written to IndexedDB before it is sent, with the Idempotency-Key made
// when it was scanned, and leaves only once the service has answered. A lost network, a closed tab or a reload
// therefore loses nothing, and sending again never counts twice.
const DATABASE = 'inventory-scan-station';
const STORE = 'outbox';

let opened = null;

function database() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, {keyPath: 'seq', autoIncrement: true});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

async function run(mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** Keeps a scan to send ({user, key, path, body, code, at}); answers its place in the queue. */
export function keep(scan) {
  return run('readwrite', store => store.add(scan));
}

/** Forgets a scan the service has answered (recorded or refused). */
export function forget(seq) {
  return run('readwrite', store => store.delete(seq));
}

/** The account's scans still to send, oldest first. */
export async function waiting(user) {
  const all = await run('readonly', store => store.getAll());
  return all.filter(scan => scan.user === user).sort((a, b) => a.seq - b.seq);
}
