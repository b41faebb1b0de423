//! The WebAssembly entry point. The loader script calls `mount` for each `<smp-widget>`.

#[cfg(target_arch = "wasm32")]
pub use smp_widget::embed::mount;

fn main() {
    #[cfg(target_arch = "wasm32")]
    smp_widget::embed::install_panic_hook();
}
