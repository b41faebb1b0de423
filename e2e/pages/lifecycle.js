// Test instrumentation for lifecycle.html only (not test-hooks.js, whose logs grow with every
// mount and would count as the page's memory): keeps the widget's WebAssembly.Memory where
// the test can read its size (the loader keeps nothing a page could reach), and the errors
// that reach the page.
(function () {
  ['instantiate', 'instantiateStreaming'].forEach(function (name) {
    var original = WebAssembly[name];
    WebAssembly[name] = function () {
      return original.apply(this, arguments).then(function (result) {
        var instance = result.instance || result;
        if (instance.exports && instance.exports.memory) window.__wasmMemory = instance.exports.memory;
        return result;
      });
    };
  });
  var errors = (window.__hostErrors = []);
  window.addEventListener('error', function (event) { errors.push(String(event.message)); });
  window.addEventListener('unhandledrejection', function (event) { errors.push('unhandled rejection: ' + event.reason); });
})();
