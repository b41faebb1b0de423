// axe-core, injected through WebDriver (works the same in any engine), run over a widget
// and its open shadow root.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations (rule id and targets) inside `selector`, after injecting axe if needed. */
export async function audit(browser, selector = 'smp-widget') {
  if (!(await browser.run('return typeof window.axe'))?.includes('object')) {
    await browser.run(AXE);
  }
  return browser.runAsync(
    `const [selector, tags, done] = arguments;
     const context = { include: [...document.querySelectorAll(selector)] };
     // Audit what a visitor reads once steps have finished fading in.
     const running = [...document.getAnimations()];
     for (const host of document.querySelectorAll('smp-widget')) {
       for (const e of host.shadowRoot?.children ?? []) running.push(...e.getAnimations({ subtree: true }));
     }
     Promise.all(running.map((a) => a.finished.catch(() => null)))
       .then(() => axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
       ).then((r) => done(r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) }))))
       .catch((e) => done([{ id: 'axe-error', help: String(e) }]));`,
    selector,
    WCAG_TAGS,
  );
}
