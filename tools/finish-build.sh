#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): runs in the staging directory before it becomes dist/.
#
# 0. In release builds, splits the wasm per part of the app (tools/split-wasm.sh).
# 1. Joins the style sheets into one file, app-<hash>.css (one request instead of eleven).
# 2. Moves Trunk's inline start-up script into its own file, start-<hash>.js, so the page's
#    Content-Security-Policy needs no 'unsafe-inline' for scripts.
# 3. Writes sw.js. In release builds, a service worker that keeps the app's own files for
#    offline use; its cache is named after a hash of index.html, which names every hashed
#    file, so each new build gets a new cache and the old one is deleted. In other builds, a
#    worker that removes itself and its caches, so a release build tried earlier on the same
#    address does not linger.
#
# Besides the tools of step 0 (and terser, also for the start-up script), only bash, coreutils
# and perl (all essential on Debian) are used. Every file it writes is
# readable by all, as a web server running as another user needs.
set -euo pipefail
shopt -s nullglob
set -f # no globbing of file names read from index.html

staging="${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$staging"
# Where the files are served from, as Trunk writes its own links ("./" for `make dist`).
export PUBLIC_URL="${TRUNK_PUBLIC_URL:-./}"
[[ "$PUBLIC_URL" == */ ]] || PUBLIC_URL="$PUBLIC_URL/"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Writes standard input to <prefix>-<hash of content>.<extension>, readable by all, and
# prints the name.
publish() {
	local prefix=$1 extension=$2 name
	cat >"$scratch/publish"
	name="$prefix-$(sha256sum "$scratch/publish" | cut -c1-16).$extension"
	mv "$scratch/publish" "$name"
	chmod 644 "$name"
	printf '%s' "$name"
}

# --- 0. the wasm, split per part -------------------------------------------------------
# Before the start-up script moves out of index.html: step 0 renames the files it names.
[ "${TRUNK_PROFILE:-}" != release ] || bash "$tools/split-wasm.sh"

# --- 1. one style sheet -----------------------------------------------------------------
# Trunk links each style/*.css file on its own; eleven render-blocking requests cost a slow
# phone more than one. Join them, in their order, into app-<hash>.css. The links' addresses
# start with Trunk's public URL ("./" for `make dist`, "/" for `trunk serve`): the file is
# the part after the last slash, since Trunk writes them all at the top of the staging dir.
mapfile -t css_files < <(perl -0777 -ne 'while (m{<link\b([^>]*\brel="?stylesheet"?[^>]*)>}g) { my $a = $1; print "$1\n" if $a =~ m{href="?(?:[^" >]*/)?([^/" >]+\.css)"?} }' index.html)
if [ "${#css_files[@]}" -gt 0 ]; then
	for css in "${css_files[@]}"; do
		cat -- "$css"
		echo
	done | publish app css >"$scratch/css_name"
	css_name=$(cat "$scratch/css_name")
	rm -f -- "${css_files[@]}"
	# The first link becomes the joined sheet; the others go.
	CSS_NAME="$css_name" perl -0777 -pi -e \
		'my $n = 0; s{<link\b[^>]*\brel="?stylesheet"?[^>]*>}{$n++ ? "" : qq{<link rel="stylesheet" href="$ENV{PUBLIC_URL}$ENV{CSS_NAME}">}}ge' \
		index.html
fi

# --- 2. the start-up script -------------------------------------------------------------
# The first inline module script is Trunk's loader; take its body.
perl -0777 -ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' index.html >"$scratch/trunk-start.js"
if [ ! -s "$scratch/trunk-start.js" ]; then
	echo "finish-build: no inline start-up script in index.html (did Trunk change?)" >&2
	exit 1
fi
# In release builds, once the first page is drawn and answers input (the app fires
# "cto-compass:ready"), register the worker, which then keeps every part's files in the
# background. Never inside another site's frame: an embed must not leave a worker or a cache
# behind on the visitor's browser. Listening comes first: the app may start within `init`.
{
	if [ -f .parts-preload.js ]; then
		# The pack of the part the address opens (as app.rs's Part::of and an embed's first part
		# decide), fetched here, beside the main wasm: otherwise its files would wait for the main
		# wasm to start.
		cat .parts-preload.js
		# The main wasm is fetched by this script too, after the first paint, not by index.html's
		# preload link (see firstPaint below).
		perl -0777 -ne '
			m{<link\b[^>]*_bg\.wasm[^>]*>} or die "finish-build: no preload link for the main wasm in index.html\n";
			my $tag = $&;
			my ($href) = $tag =~ m{\bhref=(?:"([^"]+)"|([^\s>]+))} ? ($1 // $2) : die "finish-build: the main wasm link has no href\n";
			my ($sri) = $tag =~ m{\bintegrity=(?:"([^"]+)"|([^\s>]+))} ? ($1 // $2) : die "finish-build: the main wasm link has no integrity\n";
			print qq{const MAIN_WASM = ["$href", "$sri"];\n};
		' index.html
		perl -0777 -pi -e 's{<link\b[^>]*_bg\.wasm[^>]*>}{}' index.html
		cat <<'JS'
// In a host's frame the static shell is the full app's home page in its own colours: until the
// app draws the host's part in the host's brand, only "Loading…" shows (base.css).
if (window.top !== window.self) document.documentElement.classList.add("embedded");
const part = (() => {
  const h = location.hash;
  const framed = window.top !== window.self;
  const first = new URLSearchParams(location.search).get("parts");
  return framed && first && (h === "" || h === "#/")
    ? { wizard: "assessment", calculator: "calculator", workspace: "workspace", guide: "guide" }[first.split(",")[0].trim()]
    : /^#\/assessment\/(result|shared|how-scored|history|memo|compare)/.test(h) ? "assessment-result"
    : /^#\/assessment/.test(h) ? "assessment"
    : /^#\/calculator/.test(h) ? "calculator"
    : /^#\/workspace\/(notes|candidates|terms|spend|onboarding|summary|kpis|check-ins|data)/.test(h) ? "workspace-records"
    : /^#\/workspace/.test(h) ? "workspace"
    : /^#\/guide/.test(h) ? "guide"
    : /^#\/(settings|embed)/.test(h) ? "settings"
    : null;
})();
// The main wasm, and the part's pack, are fetched just after the first paint: index.html's static
// shell is readable meanwhile, and the style sheet it waits for has the network to itself. The
// second animation frame comes once the first is on screen. A timer too, as a hidden tab or an
// out-of-view frame gets no animation frame.
const firstPaint = new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(resolve));
  setTimeout(resolve, 200);
});
const mainWasm = firstPaint.then(() => fetch(MAIN_WASM[0], { integrity: MAIN_WASM[1] }));
{
  // With the offline worker in control every file is kept already: the pack would be fetched
  // for nothing. (A sandboxed frame without its own origin may not even ask: that throws.)
  const kept = (() => {
    try {
      return Boolean(navigator.serviceWorker?.controller);
    } catch {
      return false;
    }
  })();
  // Each pack is a wasm module of custom sections, one per file, named after it
  // (tools/split-wasm.sh). If one fails, the loader fetches each file on its own; a file
  // garbled in it fails as it would on its own (no integrity check, like the parts' files).
  const packs = [];
  const fetched = new Set();
  const fetchPack = (label) => {
    const pack = !kept && !fetched.has(label) && PACKS[label];
    if (!pack) return;
    fetched.add(label);
    const files = firstPaint
      .then(() => fetch(pack))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.status))))
      .then((buffer) => {
        const bytes = new Uint8Array(buffer);
        if (String.fromCharCode(...bytes.subarray(0, 4)) !== "\0asm") throw new Error("not a pack");
        const files = new Map();
        let at = 8;
        const leb = () => {
          let value = 0;
          for (let shift = 0; ; shift += 7) {
            const byte = bytes[at++];
            value += (byte & 127) * 2 ** shift;
            if (byte < 128 || at >= bytes.length) return value;
          }
        };
        while (at < bytes.length) {
          at++; // a custom section
          const size = leb();
          const end = at + size;
          const nameLength = leb();
          files.set(new TextDecoder().decode(bytes.subarray(at, at + nameLength)), bytes.subarray(at + nameLength, end));
          at = end;
        }
        return files;
      })
      .catch(() => new Map());
    packs.push(files);
  };
  fetchPack(part);
  // A host's frame also runs its messages to the host (ui::embedding's frame_part): the files
  // of theirs the part's pack lacks.
  if (part && window.top !== window.self) fetchPack(`frame-${part}`);
  // A part opened only from within another (the calculator's lower blocks) asks for its own
  // pack as it loads: the files its parent's pack lacks.
  globalThis.ctoCompassWant = fetchPack;
  // Each file in a task of its own: compiling them all at once would be one long task.
  const nextTask = (value) => new Promise((resolve) => setTimeout(resolve, 0, value));
  globalThis.ctoCompassPack = (url) => {
    // The packs asked for so far: a part asks for its pack before its files.
    const asked = packs.slice();
    if (!asked.length) return fetch(url);
    const name = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    return Promise.all(asked)
      .then(nextTask)
      .then((all) => {
        const bytes = all.find((files) => files.has(name))?.get(name);
        if (!bytes) throw new Error("not in a pack");
        return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
      })
      .catch(() => fetch(url));
  };
}
JS
		rm -f .parts-preload.js
	fi
	[ "${TRUNK_PROFILE:-}" != release ] || cat <<'JS'
if ("serviceWorker" in navigator && window.top === window.self) {
  // Offline use is a bonus: the app works the same without it, so a refusal is ignored.
  addEventListener("cto-compass:ready", () => navigator.serviceWorker.register("./sw.js").catch(() => {}), { once: true });
}
JS
	if [ "${TRUNK_PROFILE:-}" = release ]; then
		# Trunk imports the glue statically, and a module's body runs only once its imports have
		# loaded: the pack above would wait for the glue and the loader. A dynamic import lets it
		# start first (the glue is preloaded by index.html all the same).
		perl -0777 -pe '
			s{^import init, \* as bindings from (\x27[^\x27]+\x27);}{const bindings = await import($1);\nconst init = bindings.default;}m
				or die "finish-build: Trunk start-up script without its import line (did Trunk change?)\n";
			s{init\(\{ module_or_path: \x27[^\x27]+_bg\.wasm\x27 \}\)}{init({ module_or_path: mainWasm })}
				or die "finish-build: Trunk start-up script without its init call (did Trunk change?)\n";
		' "$scratch/trunk-start.js"
	else
		cat "$scratch/trunk-start.js"
	fi
} >"$scratch/start.js"
if [ "${TRUNK_PROFILE:-}" = release ]; then
	# Its comments and names are a third of what a phone downloads of it (terser: `make setup`).
	terser "$scratch/start.js" --module --compress --mangle -o "$scratch/start.min.js"
	mv "$scratch/start.min.js" "$scratch/start.js"
fi
start_name=$(publish start js <"$scratch/start.js")
# Replace the inline script with a reference to the file (first occurrence only).
START_NAME="$start_name" perl -0777 -pi -e \
	's{<script type="?module"?>.*?</script>}{<script type="module" src="$ENV{PUBLIC_URL}$ENV{START_NAME}"></script>}s' \
	index.html

# --- 3. the service worker --------------------------------------------------------------
if [ "${TRUNK_PROFILE:-}" != release ]; then
	cat >sw.js <<'JS'
// Written by tools/finish-build.sh for a development build: no offline copy. This worker
// replaces one a release build may have left on this address, removes its caches and itself.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("cto-compass ")).map((key) => caches.delete(key))))
      .then(() => self.registration.unregister()),
  );
});
JS
	chmod 644 sw.js
	exit 0
fi

# Every file a visit loads: all of the staging directory except the host script for other
# sites (embed.js, never loaded by the app itself), the worker itself, the parts' packs (each
# holds files kept on their own, and the start-up script does not fetch one when the worker is
# in control) and index.html, which is kept as "./" (some hosts redirect "index.html" to "./",
# and a browser will not show a redirected response for a page).
mapfile -t files < <(find . -maxdepth 1 -type f ! -name sw.js ! -name embed.js ! -name index.html ! -name '*-pack-*.wasm' ! -name '*.map' -printf '%P\n' | LC_ALL=C sort)
for file in "${files[@]}"; do
	# Trunk's names are [A-Za-z0-9._-]; anything else would need escaping in JavaScript.
	if [[ ! "$file" =~ ^[A-Za-z0-9._-]+$ ]]; then
		echo "finish-build: unexpected file name in the build: $file" >&2
		exit 1
	fi
done
version=$(sha256sum index.html | cut -c1-16)
{
	echo "// Written by tools/finish-build.sh at build time; do not edit."
	echo "const VERSION = \"$version\";"
	echo "const FILES = ["
	echo "  \"./\","
	for file in "${files[@]}"; do
		echo "  \"./$file\","
	done
	echo "];"
	cat <<'JS'
// One cache per copy of the app (its scope) and build (VERSION).
const PREFIX = "cto-compass " + self.registration.scope + " ";
const CACHE = PREFIX + VERSION;
const PAGE = new URL("./", self.registration.scope).href;
const KEPT = new Set(FILES.map((file) => new URL(file, self.registration.scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(
          // The page past any HTTP cache; the hashed files never change under one name.
          FILES.map((file) => (file === "./" ? new Request(file, { cache: "reload" }) : file)),
        ),
      )
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

// The kept page, as a plain response (a redirected one cannot be shown for a navigation).
function keptPage() {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(PAGE))
    .then((page) => {
      if (!page) return Response.error();
      if (!page.redirected) return page;
      return page.blob().then((body) => new Response(body, { status: page.status, headers: page.headers }));
    });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const address = url.origin + url.pathname;
  if (request.mode === "navigate") {
    // Only the app's own page ("./" or "./index.html", with any query or fragment): other
    // pages of a site the app shares are none of its business.
    if (address !== PAGE && address !== PAGE + "index.html") return;
    // The network first, so a new build is seen at once; the kept copy with no network.
    event.respondWith(fetch(request).catch(keptPage));
    return;
  }
  if (!KEPT.has(address)) return;
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
chmod 644 sw.js
