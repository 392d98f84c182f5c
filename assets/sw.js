// The service worker (registered by src/ui/offline.rs): keeps the app's files so the page
// opens without a network after the first visit. scripts/post-build.mjs writes the build's
// files and a version (a hash of them) into the two lines below.
const VERSION = 'unbuilt';
const FILES = [];

// Keep every file of this build; the page it came from has loaded them already, so this is
// quick, and nothing is left to fetch on a later visit.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

// Drop older builds' files, and serve the open pages at once rather than from their next load.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== VERSION).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the newest from the network when there is one, so a new build shows,
    // else the kept one.
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: VERSION })
      .then((kept) => kept ?? Response.error())));
    return;
  }
  // The other files are this build's (their names carry a hash, or the version says which
  // build they are from): the kept copy is the right one.
  event.respondWith(caches.match(request, { cacheName: VERSION }).then((kept) => kept ?? fetch(request)));
});
