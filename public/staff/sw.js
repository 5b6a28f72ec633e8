/* MIND Desk staff app: service worker (scope /staff/). Keeps the app's own files so its pages open
 * without signal; data (complaint lists, opened complaints, visits waiting to be sent) is kept by the
 * pages themselves in IndexedDB, never here. API calls (/api/…) and uploads are not touched.
 *
 * Pages, scripts and styles under /staff/ are fetched from the network first (a phone with signal always
 * gets the current version) and kept; without signal the kept copy answers (a page's query string is
 * ignored: /staff/complaint.html?id=… is the same file for every id). */
const CACHE = 'mind-staff-v1';
const SHELL = [
  '/staff/',
  '/staff/index.html',
  '/staff/forgot-password.html',
  '/staff/reset-password.html',
  '/staff/complaints.html',
  '/staff/complaint.html',
  '/staff/css/staff.css',
  '/staff/js/core.js',
  '/staff/js/i18n.js',
  '/staff/js/signin.js',
  '/staff/js/password.js',
  '/staff/js/field-store.js',
  '/staff/js/field-common.js',
  '/staff/js/complaints.js',
  '/staff/js/complaint.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // one missing file must not stop the others from being kept
      .then((cache) => Promise.all(SHELL.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('mind-staff-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/staff/')) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          const key = url.origin + url.pathname;
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((hit) => hit || (url.pathname === '/staff/' ? caches.match('/staff/index.html') : undefined))
          .then((hit) => hit || new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })),
      ),
  );
});
