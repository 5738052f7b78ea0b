// Loads the compiled playground. Kept outside the HTML so that a Content-Security-Policy without
// 'unsafe-inline' runs the site.
//
// Engine: the WebAssembly GC build where it can run (it trains 1.3–2× faster), else the JavaScript build;
// ?engine=js or ?engine=wasm asks for one. The Wasm build starts through our own loader (js/wasm-loader.js),
// which needs no 'unsafe-eval', only 'wasm-unsafe-eval' in the page's script-src to compile the module, and a
// browser with Wasm GC. Where either is missing the JS build runs instead, decided up front so that no policy
// violation or console error happens; if the Wasm build fails to start, the JS build starts after it.
// README, "Engines and the content policy", gives the measurements behind the default.
(function () {
  'use strict';
  var DEFAULT_ENGINE = 'wasm';
  var params = new URLSearchParams(window.location.search);
  var asked = params.get('engine');
  var wanted = asked === 'wasm' || asked === 'js' ? asked : DEFAULT_ENGINE;

  // ?theme=light|dark overrides the system's colour scheme (a course page in dark mode, say). Set before the
  // page script runs: canvases read the palette's colours once, at start-up.
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') { document.documentElement.setAttribute('data-theme', theme); }

  // Smallest module declaring a GC struct type: valid only where the browser implements WebAssembly GC.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]);

  function say(text) {
    var el = document.getElementById('boot-status');
    if (el) { el.textContent = text; el.hidden = false; }
    console.info(text);
  }

  /** Whether every policy in the page's CSP meta tags lets scripts use `source`, e.g. 'unsafe-eval'. */
  function policyAllows(source) {
    var metas = document.querySelectorAll('meta[http-equiv]');
    for (var i = 0; i < metas.length; i++) {
      if (metas[i].httpEquiv.toLowerCase() !== 'content-security-policy') { continue; }
      var directives = {};
      (metas[i].content || '').split(';').forEach(function (part) {
        var tokens = part.trim().toLowerCase().split(/\s+/);
        if (tokens[0] && !(tokens[0] in directives)) { directives[tokens[0]] = tokens.slice(1); }
      });
      var sources = directives['script-src'] || directives['default-src'];
      if (sources && sources.indexOf(source) < 0) { return false; }
    }
    return true;
  }

  /** Why the WebAssembly GC build cannot run here, or '' when it can. */
  function wasmBlocker() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') {
      return 'this browser has no WebAssembly';
    }
    try {
      if (!WebAssembly.validate(GC_PROBE)) { return 'this browser lacks WebAssembly GC'; }
    } catch (e) {
      return 'this browser lacks WebAssembly GC';
    }
    if (!policyAllows("'wasm-unsafe-eval'") && !policyAllows("'unsafe-eval'")) {
      return "this page's content policy does not allow 'wasm-unsafe-eval', which compiling WebAssembly needs";
    }
    return '';
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function startJs() {
    document.documentElement.setAttribute('data-engine', 'js');
    // Pages with a script of their own load only that; any other page loads the all-pages build.
    var page = document.body ? document.body.getAttribute('data-page') : '';
    var own = ['playground', 'landscape', 'layers', 'bench'].indexOf(page) >= 0;
    return load(own ? 'js/' + page + '.js' : 'js/descent.js').then(function () { window.main([]); });
  }

  function startWasm() {
    document.documentElement.setAttribute('data-engine', 'wasm');
    return load('js/wasm-bodies.js')
      .then(function () { return load('js/wasm-loader.js'); })
      .then(function () { return window.descentWasm.start('wasm/descent.wasm'); })
      .then(function (exports) { exports.main([]); });
  }

  // ---- Offline: the service worker (sw.js) and the "new version" prompt --------------------------------

  var reloadAsked = false;

  /** Shows, once, a small banner offering to reload into the new build; `worker` is the waiting one. */
  function offerUpdate(worker) {
    var banner = document.getElementById('update-banner');
    if (banner) { banner.hidden = false; return; }
    banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.setAttribute('role', 'status');
    banner.setAttribute('aria-live', 'polite');
    var st = banner.style;
    st.position = 'fixed'; st.left = '50%'; st.bottom = '1rem'; st.transform = 'translateX(-50%)';
    st.zIndex = '1000'; st.maxWidth = 'calc(100vw - 2rem)';
    st.display = 'flex'; st.flexWrap = 'wrap'; st.alignItems = 'center'; st.gap = '0.5rem 1rem';
    st.padding = '0.6rem 0.75rem 0.6rem 1rem'; st.borderRadius = '10px';
    st.background = 'var(--ink, #1d2330)'; st.color = 'var(--bg, #ffffff)';
    st.boxShadow = '0 4px 18px rgba(0, 0, 0, 0.3)';
    var text = document.createElement('span');
    text.textContent = 'A new version is available.';
    var reload = document.createElement('button');
    reload.id = 'update-reload';
    reload.type = 'button';
    reload.textContent = 'Reload';
    var later = document.createElement('button');
    later.id = 'update-later';
    later.type = 'button';
    later.textContent = 'Later';
    later.style.fontWeight = '400';
    reload.addEventListener('click', function () {
      reload.disabled = true;
      reloadAsked = true;
      if (worker && worker.state === 'installed') {
        // The page reloads on controllerchange; this timer only covers a worker that never takes over.
        worker.postMessage({ type: 'skip-waiting' });
        setTimeout(function () { window.location.reload(); }, 4000);
      } else {
        window.location.reload();
      }
    });
    later.addEventListener('click', function () { banner.hidden = true; });
    banner.appendChild(text);
    banner.appendChild(reload);
    banner.appendChild(later);
    document.body.appendChild(banner);
  }

  function watchForUpdates(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) {
      offerUpdate(registration.waiting);
    }
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) { return; }
      worker.addEventListener('statechange', function () {
        // A worker installed while another controls this page is a new build, not the first visit.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          offerUpdate(worker);
        }
      });
    });
    // A long-open tab learns about new builds when it comes back to the foreground.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') {
        registration.update().catch(function () { /* offline: try again next time */ });
      }
    });
  }

  function registerWorker() {
    if (!('serviceWorker' in navigator)) { return; }
    var controlledAtStart = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (reloadAsked) {
        window.location.reload();
      } else if (controlledAtStart) {
        // Another tab switched to the new build: this one still runs the old files, so offer to reload.
        offerUpdate(null);
      }
    });
    // Relative URL: the worker's scope is the folder the site lives in, on whatever host and path.
    navigator.serviceWorker.register('sw.js').then(watchForUpdates, function (err) {
      console.info('Descent works online only here: ' + err.message);
    });
  }

  if (document.readyState === 'complete') {
    registerWorker();
  } else {
    window.addEventListener('load', registerWorker);
  }

  // ---- Engine ----------------------------------------------------------------------------------------

  var engine = wanted;
  if (engine === 'wasm') {
    var blocker = wasmBlocker();
    if (blocker) {
      engine = 'js';
      say('Running the JavaScript build: ' + blocker + '.');
    }
  }

  var start = engine === 'wasm' ? startWasm() : startJs();
  start.catch(function (err) {
    if (engine === 'wasm') {
      say('Running the JavaScript build: the WebAssembly GC build did not start (' + err.message + ').');
      return startJs();
    }
    var el = document.getElementById('boot-status');
    if (el) { el.textContent = 'Descent could not start: ' + err.message; el.hidden = false; }
    console.error('Descent could not start: ' + err.message);
  });
})();
