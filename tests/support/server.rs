//! A plain static file server, like any host a consultancy might copy dist/ onto: no rewrite
//! rules, files under a sub-path, directories redirected to their trailing slash. It records
//! every path asked of it so tests can see what the page requested.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

pub struct StaticServer {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    /// While set, every connection is closed unanswered, as when the network is cut.
    unplugged: Arc<AtomicBool>,
    /// What was asked while unplugged (the address, query included).
    refused: Arc<Mutex<Vec<String>>>,
}

/// What a test may change about the server.
#[derive(Default)]
pub struct Options {
    /// Extra pages outside the mount, by path (a host page that frames the app, say).
    pub pages: HashMap<String, String>,
    /// 0 lets the OS pick.
    pub port: u16,
    /// Holds back the app's main wasm (`*_bg.wasm`, what start-up waits for), as a slow network
    /// would; the parts' files, fetched later, come at once.
    pub wasm_delay: Duration,
    /// Sends files brotli-compressed to browsers that accept it, as most static hosts do
    /// (the load benchmark; each file is compressed once).
    pub brotli: bool,
}

/// A file's raw body and its brotli form.
type Compressed = (Vec<u8>, Arc<Vec<u8>>);

struct Site {
    root: PathBuf,
    /// Where `root` appears on the server, with slashes at both ends ("/tools/cto/").
    mount: String,
    options: Options,
    /// Brotli bodies by file, each with the raw body it was made from (a rebuilt dist/ is
    /// compressed again).
    compressed: Mutex<HashMap<PathBuf, Compressed>>,
}

impl StaticServer {
    /// Serves `root` at `mount` on 127.0.0.1 with a port the OS picks.
    pub fn start(root: &Path, mount: &str) -> StaticServer {
        Self::start_with(root, mount, Options::default())
    }

    pub fn start_with(root: &Path, mount: &str, options: Options) -> StaticServer {
        assert!(
            root.join("index.html").is_file(),
            "{} has no index.html: build the app first (make dist)",
            root.display()
        );
        assert!(
            mount.starts_with('/') && mount.ends_with('/'),
            "mount {mount:?}"
        );
        let listener = TcpListener::bind(("127.0.0.1", options.port)).expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let site = Arc::new(Site {
            root: root.to_owned(),
            mount: mount.to_owned(),
            options,
            compressed: Mutex::default(),
        });
        if site.options.brotli {
            // Compress every file ahead of the first request, which would otherwise wait.
            let site = site.clone();
            thread::spawn(move || {
                for file in std::fs::read_dir(&site.root)
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    let path = file.path();
                    if let Ok(body) = std::fs::read(&path) {
                        let packed = Arc::new(brotli_compress(&body));
                        site.compressed
                            .lock()
                            .unwrap()
                            .entry(path)
                            .or_insert((body, packed));
                    }
                }
            });
        }
        let log = requests.clone();
        let unplugged = Arc::new(AtomicBool::new(false));
        let cut = unplugged.clone();
        let refused = Arc::new(Mutex::new(Vec::new()));
        let refused_log = refused.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if cut.load(Ordering::SeqCst) {
                    // Noted, so a test can see what the browser still tried to fetch.
                    let log = refused_log.clone();
                    thread::spawn(move || {
                        let mut line = String::new();
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                        let _ = BufReader::new(&stream).read_line(&mut line);
                        // A connection that asks nothing is the browser's preconnect (seen
                        // under load), not a file asked of the network.
                        if let Some(path) = line.split_whitespace().nth(1) {
                            log.lock().unwrap().push(path.to_owned());
                        }
                    });
                    continue;
                }
                let site = site.clone();
                let log = log.clone();
                thread::spawn(move || {
                    let _ = handle(stream, &site, &log);
                });
            }
        });
        StaticServer {
            addr,
            requests,
            unplugged,
            refused,
        }
    }

    /// Every address asked while the network was cut, in order.
    pub fn refused(&self) -> Vec<String> {
        self.refused.lock().unwrap().clone()
    }

    /// Cuts (true) or restores (false) the network between the browser and this server.
    pub fn set_unplugged(&self, unplugged: bool) {
        self.unplugged.store(unplugged, Ordering::SeqCst);
    }

    /// The address of a path on this server: `url("/tools/cto/")`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every path requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn handle(stream: TcpStream, site: &Site, log: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_brotli = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("accept-encoding")
        {
            accepts_brotli = value.split(',').any(|v| v.trim().starts_with("br"));
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let path = target
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    log.lock().unwrap().push(path.clone());
    let mut response = respond(site, &path);
    if site.options.brotli
        && accepts_brotli
        && let Response::File {
            body,
            source: Some(key),
            ..
        } = &mut response
    {
        let mut cache = site.compressed.lock().unwrap();
        let packed = match cache.get(key) {
            Some((raw, packed)) if raw == body => packed.clone(),
            _ => {
                let packed = Arc::new(brotli_compress(body));
                cache.insert(key.clone(), (body.clone(), packed.clone()));
                packed
            }
        };
        drop(cache);
        *body = packed.to_vec();
        return write_response(stream, &method, response, "Content-Encoding: br\r\n");
    }
    write_response(stream, &method, response, "")
}

enum Response {
    File {
        body: Vec<u8>,
        content_type: &'static str,
        /// The file on disk it was read from (none for test pages).
        source: Option<PathBuf>,
    },
    Redirect(String),
    NotFound,
}

fn respond(site: &Site, path: &str) -> Response {
    if let Some(page) = site.options.pages.get(path) {
        return Response::File {
            body: page.clone().into_bytes(),
            content_type: "text/html; charset=utf-8",
            source: None,
        };
    }
    if path == site.mount.trim_end_matches('/') {
        return Response::Redirect(site.mount.clone());
    }
    let Some(relative) = path.strip_prefix(&site.mount) else {
        return Response::NotFound;
    };
    let relative = Path::new(relative);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Response::NotFound;
    }
    let mut file = site.root.join(relative);
    if file.is_dir() {
        if !path.ends_with('/') {
            return Response::Redirect(format!("{path}/"));
        }
        file = file.join("index.html");
    }
    if file.to_string_lossy().ends_with("_bg.wasm") {
        thread::sleep(site.options.wasm_delay);
    }
    match std::fs::read(&file) {
        Ok(body) => Response::File {
            body,
            content_type: content_type(&file),
            source: Some(file),
        },
        Err(_) => Response::NotFound,
    }
}

fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Brotli at its highest quality, as a static host precompresses; the benchmark sizes with it too.
pub fn brotli_compress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out
}

fn write_response(
    mut stream: TcpStream,
    method: &str,
    response: Response,
    extra_headers: &str,
) -> std::io::Result<()> {
    let (status, headers, body) = match response {
        Response::File {
            body, content_type, ..
        } => ("200 OK", format!("Content-Type: {content_type}\r\n"), body),
        Response::Redirect(location) => (
            "301 Moved Permanently",
            format!("Location: {location}\r\n"),
            Vec::new(),
        ),
        Response::NotFound => (
            "404 Not Found",
            "Content-Type: text/plain; charset=utf-8\r\n".to_owned(),
            b"Not found".to_vec(),
        ),
    };
    // Like many static hosts, it allows cross-origin reads; the sandboxed-frame test relies
    // on it, since a sandboxed page loads its own module scripts as another origin.
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}{extra_headers}Content-Length: {}\r\nCache-Control: no-store\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}
