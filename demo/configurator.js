// The configurator: the form's values become the element's attributes, the live preview is
// a real <smp-widget>, and the snippet is serialised by the DOM (so values are escaped).
// The snippet's script tag follows where the marketer gets the files: a public CDN pinned
// to this build's release (name and version from release.json, integrity from
// integrity.json, both written by the build), or their own https server.
(function () {
  'use strict';
  var form = document.getElementById('options');
  var slot = document.getElementById('preview-slot');
  var snippet = document.getElementById('snippet');
  var copy = document.getElementById('copy');
  var baseField = document.getElementById('base-url-field');
  var baseError = document.getElementById('base-url-error');
  var releaseNote = document.getElementById('release');
  // Fields that say where the files come from or where the widget sits, not how it behaves.
  var NOT_OPTIONS = { source: true, 'base-url': true, 'near-top': true };
  // The URL layouts of the public npm CDNs. The snippet names loader.js in full: the loader
  // finds its other files beside its own URL.
  var CDNS = {
    jsdelivr: function (r) { return 'https://cdn.jsdelivr.net/npm/' + r.name + '@' + r.version + '/'; },
    unpkg: function (r) { return 'https://unpkg.com/' + r.name + '@' + r.version + '/'; },
  };
  var release = null;
  var loaderIntegrity = null;
  // The glue's and the wasm's integrity, for the preload lines (EMBEDDING.md): the browser
  // reuses a preloaded file only when the loader's request matches it, integrity included.
  var fileIntegrity = null;
  // EMBEDDING.md's rules, first in an inline snippet: the page reserves the widget's box
  // before the async loader runs, so nothing below it jumps when it starts. A popup takes no
  // box, so its snippet has none.
  var reserve = '';

  fetch('/smp-widget/v1/integrity.json')
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (json) { loaderIntegrity = json && json['loader.js']; fileIntegrity = json; render(); })
    .catch(function () { /* no integrity to offer: no snippet either (see render) */ });
  fetch('/smp-widget/v1/release.json')
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (json) { release = json && json.name && json.version ? json : null; render(); })
    .catch(function () { /* reported in render */ });
  fetch('/reserve.css')
    .then(function (r) { return r.ok ? r.text() : ''; })
    .then(function (css) { reserve = css.replace(/\/\*[^]*?\*\/\s*/g, '').trim(); render(); })
    .catch(function () { /* the snippet works without them; EMBEDDING.md lists them */ });

  function attributes() {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || NOT_OPTIONS[field.name]) return;
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

  function value(attrs, name, otherwise) {
    return (attrs.find(function (p) { return p[0] === name; }) || [null, otherwise])[1];
  }

  function paragraph(child) {
    var p = document.createElement('p');
    p.append(child);
    return p;
  }

  // The fallback: an inline widget's box shows it as a card (the clinic's name, a line,
  // the call link) while loading and whenever it cannot start; a popup's is its call link.
  function widget(attrs, popup) {
    var element = document.createElement('smp-widget');
    attrs.forEach(function (pair) { element.setAttribute(pair[0], pair[1]); });
    var phone = value(attrs, 'phone', '760.501.0080');
    var link = document.createElement('a');
    link.href = 'tel:' + phone.replace(/[^+\d]/g, '');
    link.textContent = 'Call ' + phone;
    if (popup) {
      element.append(link);
      return element;
    }
    var name = document.createElement('strong');
    name.textContent = value(attrs, 'clinic', 'Beverly Hills Hair Restoration');
    var spanish = value(attrs, 'lang', '') === 'es';
    var line = spanish
      ? '¿Es la micropigmentación capilar para usted? Llámenos y pregunte.'
      : 'Is scalp micropigmentation right for you? Call us and ask.';
    if (spanish) link.textContent = 'Llame al ' + phone;
    element.append(paragraph(name), paragraph(line), paragraph(link));
    return element;
  }

  var LOOPBACK = /^(localhost|127\.0\.0\.1)$/;

  /**
   * The marketer's own folder as a base URL ending in `/`, or `{error}`. https only: a page
   * on https cannot load the widget over http (http only while both this page and the
   * folder are on this machine, for trying it out).
   */
  function ownBase(text) {
    var url;
    try {
      url = new URL(text.trim());
    } catch (e) {
      return { error: 'Type the folder\'s full address, starting with https://' };
    }
    var local = url.protocol === 'http:' && LOOPBACK.test(url.hostname) && LOOPBACK.test(location.hostname);
    if (url.protocol !== 'https:' && !local) return { error: 'The address must start with https:// — a page on https cannot load the widget over http.' };
    if (url.username || url.password) return { error: 'Leave the user name and password out of the address.' };
    if (url.search || url.hash) return { error: 'Only the folder\'s address: no ? or # part.' };
    var path = url.pathname.replace(/loader\.js$/, '');
    return { base: url.origin + path + (path.slice(-1) === '/' ? '' : '/') };
  }

  /** Where the snippet's loader.js is: `{url}`, or `{error}` to show instead of a snippet. */
  function loaderSource() {
    var source = form.elements.source.value;
    var own = source === 'self';
    baseField.hidden = !own;
    form.elements['base-url'].disabled = !own;
    if (own) {
      var found = ownBase(form.elements['base-url'].value);
      form.elements['base-url'].setCustomValidity(found.error || '');
      return found.error ? found : { url: found.base + 'loader.js' };
    }
    if (!release) return { error: 'This build has no release.json: run scripts/build.sh.' };
    return { url: CDNS[source](release) + 'loader.js' };
  }

  function render() {
    var attrs = attributes();
    // A fresh element each time: mode, parts and language are read when a widget mounts.
    releaseNote.textContent = release && loaderIntegrity
      ? 'Release ' + release.name + ' ' + release.version + ', loader integrity ' + loaderIntegrity
      : '';
    var source = loaderSource();
    var popup = attrs.some(function (pair) { return pair[0] === 'mode' && pair[1] === 'popup'; });
    slot.replaceChildren(widget(attrs, popup));
    // Only the form's own field shows its mistake; a CDN choice never has one.
    baseError.textContent = form.elements.source.value === 'self' ? source.error || '' : '';
    if (source.error || !loaderIntegrity) {
      // No snippet rather than one that cannot work, or one without its integrity.
      snippet.textContent = '';
      copy.disabled = true;
      return;
    }
    var script = document.createElement('script');
    script.src = source.url;
    script.async = true;
    script.integrity = loaderIntegrity;
    script.crossOrigin = 'anonymous';
    var style = '';
    if (reserve && !popup) {
      var element = document.createElement('style');
      element.textContent = '\n' + reserve + '\n';
      style = element.outerHTML + '\n';
    }
    var comment = popup ? 'Shown until the widget is ready, and whenever it cannot start.' : 'Shown as a card while the widget loads, and whenever it cannot start.';
    var element = widget(attrs, popup).outerHTML.replace(/><(a|p)\b/, '>\n  <!-- ' + comment + ' -->\n  <$1').replace(/<\/p></g, '</p>\n  <').replace(/(<\/a>)(<\/smp-widget>)$/, '$1\n$2').replace(/\n  <\/smp-widget>$/, '\n</smp-widget>');
    snippet.textContent = style + preloads(source.url, popup) + script.outerHTML + '\n' + element;
    copy.disabled = false;
  }

  /**
   * Near the top of the page: EMBEDDING.md's two preload lines for the wasm and the glue,
   * beside loader.js, with their integrity and the CORS mode of the loader's own requests,
   * so the browser hands the preloaded files over instead of downloading them twice. None
   * for a widget further down, or a popup (they load when needed).
   */
  function preloads(loaderUrl, popup) {
    if (popup || !form.elements['near-top'].checked || !fileIntegrity) return '';
    var base = loaderUrl.replace(/loader\.js$/, '');
    return [['smp-widget_bg.wasm', 'fetch', 'application/wasm'], ['smp-widget.js', 'script', null]].map(function (file) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.href = base + file[0];
      link.as = file[1];
      if (file[2]) link.type = file[2];
      link.crossOrigin = 'anonymous';
      // A preload `as="fetch"` cannot check integrity (Chromium warns that it ignores it);
      // the loader checks the wasm itself. The glue's line carries the glue's.
      if (file[1] === 'script') link.integrity = fileIntegrity[file[0]];
      return link.outerHTML + '\n';
    }).join('');
  }

  var pending = 0;
  form.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(render, 250);
  });
  form.addEventListener('change', render);
  copy.addEventListener('click', function () {
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
