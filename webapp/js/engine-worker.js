// The training engine's Web Worker: loads the engine's build and starts it (descent.engine.EngineWorker).
// The WebAssembly GC build first, through our own loader (js/wasm-loader.js, which turns no string into code;
// compiling needs only 'wasm-unsafe-eval') with the engine's own table of @JSBody functions
// (js/engine-bodies.js, written by WorkerIT); the JavaScript build when this worker's URL says ?engine=js, when
// the browser lacks Wasm GC, or when the Wasm build fails to start. Messages that arrive meanwhile wait, in order.
(function () {
  'use strict';
  var params = new URLSearchParams(self.location.search);
  var build = '';
  var queued = [];
  function hold(e) { queued.push(e.data); }

  // Which build runs and which @JSBody texts the Wasm module asked for: for the tests, answered here.
  self.addEventListener('message', function (e) {
    if (e.data && e.data.kind === 'engine-build') {
      e.stopImmediatePropagation();
      self.postMessage({ kind: 'engine-build', build: build,
        requested: JSON.stringify(self.descentWasmRequested || []) });
    }
  });
  self.addEventListener('message', hold);

  function run(start, name) {
    start();
    build = name;
    self.removeEventListener('message', hold);
    queued.forEach(function (data) { self.dispatchEvent(new MessageEvent('message', { data: data })); });
    queued = [];
  }
  function startJs() {
    importScripts('engine.js');
    self.main([]);
  }

  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]);
  var wasm = params.get('engine') !== 'js' && typeof WebAssembly === 'object';
  try { wasm = wasm && WebAssembly.validate(GC_PROBE); } catch (e) { wasm = false; }
  if (!wasm) {
    run(startJs, 'js');
    return;
  }
  importScripts('engine-bodies.js', 'wasm-loader.js');
  self.descentWasm.start('../wasm/engine.wasm').then(function (exports) {
    run(function () { exports.main([]); }, 'wasm');
  }, function (err) {
    console.info('Engine: running the JavaScript build; the WebAssembly GC build did not start (' + err.message + ').');
    run(startJs, 'js');
  });
})();
