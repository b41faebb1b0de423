// Sums twiggy's items (`twiggy top -a -f json`) by crate, and this crate's by module, so a
// size budget can be argued crate by crate (scripts/size-profile.sh runs it).
//
//   node scripts/size-profile.mjs items.json
//   SHOW_OTHER=20 node scripts/size-profile.mjs items.json   # also the items it could not place
import { readFileSync } from 'node:fs';

// The names subsection is there only because the profile build keeps names (-g).
const items = JSON.parse(readFileSync(process.argv[2], 'utf8')).filter((item) => item.name !== '"function names" subsection');
const total = items.reduce((sum, item) => sum + item.shallow_size, 0);

/**
 * The crate an item belongs to: the first path segment of its demangled name, looking
 * inside `<T as Trait>` and generic wrappers for the type's crate (a trait impl's code is
 * the implementing type's), and the item kind for data, tables and wasm-bindgen shims.
 */
export function crateOf(name) {
  if (/^data segment /.test(name)) return '(data: strings, tables)';
  if (/^(type|table|elem|memory|global|import|export)\b|^"/.test(name) || /^\w+\[\d+\]$/.test(name)) return '(wasm sections)';
  if (name.startsWith('__wbg_') || name.startsWith('__wbindgen') || name.includes('wasm_bindgen::convert::closures')) return 'wasm-bindgen (shims)';
  // std's own crates carry a disambiguator: core[c5930c85a12de822]::fmt.
  let path = name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/^(?:<|&|\*const |\*mut |dyn |impl |mut )+/, '');
  // A primitive's or a generic `T`'s impl of a trait: the trait's crate.
  const blanket = path.match(/^(?:[a-z0-9]+|T|I|F|\[T\]|str|&\w+) as ([a-z_][a-z0-9_]*)::/);
  if (blanket) path = `${blanket[1]}::`;
  if (/^(?:u8|u16|u32|u64|i32|i64|usize|char|str|f32|f64)>?::/.test(path)) return 'core';
  if (/^widgethandle_|^__externref|^main$|externref shim/.test(name)) return 'wasm-bindgen (exports, runtime)';
  const generic = path.match(/^(?:alloc|core|std)::(?:boxed::Box|rc::Rc|sync::Arc|vec::Vec|option::Option|cell::RefCell)<(.*)$/);
  if (generic && /^[a-z_][a-z0-9_]*::/.test(generic[1])) path = generic[1];
  const crate = path.match(/^([a-z_][a-z0-9_]*)::/);
  if (!crate) return '(other)';
  return crate[1] === 'smp_widget' ? `smp_widget::${(path.match(/^smp_widget::([a-z_0-9]+(?:::[a-z_0-9]+)?)/) ?? [, '(root)'])[1]}` : crate[1];
}

if (process.env.SHOW_OTHER) {
  for (const item of items.filter((i) => crateOf(i.name) === '(other)').slice(0, Number(process.env.SHOW_OTHER))) console.log(item.shallow_size, item.name);
}

const byCrate = new Map();
for (const item of items) {
  const crate = crateOf(item.name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
}
const rows = [...byCrate].sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`== bytes by crate (this crate by module), of ${total} B before compression`);
for (const [name, bytes] of rows) {
  console.log(`${name.padEnd(width)}  ${String(bytes).padStart(7)} B  ${((100 * bytes) / total).toFixed(1).padStart(5)} %`);
}
