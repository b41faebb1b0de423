// Shipped-file sizes (raw, gzip -9, brotli -q 11), and the budget check the test command
// runs: `node scripts/sizes.mjs [--check] [dir]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizesOf(dir, names) {
  return names.map((name) => {
    const bytes = readFileSync(join(dir, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  });
}

/** The files a visitor's browser downloads for the widget (the CSS is inside the wasm). */
export function widgetFiles(dir) {
  return sizesOf(dir, readdirSync(dir).filter((f) => /\.(js|wasm|css)$/.test(f)).sort());
}

export function table(rows, title) {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const line = (name, r) => `${name.padEnd(28)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`;
  const out = [`${title}`, `${'file'.padEnd(28)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli 11'.padStart(9)}`];
  for (const r of rows) out.push(line(r.name, r));
  out.push(line('total', total));
  return { text: out.join('\n'), total };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/smp-widget/v1';
  const budgets = JSON.parse(readFileSync(new URL('../tools/budgets.json', import.meta.url), 'utf8'));
  const rows = widgetFiles(dir);
  const { text, total } = table(rows, `Shipped files in ${dir} (bytes)`);
  console.log(text);
  const loader = rows.find((r) => r.name === 'loader.js');
  const problems = [];
  if (!loader) problems.push('no loader.js');
  else if (loader.brotli > budgets.loader_brotli_max) problems.push(`loader.js is ${loader.brotli} B brotli, budget ${budgets.loader_brotli_max}`);
  if (total.brotli > budgets.total_brotli_max) problems.push(`total is ${total.brotli} B brotli, budget ${budgets.total_brotli_max}`);
  console.log(`budgets (tools/budgets.json): loader ≤ ${budgets.loader_brotli_max} B, total ≤ ${budgets.total_brotli_max} B brotli`);
  if (check && problems.length) {
    for (const p of problems) console.error(`size budget exceeded: ${p}`);
    process.exit(1);
  }
}
