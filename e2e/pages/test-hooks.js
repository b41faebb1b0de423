// Test instrumentation for fixture pages: records console lines and errors that reach the
// host page, so tests can count them.
(function () {
  var log = (window.__smpTestLog = []);
  ['error', 'warn', 'info', 'log', 'debug'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      log.push({ level: level, text: Array.prototype.map.call(arguments, String).join(' ') });
      return original.apply(console, arguments);
    };
  });
  var violations = (window.__cspViolations = []);
  document.addEventListener('securitypolicyviolation', function (event) {
    violations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
  var events = (window.__smpEvents = []);
  ['smp:ready', 'smp:start', 'smp:step', 'smp:complete', 'smp:outcome', 'smp:estimate', 'smp:cta'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      events.push({ name: name, detail: JSON.parse(JSON.stringify(event.detail)), from: event.target.id || null });
    });
  });
  // The host's own elements' computed styles (compared with and without the widget).
  window.__hostStyles = function () {
    return ['host-heading', 'host-button'].map(function (id) {
      var element = document.getElementById(id);
      if (!element) return null;
      var style = getComputedStyle(element);
      return [style.color, style.fontSize, style.fontFamily, style.display, style.lineHeight, style.margin].join('|');
    });
  };
  window.__alerts = 0;
  window.alert = function () { window.__alerts++; };
  window.__onerrorCalls = [];
  window.onerror = function (message) { window.__onerrorCalls.push(String(message)); };
  var errors = (window.__hostErrors = []);
  window.addEventListener('error', function (event) { errors.push(String(event.message)); });
  window.addEventListener('unhandledrejection', function (event) { errors.push('unhandled rejection: ' + event.reason); });
  // Layout shift on the page (Chromium), and whether any frame showed a widget's fallback
  // and the widget itself together: rAF callbacks run just before each frame is painted.
  window.__layoutShift = 0;
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) { if (!entry.hadRecentInput) window.__layoutShift += entry.value; });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { /* not in this browser */ }
  window.__fallbackAndWidgetShown = false;
  var watchUntil = Date.now() + 15000;
  (function watch() {
    document.querySelectorAll('smp-widget').forEach(function (element) {
      var root = element.shadowRoot;
      if (root && root.querySelector('slot') && root.querySelector('.smp-app')) window.__fallbackAndWidgetShown = true;
    });
    if (Date.now() < watchUntil) requestAnimationFrame(watch);
  })();
  // Last: what the page looks like before any widget code runs (SEC-8).
  window.__windowKeysBefore = Object.keys(window);
  window.__builtinsBefore = [Array.prototype.push, Array.prototype.map, Element.prototype.attachShadow,
    Element.prototype.setAttribute, Function.prototype.call, Function.prototype.apply, Object.assign, JSON.parse];
})();
