// Descent's service worker: the whole site, cached on the first visit, served cache-first, so that every
// page (training included) works offline afterwards.
//
// One cache per build. The build step (descent.serve.SiteStamp, run by `mvn package`) writes the build's id
// and the list of the site's files into the two lines below; a new build therefore means a new worker. The
// new worker installs beside the old one and waits: the page (js/boot.js) offers "A new version is available
// — Reload", and only on that click does the new worker take over, delete the old build's cache and serve the
// new files. Until then the open pages keep getting the files of the build they started with.
'use strict';

const BUILD_ID = 'dev'; // @build-id
const FILES = []; // @files

// Caches are shared by everything on an origin: name ours by the scope too, so that two copies of the site
// in different folders of one host never delete each other's caches.
const PREFIX = 'descent ' + new URL(self.registration.scope).pathname + ' ';
const CACHE = PREFIX + BUILD_ID;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) {
    return;
  }
  const url = new URL(request.url);
  // A folder address is its index.html; the query (?engine=wasm, shared settings) never changes a file.
  const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : request;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(key, { ignoreSearch: true }))
    .then((cached) => cached || fetch(request)));
});
