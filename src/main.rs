//! The WebAssembly entry point. The loader script calls `mount` for each `<smp-widget>`;
//! `mount` installs the panic hook on first use.

#[cfg(target_arch = "wasm32")]
pub use smp_widget::embed::mount;

fn main() {}
