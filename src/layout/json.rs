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
            // Writing to a String cannot fail.
            write!(
                out,
                ",\"x\":{:.1},\"y\":{:.1},\"width\":{:.1},\"height\":{:.1}}}",
                b.x + 0.0,
                b.y + 0.0,
                b.width,
                b.height
            )
            .ok();
        }
        out.push_str("]}\n");
        out
    }
}
