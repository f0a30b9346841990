// The service worker that lets the pages open without the network: every page file it serves is kept, and when
// the service cannot be reached the kept copy is served instead (the network first, so an update shows at once).
// The API is never cached: scans made offline wait in the page's outbox (app/outbox.js) instead.
const CACHE = 'stock-sav-pages';

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(['/', '/index.html'])));
  self.skipWaiting();
});

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

// The page sends the files it loaded before this worker controlled it, so that the first visit is enough.
self.addEventListener('message', event => {
  if (Array.isArray(event.data?.keep)) {
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(event.data.keep)));
  }
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  event.respondWith(fetch(event.request)
    .then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then(cache => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request, {ignoreSearch: true})
      .then(kept => kept ?? caches.match('/index.html'))));
});
