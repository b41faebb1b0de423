//! Failures fail: every build and test script stops with a non-zero status at the first step
//! that fails, so a failed build can never pass on a stale `dist/` (issue 26 item 5).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs `script` in bash from the repository, with `scripts/env.sh` sourced.
fn bash(script: &str) -> std::process::Output {
    Command::new("bash")
        .current_dir(ROOT)
        .args([
            "-c",
            &format!("set -euo pipefail; . scripts/env.sh; {script}"),
        ])
        .output()
        .expect("bash runs")
}

#[test]
fn a_filtered_build_step_keeps_the_build_s_exit_status_and_drops_only_noise() {
    let failed = bash(
        "quietly sh -c 'echo; echo \"INFO compiling\"; echo \"error: x\"; exit 3'; echo after",
    );
    assert_eq!(failed.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&failed.stdout), "error: x\n");
    // A step that prints nothing but noise succeeds (the filter itself never fails).
    let quiet = bash("quietly sh -c 'echo \"INFO done\"'; echo after");
    assert!(quiet.status.success());
    assert_eq!(String::from_utf8_lossy(&quiet.stdout), "after\n");
}

#[test]
fn every_script_stops_at_its_first_failed_step_and_masks_no_exit_status() {
    let dir = Path::new(ROOT).join("scripts");
    let mut scripts = 0;
    for entry in fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "sh") || path.ends_with("env.sh") {
            continue;
        }
        scripts += 1;
        let text = fs::read_to_string(&path).unwrap();
        let name = path.display();
        assert!(
            text.contains("\nset -euo pipefail\n"),
            "{name}: no set -euo pipefail"
        );
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let masked = line.contains(" | ") && line.trim_end().ends_with("|| true");
            assert!(!masked, "{name}: a pipeline's failure is hidden: {line}");
        }
    }
    assert!(scripts >= 8, "{scripts} scripts");
}
