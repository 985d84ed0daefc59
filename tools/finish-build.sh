#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): runs in the staging directory before it becomes dist/.
#
# 1. Joins the style sheets into one file, app-<hash>.css (one request instead of eleven).
# 2. Moves Trunk's inline start-up script into its own file, start-<hash>.js, so the page's
#    Content-Security-Policy needs no 'unsafe-inline' for scripts.
# 3. In release builds, writes sw.js: a service worker that keeps the app's own files for
#    offline use. Its cache is named after a hash of index.html, which names every hashed
#    file, so each new build gets a new cache and the old one is deleted.
#
# Only coreutils and perl (both essential on Debian) are used.
set -euo pipefail

staging="${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
cd "$staging"

# --- 1. one style sheet -----------------------------------------------------------------
# Trunk links each style/*.css file on its own; eleven render-blocking requests cost a slow
# phone more than one. Join them, in their order, into app-<hash>.css.
css_files=$(perl -0777 -ne 'while (m{<link\b([^>]*\brel="?stylesheet"?[^>]*)>}g) { my $a = $1; print "$1\n" if $a =~ m{href="?[./]*([^" >]+\.css)"?} }' index.html)
if [ -n "$css_files" ]; then
	joined="$(mktemp)"
	for css in $css_files; do
		cat "$css" >>"$joined"
		echo >>"$joined"
	done
	css_name="app-$(sha256sum "$joined" | cut -c1-16).css"
	mv "$joined" "$css_name"
	chmod 644 "$css_name"
	rm -f $css_files
	# The first link becomes the joined sheet; the others go.
	CSS_NAME="$css_name" perl -0777 -pi -e \
		'my $n = 0; s{<link\b[^>]*\brel="?stylesheet"?[^>]*>}{$n++ ? "" : qq{<link rel="stylesheet" href="./$ENV{CSS_NAME}">}}ge' \
		index.html
fi

# --- 2. the start-up script -------------------------------------------------------------
start_js="$(mktemp)"
trap 'rm -f "$start_js"' EXIT
# The first inline module script is Trunk's loader; print its body.
perl -0777 -ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' index.html >"$start_js"
if [ ! -s "$start_js" ]; then
	echo "finish-build: no inline start-up script in index.html (did Trunk change?)" >&2
	exit 1
fi

if [ "${TRUNK_PROFILE:-}" = release ]; then
	# Register the service worker after the app has started, and never inside another
	# site's frame: an embed must not leave a worker or a cache behind on the visitor's browser.
	cat >>"$start_js" <<'JS'

if ("serviceWorker" in navigator && window.top === window.self) {
  // Offline use is a bonus: the app works the same without it, so a refusal is ignored.
  const keepForOffline = () => navigator.serviceWorker.register("./sw.js").catch(() => {});
  if (document.readyState === "complete") keepForOffline();
  else addEventListener("load", keepForOffline);
}
JS
fi

start_name="start-$(sha256sum "$start_js" | cut -c1-16).js"
cp "$start_js" "$start_name"
# Replace the inline script with a reference to the file (first occurrence only).
START_NAME="$start_name" perl -0777 -pi -e \
	's{<script type="?module"?>.*?</script>}{<script type="module" src="./$ENV{START_NAME}"></script>}s' \
	index.html

[ "${TRUNK_PROFILE:-}" = release ] || exit 0

# --- 3. the service worker --------------------------------------------------------------
# Every file a visit loads: all of the staging directory except the host script for other
# sites (embed.js, never loaded by the app itself) and the worker itself.
files=$(find . -type f ! -name sw.js ! -name embed.js ! -name '*.map' -printf '%P\n' | LC_ALL=C sort)
version=$(sha256sum index.html | cut -c1-16)
{
	echo "// Written by tools/finish-build.sh at build time; do not edit."
	echo "const VERSION = \"$version\";"
	echo "const FILES = ["
	echo "  \"./\","
	for file in $files; do
		echo "  \"./$file\","
	done
	echo "];"
	cat <<'JS'
// One cache per copy of the app (its scope) and build (VERSION).
const PREFIX = "cto-compass " + self.registration.scope + " ";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // The page itself: the network first, so a new build is seen at once; the kept copy
    // when there is no network.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match("./index.html")).then((page) => page || Response.error()),
      ),
    );
    return;
  }
  // Hashed files never change under the same name: the kept copy first.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((kept) => kept || fetch(request)),
  );
});
JS
} >sw.js
