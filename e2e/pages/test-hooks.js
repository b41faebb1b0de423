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
  ['smp:ready', 'smp:step', 'smp:complete', 'smp:estimate', 'smp:cta'].forEach(function (name) {
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
  // Last: what the page looks like before any widget code runs (SEC-8).
  window.__windowKeysBefore = Object.keys(window);
  window.__builtinsBefore = [Array.prototype.push, Array.prototype.map, Element.prototype.attachShadow,
    Element.prototype.setAttribute, Function.prototype.call, Function.prototype.apply, Object.assign, JSON.parse];
})();
