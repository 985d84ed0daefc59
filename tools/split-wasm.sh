#!/usr/bin/env bash
# Release builds: splits the app's wasm per part, so a visit downloads the shell and the part it
# opens (ARCHITECTURE.md, "Parts"). Run by tools/finish-build.sh in Trunk's staging directory,
# after Trunk has built one whole wasm.
#
# Trunk cannot run a step between cargo and wasm-bindgen (trunk-rs/trunk#1022), so this starts
# again from cargo's own output (built with --emit-relocs, see .cargo/config.toml):
#   wasm-split-cli   the main module, one module per `#[lazy]` part and modules of code that
#                    several parts share, plus a loader (JavaScript) that fetches them;
#   wasm-bindgen     the JavaScript glue of the main module, keeping the exports the parts
#                    link to (--keep-lld-exports);
#   wasm-opt -Oz     each module;
#   terser           the glue and the loader (Trunk 0.21 leaves its glue unminified).
# Every file is then named after a hash of its content, and Trunk's glue and wasm are replaced
# (and renamed) in index.html, whose start-up script and preload links name them.
#
# Tools: wasm-split-cli, wasm-bindgen (cargo install), wasm-opt and terser (npm, tools/);
# `make setup` installs them.
set -euo pipefail
shopt -s nullglob

app=cto-compass
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

fail() {
	echo "split-wasm: $*" >&2
	exit 1
}

# Trunk's outputs: exactly one glue and one wasm, named <app>-<hash>.js and <app>-<hash>_bg.wasm.
trunk_wasm=("$app"-*_bg.wasm)
[ "${#trunk_wasm[@]}" = 1 ] || fail "expected one $app-*_bg.wasm from Trunk, found ${#trunk_wasm[@]}"
trunk_wasm=${trunk_wasm[0]}
trunk_js=${trunk_wasm%_bg.wasm}.js
[ -f "$trunk_js" ] || fail "no $trunk_js beside $trunk_wasm"
[ ! -e snippets ] || fail "wasm-bindgen snippets are not handled here"

# Cargo's output for the build Trunk has just made.
target_dir=$(cd "${TRUNK_SOURCE_DIR:-.}" && cargo metadata --format-version 1 --no-deps --offline |
	perl -0777 -ne 'print $1 =~ s/\\(.)/$1/gr if /"target_directory":"((?:[^"\\]|\\.)*)"/')
raw="$target_dir/wasm32-unknown-unknown/release/$app.wasm"
[ -f "$raw" ] || fail "no $raw: was the app built for release?"
[ "$raw" -nt "${TRUNK_SOURCE_DIR:-.}/Cargo.toml" ] || fail "$raw is older than Cargo.toml"

mkdir "$scratch/split" "$scratch/bindgen" "$scratch/out" "$scratch/packs"
wasm-split-cli --target web --out-name "$app" "$raw" "$scratch/split" >"$scratch/split.log" 2>&1 ||
	{ cat "$scratch/split.log" >&2; fail "wasm-split-cli failed"; }
# When the parts' data, laid out again, no longer fits where it was, wasm-split puts all of it in
# the main module and only warns: every route would carry every part's text. src/main.rs leaves
# room for this; if it is ever not enough, stop rather than ship it.
if grep -q 'Overlong segment' "$scratch/split.log"; then
	cat "$scratch/split.log" >&2
	fail "the parts' data did not fit its segment: make ROOM_FOR_THE_SPLIT in src/main.rs larger"
fi
wasm-bindgen --target web --no-typescript --keep-lld-exports \
	--out-dir "$scratch/bindgen" --out-name "$app" "$scratch/split/$app.wasm"
[ ! -e "$scratch/bindgen/snippets" ] || fail "wasm-bindgen wrote snippets, which are not handled here"

# wasm-opt prints a warning per module for a names subsection it does not know: not a problem.
# The main module first, alone, as it is the largest; then the parts, as many at once as there
# are processors.
optimise() {
	wasm-opt -Oz "$1" -o "$2" 2> >(grep -v 'unknown name subsection' >&2)
}
export -f optimise
optimise "$scratch/bindgen/${app}_bg.wasm" "$scratch/out/main.wasm"
parts=()
for module in "$scratch"/split/*.wasm; do
	name=$(basename "$module" .wasm)
	[ "$name" != "$app" ] || continue
	parts+=("$name")
done
printf '%s\n' "${parts[@]}" |
	SPLIT="$scratch/split" OUT="$scratch/out" xargs -P "$(nproc)" -I{} bash -c 'optimise "$SPLIT/{}.wasm" "$OUT/{}.wasm"'
[ "${#parts[@]}" -gt 0 ] || fail "wasm-split found no part: is every part #[lazy] in release builds?"

# The first 16 hex digits of the SHA-256 of the files' contents, one after the other.
hash_of() {
	cat "$@" | sha256sum | cut -c1-16
}

# Each part's module, named for what it holds: split_<function>_<n>.wasm is a part's own code
# (<app>-<function, less "_part">-<hash>.wasm), chunk_<n>.wasm code several parts share (<app>-shared-<hash>.wasm).
loader="$scratch/split/__wasm_split.js"
for name in "${parts[@]}"; do
	case "$name" in
	split_*) label=$(perl -e '$ARGV[0] =~ /^split_(.+?)(?:_part)?_\d+$/ or exit 1; (my $l = $1) =~ tr/_/-/; print $l' "$name") ||
		fail "unexpected part module $name.wasm" ;;
	chunk_*) label=shared ;;
	*) fail "unexpected module $name.wasm" ;;
	esac
	file="$app-$label-$(hash_of "$scratch/out/$name.wasm").wasm"
	mv "$scratch/out/$name.wasm" "$file"
	chmod 644 "$file"
	FROM="./$name.wasm" TO="./$file" perl -pi -e 's/"\Q$ENV{FROM}\E"/"$ENV{TO}"/g' "$loader"
done

# Each part's files (its own and the shared ones it needs) in one pack, which the start-up script
# fetches for the part the address opens, alongside the main wasm: one request instead of twenty
# to forty (each a round trip on a phone), and the files compressed together, which saves a
# fifth of their bytes (the shared modules repeat each other's import names). The pack is a valid
# wasm module of custom sections only, one per file, named after it: served as application/wasm,
# so a static host compresses it as it does the wasm. The loader takes a file from the pack when
# the start-up script has one, from the network otherwise (a later part, or the pack failed).
# The files stay in the build on their own too: for the parts opened later and the offline worker.
#
# A part only ever opened from within another (NESTED: the calculator's lower blocks, fetched
# once its page is drawn; the memo, the result's other pages and an embed's call to action,
# within the result's part)
# has a pack of the files its parent's lacks: the loader fetches it when
# that part is asked for (see below), and the parent's files are loaded by then.
NESTED="calculator-lower:calculator memo:assessment-result result-pages:assessment-result call-to-action:assessment-result" \
	FRAMED=frame OPENED="assessment calculator workspace guide" perl -0777 -e '
	my $loader = do { local $/; open my $fh, "<", $ARGV[0] or die "$ARGV[0]: $!\n"; <$fh> };
	my $out = $ARGV[1];
	my %chunk;
	while ($loader =~ /const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g) { $chunk{$1} = $2 }
	sub leb { my $n = shift; my $s = ""; do { my $b = $n & 0x7f; $n >>= 7; $s .= chr($n ? $b | 0x80 : $b) } while $n; $s }
	my %files_of;
	while ($loader =~ /export const __wasm_split_load_(\w+?)(?:_part)?_\d+ = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)".*?\}\s*,\s*\[([^\]]*)\]\)\)/gs) {
		my ($label, $own, $deps) = ($1, $2, $3);
		$label =~ tr/_/-/;
		$files_of{$label} = [$own, map { $chunk{$_} // die "no file for $_\n" } grep { length } map { s/\s//gr } split /,/, $deps];
	}
	die "no part found in the loader\n" unless %files_of;
	my %parent = map { split /:/ } split / /, $ENV{NESTED};
	# The messages of a frame (FRAMED) load beside the part a host opens in it: a pack for each
	# such part, of the files the pack of that part lacks, fetched at the start of a framed visit.
	my $framed = delete $files_of{$ENV{FRAMED}} or die "no part $ENV{FRAMED}\n";
	for my $opened (split / /, $ENV{OPENED}) {
		$files_of{"$ENV{FRAMED}-$opened"} = $framed;
		$parent{"$ENV{FRAMED}-$opened"} = $opened;
	}
	my $parts = 0;
	for my $label (sort keys %files_of) {
		my @files = @{ $files_of{$label} };
		if (my $parent = $parent{$label}) {
			my %had = map { $_ => 1 } @{ $files_of{$parent} // die "no part $parent for $label\n" };
			@files = grep { !$had{$_} } @files;
		}
		my $pack = "\0asm\x01\0\0\0";
		for my $file (@files) {
			my $bytes = do { local $/; open my $fh, "<:raw", $file or die "$file: $!\n"; <$fh> };
			my $body = leb(length $file) . $file . $bytes;
			$pack .= "\0" . leb(length $body) . $body;
		}
		open my $fh, ">:raw", "$out/$label.wasm" or die "$out/$label.wasm: $!\n";
		print $fh $pack;
		close $fh;
		$parts++;
	}
	die "no part found in the loader\n" unless $parts;
' "$loader" "$scratch/packs" || fail "could not write the packs"

# sha384, base64, for an integrity attribute (coreutils and perl's core only).
integrity() {
	sha384sum "$1" | cut -c1-96 | perl -ne 'chomp; print pack("H*", $_)' | base64 -w0
}

# For the start-up script (finish-build.sh puts .parts-preload.js at its head): each part's pack.
{
	printf 'const PACKS = {'
	comma=
	for pack in "$scratch"/packs/*.wasm; do
		label=$(basename "$pack" .wasm)
		file="$app-$label-pack-$(hash_of "$pack").wasm"
		mv "$pack" "$file"
		chmod 644 "$file"
		printf '%s"%s":"./%s"' "$comma" "$label" "$file"
		comma=,
	done
	printf '};\n'
} >.parts-preload.js
grep -q '"calculator":' .parts-preload.js || fail "no pack for the calculator"
grep -q '"frame-assessment":' .parts-preload.js || fail "no pack for a frame's messages beside the self-assessment"

# The loader fetches each module through the packs (see above); a nested part, when asked for,
# first has the start-up script fetch its pack.
NESTED="calculator-lower memo result-pages" perl -0777 -pi -e '
	my $n = s/\bfetch\(new URL\(/fetchModule(new URL(/g or die "the loader fetches no module\n";
	for my $label (split / /, $ENV{NESTED}) {
		my $name = $label =~ tr/-/_/r;
		s/(export const __wasm_split_load_${name}_part_\d+ = wrapAsyncCb\()(makeLoad\(.*?\}\s*,\s*\[[^\]]*\]\))\)/$1withPack("$label", $2))/s
			or die "no loader for the nested part $label\n";
	}
	$_ = "// Added by split-wasm.sh: a module from a pack the start-up script fetched, if it has it.\n"
		. "const fetchModule = (url) => globalThis.ctoCompassPack?.(url) ?? fetch(url);\n"
		. "const withPack = (label, load) => () => (globalThis.ctoCompassWant?.(label), load());\n" . $_;
' "$loader" || fail "could not patch the loader"
# The glue imports the loader and the loader the glue: one hash, of both, names the pair.
glue="$scratch/bindgen/$app.js"
terser "$glue" --module --compress --mangle -o "$scratch/out/glue.js"
terser "$loader" --module --compress --mangle -o "$scratch/out/loader.js"
pair=$(hash_of "$scratch/out/glue.js" "$scratch/out/loader.js")
new_js="$app-$pair.js"
new_loader="$app-$pair-parts.js"
new_wasm="$app-$(hash_of "$scratch/out/main.wasm")_bg.wasm"
# Only the import statements: the glue's import object keeps the loader's original name, which
# is the module name inside the wasm.
LOADER="$new_loader" perl -pi -e 's{\bfrom\s*(["\x27])\./__wasm_split\.js\1}{from"./$ENV{LOADER}"}g' "$scratch/out/glue.js"
GLUE="$new_js" APP="$app" perl -pi -e 's{\bfrom\s*(["\x27])\./\Q$ENV{APP}\E\.js\1}{from"./$ENV{GLUE}"}g' "$scratch/out/loader.js"
grep -q "$new_loader" "$scratch/out/glue.js" || fail "the glue does not import the loader"
grep -q "$new_js" "$scratch/out/loader.js" || fail "the loader does not import the glue"
mv "$scratch/out/glue.js" "$new_js"
mv "$scratch/out/loader.js" "$new_loader"
mv "$scratch/out/main.wasm" "$new_wasm"
chmod 644 "$new_js" "$new_loader" "$new_wasm"
rm -f "$trunk_js" "$trunk_wasm"

# index.html: Trunk's names become the new ones, and the preload links' integrity follows the
# new content.
OLD_JS="$trunk_js" NEW_JS="$new_js" OLD_WASM="$trunk_wasm" NEW_WASM="$new_wasm" \
	JS_SRI="sha384-$(integrity "$new_js")" WASM_SRI="sha384-$(integrity "$new_wasm")" perl -0777 -pi -e '
	s/\Q$ENV{OLD_WASM}\E/$ENV{NEW_WASM}/g;
	s/\Q$ENV{OLD_JS}\E/$ENV{NEW_JS}/g;
	s{<link\b[^>]*>}{
		my $tag = $&;
		my $sri = $tag =~ /\Q$ENV{NEW_JS}\E/ ? $ENV{JS_SRI} : $tag =~ /\Q$ENV{NEW_WASM}\E/ ? $ENV{WASM_SRI} : "";
		$tag =~ s/\bintegrity=(?:"[^"]*"|[^\s>]+)/integrity="$sri"/ if $sri;
		$tag
	}ge;
' index.html
grep -q "$new_js" index.html && grep -q "$new_wasm" index.html || fail "index.html does not name the new files"
! grep -q "$trunk_js\|$trunk_wasm" index.html || fail "index.html still names Trunk's files"
