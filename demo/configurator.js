// The configurator: the form's values become the element's attributes, the live preview is
// a real <smp-widget>, and the snippet is serialised by the DOM (so values are escaped).
(function () {
  'use strict';
  var form = document.getElementById('options');
  var slot = document.getElementById('preview-slot');
  var snippet = document.getElementById('snippet');
  var loaderUrl = new URL('/smp-widget/v1/loader.js', location.href).href;
  var loaderIntegrity = null;
  // EMBEDDING.md's rules, first in the snippet: the page reserves the widget's box before the
  // async loader runs, so nothing below it jumps when it starts (the widget reserves the same).
  var reserve = '';

  fetch('/smp-widget/v1/integrity.json')
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (json) { loaderIntegrity = json && json['loader.js']; render(); })
    .catch(function () { /* the snippet works without the integrity attribute */ });
  fetch('/reserve.css')
    .then(function (r) { return r.ok ? r.text() : ''; })
    .then(function (css) { reserve = css.replace(/\/\*[^]*?\*\/\s*/g, ''); render(); })
    .catch(function () { /* the snippet works without them; EMBEDDING.md lists them */ });

  function attributes() {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return;
      if (field.type === 'checkbox') {
        if (field.checked) out.push([field.name, 'true']);
        return;
      }
      var value = field.value.trim();
      var defaults = { mode: 'inline', parts: 'both', radius: '10', font: 'inherit', 'brand-color': '#0b5c66' };
      if (value && defaults[field.name] !== value) out.push([field.name, value]);
    });
    return out;
  }

  function widget(attrs) {
    var element = document.createElement('smp-widget');
    attrs.forEach(function (pair) { element.setAttribute(pair[0], pair[1]); });
    var phone = (attrs.find(function (p) { return p[0] === 'phone'; }) || [null, '760.501.0080'])[1];
    var link = document.createElement('a');
    link.href = 'tel:' + phone.replace(/[^+\d]/g, '');
    link.textContent = 'Call ' + phone;
    element.appendChild(link);
    return element;
  }

  function render() {
    var attrs = attributes();
    // A fresh element each time: mode, parts and language are read when a widget mounts.
    slot.replaceChildren(widget(attrs));
    var script = document.createElement('script');
    script.src = loaderUrl;
    script.async = true;
    if (loaderIntegrity) {
      script.integrity = loaderIntegrity;
      script.crossOrigin = 'anonymous';
    }
    var style = '';
    if (reserve) {
      var element = document.createElement('style');
      element.textContent = '\n' + reserve;
      style = element.outerHTML + '\n';
    }
    snippet.textContent = style + script.outerHTML + '\n' + widget(attrs).outerHTML.replace('><a ', '>\n  <a ').replace('</a><', '</a>\n<');
  }

  var pending = 0;
  form.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(render, 250);
  });
  form.addEventListener('change', render);
  document.getElementById('copy').addEventListener('click', function () {
    var status = document.getElementById('copied');
    var text = snippet.textContent;
    (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject())
      .then(function () { status.textContent = 'Copied.'; })
      .catch(function () {
        var range = document.createRange();
        range.selectNodeContents(snippet);
        var selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      });
  });
  render();
})();
