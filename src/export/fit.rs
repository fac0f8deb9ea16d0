//! Arranging a chart to fit its paper before it is split over pages: leaves stacked in more
//! columns, long rows of parts wrapped into bands, or the chart grown left to right, whichever
//! prints the largest text on one page. Only a chart that no arrangement fits on one page with
//! text of at least 7 pt is split, in the arrangement that needs the fewest pages.
//!
//! Each arrangement tried is one layout: the chart as it is, three heights of stacks, then a
//! few band widths on the best of those (stopping once narrower bands print smaller), left to
//! right, for a network whose steering group heads groups those groups in a row under the
//! organisation (and with tighter gaps), and when none of those fits one page, the nearest and
//! left to right with tighter gaps, then posts as lists (four heights), then teams hung under
//! their units in columns (three heights), then bands: at most twenty-four layouts, never a
//! search. A chart whose
//! boxes alone are larger than the page at 7 pt, even as lists, is split after two layouts.
//! A chart split over pages has room opened where a page edge would run through boxes (see
//! `edges.rs`), and of arrangements that need as many pages, the one with the fewest boxes cut
//! wins.

use super::edges::keep_boxes_whole;
use super::pages::{MIN_PRINTED_TEXT, PageOrientation, Pagination, Paper};
use super::style::Frame;
use crate::i18n::{Lang, n, s, tr, tr_args};
use crate::layout::{Layout, LayoutOptions, Orientation, Placement, layout};
use crate::model::{NodeKind, Scenario};

/// The paper a chart is arranged to fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageFit {
    /// The paper.
    pub paper: Paper,
    /// Which way the pages are turned.
    pub orientation: PageOrientation,
}

/// How a chart is arranged, against the options it was asked for: the default is as they say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Arrangement {
    /// Rows of more than this many parts wrapped into bands (see `LayoutOptions::wrap_rows`).
    pub bands: Option<usize>,
    /// Stacks of leaves at most this many high, in as many columns as they need.
    pub stack_rows: Option<usize>,
    /// Grown left to right.
    pub left_right: bool,
    /// Less room between boxes and between levels.
    pub tight: bool,
    /// Posts set as the rows of lists under their teams (see `LayoutOptions::list_posts`),
    /// joined, with thin padding.
    pub lists: bool,
    /// Parts hung one under another with their lists under them, in columns at most this many
    /// points high, but for a box taller than that (see `LayoutOptions::hang_parts`).
    pub hang: Option<u16>,
    /// The groups under a group (a steering group's development groups) set in a row under
    /// the organisation (see `LayoutOptions::group_parts_under`).
    pub groups_under: bool,
}

impl Arrangement {
    /// The chart as the options say.
    pub const AS_IS: Arrangement = Arrangement {
        bands: None,
        stack_rows: None,
        left_right: false,
        tight: false,
        lists: false,
        hang: None,
        groups_under: false,
    };

    /// `options` arranged this way.
    #[must_use]
    pub fn apply(self, options: &LayoutOptions) -> LayoutOptions {
        let mut arranged = options.clone();
        if let Some(most) = self.bands {
            arranged.wrap_rows = Some(most);
        }
        if let Some(rows) = self.stack_rows {
            arranged.compact_leaves = true;
            arranged.compact_min = arranged.compact_min.min(2);
            arranged.stack_rows = Some(rows);
        }
        if self.left_right {
            arranged.orientation = Orientation::LeftRight;
        }
        if self.lists {
            arranged.list_posts = true;
            arranged.stack_gap = 0.0;
            arranged.padding = arranged.padding.min(LIST_PADDING);
            arranged.compact_leaves = true;
            arranged.compact_min = arranged.compact_min.min(2);
        }
        if let Some(most) = self.hang {
            arranged.hang_parts = Some(f32::from(most));
            arranged.compact_leaves = true;
        }
        if self.groups_under {
            arranged.group_parts_under = true;
        }
        if self.tight {
            arranged.sibling_gap *= TIGHT_SIBLINGS;
            arranged.subtree_gap *= TIGHT_SUBTREES;
            arranged.level_gap *= TIGHT_LEVELS;
        }
        arranged
    }

    /// What was done to fit the paper, in `lang`; `None` for the chart as it is.
    #[must_use]
    pub fn message(self, lang: Lang) -> Option<String> {
        let mut how: Vec<String> = Vec::new();
        if let Some(rows) = self.stack_rows {
            how.push(tr_args(
                lang,
                "chart-arranged-stacked",
                &[("rows", n(rows))],
            ));
        }
        if let Some(most) = self.bands {
            how.push(tr_args(lang, "chart-arranged-bands", &[("most", n(most))]));
        }
        if self.left_right {
            how.push(tr(lang, "chart-arranged-left-right"));
        }
        if self.lists {
            how.push(tr(lang, "chart-arranged-lists"));
        }
        if self.hang.is_some() {
            how.push(tr(lang, "chart-arranged-hung"));
        }
        if self.groups_under {
            how.push(tr(lang, "chart-arranged-groups-under"));
        }
        if self.tight {
            how.push(tr(lang, "chart-arranged-tight"));
        }
        (!how.is_empty()).then(|| tr_args(lang, "chart-arranged", &[("how", s(how.join("; ")))]))
    }
}

/// How high stacks of leaves may be in the arrangements tried, most first: a stack much
/// higher than the chart's levels leaves the rest of the page empty, one much lower spreads
/// the chart wide.
const STACK_ROWS: [usize; 3] = [12, 8, 5];

/// How high lists of posts may be in the arrangements tried, `None` for as high as the team
/// has posts (up to `LayoutOptions::two_columns_from`, then in two columns): a list's rows are
/// a third of a box's height, so its stacks may be higher.
const LIST_ROWS: [Option<usize>; 4] = [None, Some(16), Some(8), Some(5)];

/// How much of the gaps between siblings, subtrees and levels a tight arrangement keeps: still
/// room for the lines between them, a tenth of a page less on a chart of a dozen levels or rows.
/// Siblings keep 6 of the default 8 points: a comparison's change tag stands 5.5 points above
/// its box, and must not cover the box before it.
const TIGHT_SIBLINGS: f32 = 0.75;
const TIGHT_SUBTREES: f32 = 0.65;
const TIGHT_LEVELS: f32 = 0.75;

/// The padding of every box when posts are lists: a row of a list needs no more room round
/// its text than a table's cell.
const LIST_PADDING: f32 = 2.5;

/// How much larger another arrangement must print the text for the chart to be rearranged:
/// the planner knows the chart as it is, and a rearrangement for a hair's gain costs that.
const WORTH_REARRANGING: f32 = 1.05;

/// How high the columns of hung teams may be in the arrangements tried, as shares of the
/// page's height at 7 pt less the title, legend and footer: the levels above the columns take
/// the rest.
const HANG_SHARES: [f32; 3] = [0.5, 0.38, 0.28];

/// The most band widths tried.
const MOST_BAND_TRIES: usize = 4;

/// The arrangement chosen for a chart, with its layout and how it goes on the paper.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// The arrangement.
    pub arrangement: Arrangement,
    /// The layout in that arrangement.
    pub layout: Layout,
    /// How its canvas goes on the paper.
    pub pages: Pagination,
    /// How many layouts were made to choose it.
    pub tried: usize,
    /// How many boxes a page edge runs through, once room was opened at the edges where the
    /// pages had it (see [`keep_boxes_whole`]).
    pub cut: usize,
}

/// Arranges `scenario`, laid out as `options` say, to fit `page`: the arrangement that prints
/// on one page at the largest scale, or when none fits one page, the one that needs the fewest
/// pages, and of those the one with the fewest boxes cut by a page edge. A chart split over
/// pages has room opened where a page edge would run through boxes, as long as it takes no
/// more pages for it (see [`keep_boxes_whole`]). `canvas` gives the frame printed around a
/// layout (its title, legend and footer), `smallest_text` the size of its smallest text
/// unscaled (see [`Pagination::with_overview`]), and `above` how far above its box a box's
/// drawing reaches (a comparison's tag), or `None` to open no room at the page edges, and `top`
/// the points kept free above the chart on each page (see
/// [`Pagination::with_overview_below`]). On paper to fit (`Paper::Fit`) the chart is laid out
/// as it is.
#[must_use]
pub fn fit_to_page(
    scenario: &Scenario,
    options: &LayoutOptions,
    page: PageFit,
    smallest_text: f32,
    canvas: impl Fn(&Layout) -> Frame,
    above: Option<f32>,
    top: f32,
) -> Fitted {
    // As the PDF splits it: with room for the overview map on each of several pages, and for
    // a heading above the chart on each.
    let paginate = |frame: &Frame| {
        Pagination::with_overview_below(
            frame.width,
            frame.height,
            smallest_text,
            page.paper,
            page.orientation,
            top,
        )
    };
    // As the PNG export splits it: without the band.
    let plain = |frame: &Frame| {
        Pagination::new(
            frame.width,
            frame.height,
            smallest_text,
            page.paper,
            page.orientation,
        )
    };
    // Room is opened at the page edges only for a chart that could still win, on no more pages
    // than `most`: the others count as cutting every box.
    let on_paper = |l: &mut Layout, most: usize| {
        let pages = paginate(&canvas(l));
        if pages.count() <= 1 || page.paper == Paper::Fit {
            return (pages, 0);
        }
        let Some(above) = above.filter(|_| pages.count() <= most) else {
            return (pages, usize::MAX);
        };
        let cut = keep_boxes_whole(l, &canvas, &paginate, &plain, above);
        (paginate(&canvas(l)), cut)
    };
    let mut as_is = layout(scenario, options);
    let (pages, cut) = on_paper(&mut as_is, usize::MAX);
    let mut best = Fitted {
        arrangement: Arrangement::AS_IS,
        pages,
        layout: as_is,
        tried: 1,
        cut,
    };
    if page.paper == Paper::Fit {
        return best;
    }
    let mut tried = 1;
    if best.pages.count() > 1 && !room_for(&best.layout, page, smallest_text) {
        // Posts as lists take far less room: when even they do not fit, no arrangement does,
        // and a large chart is split as it is, or as lists when they need fewer pages.
        let lists = Arrangement {
            lists: true,
            tight: true,
            ..Arrangement::AS_IS
        };
        let mut listed = layout(scenario, &lists.apply(options));
        tried += 1;
        if !room_for(&listed, page, smallest_text) {
            let (pages, cut) = on_paper(&mut listed, best.pages.count());
            if better(&(pages, cut), &(best.pages, best.cut), best.arrangement) {
                best = Fitted {
                    arrangement: lists,
                    layout: listed,
                    pages,
                    tried: 0,
                    cut,
                };
            }
            best.tried = tried;
            return best;
        }
    }
    // Lays the chart out as `arrangement` says, keeps it if it prints better than the best so
    // far, and says how it prints.
    // What each arrangement tried printed as: one reached two ways (the nearest tightened,
    // when it was the groups' row tightened already) is laid out once.
    let mut seen: Vec<(Arrangement, (Pagination, usize))> = Vec::new();
    // Whether the last groups' row tried was made.
    let row_made = std::cell::Cell::new(false);
    let mut try_one = |arrangement: Arrangement, best: &mut Fitted| -> (Pagination, usize) {
        if let Some((_, printed)) = seen.iter().find(|(a, _)| *a == arrangement) {
            return *printed;
        }
        tried += 1;
        let mut laid_out = layout(scenario, &arrangement.apply(options));
        let (pages, cut) = on_paper(&mut laid_out, best.pages.count());
        seen.push((arrangement, (pages, cut)));
        // Groups that stayed beside the organisation (the layout found no one row of them) do
        // not stand for an arrangement that would be named for moving them.
        let made = !arrangement.groups_under
            || laid_out.boxes.iter().any(|b| b.placement == Placement::Row);
        row_made.set(made);
        if made && better(&(pages, cut), &(best.pages, best.cut), best.arrangement) {
            *best = Fitted {
                arrangement,
                layout: laid_out,
                pages,
                tried: 0,
                cut,
            };
        }
        (pages, cut)
    };
    // Counted once for the stacks, the bands and the lists below: only a top-down chart has them.
    let counted = (options.orientation == Orientation::TopDown).then(|| Rows::of(scenario));
    if let Some(counted) = &counted {
        // Stacks first, then bands on the best stacks: the stacks set how high a band is. A
        // height no stack reaches changes nothing and is not tried.
        for rows in STACK_ROWS {
            if options.compact_leaves && rows >= counted.tallest {
                continue;
            }
            let stacked = Arrangement {
                stack_rows: Some(rows),
                ..Arrangement::AS_IS
            };
            try_one(stacked, &mut best);
        }
        let base = best.arrangement;
        let widest = counted.widest;
        let mut previous: Option<(usize, (Pagination, usize))> = None;
        for bands in 2..2 + MOST_BAND_TRIES {
            let most = widest.div_ceil(bands);
            if most < 2 {
                break;
            }
            if previous.is_some_and(|(m, _)| m == most) {
                continue;
            }
            let banded = Arrangement {
                bands: Some(most),
                ..base
            };
            let pages = try_one(banded, &mut best);
            // More bands only make the chart higher once it prints smaller for them.
            if let Some((_, before)) = previous
                && !better(&pages, &before, banded)
            {
                break;
            }
            previous = Some((most, pages));
        }
        let left_right = Arrangement {
            left_right: true,
            ..Arrangement::AS_IS
        };
        try_one(left_right, &mut best);
        // A network whose groups beside it are far taller than it: their groups under it.
        if counted.group_parts && best.pages.count() > 1 {
            let base = if best.arrangement.left_right {
                Arrangement::AS_IS
            } else {
                best.arrangement
            };
            let under = Arrangement {
                groups_under: true,
                ..base
            };
            if try_one(under, &mut best).0.count() > 1 && row_made.get() {
                try_one(
                    Arrangement {
                        tight: true,
                        ..under
                    },
                    &mut best,
                );
            }
        }
    }
    // Tightened last, and only when nothing fits one page yet: the gaps are what make a chart
    // easy to follow, and they are given up only to save a page.
    if best.pages.count() > 1 {
        let tight = |a: Arrangement| Arrangement { tight: true, ..a };
        let nearest = best.arrangement;
        try_one(tight(nearest), &mut best);
        if options.orientation == Orientation::TopDown && !nearest.left_right {
            let left_right = Arrangement {
                left_right: true,
                ..Arrangement::AS_IS
            };
            try_one(tight(left_right), &mut best);
        }
    }
    // Posts as lists last of all, when still nothing fits one page: their text is set at the
    // size of notes, which is what a page of 7-point text prints anyway, and a list of posts
    // under its team takes a third of the height of their boxes.
    if best.pages.count() > 1
        && let Some(counted) = &counted
    {
        let listed = |stack_rows: Option<usize>| Arrangement {
            lists: true,
            tight: true,
            stack_rows,
            ..Arrangement::AS_IS
        };
        let mut nearest: Option<(Arrangement, (Pagination, usize))> = None;
        for rows in LIST_ROWS {
            if rows.is_some_and(|r| r >= counted.tallest) {
                continue;
            }
            let arrangement = listed(rows);
            let pages = try_one(arrangement, &mut best);
            if nearest.as_ref().is_none_or(|(a, p)| better(&pages, p, *a)) {
                nearest = Some((arrangement, pages));
            }
        }
        // Then the teams hung under their units in columns, as high as a share of the page.
        if best.pages.count() > 1
            && let Some((base, _)) = nearest
        {
            let frame = canvas(&best.layout).height - best.layout.height;
            let (_, high) =
                Pagination::new(1.0, 1.0, smallest_text, page.paper, page.orientation).area();
            let room = high * smallest_text.max(0.1) / MIN_PRINTED_TEXT - frame;
            for share in HANG_SHARES {
                let most = (room * share).clamp(1.0, f32::from(u16::MAX)) as u16;
                try_one(
                    Arrangement {
                        hang: Some(most),
                        ..base
                    },
                    &mut best,
                );
            }
        }
        if best.pages.count() > 1
            && let Some((base, _)) = nearest
        {
            let mut previous: Option<usize> = None;
            for bands in 2..2 + MOST_BAND_TRIES {
                let most = counted.widest.div_ceil(bands);
                if most < 2 {
                    break;
                }
                if previous == Some(most) {
                    continue;
                }
                try_one(
                    Arrangement {
                        bands: Some(most),
                        ..base
                    },
                    &mut best,
                );
                previous = Some(most);
            }
        }
    }
    best.tried = tried;
    best
}

/// Whether the boxes of `laid_out` could fit one page of `page` with text of 7 pt at all:
/// whether the page's printed area, in chart points at that scale, is larger than the boxes'
/// area alone. When it is not (for the chart as it is, then as lists), no arrangement fits one
/// page, and a large chart is split after two layouts rather than twenty-four.
fn room_for(laid_out: &Layout, page: PageFit, smallest_text: f32) -> bool {
    let boxes: f32 = laid_out.boxes.iter().map(|b| b.width * b.height).sum();
    let scale = MIN_PRINTED_TEXT / smallest_text.max(0.1);
    // The printed area is the same either way the page is turned.
    let (w, h) = Pagination::new(
        1.0,
        1.0,
        smallest_text,
        page.paper,
        PageOrientation::Portrait,
    )
    .area();
    boxes <= w * h / (scale * scale)
}

/// Whether `a` prints better than `b`, the pages of `b_arrangement`, each with the number of
/// boxes a page edge runs through: on one page larger (by enough to leave the as-is chart, see
/// [`WORTH_REARRANGING`]), on fewer pages, or on as many with fewer boxes cut.
fn better(a: &(Pagination, usize), b: &(Pagination, usize), b_arrangement: Arrangement) -> bool {
    let margin = if b_arrangement == Arrangement::AS_IS {
        WORTH_REARRANGING
    } else {
        1.0
    };
    match (a.0.count(), b.0.count()) {
        (1, 1) => a.0.scale > b.0.scale * margin,
        (x, y) if x == y => a.1 < b.1,
        (x, y) => x < y,
    }
}

/// The rows and stacks of a chart, counted from the structure before it is laid out.
struct Rows {
    /// The most parts under one parent that has a part with parts of its own: the rows the
    /// layout does not stack, the widest of which sets the chart's width.
    widest: usize,
    /// The most parts under one parent whose parts are all leaves: the tallest stack holds no
    /// more.
    tallest: usize,
    /// Whether a group has groups as its parts, which may go in a row under the organisation
    /// (the layout says whether they did).
    group_parts: bool,
}

impl Rows {
    fn of(scenario: &Scenario) -> Rows {
        let parents = scenario.parent_places();
        let mut parts = vec![0usize; parents.len()];
        let mut has_inner = vec![false; parents.len()];
        for parent in parents.iter().flatten() {
            if let Some(count) = parts.get_mut(*parent) {
                *count += 1;
            }
            if let Some(Some(grandparent)) = parents.get(*parent)
                && let Some(inner) = has_inner.get_mut(*grandparent)
            {
                *inner = true;
            }
        }
        let most = |inner: bool| {
            parts
                .iter()
                .zip(&has_inner)
                .filter(|(_, i)| **i == inner)
                .map(|(count, _)| *count)
                .max()
                .unwrap_or(0)
        };
        let kinds: Vec<NodeKind> = scenario.nodes().map(|node| node.kind).collect();
        let kind = |at: usize| kinds.get(at).copied();
        let group_parts = parents.iter().enumerate().any(|(at, parent)| {
            kind(at) == Some(NodeKind::Group)
                && parent.is_some_and(|p| kind(p) == Some(NodeKind::Group))
        });
        Rows {
            widest: most(true),
            tallest: most(false),
            group_parts,
        }
    }
}
