// The bench's lifecycle page: keeps the widget's WebAssembly.Memory where the bench can read
// its size, and defines <smp-plain>, a plain custom element that does what a mount and an
// unmount do without a framework — a shadow root, a container with a start screen, capture
// listeners for click and change on it, `ready` once rendered, all removed when it leaves.
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
  function ignore() {}
  class SmpPlain extends HTMLElement {
    connectedCallback() {
      var element = this;
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      this.ready = new Promise(function (resolve) {
        queueMicrotask(function () {
          var app = document.createElement('div');
          app.className = 'smp-app';
          var heading = document.createElement('h2');
          heading.textContent = 'Is scalp micropigmentation right for you?';
          var button = document.createElement('button');
          button.className = 'start-button';
          button.textContent = 'Start the self-assessment';
          app.append(heading, button);
          app.addEventListener('click', ignore, true);
          app.addEventListener('change', ignore, true);
          root.appendChild(app);
          element.app = app;
          resolve(element);
        });
      });
    }
    disconnectedCallback() {
      var app = this.app;
      this.app = null;
      if (!app) return;
      app.removeEventListener('click', ignore, true);
      app.removeEventListener('change', ignore, true);
      app.remove();
    }
  }
  customElements.define('smp-plain', SmpPlain);
})();
