// Simulates Apple's Lockdown Mode: no WebAssembly on this page.
delete window.WebAssembly;
