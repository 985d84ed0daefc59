//! A stand-in for `wasm-streams` with no code behind it: CTO Compass has no server functions,
//! and the real crate's `#[wasm_bindgen]` exports would stay in the wasm anyway. README.md
//! says why and when to remove it.
//!
//! Only the items `server_fn` 0.8's `browser` feature names are here. `ReadableStream` has no
//! values, so its methods cannot run; its constructors panic, saying why.

use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;
use wasm_bindgen::JsValue;

/// Never made: the app sends and receives no streams.
#[derive(Debug)]
pub enum ReadableStream {}

const NO_STREAMS: &str =
    "wasm-streams is stubbed out (stubs/wasm-streams): CTO Compass has no server functions";

impl ReadableStream {
    /// Would wrap a JavaScript stream; panics (see the crate's README).
    pub fn from_raw(_raw: web_sys::ReadableStream) -> Self {
        panic!("{NO_STREAMS}")
    }

    /// Would turn a Rust stream into a JavaScript one; panics (see the crate's README).
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        panic!("{NO_STREAMS}")
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        match self {}
    }

    pub fn into_stream(self) -> IntoStream<'static> {
        match self {}
    }
}

/// Never made, like [`ReadableStream`]; the lifetime is the real crate's.
#[derive(Debug)]
pub struct IntoStream<'reader> {
    never: ReadableStream,
    reader: core::marker::PhantomData<&'reader ()>,
}

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.never {}
    }
}
