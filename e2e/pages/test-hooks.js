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
  var errors = (window.__hostErrors = []);
  window.addEventListener('error', function (event) { errors.push(String(event.message)); });
  window.addEventListener('unhandledrejection', function (event) { errors.push('unhandled rejection: ' + event.reason); });
})();
