// Starts the WebAssembly GC build of Descent without turning any string into code.
//
// TeaVM 0.15's own loader (wasm/descent-runtime.js) builds its JavaScript glue with `new Function`: generic
// wrappers at every load, and one function per @JSBody from the script text the module passes at start-up.
// A page whose policy forbids 'unsafe-eval' cannot run it. This file provides the same imports written out
// as plain functions, and takes the @JSBody functions from a table (js/wasm-bodies.js, generated from the
// built module by WasmBodiesIT) keyed by the exact parameter names and text the module asks for. The page
// then needs only 'wasm-unsafe-eval' (to compile the module), never 'unsafe-eval'.
//
// When the module asks for a body the table lacks (the table is stale) or imports something this file does
// not provide, start() rejects with the reason, so that the page falls back to the JavaScript build. Every
// body asked for is listed in self.descentWasmRequested (those lacking in self.descentWasmMissing): from it
// the browser test writes the table to commit.
(function () {
  'use strict';

  var javaObjectKey = Symbol('javaObject');
  var functionsKey = Symbol('functions');
  var functionOriginKey = Symbol('functionOrigin');
  var wrapperMarker = Symbol('wrapperCallMarker');
  var javaExceptionKey = Symbol('javaException');
  var IDENTIFIER_PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
  var WASM_FRAME = /.+:wasm-function\[[0-9]+]:0x([0-9a-f]+).*/;

  /** The value of a global name such as "window" or "Int8Array", as `return name;` would give it. */
  function globalNamed(name) {
    if (!IDENTIFIER_PATH.test(name)) {
      throw new Error('Descent\'s Wasm loader resolves dotted names only, not "' + name + '"');
    }
    var parts = name.split('.');
    if (!(parts[0] in globalThis)) {
      throw new ReferenceError(parts[0] + ' is not defined');
    }
    var value = globalThis[parts[0]];
    for (var i = 1; i < parts.length; i++) {
      value = value[parts[i]];
    }
    return value;
  }

  function assignGlobal(name, value) {
    if (!IDENTIFIER_PATH.test(name)) {
      throw new Error('Descent\'s Wasm loader assigns dotted names only, not "' + name + '"');
    }
    var parts = name.split('.');
    var target = globalThis;
    for (var i = 0; i < parts.length - 1; i++) {
      target = target[parts[i]];
    }
    target[parts[parts.length - 1]] = value;
  }

  function named(fn, name) {
    Object.defineProperty(fn, 'name', { value: name });
    return fn;
  }

  function sanitizedName(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c === '_' || c === '$';
      out += letter || i > 0 && c >= '0' && c <= '9' ? c : '_';
    }
    return out;
  }

  /** Arguments [from, from + count) of `args`, padded with undefined; with `rest`, the others as one array. */
  function argumentsOf(args, from, count, rest) {
    var fixed = rest ? count - 1 : count;
    var out = [];
    for (var i = 0; i < fixed; i++) {
      out.push(args[from + i]);
    }
    if (rest) {
      out.push(Array.prototype.slice.call(args, from + fixed));
    }
    return out;
  }

  /** The imports of one instance; `context.exports` is filled in once the module is instantiated. */
  function importsFor(context, bodies, memory, heapOffset, missing, requested) {
    var exports = function (name) { return context.exports[name]; };

    function JavaError(javaException) {
      var self = Reflect.construct(Error, [], JavaError);
      self[javaExceptionKey] = javaException;
      exports('teavm.setJsException')(javaException, self);
      return self;
    }
    JavaError.prototype = Object.create(Error.prototype, {
      constructor: { value: JavaError },
      message: {
        get: function () {
          var message = exports('teavm.exceptionMessage');
          var toJs = exports('teavm.stringToJs');
          if (typeof message === 'function' && typeof toJs === 'function') {
            var m = message(this[javaExceptionKey]);
            if (m !== null && m !== undefined) { return toJs(m); }
          }
          return '(could not fetch message)';
        }
      }
    });

    function javaExceptionToJs(e) {
      if (e instanceof WebAssembly.Exception) {
        var tag = exports('teavm.javaException');
        if (e.is(tag)) {
          var javaException = e.getArg(tag, 0);
          var extracted = exports('teavm.js.extractException')(javaException);
          if (extracted !== null) { return extracted; }
          var wrapper = exports('teavm.getJsException')(javaException);
          return wrapper === undefined ? new JavaError(javaException) : wrapper;
        }
      }
      return e;
    }
    function rethrowJavaAsJs(e) {
      throw javaExceptionToJs(e);
    }
    function rethrowJsAsJava(e) {
      var isJava = e !== null && (typeof e === 'object' || typeof e === 'function') && javaExceptionKey in e;
      exports('teavm.js.throwException')(isJava ? e[javaExceptionKey] : exports('teavm.js.wrapException')(e));
    }
    function wrapCallFromJavaToJs(call) {
      try { return call(); } catch (e) { rethrowJsAsJava(e); }
    }
    function guarded(fn, from, count, rest, self) {
      return function () {
        var args = argumentsOf(arguments, from, count, rest);
        if (self) { args.unshift(this); }
        try { return fn.apply(undefined, args); } catch (e) { rethrowJavaAsJs(e); }
      };
    }
    function defineFunction(fn, rest) {
      return guarded(fn, 0, fn.length, rest, false);
    }
    function setProperty(obj, prop, value) {
      if (obj === null) { assignGlobal(prop, value); } else { obj[prop] = value; }
    }

    var finalization = new FinalizationRegistry(function (held) {
      var report = exports('teavm.reportGarbageCollectedValue');
      if (typeof report === 'function') { report(held.queue, held.ref); }
    });
    var stringFinalization = new FinalizationRegistry(function (held) {
      var report = exports('teavm.reportGarbageCollectedString');
      if (typeof report === 'function') { report(held); }
    });
    var jsWrappers = new WeakMap();
    var javaWrappers = new WeakMap();
    var primitiveWrappers = new Map();
    var primitiveFinalization = new FinalizationRegistry(function (key) { primitiveWrappers.delete(key); });
    var hashCodes = new WeakMap();
    var lastHash = 2463534242;
    function nextHash() { // xorshift, as TeaVM's identity hash codes
      var x = lastHash;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      lastHash = x;
      return x;
    }
    function identity(v) { return v; }

    var jso = {
      stringBuiltinsSupported: function () { return context.stringBuiltins; },
      isUndefined: function (v) { return v === undefined; },
      emptyArray: function () { return []; },
      appendToArray: function (array, v) { return array.push(v); },
      unwrapBoolean: function (v) { return v ? 1 : 0; },
      wrapBoolean: function (v) { return !!v; },
      getProperty: function (obj, prop) {
        try { return obj !== null ? obj[prop] : globalNamed(prop); } catch (e) { rethrowJsAsJava(e); }
      },
      setProperty: setProperty,
      setPropertyPure: setProperty,
      global: function (name) {
        try { return globalNamed(name); } catch (e) { rethrowJsAsJava(e); }
      },
      createClass: function (name, parent, constructor) {
        name = sanitizedName(name === null || name === undefined ? 'JavaObject' : name);
        var init = parent === null
          ? function (javaObject) { this[javaObjectKey] = javaObject; this[functionsKey] = null; }
          : function (javaObject) { parent.call(this, javaObject); };
        var cls = named(function (marker, javaObject) {
          if (marker === wrapperMarker) {
            init.call(this, javaObject);
            return undefined;
          }
          if (constructor === null) { throw new Error("This class can't be instantiated directly"); }
          try { return constructor.apply(null, arguments); } catch (e) { rethrowJavaAsJs(e); }
        }, name);
        cls.prototype = Object.create(parent ? parent.prototype : Object.prototype);
        cls.prototype.constructor = cls;
        var bound = named(function (javaObject) { return cls.call(this, wrapperMarker, javaObject); }, name);
        bound[wrapperMarker] = cls;
        bound.prototype = cls.prototype;
        return bound;
      },
      exportClass: function (cls) { return cls[wrapperMarker]; },
      defineMethod: function (cls, name, fn, rest) {
        cls.prototype[name] = guarded(fn, 0, fn.length - 1, rest, true);
      },
      defineStaticMethod: function (cls, name, fn, rest) { cls[name] = defineFunction(fn, rest); },
      defineFunction: defineFunction,
      defineProperty: function (cls, name, getter, setter) {
        Object.defineProperty(cls.prototype, name, accessor(getter, setter, true));
      },
      defineStaticProperty: function (cls, name, getter, setter) {
        Object.defineProperty(cls, name, accessor(getter, setter, false));
      },
      javaObjectToJS: function (instance, cls) {
        if (instance === null) { return null; }
        var known = jsWrappers.get(instance);
        var alive = known === undefined ? undefined : known.deref();
        if (alive !== undefined) { return alive; }
        var wrapper = new cls(instance);
        jsWrappers.set(instance, new WeakRef(wrapper));
        return wrapper;
      },
      unwrapJavaObject: function (instance) { return instance[javaObjectKey]; },
      asFunction: function (instance, prop) {
        if (instance === null || instance === undefined) { return null; }
        var functions = instance[functionsKey];
        if (functions === null || functions === undefined) {
          functions = Object.create(null);
          instance[functionsKey] = functions;
        }
        var fn = functions[prop];
        if (typeof fn !== 'function') {
          fn = function () { return instance[prop].apply(instance, arguments); };
          fn[functionOriginKey] = instance;
          functions[prop] = fn;
        }
        return fn;
      },
      functionAsObject: function (fn, prop) {
        if (fn === null || fn === undefined) { return null; }
        var origin = fn[functionOriginKey];
        if (origin !== undefined) {
          var fns = origin[functionsKey];
          if (fns && fns[prop] === fn) { return origin; }
        }
        var obj = {};
        obj[prop] = function () {
          try { return fn.apply(undefined, arguments); } catch (e) { rethrowJavaAsJs(e); }
        };
        return obj;
      },
      wrapObject: function (obj) {
        if (obj === null) { return null; }
        var wrapper;
        if (typeof obj === 'object' || typeof obj === 'function' || typeof obj === 'symbol') {
          var own = obj[javaObjectKey];
          if (typeof own === 'object') { return own; }
          var ref = javaWrappers.get(obj);
          wrapper = ref === undefined ? undefined : ref.deref();
          if (wrapper !== undefined) { return wrapper; }
          wrapper = exports('teavm.jso.createWrapper')(obj);
          javaWrappers.set(obj, new WeakRef(wrapper));
          return wrapper;
        }
        var known = primitiveWrappers.get(obj);
        wrapper = known === undefined ? undefined : known.deref();
        if (wrapper !== undefined) { return wrapper; }
        wrapper = exports('teavm.jso.createWrapper')(obj);
        primitiveWrappers.set(obj, new WeakRef(wrapper));
        primitiveFinalization.register(wrapper, obj);
        return wrapper;
      },
      isPrimitive: function (v, type) { return typeof v === type || v === null; },
      instanceOf: function (v, type) { return v instanceof type; },
      instanceOfOrNull: function (v, type) { return v === null || v instanceof type; },
      sameRef: function (a, b) { return a === b; },
      hashCode: function (v) {
        if (typeof v === 'object' || typeof v === 'function' || typeof v === 'symbol') {
          var h = hashCodes.get(v);
          if (typeof h !== 'number') { h = nextHash(); hashCodes.set(v, h); }
          return h;
        }
        if (typeof v === 'number') { return v | 0; }
        if (typeof v === 'bigint') { return Number(BigInt.asIntN(32, v)); }
        if (typeof v === 'boolean') { return v ? 1 : 0; }
        return 0;
      },
      apply: function (instance, method, args) {
        try {
          return instance === null ? globalNamed(method).apply(undefined, args) : instance[method].apply(instance, args);
        } catch (e) { rethrowJsAsJava(e); }
      },
      concatArray: function (a, b) { return a.concat(b); },
      getJavaException: function (e) { return e[javaExceptionKey]; },
      getJSException: function (e) { return exports('teavm.getJsException')(e); },
      jsExports: function () { return context.userExports; }
    };
    ['wrapByte', 'wrapShort', 'wrapChar', 'wrapInt', 'wrapLong', 'wrapFloat', 'wrapDouble', 'unwrapByte',
      'unwrapShort', 'unwrapChar', 'unwrapInt', 'unwrapLong', 'unwrapFloat', 'unwrapDouble'].forEach(function (n) {
      jso[n] = identity;
    });

    function accessor(getter, setter, onInstance) {
      var d = {
        get: function () {
          try { return onInstance ? getter(this) : getter(); } catch (e) { rethrowJavaAsJs(e); }
        }
      };
      if (setter !== null) {
        d.set = function (v) {
          try { if (onInstance) { setter(this, v); } else { setter(v); } } catch (e) { rethrowJavaAsJs(e); }
        };
      }
      return d;
    }

    function createFunction(count) {
      // Arguments: `count` parameter names, then the body text; the result takes wrapCallFromJavaToJs first.
      return function () {
        var params = Array.prototype.slice.call(arguments, 0, count);
        var body = arguments[count];
        var key = params.join(',') + '\n' + body;
        requested.push({ params: params, body: body });
        var fn = Object.prototype.hasOwnProperty.call(bodies, key) ? bodies[key] : null;
        if (fn === null) {
          missing.push({ params: params, body: body });
          return function () { throw new Error('Descent\'s Wasm glue table lacks a function'); };
        }
        return fn.bind(globalThis, wrapCallFromJavaToJs);
      };
    }
    // Canvas drawing calls these thousands of times a frame: the usual arities are written out so that a call
    // allocates no argument array; the rest take the generic path below.
    var fixedMethods = [
      function (o, m) { try { return o !== null ? o[m]() : globalNamed(m)(); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a) { try { return o !== null ? o[m](a) : globalNamed(m)(a); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a, b) { try { return o !== null ? o[m](a, b) : globalNamed(m)(a, b); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a, b, c) { try { return o !== null ? o[m](a, b, c) : globalNamed(m)(a, b, c); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a, b, c, d) { try { return o !== null ? o[m](a, b, c, d) : globalNamed(m)(a, b, c, d); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a, b, c, d, f) { try { return o !== null ? o[m](a, b, c, d, f) : globalNamed(m)(a, b, c, d, f); } catch (e) { rethrowJsAsJava(e); } },
      function (o, m, a, b, c, d, f, g) { try { return o !== null ? o[m](a, b, c, d, f, g) : globalNamed(m)(a, b, c, d, f, g); } catch (e) { rethrowJsAsJava(e); } }
    ];
    var fixedFunctions = [
      function (fn) { try { return fn(); } catch (e) { rethrowJsAsJava(e); } },
      function (fn, a) { try { return fn(a); } catch (e) { rethrowJsAsJava(e); } },
      function (fn, a, b) { try { return fn(a, b); } catch (e) { rethrowJsAsJava(e); } },
      function (fn, a, b, c) { try { return fn(a, b, c); } catch (e) { rethrowJsAsJava(e); } }
    ];
    for (var n = 0; n < 32; n++) {
      jso['createFunction' + n] = createFunction(n);
      jso['bindFunction' + n] = function (f) {
        return Function.prototype.bind.apply(f, [null].concat(Array.prototype.slice.call(arguments, 1)));
      };
      jso['callFunction' + n] = function (fn) {
        try { return fn.apply(undefined, Array.prototype.slice.call(arguments, 1)); } catch (e) { rethrowJsAsJava(e); }
      };
      jso['callMethod' + n] = function (instance, method) {
        var args = Array.prototype.slice.call(arguments, 2);
        try {
          return instance !== null ? instance[method].apply(instance, args) : globalNamed(method).apply(undefined, args);
        } catch (e) { rethrowJsAsJava(e); }
      };
      jso['construct' + n] = function (constructor) {
        try { return Reflect.construct(constructor, Array.prototype.slice.call(arguments, 1)); } catch (e) { rethrowJsAsJava(e); }
      };
      jso['arrayOf' + n] = function () { return Array.prototype.slice.call(arguments); };
    }
    fixedMethods.forEach(function (fn, k) { jso['callMethod' + k] = fn; });
    fixedFunctions.forEach(function (fn, k) { jso['callFunction' + k] = fn; });

    var stdout = '';
    var stderr = '';
    return {
      env: { memory: memory },
      teavmMath: Math,
      teavmJso: jso,
      teavmMemory: {
        linearMemory: function () { return memory.buffer; },
        notifyHeapResized: function () {},
        heapOffset: new WebAssembly.Global({ value: 'i32', mutable: false }, heapOffset),
        maxSize: new WebAssembly.Global({ value: 'i32', mutable: false }, 0x7fffffff)
      },
      teavm: {
        createWeakRef: function (value, ref, queue) {
          if (queue !== null) { finalization.register(value, { ref: ref, queue: queue }); }
          return new WeakRef(value);
        },
        deref: function (weak) { var v = weak.deref(); return v === undefined ? null : v; },
        createStringWeakRef: function (value, held) {
          stringFinalization.register(value, held);
          return new WeakRef(value);
        },
        stringDeref: function (weak) { return weak.deref(); },
        takeStackTrace: function () {
          var addresses = [];
          String(new Error().stack || '').split('\n').forEach(function (line) {
            var m = WASM_FRAME.exec(line);
            if (m !== null) { addresses.push(parseInt(m[1], 16)); }
          });
          return {
            getStack: function () {
              return addresses.map(function (a) {
                return { className: 'java.lang.Throwable$FakeClass', method: 'fakeMethod', file: 'Throwable.java', line: a };
              });
            }
          };
        },
        decorateException: function (javaException) { new JavaError(javaException); }
      },
      teavmAsync: {
        offer: function (value, callback, at) { return setTimeout(function () { callback(value); }, Math.max(0, at - Date.now())); },
        kill: function (id) { clearTimeout(id); }
      },
      teavmDate: {
        currentTimeMillis: function () { return Date.now(); },
        dateToString: function (t) { return new Date(t).toString(); },
        getYear: function (t) { return new Date(t).getFullYear(); },
        setYear: function (t, v) { var d = new Date(t); d.setFullYear(v); return d.getTime(); },
        getMonth: function (t) { return new Date(t).getMonth(); },
        setMonth: function (t, v) { var d = new Date(t); d.setMonth(v); return d.getTime(); },
        getDate: function (t) { return new Date(t).getDate(); },
        setDate: function (t, v) { var d = new Date(t); d.setDate(v); return d.getTime(); },
        create: function (y, mo, d, h, mi, s) { return new Date(y, mo, d, h, mi, s).getTime(); },
        createFromUTC: function (y, mo, d, h, mi, s) { return Date.UTC(y, mo, d, h, mi, s); }
      },
      teavmConsole: {
        putcharStderr: function (c) { if (c === 10) { console.error(stderr); stderr = ''; } else { stderr += String.fromCharCode(c); } },
        putcharStdout: function (c) { if (c === 10) { console.log(stdout); stdout = ''; } else { stdout += String.fromCharCode(c); } }
      },
      'wasm:js-string': {
        fromCharCode: function (c) { return String.fromCharCode(c); },
        fromCharCodeArray: function () { throw new Error('Not supported'); },
        intoCharCodeArray: function () { throw new Error('Not supported'); },
        concat: function (a, b) { return a + b; },
        charCodeAt: function (s, i) { return s.charCodeAt(i); },
        length: function (s) { return s.length; },
        substring: function (s, a, b) { return s.substring(a, b); }
      }
    };
  }

  /** The JSON of a custom section, or {} where the module has none. */
  function section(module, name) {
    var found = WebAssembly.Module.customSections(module, name);
    return found.length === 1 ? JSON.parse(new TextDecoder().decode(found[0])) : {};
  }


  /**
   * Compiles and instantiates the module at `url`; resolves to its exports (globals read as values, as
   * TeaVM's loader gives them: `exports.main(args)` starts the program).
   */
  function start(url) {
    var bodies = self.descentWasmBodies || {};
    var missing = [];
    var requested = [];
    self.descentWasmMissing = missing;
    self.descentWasmRequested = requested;
    var options = { builtins: ['js-string'] };
    return fetch(url)
      .then(function (response) {
        if (!response.ok) { throw new Error('could not load ' + url + ' (' + response.status + ')'); }
        return response.arrayBuffer();
      })
      .then(function (bytes) { return WebAssembly.compile(bytes, options); })
      .then(function (module) {
        var memoryNeeds = section(module, 'teavm.memoryRequirements');
        var heapOffset = Math.ceil((memoryNeeds.dataSize || 0) / 8) * 8;
        var memory = new WebAssembly.Memory({ initial: Math.max(memoryNeeds.min || 0, 1), maximum: 32768 });
        var context = { exports: null, userExports: {}, stringBuiltins: true };
        var imports = importsFor(context, bodies, memory, heapOffset, missing, requested);
        var lacking = WebAssembly.Module.imports(module).filter(function (i) {
          return i.module !== 'wasm:js-string' && !(imports[i.module] && i.name in imports[i.module]);
        });
        if (lacking.length > 0) {
          throw new Error('the loader lacks ' + lacking.map(function (i) { return i.module + '.' + i.name; }).join(', '));
        }
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          context.exports = instance.exports;
          if (missing.length > 0) {
            throw new Error('js/wasm-bodies.js lacks ' + missing.length + ' of the module\'s @JSBody functions');
          }
          var user = context.userExports;
          Object.keys(instance.exports).forEach(function (name) {
            var v = instance.exports[name];
            if (v instanceof WebAssembly.Global) {
              Object.defineProperty(user, name, { get: function () { return v.value; } });
            }
          });
          return user;
        });
      });
  }

  self.descentWasm = Object.freeze({ start: start });
})();
