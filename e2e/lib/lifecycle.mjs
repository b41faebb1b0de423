// Mount/unmount cycles as a single-page app makes them, and what they leave behind, read
// through the DevTools protocol after a forced garbage collection (docs/reliability.md REL-4). Used by
// e2e/lifecycle.test.mjs and by the benchmark (bench/bench.mjs), which runs the same cycles
// on a plain custom element beside the widget.

/** The DevTools protocol through chromedriver's pass-through. */
export const cdp = (browser, cmd, params = {}) => browser.cmd('POST', '/goog/cdp/execute', { cmd, params });

/**
 * Runs `count` cycles on the page: a new `<tag>` is added to `#app`, awaited until its
 * `ready` resolves (it rendered), its start button pressed if `start`, then removed, and the
 * page given a frame to unmount it.
 * In batches, so one script call stays well inside WebDriver's script timeout.
 */
export async function cycles(browser, count, tag = 'smp-widget', { start = false } = {}) {
  for (let done = 0; done < count; ) {
    const batch = Math.min(25, count - done);
    const result = await browser.runAsync(
      `const [batch, tag, first, start, finish] = arguments;
       (async () => {
         const app = document.getElementById('app');
         for (let i = 0; i < batch; i++) {
           const element = document.createElement(tag);
           element.setAttribute('clinic', 'Cycle ' + (first + i));
           element.setAttribute('lang', 'en');
           app.appendChild(element);
           await element.ready;
           if (start) {
             // The visitor starts: the element then keeps their progress when it leaves.
             element.shadowRoot.querySelector('.start-button').click();
             await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
           }
           element.remove();
           await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
         }
       })().then(() => finish(true), (error) => finish(String(error)));`,
      batch,
      tag,
      done,
      start,
    );
    if (result !== true) throw new Error(`cycle failed: ${result}`);
    done += batch;
  }
}

/**
 * What the page holds after a forced garbage collection: event listeners and DOM nodes
 * (Memory.getDOMCounters), the JS heap in use (Runtime.getHeapUsage), the widget's wasm
 * memory (when the page recorded it: e2e/pages/lifecycle.js), and the widget containers
 * (`div.smp-app`) still alive outside the page, with the listeners on them
 * (Runtime.queryObjects, DOMDebugger.getEventListeners).
 */
export async function counters(browser) {
  // Twice: the first collection can free objects whose finalizers free more.
  await cdp(browser, 'HeapProfiler.collectGarbage');
  await browser.runAsync('const done = arguments[0]; setTimeout(done, 50)');
  await cdp(browser, 'HeapProfiler.collectGarbage');
  const dom = await cdp(browser, 'Memory.getDOMCounters');
  const heap = await cdp(browser, 'Runtime.getHeapUsage');
  const wasm = await browser.run('return window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null');
  const group = 'smp-lifecycle';
  let detached = 0;
  let detachedListeners = 0;
  try {
    const proto = await cdp(browser, 'Runtime.evaluate', { expression: 'HTMLDivElement.prototype', objectGroup: group });
    const all = await cdp(browser, 'Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: group });
    const found = await cdp(browser, 'Runtime.callFunctionOn', {
      objectId: all.objects.objectId,
      functionDeclaration: `function () { return this.filter((e) => e.classList.contains('smp-app') && !e.isConnected); }`,
      objectGroup: group,
    });
    const props = await cdp(browser, 'Runtime.getProperties', { objectId: found.result.objectId, ownProperties: true });
    for (const p of props.result) {
      if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
      detached += 1;
      const { listeners } = await cdp(browser, 'DOMDebugger.getEventListeners', { objectId: p.value.objectId });
      detachedListeners += listeners.length;
    }
  } finally {
    // Remote object handles keep their objects alive: let them go.
    await cdp(browser, 'Runtime.releaseObjectGroup', { objectGroup: group });
  }
  return {
    listeners: dom.jsEventListeners,
    nodes: dom.nodes,
    heapKB: Math.round(heap.usedSize / 1024),
    wasmKB: wasm === null ? null : Math.round(wasm / 1024),
    detached,
    detachedListeners,
  };
}
