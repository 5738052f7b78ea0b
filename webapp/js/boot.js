// Loads the compiled playground: the JavaScript build by default, the WebAssembly GC build with ?engine=wasm.
// Kept outside the HTML so that a Content-Security-Policy without 'unsafe-inline' can run the site.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var wanted = params.get('engine') === 'wasm' ? 'wasm' : 'js';

  function say(text) {
    var el = document.getElementById('boot-status');
    if (el) { el.textContent = text; el.hidden = false; }
    console.warn(text);
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
    return load('js/descent.js').then(function () { window.main([]); });
  }

  function startWasm() {
    document.documentElement.setAttribute('data-engine', 'wasm');
    return load('wasm/descent-runtime.js')
      .then(function () { return window.TeaVM.wasmGC.load('wasm/descent.wasm'); })
      .then(function (teavm) { teavm.exports.main([]); });
  }

  var start = wanted === 'wasm' && typeof WebAssembly === 'object' ? startWasm() : startJs();
  start.catch(function (err) {
    if (wanted === 'wasm') {
      say('WebAssembly GC is not available here (' + err.message + '); running the JavaScript build.');
      return startJs();
    }
    say('Descent could not start: ' + err.message);
  });
})();
