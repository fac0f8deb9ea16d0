//! Page edges between boxes: where a chart split over pages would have a page edge run through
//! boxes, room is opened before them, so that they start on the next page whole, as long as
//! the page they leave keeps at least half its room. Printed org charts are cut this way by
//! hand; a box cut in two, half on each sheet, is what a committee cannot read.

use super::pages::Pagination;
use super::style::Frame;
use crate::layout::{Axis, Layout, Sides};

/// How far a box's outline reaches past its edges, in points: half the widest outline's
/// stroke (an acting or a changed post's, 2.4), with room to spare.
const STROKE_REACH: f32 = 1.5;

/// Opens room in `layout` where the edges of the pages it goes on would run through boxes,
/// first across, then down (see [`room_for_edges`]), as long as fewer boxes are cut for it
/// (room opened at one edge moves the boxes past it onto the later edges) and the pages stay
/// as many and turned the same way, both as `paginate` lays them (the PDF's, with a band for
/// the overview map) and as `plain` does (the PNG's, without): `frame` gives the canvas round
/// a layout, and `above` how far above its box a box's drawing reaches (a comparison's tag).
/// Returns how many boxes a page edge still runs through.
pub(crate) fn keep_boxes_whole(
    layout: &mut Layout,
    frame: &impl Fn(&Layout) -> Frame,
    paginate: &impl Fn(&Frame) -> Pagination,
    plain: &impl Fn(&Frame) -> Pagination,
    above: f32,
) -> usize {
    for axis in [Axis::Across, Axis::Down] {
        let canvas = frame(layout);
        let pages = paginate(&canvas);
        if pages.count() <= 1 {
            return 0;
        }
        let (area_w, area_h) = pages.area();
        let scale = pages.scale.max(f32::MIN_POSITIVE);
        let (page, start, extent, spare, reach) = match axis {
            Axis::Across => (
                area_w / scale,
                canvas.chart_x,
                layout.width,
                pages.columns as f32 * area_w / scale - canvas.width,
                [STROKE_REACH, STROKE_REACH],
            ),
            Axis::Down => (
                area_h / scale,
                canvas.chart_y,
                layout.height,
                pages.rows as f32 * area_h / scale - canvas.height,
                [STROKE_REACH.max(above), STROKE_REACH],
            ),
        };
        let cuts = room_for_edges(&Sides::new(layout, axis, reach), start, page, extent, spare);
        if cuts.is_empty() {
            continue;
        }
        let before = cut_by_edges(layout, &canvas, &pages);
        let png = plain(&canvas);
        let kept = layout.clone();
        layout.open(axis, &cuts);
        let canvas = frame(layout);
        let (after, png_after) = (paginate(&canvas), plain(&canvas));
        let same =
            |a: &Pagination, b: &Pagination| a.count() == b.count() && a.page_width == b.page_width;
        if !same(&after, &pages)
            || !same(&png_after, &png)
            || cut_by_edges(layout, &canvas, &after) >= before
        {
            *layout = kept;
        }
    }
    let canvas = frame(layout);
    cut_by_edges(layout, &canvas, &paginate(&canvas))
}

/// How many boxes of `layout`, framed by `canvas`, the edges of `pages` run through.
fn cut_by_edges(layout: &Layout, canvas: &Frame, pages: &Pagination) -> usize {
    layout
        .boxes
        .iter()
        .filter(|b| {
            let rect = [
                b.x + canvas.chart_x,
                b.y + canvas.chart_y,
                b.width,
                b.height,
            ];
            let (columns, rows) = pages.pages_of(rect);
            columns.len() > 1 || rows.len() > 1
        })
        .count()
}

/// Where to open room along one axis so that page edges fall between boxes: the edges run
/// every `page` points of the canvas, whose layout starts `start` points in and is `extent`
/// long, and `spare` points of room are left on the last page; `sides` holds the layout's
/// boxes and lines along the axis. Returns `(at, by)` in the layout's coordinates before any
/// room is opened, in order, for [`Layout::open`].
///
/// A page edge through boxes moves to just before the first of them (see
/// [`Sides::cut_before`]: the lines that reach them move with them, and a box that stays keeps
/// its lines), unless that would leave more than half the page empty, or need more room than is
/// `spare` in all (the chart would take another page), or the boxes it runs through are longer
/// than a page and would be cut anyway.
#[must_use]
pub(crate) fn room_for_edges(
    sides: &Sides,
    start: f32,
    page: f32,
    extent: f32,
    spare: f32,
) -> Vec<(f32, f32)> {
    let mut cuts = Vec::new();
    if page.is_nan() || page <= 1.0 || !start.is_finite() || !extent.is_finite() {
        return cuts;
    }
    let mut moved = 0.0f32;
    let mut last = f32::NEG_INFINITY;
    // The edges between pages, one after another: fewer than the pages the chart would take
    // with all the room it may get.
    let edges = ((extent + spare.max(0.0) + start) / page).ceil().min(1e7) as u32;
    for k in 1..=edges {
        // The edge, where it falls in the layout with the room opened so far.
        let edge = k as f32 * page - start;
        if edge >= extent + moved {
            break;
        }
        let at = edge - moved;
        let Some((first, longest)) = sides.through(at) else {
            continue;
        };
        if longest > page {
            continue;
        }
        let Some(cut) = sides.cut_before(first, last.max(at - page / 2.0)) else {
            continue;
        };
        let by = at - cut;
        if moved + by > spare {
            continue;
        }
        cuts.push((cut, by));
        moved += by;
        last = cut;
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Connector, ConnectorKind, NodeBox, Placement};
    use crate::model::{NodeId, NodeKind, PostStatus};

    /// A layout of boxes `[x, y, width, height]` and one line through `line`'s points.
    fn boxes(rects: &[[f32; 4]], line: &[[f32; 2]]) -> Layout {
        let boxes = rects
            .iter()
            .enumerate()
            .map(|(k, r)| NodeBox {
                id: NodeId::new(&format!("b{k}")).unwrap(),
                kind: NodeKind::Position,
                status: PostStatus::Filled,
                x: r[0],
                y: r[1],
                width: r[2],
                height: r[3],
                lines: 0..0,
                hidden: 0,
                placement: Placement::Tree,
            })
            .collect();
        Layout {
            boxes,
            connectors: vec![Connector {
                kind: ConnectorKind::Structure,
                points: 0..u32::try_from(line.len()).unwrap(),
            }],
            points: line.to_vec(),
            width: rects.iter().map(|r| r[0] + r[2]).fold(0.0, f32::max),
            height: rects.iter().map(|r| r[1] + r[3]).fold(0.0, f32::max),
            ..Layout::default()
        }
    }

    /// A layout's canvas with nothing round it.
    fn bare(l: &Layout) -> Frame {
        Frame {
            margin: 0.0,
            title_wrap: l.width,
            chart_x: 0.0,
            chart_y: 0.0,
            legend_y: l.height,
            legend_wrap: l.width,
            footer_y: l.height,
            width: l.width,
            height: l.height,
        }
    }

    fn cuts(layout: &Layout, page: f32, spare: f32) -> Vec<(f32, f32)> {
        let sides = Sides::new(layout, Axis::Across, [0.0, 0.0]);
        room_for_edges(&sides, 0.0, page, layout.width, spare)
    }

    #[test]
    fn an_edge_through_boxes_moves_to_just_before_them() {
        // Boxes over 0–90, 100–150 and 160–260, one row; pages 120 long.
        let layout = boxes(
            &[
                [0.0, 0.0, 90.0, 20.0],
                [100.0, 0.0, 50.0, 20.0],
                [160.0, 0.0, 100.0, 20.0],
            ],
            &[],
        );
        // The edge at 120 runs through 100–150: room opened just before it, to bring it to 120.
        assert_eq!(cuts(&layout, 120.0, 100.0), vec![(99.5, 20.5)]);
        // Not when only 20 points are spare: the chart would take another page.
        assert!(cuts(&layout, 120.0, 20.0).is_empty());
    }

    #[test]
    fn an_edge_in_a_gap_or_through_boxes_longer_than_a_page_is_left() {
        let gap = boxes(&[[0.0, 0.0, 90.0, 20.0], [130.0, 0.0, 70.0, 20.0]], &[]);
        assert!(cuts(&gap, 120.0, 40.0).is_empty());
        let long = boxes(&[[0.0, 0.0, 20.0, 20.0], [30.0, 0.0, 370.0, 20.0]], &[]);
        assert!(cuts(&long, 120.0, 80.0).is_empty());
    }

    #[test]
    fn a_box_over_the_cut_stays_only_when_no_line_meets_it_past_the_cut() {
        // A parent over 180–300 with its line down from its foot at 240, and two columns below
        // it, 20–160 and 200–320: the edge at 300 runs through the second, the cut 10 before it
        // through the parent, whose line meets it past the cut: the parent moves too.
        let parent = [180.0, 0.0, 120.0, 20.0];
        let columns = [[20.0, 60.0, 140.0, 40.0], [200.0, 60.0, 120.0, 40.0]];
        let line = [[240.0, 20.0], [240.0, 50.0], [195.0, 50.0], [195.0, 60.0]];
        let mut layout = boxes(&[parent, columns[0], columns[1]], &line);
        assert_eq!(cuts(&layout, 300.0, 200.0), vec![(170.0, 130.0)]);
        // With its line down from 185, the parent stays and only the column moves, with the end
        // of the line that reaches it.
        layout.points = vec![[185.0, 20.0], [185.0, 50.0], [205.0, 50.0], [205.0, 60.0]];
        assert_eq!(cuts(&layout, 300.0, 200.0), vec![(199.5, 100.5)]);
    }

    #[test]
    fn the_layout_s_place_on_the_canvas_counts() {
        // The layout starts 30 points in: the edge at 120 falls at 90 in the layout.
        let layout = boxes(&[[0.0, 0.0, 60.0, 20.0], [70.0, 0.0, 40.0, 20.0]], &[]);
        let sides = Sides::new(&layout, Axis::Across, [0.0, 0.0]);
        assert_eq!(
            room_for_edges(&sides, 30.0, 120.0, 110.0, 100.0),
            vec![(69.5, 20.5)]
        );
    }

    #[test]
    fn room_that_would_cut_more_boxes_at_the_later_edges_is_not_opened() {
        // Pages 100 across: the edge at 100 runs through 70–130; room for it would push
        // 140–195 across the edge at 200, and there is no room to spare for that one too.
        let rects = [
            [0.0, 0.0, 60.0, 20.0],
            [70.0, 0.0, 60.0, 20.0],
            [140.0, 0.0, 55.0, 20.0],
            [205.0, 0.0, 55.0, 20.0],
        ];
        let mut layout = boxes(&rects, &[]);
        let paginate = |f: &Frame| Pagination {
            page_width: 100.0,
            page_height: 100.0,
            margin: 0.0,
            band: 0.0,
            top: 0.0,
            scale: 1.0,
            columns: (f.width / 100.0).ceil() as usize,
            rows: 1,
        };
        let plain = layout.clone();
        assert_eq!(
            keep_boxes_whole(&mut layout, &bare, &paginate, &paginate, 0.0),
            1
        );
        assert_eq!(layout, plain);
        // With the third box shorter, it stays clear of the edge at 200 once moved: the room
        // is opened and nothing is cut.
        layout.boxes[2].width = 20.0;
        assert_eq!(
            keep_boxes_whole(&mut layout, &bare, &paginate, &paginate, 0.0),
            0
        );
        // Its outline clear of the edge too.
        assert_eq!(layout.boxes[1].x, 102.0);
    }

    #[test]
    fn room_that_would_add_a_png_page_is_not_opened() {
        // As the last test's second case, whose room is opened; but the PNG pages, 95 across,
        // would need a fourth page for it.
        let rects = [
            [0.0, 0.0, 60.0, 20.0],
            [70.0, 0.0, 60.0, 20.0],
            [140.0, 0.0, 20.0, 20.0],
            [205.0, 0.0, 55.0, 20.0],
        ];
        let mut layout = boxes(&rects, &[]);
        let across = |page: f32| {
            move |f: &Frame| Pagination {
                page_width: page,
                page_height: 100.0,
                margin: 0.0,
                band: 0.0,
                top: 0.0,
                scale: 1.0,
                columns: (f.width / page).ceil() as usize,
                rows: 1,
            }
        };
        let plain = layout.clone();
        keep_boxes_whole(&mut layout, &bare, &across(100.0), &across(95.0), 0.0);
        assert_eq!(layout, plain);
    }
}
