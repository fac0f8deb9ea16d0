//! Where the lines of a chart split over pages run off a page: each such place is marked, in
//! the margin beside it, with the number of the page the line goes on to, as printed org
//! charts say "continued on page 3".

use super::pages::Pagination;
use super::style::Frame;
use crate::layout::Layout;

/// The edge of a page's printed area a line runs off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Side {
    /// Towards the page before, in the row.
    Left,
    /// Towards the page after, in the row.
    Right,
    /// Towards the page above.
    Top,
    /// Towards the page below.
    Bottom,
}

/// A place where a line runs off a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Crossing {
    /// The edge.
    pub side: Side,
    /// Where along the edge, in points on the page (from its top for a side edge, from its
    /// left for the top and bottom).
    pub at: f32,
    /// The page the line goes on to, counted from 0.
    pub page: usize,
}

/// How close two marks on a side edge may be, in points on the page (a line of text and a
/// little): closer ones are one.
const APART: f32 = 12.0;

/// How close two marks on the top or bottom edge may be, where they stand side by side: the
/// width of "s. 123" and a little.
const APART_ALONG: f32 = 28.0;

/// Where the lines of `layout` (framed by `frame`) that lie on page `index` of `pages` run off
/// it, one mark for lines closer than [`APART`], in order along each edge. `connectors` are
/// the places of the connectors on that page.
pub(crate) fn crossings(
    layout: &Layout,
    frame: &Frame,
    pages: &Pagination,
    index: usize,
    connectors: &[u32],
) -> Vec<Crossing> {
    let columns = pages.columns.max(1);
    let (column, row) = (index % columns, index / columns);
    let [wx, wy, ww, wh] = pages.window(index);
    let (left, top) = pages.area_origin();
    let scale = pages.scale;
    // The edges towards other pages: side, the edge's place on the canvas, whether it runs
    // across (x) or down (y), and the page beyond it.
    let mut edges: Vec<(Side, f32, bool, usize)> = Vec::with_capacity(4);
    if column > 0 {
        edges.push((Side::Left, wx, true, index - 1));
    }
    if column + 1 < columns {
        edges.push((Side::Right, wx + ww, true, index + 1));
    }
    if row > 0 {
        edges.push((Side::Top, wy, false, index - columns));
    }
    if row + 1 < pages.rows {
        edges.push((Side::Bottom, wy + wh, false, index + columns));
    }
    let mut found = Vec::new();
    for &c in connectors {
        let Some(connector) = layout.connectors.get(c as usize) else {
            continue;
        };
        let points = layout.points_of(connector);
        for pair in points.windows(2) {
            let a = [pair[0][0] + frame.chart_x, pair[0][1] + frame.chart_y];
            let b = [pair[1][0] + frame.chart_x, pair[1][1] + frame.chart_y];
            for &(side, edge, across, page) in &edges {
                let (k, along) = if across { (0, 1) } else { (1, 0) };
                // A segment that reaches the edge counts once; one lying along it, not at all.
                if (a[k] < edge) == (b[k] < edge) {
                    continue;
                }
                let t = (edge - a[k]) / (b[k] - a[k]);
                let at = a[along] + t * (b[along] - a[along]);
                let (from, length, origin) = if across {
                    (wy, wh, top)
                } else {
                    (wx, ww, left)
                };
                if (from..=from + length).contains(&at) {
                    found.push(Crossing {
                        side,
                        at: origin + (at - from) * scale,
                        page,
                    });
                }
            }
        }
    }
    found.sort_by(|p, q| p.side.cmp(&q.side).then(p.at.total_cmp(&q.at)));
    let mut kept: Vec<Crossing> = Vec::with_capacity(found.len());
    for crossing in found {
        match kept.last() {
            Some(last)
                if last.side == crossing.side
                    && crossing.at - last.at
                        < match crossing.side {
                            Side::Left | Side::Right => APART,
                            Side::Top | Side::Bottom => APART_ALONG,
                        } => {}
            _ => kept.push(crossing),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Connector, ConnectorKind};

    /// A square canvas `size` points a side, the layout at its origin.
    fn square(size: f32) -> Frame {
        Frame {
            margin: 0.0,
            title_wrap: size,
            chart_x: 0.0,
            chart_y: 0.0,
            legend_y: size,
            legend_wrap: size,
            footer_y: size,
            width: size,
            height: size,
        }
    }

    #[test]
    fn a_line_off_the_right_and_bottom_edges_is_marked_with_the_pages_it_goes_on_to() {
        // Four pages of 100 × 100 canvas points, two across, printed at scale 1 with a margin
        // of 10; a line along y = 40 from x = 50 to 150, then down to y = 160.
        let pages = Pagination {
            page_width: 120.0,
            page_height: 120.0,
            margin: 10.0,
            band: 0.0,
            top: 0.0,
            scale: 1.0,
            columns: 2,
            rows: 2,
        };
        let frame = square(200.0);
        let layout = Layout {
            connectors: vec![Connector {
                kind: ConnectorKind::Structure,
                points: 0..3,
            }],
            points: vec![[50.0, 40.0], [150.0, 40.0], [150.0, 160.0]],
            ..Layout::default()
        };
        let first = crossings(&layout, &frame, &pages, 0, &[0]);
        assert_eq!(
            first,
            vec![Crossing {
                side: Side::Right,
                at: 50.0,
                page: 1,
            }]
        );
        let second = crossings(&layout, &frame, &pages, 1, &[0]);
        assert_eq!(
            second,
            vec![
                Crossing {
                    side: Side::Left,
                    at: 50.0,
                    page: 0,
                },
                Crossing {
                    side: Side::Bottom,
                    at: 60.0,
                    page: 3,
                },
            ]
        );
        // Two lines 5 points apart are marked once.
        let mut twice = layout.clone();
        twice.points = vec![[50.0, 40.0], [150.0, 40.0], [50.0, 45.0], [150.0, 45.0]];
        twice.connectors = vec![
            Connector {
                kind: ConnectorKind::Structure,
                points: 0..2,
            },
            Connector {
                kind: ConnectorKind::Structure,
                points: 2..4,
            },
        ];
        assert_eq!(crossings(&twice, &frame, &pages, 0, &[0, 1]).len(), 1);
    }

    #[test]
    fn a_line_down_across_pages_under_a_heading_is_marked_once_at_the_top_and_bottom() {
        // Pages with 20 points kept free at the top (the pack's heading), printed at half
        // size: each shows 200 × 200 canvas points. A line down x = 50 meets the edge at
        // y = 200 with a point of its own, and goes on below.
        let pages = Pagination {
            page_width: 120.0,
            page_height: 140.0,
            margin: 10.0,
            band: 0.0,
            top: 20.0,
            scale: 0.5,
            columns: 2,
            rows: 2,
        };
        let frame = square(400.0);
        let layout = Layout {
            connectors: vec![Connector {
                kind: ConnectorKind::Structure,
                points: 0..3,
            }],
            points: vec![[50.0, 150.0], [50.0, 200.0], [50.0, 250.0]],
            ..Layout::default()
        };
        let bottom = Crossing {
            side: Side::Bottom,
            at: 35.0,
            page: 2,
        };
        assert_eq!(crossings(&layout, &frame, &pages, 0, &[0]), vec![bottom]);
        let top = Crossing {
            side: Side::Top,
            at: 35.0,
            page: 0,
        };
        assert_eq!(crossings(&layout, &frame, &pages, 2, &[0]), vec![top]);
    }
}
