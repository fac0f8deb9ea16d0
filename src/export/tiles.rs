//! What of a chart falls on each page, so that a page of a chart split over hundreds is drawn
//! from its own boxes and lines only: found in one pass over the chart, not one per page.

use super::chart::Chart;
use super::pages::Pagination;
use super::style::Frame;

/// Room around a box or line for its outline, in canvas points: a box whose outline just
/// reaches a page is drawn there too.
const SLACK: f32 = 3.0;

/// The boxes and connectors (places in the chart's layout) on each page, in the layout's order.
pub(crate) struct Tiles {
    boxes: Vec<Vec<u32>>,
    connectors: Vec<Vec<u32>>,
}

/// What one page shows: its window onto the canvas and what lies in it.
pub(crate) struct Part<'a> {
    /// `[x, y, width, height]` in canvas points.
    pub window: [f32; 4],
    /// Places of boxes in the layout.
    pub boxes: &'a [u32],
    /// Places of connectors in the layout.
    pub connectors: &'a [u32],
}

impl Part<'_> {
    /// Whether the canvas rectangle `[x, y, width, height]` reaches into the window.
    pub(crate) fn meets(&self, rect: [f32; 4]) -> bool {
        let w = self.window;
        rect[0] - SLACK < w[0] + w[2]
            && w[0] < rect[0] + rect[2] + SLACK
            && rect[1] - SLACK < w[1] + w[3]
            && w[1] < rect[1] + rect[3] + SLACK
    }
}

fn place(i: usize) -> u32 {
    // A chart has far fewer than 4 billion boxes.
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Tiles {
    /// Sorts the chart's boxes and connectors onto the pages of `pages`.
    pub(crate) fn new(chart: &Chart, frame: &Frame, pages: &Pagination) -> Tiles {
        let count = pages.count();
        let mut tiles = Tiles {
            boxes: vec![Vec::new(); count],
            connectors: vec![Vec::new(); count],
        };
        let (dx, dy) = (frame.chart_x, frame.chart_y);
        let on = |rect: [f32; 4], lists: &mut Vec<Vec<u32>>, item: u32| {
            let grown = [
                rect[0] + dx - SLACK,
                rect[1] + dy - SLACK,
                rect[2] + 2.0 * SLACK,
                rect[3] + 2.0 * SLACK,
            ];
            let (columns, rows) = pages.pages_of(grown);
            for row in rows {
                for column in columns.clone() {
                    if let Some(list) = lists.get_mut(row * pages.columns + column) {
                        list.push(item);
                    }
                }
            }
        };
        let layout = &chart.layout;
        for (i, b) in layout.boxes.iter().enumerate() {
            on([b.x, b.y, b.width, b.height], &mut tiles.boxes, place(i));
        }
        for (i, connector) in layout.connectors.iter().enumerate() {
            let points = layout.points_of(connector);
            let Some(first) = points.first() else {
                continue;
            };
            let (mut lo, mut hi) = (*first, *first);
            for p in points {
                lo = [lo[0].min(p[0]), lo[1].min(p[1])];
                hi = [hi[0].max(p[0]), hi[1].max(p[1])];
            }
            on(
                [lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]],
                &mut tiles.connectors,
                place(i),
            );
        }
        tiles
    }

    /// What page `index` shows.
    pub(crate) fn part<'a>(&'a self, pages: &Pagination, index: usize) -> Part<'a> {
        Part {
            window: pages.window(index),
            boxes: self.boxes.get(index).map_or(&[], Vec::as_slice),
            connectors: self.connectors.get(index).map_or(&[], Vec::as_slice),
        }
    }
}
