//! The layout as JSON: `{"nodes":[{"id":"...","x":0.0,"y":0.0,"width":0.0,"height":0.0}, ...]}`.

use std::fmt::Write as _;

use super::Layout;

impl Layout {
    /// The boxes as JSON, top-left corners in chart units, one decimal, in the scenario's order.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.boxes.len() * 72 + 16);
        out.push_str("{\"nodes\":[");
        for (i, b) in self.boxes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            // Ids are letters, digits and - _ . : (NodeId::new), so they need no escaping;
            // serde_json keeps that true should the rule ever change.
            out.push_str(&serde_json::to_string(b.id.as_str()).unwrap_or_default());
            for (name, value) in [
                (",\"x\":", b.x),
                (",\"y\":", b.y),
                (",\"width\":", b.width),
                (",\"height\":", b.height),
            ] {
                out.push_str(name);
                tenths(&mut out, value);
            }
            out.push('}');
        }
        out.push_str("]}\n");
        out
    }
}

/// `value` with one decimal, as `{:.1}` writes it (ties to even) but without `-0.0`: formatting
/// floats through `fmt` was a third of writing a 100,000-box layout.
fn tenths(out: &mut String, value: f32) {
    // An f32 times ten is exact in f64, so the rounding is the decimal one.
    let scaled = (f64::from(value) * 10.0).round_ties_even();
    if !scaled.is_finite() || scaled.abs() >= 1e15 {
        write!(out, "{value:.1}").ok();
        return;
    }
    #[allow(clippy::cast_possible_truncation)] // Checked above: well within i64.
    let tenths = scaled as i64;
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    // Writing to a String cannot fail.
    write!(out, "{}.{}", tenths / 10, tenths % 10).ok();
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn tenths_are_written_as_format_writes_them() {
        for value in [
            0.0f32, -0.0, 0.25, 0.35, 1.05, -1.25, 12.34, 99.95, 1234.5, -0.04, 3.0e7, 0.05,
        ] {
            let mut out = String::new();
            tenths(&mut out, value);
            let expected = format!("{:.1}", value);
            let expected = if expected == "-0.0" { "0.0" } else { &expected };
            assert_eq!(out, expected, "{value}");
        }
    }
}
