//! Generated organisations for tests and benchmarks, from orgplan's own generator.

use orgplan::generate::{GenOptions, Shape, generate_csv};

/// The CSV of `nodes` nodes of the shape named `shape` (realistic, wide, deep, balanced).
///
/// # Panics
/// On a shape that does not exist: a mistake in the test, not in orgplan.
#[must_use]
pub fn gen_org(shape: &str, nodes: usize, seed: u64, shuffle: bool) -> Vec<u8> {
    let Some(shape) = Shape::from_code(shape) else {
        panic!("no shape `{shape}`");
    };
    let options = GenOptions {
        seed,
        shuffle,
        ..GenOptions::new(shape, nodes)
    };
    generate_csv(&options).unwrap()
}
