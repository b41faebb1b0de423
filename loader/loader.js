/* smp-widget loader: defines <smp-widget>, keeps the marketer's fallback children visible
   until the widget is ready, and fetches the WebAssembly (with its integrity hash) only
   when a widget comes near the viewport. Adds no global name; throws nothing at the page. */
(function () {
  'use strict';
  var TAG = 'smp-widget';
  var PREFIX = '[smp-widget] ';
  // Written at build time (scripts/post-build.mjs): the .wasm's sha384.
  var WASM_INTEGRITY = '__SMP_WASM_INTEGRITY__';
  var GLUE = 'smp-widget.js';
  var WASM = 'smp-widget_bg.wasm';
  var BOOT_TIMEOUT_MS = 8000;

  if (typeof customElements === 'undefined' || customElements.get(TAG)) return;

  var script = document.currentScript;
  var base;
  try {
    base = new URL('./', script && script.src ? script.src : location.href).href;
  } catch (e) {
    return;
  }

  var glue = null; // one shared promise of the initialised module
  var failure = null; // the failure class, once booting has failed
  var reported = false;

  function report(kind, detail) {
    if (reported) return;
    reported = true;
    var line = PREFIX + kind + ': ' + detail + '; showing the fallback content';
    if (kind === 'no-wasm') console.info(line);
    else console.error(line);
  }

  function classify(error) {
    var text = String(error && (error.message || error));
    if (/wasm-unsafe-eval|content security policy|csp/i.test(text)) {
      return ['csp-wasm', "the page's Content-Security-Policy needs script-src 'wasm-unsafe-eval'"];
    }
    if (error && error.smpKind) return [error.smpKind, text];
    return ['fetch-failed', text];
  }

  function fail(kind, message) {
    var error = new Error(message);
    error.smpKind = kind;
    return error;
  }

  function loadGlue() {
    if (glue) return glue;
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      glue = Promise.reject(fail('no-wasm', 'this browser has no WebAssembly'));
    } else {
      var boot = import(base + GLUE).then(function (mod) {
        var wasm = fetch(base + WASM, { integrity: WASM_INTEGRITY, credentials: 'omit' }).then(
          function (response) {
            if (!response.ok) throw fail('fetch-failed', WASM + ' answered HTTP ' + response.status);
            return response;
          },
          function (error) {
            throw fail('fetch-failed', WASM + ' could not be fetched or failed its integrity check (' + error + ')');
          }
        );
        return mod.default({ module_or_path: wasm }).then(function () { return mod; });
      });
      var timeout = new Promise(function (_, reject) {
        setTimeout(function () {
          reject(fail('timeout', 'the widget did not start within ' + BOOT_TIMEOUT_MS / 1000 + ' s'));
        }, BOOT_TIMEOUT_MS);
      });
      glue = Promise.race([boot, timeout]);
    }
    glue.catch(function (error) {
      var c = classify(error);
      failure = c[0];
      report(c[0], c[1]);
    });
    return glue;
  }

  var observer = null;
  function whenNear(element, callback) {
    if (typeof IntersectionObserver === 'undefined') return callback();
    if (!observer) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting && entry.target.__smpNear) {
            observer.unobserve(entry.target);
            var near = entry.target.__smpNear;
            entry.target.__smpNear = null;
            near();
          }
        });
      }, { rootMargin: '500px 0px' });
    }
    element.__smpNear = callback;
    observer.observe(element);
  }

  class SmpWidget extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) {
        this.attachShadow({ mode: 'open' }).appendChild(document.createElement('slot'));
      }
      if (this.__smpHandle || this.__smpNear || failure) return;
      var element = this;
      whenNear(element, function () {
        loadGlue().then(function (mod) {
          if (!element.isConnected || element.__smpHandle) return;
          try {
            element.__smpHandle = mod.mount(element, element.shadowRoot);
          } catch (error) {
            report('mount-failed', String(error));
          }
        }, function () { /* reported once in loadGlue */ });
      });
    }

    disconnectedCallback() {
      if (this.__smpNear && observer) observer.unobserve(this);
      this.__smpNear = null;
      var handle = this.__smpHandle;
      this.__smpHandle = null;
      if (handle) {
        try {
          handle.unmount();
          handle.free();
        } catch (error) { /* a dead instance after a panic: nothing to clean */ }
      }
    }
  }

  try {
    customElements.define(TAG, SmpWidget);
  } catch (error) { /* defined meanwhile by another copy of this script */ }
})();
