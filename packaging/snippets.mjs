// The snippets a marketer copies from the release's READMEs. Complete as they stand: the
// page's reserving rules first (inline mode; a popup needs none, and they skip it), then
// the script tag with the release's integrity, then the element with its fallback.

/** Where public npm CDNs serve a package version (the loader finds its files beside it). */
export const CDNS = {
  jsdelivr: { base: (name, version) => `https://cdn.jsdelivr.net/npm/${name}@${version}/` },
  unpkg: { base: (name, version) => `https://unpkg.com/${name}@${version}/` },
};

/**
 * The element's opening tag, its second line of attributes aligned under the first. No
 * `lang`: the widget follows the page's `<html lang>` unless the marketer picks one.
 */
function openTag(first) {
  const start = `<smp-widget ${first}`;
  return `${start}clinic="Beverly Hills Hair Restoration" phone="760.501.0080"\n${' '.repeat(start.length)}booking-url="https://example.com/book" city="Palm Desert, CA">`;
}
/** An inline widget's fallback: the card its box shows while loading or if it cannot start. */
const CARD = `  <!-- Shown as a card while the widget loads, and whenever it cannot start. -->
  <p><strong>Beverly Hills Hair Restoration</strong></p>
  <p>Is scalp micropigmentation right for you? Call us and ask.</p>
  <p><a href="tel:+17605010080">Call 760.501.0080</a></p>`;
/** A popup's fallback: its call link, where the page put the element. */
const LINK = `  <!-- Shown until the widget is ready, and whenever it cannot start. -->
  <a href="tel:+17605010080">Call 760.501.0080</a>`;

/** The script tag: the loader at `base`, checked by the browser against `integrity`. */
export function scriptTag(base, integrity) {
  return `<script src="${base}loader.js" async
        integrity="${integrity}" crossorigin="anonymous"></script>`;
}

/** The inline snippet: reserving rules, script, element. */
export function inlineSnippet({ base, integrity, rules }) {
  return `<style>\n${rules}\n</style>\n${scriptTag(base, integrity)}\n${openTag('')}\n${CARD}\n</smp-widget>`;
}

/** The popup snippet: a launcher button opens the widget; no box to reserve, so no rules. */
export function popupSnippet({ base, integrity }) {
  return `${scriptTag(base, integrity)}\n${openTag('mode="popup" ')}\n${LINK}\n</smp-widget>`;
}
