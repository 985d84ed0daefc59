fn main() {
    cto_compass::start();
}

/// Room in the app's read-only data for tools/split-wasm.sh. wasm-split lays each part's data
/// out again, aligned, in the space the linker gave all of it; when alignment makes that a few
/// bytes longer, it gives up and puts all of it, every part's text, in the main wasm (140 KB
/// more on every route, once). Bytes no code uses are in no part: they only leave room.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
#[used]
static ROOM_FOR_THE_SPLIT: [u8; 512] = [0x5a; 512];
