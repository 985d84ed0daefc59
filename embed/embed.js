/*
 * CTO Compass host script, for a consultancy's own page.
 *
 *   <div data-fcto data-fcto-brand="Northwind" data-fcto-accent="#1d4ed8"></div>
 *   <script src="https://your-host/cto/embed.js" async></script>
 *
 * Each <div data-fcto> becomes a frame of the app, with its data-fcto-* attributes as the
 * app's options (data-fcto-title names the frame and is not sent). A plain
 * <iframe data-fcto-frame src=".../cto/?parts=calculator"> is only made to fit its content.
 * Embeds added later are found too (or call window.ctoCompass.scan()).
 *
 * The app posts its height; a message is believed only when it comes from the frame's own
 * window and the app's origin. Events the host asked for (data-fcto-events) arrive as DOM
 * events on the div or iframe: fcto:ready, fcto:step, fcto:result and fcto:height, with the
 * message as event.detail.
 *
 * No HTML is written from any option: elements are made with the DOM, values go through URL.
 */
(function () {
  "use strict";
  if (window.ctoCompass) return; // the script is on the page twice
  var script = document.currentScript;
  var appUrl = new URL("./", script ? script.src : location.href);
  var frames = [];
  var PARTS = { wizard: "self-assessment", calculator: "cost comparison", workspace: "workspace", guide: "guide" };

  function fit(frame) {
    var origin = new URL(frame.src, location.href).origin;
    var known = { frame: frame, origin: origin, ready: false, step: null };
    frames.push(known);
    // A frame that loaded before this script told its height to no one: ask again, now and
    // each time it loads.
    function ask() {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ source: "cto-compass-host", type: "measure" }, origin);
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
      if (name.indexOf("data-fcto-") === 0 && name !== "data-fcto-mounted" && name !== "data-fcto-title") {
        src.searchParams.append(name.slice("data-fcto-".length), host.attributes[i].value);
      }
    }
    var first = (host.getAttribute("data-fcto-parts") || "wizard").split(/[ ,]+/)[0];
    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = host.getAttribute("data-fcto-title") ||
      (host.getAttribute("data-fcto-brand") || "CTO Compass") + ": " + (PARTS[first] || "self-assessment");
    frame.setAttribute("allow", "clipboard-write");
    frame.style.cssText = "display:block;width:100%;height:640px;border:0;overflow:hidden;";
    host.appendChild(frame);
    fit(frame);
  }

  function scan() {
    var hosts = document.querySelectorAll("[data-fcto]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
    var plain = document.querySelectorAll("iframe[data-fcto-frame]:not([data-fcto-fitted])");
    for (var j = 0; j < plain.length; j++) {
      plain[j].setAttribute("data-fcto-fitted", "");
      fit(plain[j]);
    }
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
