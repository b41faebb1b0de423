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
  // The floating launcher's words: one line on a 320 px phone in either language, and the
  // procedure named, not its acronym (issue 25).
  var LAUNCHER_EN = 'Micropigmentation quiz';
  var LAUNCHER_ES = 'Test de micropigmentación';

  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined' || customElements.get(TAG)) return;

  var script = document.currentScript;
  var base;
  try {
    base = new URL('./', script && script.src ? script.src : location.href).href;
  } catch (e) {
    return;
  }

  // Each element's state, kept off the element: a page whose Object.prototype was polluted
  // (a stray `Object.prototype.handle = …` from some library) cannot make a widget believe
  // it is mounted, booting or near; and the records have no prototype to inherit from.
  var states = new WeakMap();
  function state(element) {
    var record = states.get(element);
    if (!record) states.set(element, (record = Object.create(null)));
    return record;
  }
  var own = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };

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

  // What the page's CSP refused while the widget started, as the browser reported it:
  // [directive, blocked URL]. A refused fetch fails like a network error, so without this
  // a CSP would read as "Failed to fetch".
  var refused = null;
  function onViolation(event) {
    var uri = String(event.blockedURI || '');
    if (!refused && (uri === 'wasm-eval' || (uri && (uri.indexOf(base) === 0 || base.indexOf(uri) === 0)))) {
      refused = [event.effectiveDirective || event.violatedDirective, uri];
    }
  }

  function classify(error) {
    var text = String(error && (error.message || error));
    if (refused && refused[1] !== 'wasm-eval') {
      var origin = new URL(base).origin;
      return ['csp-blocked', "the page's Content-Security-Policy (" + refused[0] + ') refused ' + refused[1] + ': add ' + origin + ' to ' + refused[0]];
    }
    if (refused || /wasm-unsafe-eval|content security policy|\bcsp\b/i.test(text)) {
      return ['csp-wasm', "the page's Content-Security-Policy needs script-src 'wasm-unsafe-eval' (" + text + ')'];
    }
    return [(error && own(error, 'smpKind') && error.smpKind) || 'fetch-failed', text];
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
        if (head.ok) throw fail('integrity-failed', file + ' does not match the integrity hash fixed at build time: use the files of one release, unchanged');
        throw fail('fetch-failed', base + file + ' answered HTTP ' + head.status + ': keep it beside loader.js');
      },
      function () { throw fail('fetch-failed', base + file + ' could not be fetched (' + error + '): from another origin it needs Access-Control-Allow-Origin'); }
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
        var exports = own(script, '__smpGlue') ? script.__smpGlue : null;
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
      document.addEventListener('securitypolicyviolation', onViolation);
      // The glue and the wasm download in parallel: one round trip, not two. The request
      // is the one a page's `<link rel="preload" as="fetch" crossorigin>` makes (same
      // integrity, CORS, credentials same-origin: no cookies to another origin), so the
      // browser hands over the preloaded response instead of downloading it again.
      var wasm = fetch(base + WASM, { integrity: WASM_INTEGRITY }).then(
        function (response) {
          if (!response.ok) throw fail('fetch-failed', base + WASM + ' answered HTTP ' + response.status + ': keep it beside loader.js');
          var type = response.headers.get('content-type') || '';
          if (type.split(';')[0].trim() !== 'application/wasm') {
            throw fail('fetch-failed', WASM + ' is served as "' + type + '": the server must send .wasm files as application/wasm');
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
    glue.then(function () {
      document.removeEventListener('securitypolicyviolation', onViolation);
    }, function (error) {
      failure = 'failed';
      // After the violation events the failure caused, which the browser queues as tasks.
      setTimeout(function () {
        document.removeEventListener('securitypolicyviolation', onViolation);
        var c = classify(error);
        failure = c[0];
        report(c[0], c[1]);
      }, 0);
    });
    return glue;
  }

  // The element's own box rules, adopted before the wasm arrives: the box is reserved so
  // the page does not jump when the widget replaces the fallback. A popup reserves nothing,
  // whatever its attribute looks like (" popup" too): the sheet follows the mode the
  // loader resolved, not an attribute selector.
  var hostSheets = Object.create(null);
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
        // Until the widget is ready, and whenever it cannot start, the reserved box is the
        // marketer's fallback as a card (as the page's own reserving rules draw it), never
        // a screen of white; a popup's fallback stays where the page put it.
        (popup ? ':host{min-height:0}' : ':host(:not([data-state=ready])){display:flex;flex-direction:column;' +
          'justify-content:center;align-items:center;gap:12px;padding:24px;border:1px solid #c5d3d5;' +
          'border-radius:10px;background:#f2f7f7;color:#1d2327;font:inherit;text-align:center}::slotted(*){margin:0}') +
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
          var near = state(entry.target).near;
          if (entry.isIntersecting && near) {
            observer.unobserve(entry.target);
            state(entry.target).near = null;
            near();
          }
        });
      }, { rootMargin: '150% 0px' });
    }
    state(element).near = callback;
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

  // Reads at most CONFIG_MAX_BYTES of a response, as text, stopping as soon as the body
  // grows past it (with or without a Content-Length): a huge or endless file costs the
  // visitor 64 KB, not its size. A body that stalls is cut by the time limit.
  function cappedText(response) {
    var tooLong = new Error('larger than ' + CONFIG_MAX_BYTES / 1024 + ' KB');
    if (Number(response.headers.get('content-length')) > CONFIG_MAX_BYTES) throw tooLong;
    var body = response.body;
    if (!body || typeof body.getReader !== 'function' || typeof TextDecoder !== 'function') {
      return response.text().then(function (text) {
        if (text.length > CONFIG_MAX_BYTES) throw tooLong;
        return text;
      });
    }
    var reader = body.getReader();
    var decoder = new TextDecoder();
    var text = '';
    var size = 0;
    function next(step) {
      if (step.done) return text + decoder.decode();
      size += step.value.byteLength;
      if (size > CONFIG_MAX_BYTES) {
        reader.cancel();
        throw tooLong;
      }
      text += decoder.decode(step.value, { stream: true });
      return reader.read().then(next);
    }
    return reader.read().then(next);
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
      console.error(PREFIX + 'config-invalid: config-src rejected: must be https:// (http only on localhost), without a user name or password ("' + src + '" in the attribute); ignored until it is fixed');
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
        console.error(PREFIX + 'config-invalid: config-src file ' + url.href + ' could not be used (' + (error && error.message || error) + '); ignored until it is fixed');
        return null;
      });
  }

  // A fresh `ready` for a widget that has to render again. A pending one stays: whoever
  // awaits it is answered by the next render.
  function renew(element) {
    var s = state(element);
    if (!s.resolve) s.ready = new Promise(function (resolve) { s.resolve = resolve; });
  }

  // The page's own controls, which the floating launcher must leave usable.
  var CONTROLS = 'a[href],button,input,select,textarea,summary,[tabindex],[contenteditable]';

  /** The first of the page's controls (outside our shadow roots) under `rect`, if any. */
  function controlUnder(rect) {
    var all = document.querySelectorAll(CONTROLS);
    for (var i = 0; i < all.length; i++) {
      var r = all[i].getBoundingClientRect();
      if (r.width && r.height && r.right > rect.left && r.left < rect.right && r.bottom > rect.top && r.top < rect.bottom) return r;
    }
    return null;
  }

  // Where the floating launcher sits once the page is at rest: the bottom right corner,
  // else the bottom left, else above the page's controls it would cover there (a cookie
  // bar's buttons, a chat button); where the lower half of the screen has no clear spot,
  // it steps out of the way until the page moves again. It never hides one of them.
  function place(launcher) {
    var style = launcher.style;
    style.visibility = '';
    for (var bottom = 16, round = 0; round < 8 && bottom < innerHeight / 2; round++) {
      var highest = Infinity;
      for (var side = 0; side < 2; side++) {
        style.left = side ? '16px' : 'auto';
        style.right = side ? 'auto' : '16px';
        style.bottom = bottom + 'px';
        var hit = controlUnder(launcher.getBoundingClientRect());
        if (!hit) return;
        highest = Math.min(highest, hit.top);
      }
      bottom = innerHeight - highest + 8;
    }
    style.left = style.right = style.bottom = '';
    style.visibility = 'hidden';
  }

  // The floating launcher follows the page while the element is in it.
  function watchRest(s, on) {
    if (!s.rest) return;
    var method = on ? addEventListener : removeEventListener;
    method('scroll', s.rest, { passive: true });
    method('resize', s.rest);
  }

  class SmpWidget extends HTMLElement {
    static get observedAttributes() { return OPTIONS; }

    constructor() {
      super();
      var element = this;
      renew(element);
      this.addEventListener('smp:ready', function () {
        var s = state(element);
        var resolve = s.resolve;
        s.resolve = null;
        if (resolve) resolve(element);
      });
    }

    /** Resolves with the element once the widget has rendered (again, after a return to the page). */
    get ready() { return state(this).ready; }

    connectedCallback() {
      var s = state(this);
      var popup = (s.popup = isPopup(this));
      if (!this.shadowRoot) {
        // A dictionary without a prototype: a polluted `slotAssignment: 'manual'` would hide
        // the fallback.
        var root = this.attachShadow({ __proto__: null, mode: 'open' });
        var sheet = hostRules(popup);
        if (sheet) root.adoptedStyleSheets = [sheet];
        root.appendChild(document.createElement('slot'));
      }
      watchRest(s, true);
      if (s.handle || s.near || s.booting || failure) return;
      if (popup) {
        this.__smpLauncher();
      } else {
        var element = this;
        whenNear(element, function () { element.__smpBoot(); });
      }
    }

    disconnectedCallback() {
      var element = this;
      var s = state(element);
      // A move (remove then insert in the same task) keeps the widget as it is.
      queueMicrotask(function () {
        if (element.isConnected) return;
        watchRest(s, false);
        if (s.near && observer) observer.unobserve(element);
        s.near = null;
        var handle = s.handle;
        s.handle = null;
        if (handle) {
          // Out of the page for longer (a keep-alive cache, a carousel): the widget goes
          // (its listeners and memory too) and the fallback comes back; the unmounted handle
          // holds only the visitor's progress, for `mount` should the element return, and
          // is freed with the element. `ready` waits for the next render.
          try {
            handle.unmount();
            s.kept = handle;
          } catch (error) { /* a dead instance after a panic: nothing to clean */ }
          renew(element);
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !this.shadowRoot) return;
      var s = state(this);
      var popup = isPopup(this);
      if (popup !== s.popup) this.__smpMode(popup);
      if (!s.handle) return;
      try { s.handle.reconfigure(popup); } catch (error) { /* dead after a panic */ }
    }

    // A changed `mode` switches the element live: its box, its launcher, and (once
    // mounted) the widget itself through reconfigure.
    __smpMode(popup) {
      var s = state(this);
      s.popup = popup;
      var root = this.shadowRoot;
      var sheet = hostRules(popup);
      if (sheet) root.adoptedStyleSheets = [sheet].concat(Array.prototype.slice.call(root.adoptedStyleSheets, 1));
      var launcher = s.launcher;
      if (popup) {
        this.__smpLauncher();
      } else if (launcher) {
        s.launcher = null;
        launcher.removeEventListener('click', s.launcherClick);
        watchRest(s, false);
        s.rest = null;
        launcher.removeAttribute('aria-haspopup');
        if (launcher.parentNode === root) launcher.remove();
        var element = this;
        if (!s.handle) whenNear(element, function () { element.__smpBoot(); });
      }
    }

    /** Opens the widget: the dialog in popup mode; inline, brings it into view. */
    open() {
      if (!isPopup(this)) {
        this.scrollIntoView({ block: 'start' });
        this.__smpBoot();
        return;
      }
      var s = state(this);
      s.pendingOpen = true;
      if (s.handle) this.__smpCall('open');
      else this.__smpBoot();
    }

    close() { this.__smpCall('close'); }

    /** Forgets the visitor's answers and returns to the start (also while out of the page). */
    reset() {
      var s = state(this);
      var handle = s.handle || s.kept;
      try { if (handle) handle.reset(); } catch (error) { /* dead after a panic */ }
    }

    __smpCall(method) {
      var handle = state(this).handle;
      try { if (handle) handle[method](); } catch (error) { /* dead after a panic */ }
    }

    __smpLauncher() {
      var s = state(this);
      if (s.launcher) return;
      var element = this;
      var selector = option(this, 'launcher');
      var launcher = null;
      if (selector) {
        try { launcher = document.querySelector(selector); } catch (e) { launcher = null; }
        if (!launcher) console.error(PREFIX + 'config-invalid: launcher rejected: no element matches "' + selector + '"; the floating button is used until it is fixed');
      }
      if (!launcher) {
        launcher = document.createElement('button');
        launcher.type = 'button';
        launcher.className = 'smp-launcher';
        var lang = (option(this, 'lang') || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
        launcher.textContent = lang === 'es' ? LAUNCHER_ES : LAUNCHER_EN;
        this.shadowRoot.insertBefore(launcher, this.shadowRoot.firstChild);
        // Placed again whenever the page comes to rest (scrolled, resized).
        var timer = 0;
        var button = launcher;
        s.rest = function () {
          clearTimeout(timer);
          timer = setTimeout(function () { place(button); }, 150);
        };
        watchRest(s, true);
        s.rest();
      }
      launcher.setAttribute('aria-haspopup', 'dialog');
      s.launcherClick = function (event) {
        event.preventDefault();
        element.open();
      };
      launcher.addEventListener('click', s.launcherClick);
      s.launcher = launcher;
    }

    __smpBoot() {
      var s = state(this);
      if (s.handle || s.booting || failure) return;
      s.booting = true;
      var element = this;
      Promise.all([loadGlue(), remoteConfig(element)]).then(function (loaded) {
        // The mount in a task of its own, after the wasm's instantiation: on a first visit
        // each compiles as it runs, and together they were one long task (issue 18).
        return new Promise(function (resolve) { setTimeout(resolve, 0, loaded); });
      }).then(function (loaded) {
        s.booting = false;
        if (!element.isConnected || s.handle) return;
        var kept = s.kept;
        s.kept = null;
        try {
          s.handle = loaded[0].mount(element, element.shadowRoot, loaded[1], s.popup, kept);
          if (s.pendingOpen) element.__smpCall('open');
        } catch (error) {
          report('mount-failed', String(error));
        }
      }, function () {
        s.booting = false; /* reported once in loadGlue */
      });
    }
  }

  try {
    customElements.define(TAG, SmpWidget);
  } catch (error) { /* defined meanwhile by another copy of this script */ }
})();
