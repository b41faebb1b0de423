/* smp-widget loader: defines <smp-widget>, keeps the marketer's fallback children visible
   until the widget is ready, and fetches the wasm-bindgen glue and the WebAssembly only when
   a widget comes near the viewport or its launcher is pressed. Every file it runs is
   integrity-checked with a hash written into it at build time, so the snippet's SRI on this
   file covers everything. Adds no global name and throws nothing at the page. */
(function () {
  'use strict';
  var TAG = 'smp-widget';
  var PREFIX = '[smp-widget] ';
  // Written at build time (scripts/post-build.mjs): the glue's and the .wasm's sha384.
  var GLUE_INTEGRITY = '__SMP_GLUE_INTEGRITY__';
  var WASM_INTEGRITY = '__SMP_WASM_INTEGRITY__';
  // A loader the build never processed would check nothing: it refuses to start.
  var BUILT = /^sha384-/.test(GLUE_INTEGRITY) && /^sha384-/.test(WASM_INTEGRITY);
  var GLUE = 'smp-widget.js';
  var WASM = 'smp-widget_bg.wasm';
  var BOOT_TIMEOUT_MS = 8000;
  var CONFIG_MAX_BYTES = 65536;
  // The observed attributes, written at build time from the option registry (build.rs,
  // scripts/post-build.mjs): those of the options a change after mount applies to.
  var OPTIONS = ['__SMP_OBSERVED__'];
  var LAUNCHER_TEXT = { en: 'Is scalp micropigmentation right for you?', es: '¿Es la micropigmentación capilar para usted?' };

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

  // Trusted Types: a page that requires them gets our script URL through a policy named
  // smp-widget (its CSP lists it: `trusted-types smp-widget`), which passes the glue's URL
  // and nothing else.
  var policy = null;
  function scriptUrl(url) {
    if (typeof trustedTypes !== 'object' || !trustedTypes || typeof trustedTypes.createPolicy !== 'function') return url;
    if (!policy) {
      try {
        policy = trustedTypes.createPolicy('smp-widget', {
          createScriptURL: function (u) {
            if (u !== base + GLUE) throw new TypeError(PREFIX + 'unexpected script URL');
            return u;
          }
        });
      } catch (e) {
        return url; // not allowed by name: fine unless Trusted Types are required (reported then)
      }
    }
    return policy.createScriptURL(url);
  }

  // A body that does not match the build's hash fails like a network error; the file
  // answering at all tells the two apart.
  function integrityOrFetch(file, error) {
    return fetch(base + file, { method: 'HEAD', credentials: 'omit', cache: 'no-store' }).then(
      function (head) {
        if (head.ok) throw fail('integrity-failed', file + ' does not match the integrity hash fixed at build time');
        throw fail('fetch-failed', file + ' answered HTTP ' + head.status);
      },
      function () { throw fail('fetch-failed', file + ' could not be fetched (' + error + ')'); }
    );
  }

  // The glue runs as a classic script the browser checks against its hash before running
  // it (import() has no integrity check). It hands its exports over on its own script
  // element, which leaves the page once read: no global name.
  function loadScript() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.async = true;
      script.crossOrigin = 'anonymous';
      script.integrity = GLUE_INTEGRITY;
      try {
        script.src = scriptUrl(base + GLUE);
      } catch (error) {
        reject(fail('csp-trusted-types', "the page's CSP needs trusted-types smp-widget (" + error + ')'));
        return;
      }
      script.onload = function () {
        var exports = script.__smpGlue;
        script.__smpGlue = null;
        script.remove();
        if (typeof exports === 'function') resolve(exports);
        else reject(fail('fetch-failed', GLUE + ' did not define the widget'));
      };
      script.onerror = function (event) {
        script.remove();
        integrityOrFetch(GLUE, event && event.type).then(null, reject);
      };
      (document.head || document.documentElement).appendChild(script);
    });
  }

  function loadGlue() {
    if (glue) return glue;
    if (!BUILT) {
      glue = Promise.reject(fail('integrity-failed', 'loader.js has no build hashes; refusing to run unchecked files'));
    } else if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      glue = Promise.reject(fail('no-wasm', 'this browser has no WebAssembly'));
    } else {
      // The glue and the wasm download in parallel: one round trip, not two. The request
      // is the one a page's `<link rel="preload" as="fetch" crossorigin>` makes (same
      // integrity, CORS, credentials same-origin: no cookies to another origin), so the
      // browser hands over the preloaded response instead of downloading it again.
      var wasm = fetch(base + WASM, { integrity: WASM_INTEGRITY }).then(
        function (response) {
          if (!response.ok) throw fail('fetch-failed', WASM + ' answered HTTP ' + response.status);
          var type = response.headers.get('content-type') || '';
          if (type.split(';')[0].trim() !== 'application/wasm') {
            throw fail('fetch-failed', WASM + ' is served as "' + type + '", not application/wasm');
          }
          return response;
        },
        function (error) { return integrityOrFetch(WASM, error); }
      );
      wasm.catch(function () { /* reported through boot */ });
      var boot = loadScript().then(function (init) {
        return init({ module_or_path: wasm }).then(function () { return init; });
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
  // the page does not jump when the widget replaces the fallback. A popup reserves nothing,
  // whatever its attribute looks like (" popup" too): the sheet follows the mode the
  // loader resolved, not an attribute selector.
  var hostSheets = {};
  function hostRules(popup) {
    var key = popup ? 'popup' : 'inline';
    if (hostSheets[key] || typeof CSSStyleSheet !== 'function') return hostSheets[key] || null;
    try {
      var hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(
        ':host{display:block;min-height:var(--smp-min-height,520px);box-sizing:border-box}' +
        '@media (max-width:700px){:host{min-height:var(--smp-min-height,640px)}}' +
        '@media (max-width:480px){:host{min-height:var(--smp-min-height,800px)}}' +
        '@media (max-width:360px){:host{min-height:var(--smp-min-height,860px)}}' +
        ':host([parts=estimator]){min-height:var(--smp-min-height,100vh)}' +
        (popup ? ':host{min-height:0}' : '') +
        // The fallback links stay comfortable to tap (WCAG 2.5.8) even while alone.
        '::slotted(a),::slotted(button){display:inline-block;min-height:24px;min-width:24px;line-height:24px}' +
        '.smp-launcher{all:initial;box-sizing:border-box;position:fixed;right:16px;bottom:16px;' +
        'z-index:var(--smp-z,2147483000);min-height:48px;padding:12px 20px;border-radius:24px;cursor:pointer;' +
        'background:var(--smp-brand,#0b5c66);color:#fff;font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;' +
        'box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
        '.smp-launcher:focus-visible{outline:3px solid #1d2327;outline-offset:3px}'
      );
      hostSheets[key] = hostSheet;
    } catch (e) {
      return null;
    }
    return hostSheets[key];
  }

  var observer = null;
  function whenNear(element, callback) {
    if (typeof IntersectionObserver === 'undefined') return callback();
    if (!observer) {
      // Loading starts 1.5 screens ahead: on a slow phone (1.6 Mbps, 150 ms, CPU x4) the
      // widget needs about 0.8 s from here to answer a click, which a reader scrolling a
      // screen a second covers in 0.8 screens; a widget more than 3 screens away loads
      // nothing (bench/bench.mjs measures both).
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          var near = entry.target.__smpNear;
          if (entry.isIntersecting && near) {
            observer.unobserve(entry.target);
            entry.target.__smpNear = null;
            near();
          }
        });
      }, { rootMargin: '150% 0px' });
    }
    element.__smpNear = callback;
    observer.observe(element);
  }

  // An option from the attribute, else the inline JSON block. The loader decides before any
  // config-src file could arrive, so it reads only the page's own options (and the widget
  // refuses `mode` from config-src). Own properties only: a page whose Object.prototype was
  // polluted must not hand us a launcher selector.
  function option(element, name) {
    var value = element.getAttribute(name);
    if (value !== null) return value;
    var block = element.querySelector('script[type="application/json"]');
    if (!block) return null;
    try {
      var json = JSON.parse(block.textContent);
      var key = name.replace(/-/g, '_');
      if (!json || typeof json !== 'object' || Array.isArray(json) || !Object.prototype.hasOwnProperty.call(json, key)) return null;
      return typeof json[key] === 'string' ? json[key] : null;
    } catch (e) {
      return null; // reported, field by field, by the widget itself
    }
  }

  // The one reading of the mode, as the widget's configuration reads it (trimmed).
  function isPopup(element) {
    return (option(element, 'mode') || '').trim() === 'popup';
  }

  // Reads at most CONFIG_MAX_BYTES of a response, as text. A body that never ends is cut
  // by the time limit; one that is merely long is read, then refused.
  function cappedText(response) {
    var tooLong = new Error('larger than ' + CONFIG_MAX_BYTES / 1024 + ' KB');
    if (Number(response.headers.get('content-length')) > CONFIG_MAX_BYTES) throw tooLong;
    return response.text().then(function (text) {
      if (text.length > CONFIG_MAX_BYTES) throw tooLong;
      return text;
    });
  }

  // config-src: a JSON file of options, fetched without credentials. https (http only from
  // localhost to localhost).
  function remoteConfig(element) {
    var src = element.getAttribute('config-src');
    if (!src) return Promise.resolve(null);
    var url;
    try {
      url = new URL(src, location.href);
    } catch (e) {
      url = null;
    }
    // SEC-13: http only from localhost to localhost (a developer's machine), as for every URL.
    var local = function (host) { return host === 'localhost' || host === '127.0.0.1'; };
    var allowed = url && (url.protocol === 'https:' || (url.protocol === 'http:' && local(url.hostname) && local(location.hostname)));
    if (!allowed || url.username || url.password) {
      console.warn(PREFIX + 'config_src rejected: must be https (http only on localhost), without user info ("' + src + '"); using the other options');
      return Promise.resolve(null);
    }
    // A file that hangs or never ends must not keep the widget from starting: the boot's
    // own time limit, and a size cap.
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer;
    var deadline = new Promise(function (_, reject) {
      timer = setTimeout(function () {
        if (controller) controller.abort();
        reject(new Error('no answer within ' + BOOT_TIMEOUT_MS / 1000 + ' s'));
      }, BOOT_TIMEOUT_MS);
    });
    var load = fetch(url.href, { credentials: 'omit', signal: controller ? controller.signal : undefined })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return cappedText(r); });
    return Promise.race([load, deadline])
      .then(function (text) { clearTimeout(timer); return text; }, function (error) {
        clearTimeout(timer);
        if (controller) controller.abort();
        console.warn(PREFIX + 'config_src could not be loaded (' + (error && error.message || error) + '); using the other options');
        return null;
      });
  }

  // A fresh `ready` for a widget that has to render again. A pending one stays: whoever
  // awaits it is answered by the next render.
  function renew(element) {
    if (!element.__smpResolve) element.__smpReady = new Promise(function (resolve) { element.__smpResolve = resolve; });
  }

  class SmpWidget extends HTMLElement {
    static get observedAttributes() { return OPTIONS; }

    constructor() {
      super();
      var element = this;
      renew(element);
      this.addEventListener('smp:ready', function () {
        var resolve = element.__smpResolve;
        element.__smpResolve = null;
        if (resolve) resolve(element);
      });
    }

    /** Resolves with the element once the widget has rendered (again, after a return to the page). */
    get ready() { return this.__smpReady; }

    connectedCallback() {
      var popup = (this.__smpPopup = isPopup(this));
      if (!this.shadowRoot) {
        var root = this.attachShadow({ mode: 'open' });
        var sheet = hostRules(popup);
        if (sheet) root.adoptedStyleSheets = [sheet];
        root.appendChild(document.createElement('slot'));
      }
      if (this.__smpHandle || this.__smpNear || this.__smpBooting || failure) return;
      if (popup) {
        this.__smpLauncher();
      } else {
        var element = this;
        whenNear(element, function () { element.__smpBoot(); });
      }
    }

    disconnectedCallback() {
      var element = this;
      // A move (remove then insert in the same task) keeps the widget as it is.
      queueMicrotask(function () {
        if (element.isConnected) return;
        if (element.__smpNear && observer) observer.unobserve(element);
        element.__smpNear = null;
        var handle = element.__smpHandle;
        element.__smpHandle = null;
        if (handle) {
          // Out of the page for longer (a keep-alive cache, a carousel): the widget goes
          // (its listeners and memory too) and the fallback comes back; the unmounted handle
          // holds only the visitor's progress, for `mount` should the element return, and
          // is freed with the element. `ready` waits for the next render.
          try {
            handle.unmount();
            element.__smpKept = handle;
          } catch (error) { /* a dead instance after a panic: nothing to clean */ }
          renew(element);
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !this.shadowRoot) return;
      var popup = isPopup(this);
      if (popup !== this.__smpPopup) this.__smpMode(popup);
      if (!this.__smpHandle) return;
      try { this.__smpHandle.reconfigure(popup); } catch (error) { /* dead after a panic */ }
    }

    // A changed `mode` switches the element live: its box, its launcher, and (once
    // mounted) the widget itself through reconfigure.
    __smpMode(popup) {
      this.__smpPopup = popup;
      var root = this.shadowRoot;
      var sheet = hostRules(popup);
      if (sheet) root.adoptedStyleSheets = [sheet].concat(Array.prototype.slice.call(root.adoptedStyleSheets, 1));
      var launcher = this.__smpLauncherElement;
      if (popup) {
        this.__smpLauncher();
      } else if (launcher) {
        this.__smpLauncherElement = null;
        launcher.removeEventListener('click', this.__smpLauncherClick);
        launcher.removeAttribute('aria-haspopup');
        if (launcher.parentNode === root) launcher.remove();
        var element = this;
        if (!this.__smpHandle) whenNear(element, function () { element.__smpBoot(); });
      }
    }

    /** Opens the widget: the dialog in popup mode; inline, brings it into view. */
    open() {
      if (!isPopup(this)) {
        this.scrollIntoView({ block: 'start' });
        this.__smpBoot();
        return;
      }
      this.__smpPendingOpen = true;
      if (this.__smpHandle) this.__smpCall('open');
      else this.__smpBoot();
    }

    close() { this.__smpCall('close'); }

    /** Forgets the visitor's answers and returns to the start (also while out of the page). */
    reset() {
      var handle = this.__smpHandle || this.__smpKept;
      try { if (handle) handle.reset(); } catch (error) { /* dead after a panic */ }
    }

    __smpCall(method) {
      try { if (this.__smpHandle) this.__smpHandle[method](); } catch (error) { /* dead after a panic */ }
    }

    __smpLauncher() {
      if (this.__smpLauncherElement) return;
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
      this.__smpLauncherClick = function (event) {
        event.preventDefault();
        element.open();
      };
      launcher.addEventListener('click', this.__smpLauncherClick);
      this.__smpLauncherElement = launcher;
    }

    __smpBoot() {
      if (this.__smpHandle || this.__smpBooting || failure) return;
      this.__smpBooting = true;
      var element = this;
      Promise.all([loadGlue(), remoteConfig(element)]).then(function (loaded) {
        // The mount in a task of its own, after the wasm's instantiation: on a first visit
        // each compiles as it runs, and together they were one long task (issue 18).
        return new Promise(function (resolve) { setTimeout(resolve, 0, loaded); });
      }).then(function (loaded) {
        element.__smpBooting = false;
        if (!element.isConnected || element.__smpHandle) return;
        var kept = element.__smpKept;
        element.__smpKept = null;
        try {
          element.__smpHandle = loaded[0].mount(element, element.shadowRoot, loaded[1], element.__smpPopup, kept);
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
