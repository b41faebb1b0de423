/* smp-widget loader: defines <smp-widget>, keeps the marketer's fallback children visible
   until the widget is ready, and fetches the WebAssembly (with its integrity hash) only
   when a widget comes near the viewport or its launcher is pressed. Adds no global name and
   throws nothing at the page. */
(function () {
  'use strict';
  var TAG = 'smp-widget';
  var PREFIX = '[smp-widget] ';
  // Written at build time (scripts/post-build.mjs): the .wasm's sha384.
  var WASM_INTEGRITY = '__SMP_WASM_INTEGRITY__';
  var GLUE = 'smp-widget.js';
  var WASM = 'smp-widget_bg.wasm';
  var BOOT_TIMEOUT_MS = 8000;
  var OPTIONS = ['clinic', 'phone', 'booking-url', 'city', 'lang', 'prices-as-of', 'price-basis',
    'clinic-price', 'max-price-age-months', 'payment-months', 'payment-apr', 'mode', 'parts',
    'brand-color', 'radius', 'font', 'z-index', 'launcher', 'share-outcome', 'data-layer', 'utm', 'lead-url'];
  var LAUNCHER_TEXT = { en: 'Is SMP right for you?', es: '¿Es la SMP para usted?' };

  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined' || customElements.get(TAG)) return;

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

  function fail(kind, message) {
    var error = new Error(message);
    error.smpKind = kind;
    return error;
  }

  function classify(error) {
    var text = String(error && (error.message || error));
    if (/wasm-unsafe-eval|content security policy|\bcsp\b/i.test(text)) {
      return ['csp-wasm', "the page's Content-Security-Policy needs script-src 'wasm-unsafe-eval' (" + text + ')'];
    }
    return [(error && error.smpKind) || 'fetch-failed', text];
  }

  function loadGlue() {
    if (glue) return glue;
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      glue = Promise.reject(fail('no-wasm', 'this browser has no WebAssembly'));
    } else {
      // The glue and the wasm download in parallel: one round trip, not two.
      var wasm = fetch(base + WASM, { integrity: WASM_INTEGRITY, credentials: 'omit' }).then(
        function (response) {
          if (!response.ok) throw fail('fetch-failed', WASM + ' answered HTTP ' + response.status);
          var type = response.headers.get('content-type') || '';
          if (type.split(';')[0].trim() !== 'application/wasm') {
            throw fail('fetch-failed', WASM + ' is served as "' + type + '", not application/wasm');
          }
          return response;
        },
        function (error) {
          // A body that does not match the build's hash rejects like a network error; the
          // file answering at all tells the two apart.
          return fetch(base + WASM, { method: 'HEAD', credentials: 'omit', cache: 'no-store' }).then(
            function (head) {
              if (head.ok) throw fail('integrity-failed', WASM + ' does not match the integrity hash fixed at build time');
              throw fail('fetch-failed', WASM + ' answered HTTP ' + head.status);
            },
            function () { throw fail('fetch-failed', WASM + ' could not be fetched (' + error + ')'); }
          );
        }
      );
      wasm.catch(function () { /* reported through boot */ });
      var boot = import(base + GLUE).then(function (mod) {
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

  // The element's own box rules, adopted before the wasm arrives: the box is reserved so
  // the page does not jump when the widget replaces the fallback.
  var hostSheet = null;
  function hostRules() {
    if (hostSheet || typeof CSSStyleSheet !== 'function') return hostSheet;
    try {
      hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(
        ':host{display:block;min-height:var(--smp-min-height,520px);box-sizing:border-box}' +
        '@media (max-width:700px){:host{min-height:var(--smp-min-height,640px)}}' +
        '@media (max-width:480px){:host{min-height:var(--smp-min-height,800px)}}' +
        '@media (max-width:360px){:host{min-height:var(--smp-min-height,860px)}}' +
        ':host([parts=estimator]){min-height:var(--smp-min-height,100vh)}' +
        ':host([mode=popup]){min-height:0}' +
        // The fallback links stay comfortable to tap (WCAG 2.5.8) even while alone.
        '::slotted(a),::slotted(button){display:inline-block;min-height:24px;min-width:24px;line-height:24px}' +
        '.smp-launcher{all:initial;box-sizing:border-box;position:fixed;right:16px;bottom:16px;' +
        'z-index:var(--smp-z,2147483000);min-height:48px;padding:12px 20px;border-radius:24px;cursor:pointer;' +
        'background:var(--smp-brand,#0b5c66);color:#fff;font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;' +
        'box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
        '.smp-launcher:focus-visible{outline:3px solid #1d2327;outline-offset:3px}'
      );
    } catch (e) {
      hostSheet = null;
    }
    return hostSheet;
  }

  var observer = null;
  function whenNear(element, callback) {
    if (typeof IntersectionObserver === 'undefined') return callback();
    if (!observer) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          var near = entry.target.__smpNear;
          if (entry.isIntersecting && near) {
            observer.unobserve(entry.target);
            entry.target.__smpNear = null;
            near();
          }
        });
      }, { rootMargin: '500px 0px' });
    }
    element.__smpNear = callback;
    observer.observe(element);
  }

  function option(element, name) {
    var value = element.getAttribute(name);
    if (value !== null) return value;
    var block = element.querySelector('script[type="application/json"]');
    if (!block) return null;
    try {
      var json = JSON.parse(block.textContent);
      var found = json && json[name.replace(/-/g, '_')];
      return typeof found === 'string' ? found : null;
    } catch (e) {
      return null; // reported, field by field, by the widget itself
    }
  }

  // config-src: a JSON file of options, fetched without credentials. Same origin or https.
  function remoteConfig(element) {
    var src = element.getAttribute('config-src');
    if (!src) return Promise.resolve(null);
    var url;
    try {
      url = new URL(src, location.href);
    } catch (e) {
      url = null;
    }
    if (!url || !(url.protocol === 'https:' || url.origin === location.origin)) {
      console.warn(PREFIX + 'config_src rejected: must be https or the same origin ("' + src + '"); using the other options');
      return Promise.resolve(null);
    }
    return fetch(url.href, { credentials: 'omit' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.text(); })
      .catch(function (error) {
        console.warn(PREFIX + 'config_src could not be loaded (' + error + '); using the other options');
        return null;
      });
  }

  class SmpWidget extends HTMLElement {
    static get observedAttributes() { return OPTIONS; }

    constructor() {
      super();
      var element = this;
      this.__smpReady = new Promise(function (resolve) { element.__smpResolve = resolve; });
      this.addEventListener('smp:ready', function () { element.__smpResolve(element); });
    }

    /** Resolves with the element once the widget has rendered. */
    get ready() { return this.__smpReady; }

    connectedCallback() {
      if (!this.shadowRoot) {
        var root = this.attachShadow({ mode: 'open' });
        var sheet = hostRules();
        if (sheet) root.adoptedStyleSheets = [sheet];
        root.appendChild(document.createElement('slot'));
      }
      if (this.__smpHandle || this.__smpNear || this.__smpBooting || failure) return;
      if (option(this, 'mode') === 'popup') {
        this.__smpLauncher();
      } else {
        var element = this;
        whenNear(element, function () { element.__smpBoot(); });
      }
    }

    disconnectedCallback() {
      var element = this;
      // A move (remove then insert in the same task) keeps the widget and its answers.
      queueMicrotask(function () {
        if (element.isConnected) return;
        if (element.__smpNear && observer) observer.unobserve(element);
        element.__smpNear = null;
        var handle = element.__smpHandle;
        element.__smpHandle = null;
        if (handle) {
          try {
            handle.unmount();
            handle.free();
          } catch (error) { /* a dead instance after a panic: nothing to clean */ }
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !this.__smpHandle) return;
      try { this.__smpHandle.reconfigure(); } catch (error) { /* dead after a panic */ }
    }

    /** Opens the widget: the dialog in popup mode; inline, brings it into view. */
    open() {
      if (option(this, 'mode') !== 'popup') {
        this.scrollIntoView({ block: 'start' });
        this.__smpBoot();
        return;
      }
      this.__smpPendingOpen = true;
      if (this.__smpHandle) this.__smpCall('open');
      else this.__smpBoot();
    }

    close() { this.__smpCall('close'); }

    /** Forgets the visitor's answers and returns to the start. */
    reset() { this.__smpCall('reset'); }

    __smpCall(method) {
      try { if (this.__smpHandle) this.__smpHandle[method](); } catch (error) { /* dead after a panic */ }
    }

    __smpLauncher() {
      var element = this;
      var selector = option(this, 'launcher');
      var launcher = null;
      if (selector) {
        try { launcher = document.querySelector(selector); } catch (e) { launcher = null; }
        if (!launcher) console.warn(PREFIX + 'launcher rejected: no element matches "' + selector + '"; using the floating button');
      }
      if (!launcher) {
        launcher = document.createElement('button');
        launcher.type = 'button';
        launcher.className = 'smp-launcher';
        var lang = (option(this, 'lang') || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
        launcher.textContent = LAUNCHER_TEXT[lang] || LAUNCHER_TEXT.en;
        this.shadowRoot.insertBefore(launcher, this.shadowRoot.firstChild);
      }
      launcher.setAttribute('aria-haspopup', 'dialog');
      launcher.addEventListener('click', function (event) {
        event.preventDefault();
        element.open();
      });
      this.__smpLauncherElement = launcher;
    }

    __smpBoot() {
      if (this.__smpHandle || this.__smpBooting || failure) return;
      this.__smpBooting = true;
      var element = this;
      Promise.all([loadGlue(), remoteConfig(element)]).then(function (loaded) {
        element.__smpBooting = false;
        if (!element.isConnected || element.__smpHandle) return;
        try {
          element.__smpHandle = loaded[0].mount(element, element.shadowRoot, loaded[1]);
          if (element.__smpPendingOpen) element.__smpCall('open');
        } catch (error) {
          report('mount-failed', String(error));
        }
      }, function () {
        element.__smpBooting = false; /* reported once in loadGlue */
      });
    }
  }

  try {
    customElements.define(TAG, SmpWidget);
  } catch (error) { /* defined meanwhile by another copy of this script */ }
})();
