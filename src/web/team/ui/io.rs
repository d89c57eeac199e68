//! The browser, as the team view uses it: a clock for slicing work, yielding to the browser
//! between slices, reading a file piece by piece, and saving a download. Every call to the
//! outside world of the team view is here.

use leptos::prelude::window;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How much of a file is read at a time: the browser then never holds the whole file, and the
/// page paints between pieces.
const PIECE: f64 = 4.0 * 1024.0 * 1024.0;

/// Milliseconds since the page loaded (the slices' clock).
pub(crate) fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The channel [`next_task`] posts to, and who waits for its messages, first first.
struct Channel {
    port: web_sys::MessagePort,
    waiting: Rc<RefCell<VecDeque<js_sys::Function>>>,
}

thread_local! {
    /// Made once and kept for the life of the page (a port no longer referenced could be
    /// collected before its message arrives).
    static CHANNEL: Option<Channel> = channel();
}

fn channel() -> Option<Channel> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let waiting: Rc<RefCell<VecDeque<js_sys::Function>>> = Rc::default();
    let wake = Rc::clone(&waiting);
    let on_message = Closure::<dyn FnMut()>::new(move || {
        let next = wake.borrow_mut().pop_front();
        if let Some(resolve) = next {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    channel
        .port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    Some(Channel {
        port: channel.port2(),
        waiting,
    })
}

/// Lets the browser paint and handle input, then goes on, as a new task: a message posted to
/// oneself (a zero timeout is clamped to 4 ms when repeated, and `scheduler.yield()` runs
/// ahead of painting).
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let posted = CHANNEL.with(|channel| {
            channel.as_ref().is_some_and(|channel| {
                let posted = channel.port.post_message(&JsValue::NULL).is_ok();
                if posted {
                    channel.waiting.borrow_mut().push_back(resolve.clone());
                }
                posted
            })
        });
        if !posted {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The size of `file`, in bytes.
pub(crate) fn file_size(file: &web_sys::File) -> usize {
    file.size() as usize
}

/// A file read in the browser (nothing leaves it) a piece at a time: the browser reads the
/// next piece while the page works on this one.
pub(crate) struct Pieces<'a> {
    file: &'a web_sys::File,
    size: f64,
    /// Where the piece being read starts.
    start: f64,
    reading: Option<JsFuture>,
}

impl<'a> Pieces<'a> {
    /// Starts reading `file`.
    ///
    /// # Errors
    ///
    /// The browser's message when the file cannot be read (removed, no permission).
    pub(crate) fn new(file: &'a web_sys::File) -> Result<Pieces<'a>, String> {
        let mut pieces = Pieces {
            file,
            size: file.size(),
            start: 0.0,
            reading: None,
        };
        pieces.reading = pieces.read(0.0)?;
        Ok(pieces)
    }

    /// Starts reading the piece at `start`, if the file goes on there.
    fn read(&self, start: f64) -> Result<Option<JsFuture>, String> {
        if start >= self.size {
            return Ok(None);
        }
        let end = (start + PIECE).min(self.size);
        let piece = self
            .file
            .slice_with_f64_and_f64(start, end)
            .map_err(|error| describe(&error))?;
        Ok(Some(JsFuture::from(piece.array_buffer())))
    }

    /// The next piece, once the browser has read it (and the one after it is being read);
    /// `None` after the last.
    ///
    /// # Errors
    ///
    /// The browser's message when the file cannot be read (removed, no permission).
    pub(crate) async fn next(&mut self) -> Option<Result<js_sys::Uint8Array, String>> {
        let reading = self.reading.take()?;
        let buffer = match reading.await {
            Ok(buffer) => buffer,
            Err(error) => return Some(Err(describe(&error))),
        };
        self.start = (self.start + PIECE).min(self.size);
        match self.read(self.start) {
            Ok(next) => self.reading = next,
            Err(error) => return Some(Err(error)),
        }
        Some(Ok(js_sys::Uint8Array::new(&buffer)))
    }
}

/// Why the browser stopped reading a file, with its own message when it gives one (in the
/// browser's language): a reason `web/i18n/reason.rs` reads, so each page language says it.
fn describe(error: &JsValue) -> String {
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .filter(|message| !message.trim().is_empty());
    crate::web::i18n::browser_stopped_reading(message.as_deref())
}

/// The first file of a drop, if any.
pub(crate) fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}
