//! The reference generator, `../shared/bench/gen_org.py`, for tests and benchmarks.

use std::path::Path;
use std::process::Command;

/// A CSV written by the generator, or why none could be made (no python3, no generator).
pub fn gen_org(shape: &str, nodes: usize, seed: u32, shuffle: bool) -> Result<Vec<u8>, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_org.py");
    if !script.exists() {
        return Err(format!("{} is missing", script.display()));
    }
    let mut command = Command::new("python3");
    command.arg(&script).args([
        "--nodes",
        &nodes.to_string(),
        "--shape",
        shape,
        "--seed",
        &seed.to_string(),
    ]);
    if shuffle {
        command.arg("--shuffle");
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(output.stdout)
}
