/*
 * CTO Compass host script, for a consultancy's own page.
 *
 *   <div data-fcto data-fcto-brand="Northwind" data-fcto-accent="#1d4ed8"></div>
 *   <script src="https://your-host/cto/embed.js" async></script>
 *
 * Each <div data-fcto> becomes a frame of the app, with its data-fcto-* attributes as the
 * app's options, and this page's origin as host-origin (where the app may post). The frame is
 * made when its placeholder comes within a screen of the viewport, so a page whose visitors
 * never scroll to it does not load the app; data-fcto-load="eager" makes it at once.
 * data-fcto-title names the frame and data-fcto-height sets the placeholder's height; neither
 * is sent to the app. A plain <iframe data-fcto-frame loading="lazy" src=".../cto/?parts=…">
 * is only made to fit its content. Embeds added later are found too (or call
 * window.ctoCompass.scan()).
 *
 * The app posts its height, and a word when another page opens inside the frame: the page is
 * then scrolled so the frame's top is in view, if it was above the screen. A message is
 * believed only when it comes from the frame's own window and the app's origin. Events the
 * host asked for (data-fcto-events) arrive as DOM events on the div or iframe: fcto:ready,
 * fcto:step, fcto:result, fcto:height, fcto:cta and fcto:lead, with the message as
 * event.detail.
 *
 * No HTML is written from any option: elements are made with the DOM, values go through URL
 * and the CSS object model.
 */
(function () {
  "use strict";
  if (window.ctoCompass) return; // the script is on the page twice
  var script = document.currentScript;
  var appUrl = new URL("./", script ? script.src : location.href);
  var frames = [];
  var PARTS = { wizard: "self-assessment", calculator: "cost comparison", workspace: "workspace", guide: "guide" };
  // A first height near each part's own, so the page moves little when the frame fits.
  var HEIGHTS = { wizard: 720, calculator: 1800, workspace: 1000, guide: 1200 };
  // Read by this script alone.
  var HOST_ONLY = ["data-fcto-mounted", "data-fcto-title", "data-fcto-load", "data-fcto-height"];
  var COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
  var motion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;

  // The frame's colours before the app paints: browsers give the page inside the frame's
  // color-scheme as the visitor's preference. Light unless the host chose otherwise.
  function scheme(theme) {
    theme = (theme || "light").toLowerCase();
    return theme === "dark" ? "dark" : theme === "auto" ? "normal" : "light";
  }

  function fit(frame, theme) {
    var origin = new URL(frame.src, location.href).origin;
    var known = { frame: frame, origin: origin, ready: false, step: null };
    frames.push(known);
    frame.style.colorScheme = scheme(theme);
    // A frame that loaded before this script told its height to no one: ask again, now and
    // each time it loads. The question carries nothing, so it may go to any origin: a frame
    // still blank has this page's, and naming the app's would log a warning here.
    function ask() {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ source: "cto-compass-host", type: "measure" }, "*");
      }
    }
    frame.addEventListener("load", ask);
    ask();
  }

  function mount(host) {
    if (host.getAttribute("data-fcto-mounted") !== null) return;
    host.setAttribute("data-fcto-mounted", "");
    var src = new URL(appUrl.href);
    for (var i = 0; i < host.attributes.length; i++) {
      var name = host.attributes[i].name;
      if (name.indexOf("data-fcto-") === 0 && HOST_ONLY.indexOf(name) < 0) {
        src.searchParams.append(name.slice("data-fcto-".length), host.attributes[i].value);
      }
    }
    // The app posts only to the origin it is told, and this page's is known here.
    if (!src.searchParams.has("host-origin") && location.origin !== "null") {
      src.searchParams.set("host-origin", location.origin);
    }
    var first = (host.getAttribute("data-fcto-parts") || "wizard").split(/[ ,]+/)[0];
    var height = parseInt(host.getAttribute("data-fcto-height"), 10);
    if (!(height >= 200 && height <= 5000)) height = HEIGHTS[first] || HEIGHTS.wizard;
    var theme = host.getAttribute("data-fcto-theme");
    var accent = host.getAttribute("data-fcto-accent") || "";
    var title = host.getAttribute("data-fcto-title") ||
      (host.getAttribute("data-fcto-brand") || "CTO Compass") + ": " + (PARTS[first] || "self-assessment");

    var created = false;
    var observer = null;
    var holder = document.createElement("div");
    function create() {
      if (created) return;
      created = true;
      if (observer) observer.disconnect();
      var frame = document.createElement("iframe");
      frame.src = src.href;
      frame.title = title;
      frame.setAttribute("allow", "clipboard-write");
      frame.style.cssText = "display:block;width:100%;border:0;overflow:hidden;";
      frame.style.height = height + "px";
      if (holder.parentNode) holder.parentNode.replaceChild(frame, holder);
      else host.appendChild(frame);
      fit(frame, theme);
    }

    if (host.getAttribute("data-fcto-load") === "eager" || !("IntersectionObserver" in window)) {
      create();
      return;
    }
    // A light block of the frame's height in the brand's colour, so nothing below it moves;
    // its button loads the frame at once, for a visitor who gets there without scrolling.
    var dark = scheme(theme) === "dark";
    holder.style.cssText = "box-sizing:border-box;display:flex;align-items:center;justify-content:center;" +
      "border-top:4px solid;border-radius:4px;";
    holder.style.height = height + "px";
    holder.style.background = dark ? "#172020" : "#f6f8f8";
    holder.style.borderTopColor = COLOUR.test(accent) ? accent : "#0d6e6a";
    var load = document.createElement("button");
    load.type = "button";
    load.textContent = "Show the " + (PARTS[first] || "self-assessment");
    load.style.cssText = "font:inherit;padding:0.6em 1em;border:1px solid;border-radius:4px;background:transparent;cursor:pointer;";
    load.style.color = dark ? "#e6ecea" : "#1a2321";
    load.addEventListener("click", create);
    holder.appendChild(load);
    host.appendChild(holder);
    // Within a screen of the viewport, above or below.
    observer = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) return create();
      }
    }, { rootMargin: "100% 0px" });
    observer.observe(holder);
  }

  function scan() {
    var hosts = document.querySelectorAll("[data-fcto]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
    var plain = document.querySelectorAll("iframe[data-fcto-frame]:not([data-fcto-fitted])");
    for (var j = 0; j < plain.length; j++) {
      plain[j].setAttribute("data-fcto-fitted", "");
      var theme = null;
      try { theme = new URL(plain[j].src, location.href).searchParams.get("theme"); } catch (e) { /* no src yet */ }
      fit(plain[j], theme);
    }
  }

  // The frame's top in view after a page change inside it, if the visitor was below it.
  function reveal(frame) {
    if (frame.getBoundingClientRect().top >= 0) return;
    frame.scrollIntoView({ block: "start", behavior: motion && motion.matches ? "auto" : "smooth" });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "cto-compass") return;
    for (var i = frames.length - 1; i >= 0; i--) {
      var known = frames[i];
      if (!known.frame.isConnected) {
        frames.splice(i, 1); // removed from the page
        continue;
      }
      // Only the frame's own window, and only from the app's origin.
      if (event.source !== known.frame.contentWindow || event.origin !== known.origin) continue;
      if (data.type === "resize") {
        var height = Number(data.height);
        if (height > 0 && height < 100000) known.frame.style.height = Math.ceil(height) + "px";
      } else if (data.type === "page") {
        reveal(known.frame);
      } else if (data.type === "event" && typeof data.event === "string") {
        // Said again for a script that arrived late: once is enough.
        if (data.event === "ready") {
          if (known.ready) return;
          known.ready = true;
        }
        if (data.event === "step") {
          if (known.step === data.page) return;
          known.step = data.page;
        }
        var parent = known.frame.parentElement;
        var target = parent && parent.hasAttribute("data-fcto") ? parent : known.frame;
        target.dispatchEvent(new CustomEvent("fcto:" + data.event, { bubbles: true, detail: data }));
      }
      return;
    }
  });

  window.ctoCompass = { scan: scan };
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    setTimeout(function () { pending = false; scan(); }, 0);
  }).observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
})();
