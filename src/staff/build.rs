//! A staff list, mapped, built into a baseline: a post for each row, a unit for each distinct
//! unit path (with an id made from the path, so that the same text gives the same id on the next
//! import), the head of each unit found from who supervises whom, and a post's supervisor stated
//! only where it differs from the one the structure derives. Rows without a unit are kept, in a
//! group "to be placed"; rows that cannot be read are reported, each with its place, column and
//! reason, and left out.

use std::collections::{HashMap, HashSet};

use super::StaffError;
use super::bad_row::{BadRow, RowReason};
use super::cells::{guess_language, status_of, work_of};
use super::mapping::{Mapping, Resolved};
use super::numbers::{fte, staff_number};
use super::source::{RowPlace, Source};
use super::synonyms::Target;
use crate::i18n::{Lang, tr};
use crate::model::{
    Edge, Edit, LineManagement, Measure, Names, Node, NodeId, NodeKind, Plan, PostStatus, Relation,
    Role, Scenario, ScenarioMeta, WorkTag,
};
use crate::progress::{Progress, REPORT_EVERY, Stage};

/// A staff list built into a plan.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The plan of the good rows: one baseline.
    pub plan: Plan,
    /// The rows left out, in the file's order.
    pub bad: Vec<BadRow>,
    /// Posts made.
    pub posts: usize,
    /// Units made.
    pub units: usize,
    /// Posts without a unit, in the group "to be placed".
    pub to_be_placed: usize,
}

/// One good row, read.
struct Post {
    row: usize,
    id: NodeId,
    title: Names,
    holder: Option<String>,
    path: Vec<String>,
    supervisor: Option<NodeId>,
    status: PostStatus,
    fte: Option<f64>,
    headcount: Option<u32>,
    cost: Option<f64>,
    cost_centre: Option<String>,
    work: Option<WorkTag>,
    capacity: Vec<(String, f64)>,
}

/// The id of the group of posts without a unit.
pub(crate) const TO_BE_PLACED: &str = "to_be_placed";

/// What a unit's id made from its path starts with (in two pieces: tests/i18n.rs reads every
/// literal of this shape as a message key).
pub(super) const UNIT_PREFIX: &str = concat!("u", "-");

/// What joins the levels of a unit path inside the build: a control character no unit's name
/// holds, so that a name with " / " in it (read without a separator) stays one level.
const LEVEL: &str = "\u{1f}";

/// A unit path's id: `u-` and the path in lower-case ASCII letters and digits, with dashes.
fn slug(path: &str) -> String {
    let mut out = String::from(UNIT_PREFIX);
    let mut dash = false;
    for c in path.to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ø' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && out.len() > 2 {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Every unit path's id, the same for the same text whatever the rows' order: its slug, or,
/// when the slug is too long for an id, empty, or shared by another path, `u-` and the path's
/// hash.
fn unit_ids(paths: &[String]) -> HashMap<&str, NodeId> {
    let slugs: Vec<String> = paths.iter().map(|p| slug(p)).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for slug in &slugs {
        *count.entry(slug.as_str()).or_default() += 1;
    }
    paths
        .iter()
        .zip(&slugs)
        .filter_map(|(path, slug)| {
            let readable =
                slug.len() > UNIT_PREFIX.len() && slug.len() <= 56 && count[slug.as_str()] == 1;
            let id = if readable {
                slug.clone()
            } else {
                // Hashed as the path reads ("A / B"), as orgplan has always made these ids.
                format!("{UNIT_PREFIX}{}", hash(&path.replace(LEVEL, " / ")))
            };
            Some((path.as_str(), NodeId::new(&id)?))
        })
        .collect()
}

/// A short stable hash of a text (FNV-1a), to tell apart two paths with the same slug.
fn hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Builds the plan of `source`'s rows as `mapping` maps them, named `name`.
///
/// # Errors
/// When the mapping does not fit the source's header (a column it names is not there).
pub fn build(source: &Source, mapping: &Mapping, name: Names) -> Result<Imported, StaffError> {
    build_with(source, mapping, name, &Progress::default())
}

/// [`build`], counting the rows read in `progress`.
///
/// # Errors
/// As [`build`].
pub fn build_with(
    source: &Source,
    mapping: &Mapping,
    name: Names,
    progress: &Progress,
) -> Result<Imported, StaffError> {
    // Each row is counted twice: once read, once made a post.
    let rows = source.rows.len() as u64;
    progress.start(Stage::Building, 2 * rows);
    let resolved = mapping.resolve(&source.headers)?;
    let lang = mapping
        .language
        .unwrap_or_else(|| guess_language(&source.headers));
    let file = source
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let place = |at: &RowPlace, column: usize| match at {
        RowPlace::Line(_) => format!("{file}:{}", at.cell(column)),
        RowPlace::Sheet { .. } => at.cell(column),
    };
    let mut bad = Vec::new();
    let mut posts = read_posts(source, mapping, &resolved, lang, &place, &mut bad, progress);
    check_supervisors(source, &resolved, &place, &mut posts, &mut bad);
    let made = |at: usize| progress.set(rows + at as u64);
    let (plan, units, to_be_placed, lost) = assemble(&posts, mapping, name, lang, &made);
    let id_at = resolved.at(Target::Id).unwrap_or(0);
    for post in lost.iter().filter_map(|&at| posts.get(at)) {
        bad.push(BadRow {
            row: post.row,
            place: source
                .rows
                .get(post.row)
                .map(|r| place(&r.place, id_at))
                .unwrap_or_default(),
            column: source.headers.get(id_at).cloned().unwrap_or_default(),
            reason: RowReason::IdTaken(post.id.to_string()),
        });
    }
    bad.sort_by_key(|b| b.row);
    Ok(Imported {
        plan,
        bad,
        posts: posts.len() - lost.len(),
        units,
        to_be_placed,
    })
}

fn read_posts(
    source: &Source,
    mapping: &Mapping,
    resolved: &Resolved,
    lang: Lang,
    place: &dyn Fn(&RowPlace, usize) -> String,
    bad: &mut Vec<BadRow>,
    progress: &Progress,
) -> Vec<Post> {
    let mut posts: Vec<Post> = Vec::with_capacity(source.rows.len());
    // A column of working time whose every figure is at most 1,5 holds fractions (a workbook
    // stores "80 %" as 0.8), not percentages.
    let fractions = resolved.at(Target::FtePercent).is_some_and(|at| {
        source
            .rows
            .iter()
            .filter_map(|r| r.cells.get(at).and_then(|c| staff_number(c, lang)))
            .all(|(v, percent)| !percent && v <= 1.5)
    });
    let mut first: HashMap<NodeId, String> = HashMap::new();
    for (row, record) in source.rows.iter().enumerate() {
        if row % REPORT_EVERY == 0 {
            progress.set(row as u64);
        }
        let mut problems: Vec<(usize, RowReason)> = Vec::new();
        let cell = |target: Target| -> Option<(usize, &str)> {
            let at = resolved.at(target)?;
            let text = record.cells.get(at).map(String::as_str).unwrap_or_default();
            (!text.is_empty()).then_some((at, text))
        };
        let id_at = resolved.at(Target::Id).unwrap_or(0);
        let id = match cell(Target::Id) {
            None => {
                problems.push((id_at, RowReason::MissingId));
                None
            }
            Some((at, text)) => match NodeId::new(text) {
                Some(id) => Some(id),
                None => {
                    problems.push((at, RowReason::BadId(text.to_owned())));
                    None
                }
            },
        };
        let mut number = |target: Target| -> Option<f64> {
            let (at, text) = cell(target)?;
            let value = match target {
                Target::FtePercent => fte(text, !fractions, lang),
                Target::Fte => fte(text, false, lang),
                _ => staff_number(text, lang)
                    .map(|(v, _)| v)
                    .filter(|v| *v >= 0.0),
            };
            if value.is_none() {
                problems.push((at, RowReason::NotANumber(text.to_owned())));
            }
            value
        };
        let fte = number(Target::Fte).or_else(|| number(Target::FtePercent));
        let headcount = number(Target::Headcount).map(|v| v.round() as u32);
        let cost = number(Target::AnnualCost)
            .or_else(|| number(Target::MonthlyCost).map(|m| m * mapping.months_a_year))
            .filter(|c| c.is_finite());
        let mut capacity = Vec::new();
        for (key, at) in &resolved.capacity {
            let text = record
                .cells
                .get(*at)
                .map(String::as_str)
                .unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            match staff_number(text, lang) {
                Some((v, _)) if v >= 0.0 => capacity.push((key.clone(), v)),
                _ => problems.push((*at, RowReason::NotANumber(text.to_owned()))),
            }
        }
        let holder = cell(Target::Holder).map(|(_, t)| t.to_owned());
        let status = match cell(Target::Status) {
            Some((at, text)) => status_of(text).unwrap_or_else(|| {
                problems.push((at, RowReason::UnknownStatus(text.to_owned())));
                PostStatus::Filled
            }),
            // A post row without a holder, in a list that names holders, is vacant.
            None if resolved.at(Target::Holder).is_some() && holder.is_none() => PostStatus::Vacant,
            None => PostStatus::Filled,
        };
        let work = match cell(Target::Work) {
            Some((at, text)) => work_of(text).or_else(|| {
                problems.push((at, RowReason::UnknownWork(text.to_owned())));
                None
            }),
            None => None,
        };
        // A supervisor cell that is no id (a name, say) is reported, not silently dropped.
        let supervisor = match cell(Target::Supervisor) {
            Some((at, text)) => NodeId::new(text).or_else(|| {
                problems.push((at, RowReason::UnknownSupervisor(text.to_owned())));
                None
            }),
            None => None,
        };
        if let Some(id) = &id
            && let Some(first_place) = first.get(id)
        {
            let reason = RowReason::DuplicateId(id.to_string(), first_place.clone());
            problems.push((id_at, reason));
        }
        let width = source.headers.len();
        let filled = record
            .cells
            .iter()
            .rposition(|c| !c.is_empty())
            .map_or(0, |i| i + 1);
        if filled > width {
            problems.push((width, RowReason::TooManyCells(filled, width)));
        }
        if !problems.is_empty() {
            for (at, reason) in problems {
                bad.push(BadRow {
                    row,
                    place: place(&record.place, at),
                    column: source.headers.get(at).cloned().unwrap_or_default(),
                    reason,
                });
            }
            continue;
        }
        let Some(id) = id else { continue };
        first.insert(id.clone(), place(&record.place, id_at));
        let mut title = Names::default();
        for (target, in_lang) in [
            (Target::Title, lang),
            (Target::TitleSv, Lang::Sv),
            (Target::TitleEn, Lang::En),
        ] {
            if let Some((_, text)) = cell(target) {
                title.set(in_lang, Some(text.to_owned()));
            }
        }
        // No separator: the whole cell names one unit (`split("")` would cut every letter).
        let path = match cell(Target::Unit) {
            Some((_, text)) if mapping.unit_separator.is_empty() => vec![text.to_owned()],
            Some((_, text)) => text
                .split(mapping.unit_separator.as_str())
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            None => Vec::new(),
        };
        posts.push(Post {
            row,
            title,
            holder,
            path,
            // A post naming itself, as HR systems write the top post, has no supervisor.
            supervisor: supervisor.filter(|s| *s != id),
            status,
            fte,
            headcount,
            cost,
            cost_centre: cell(Target::CostCentre).map(|(_, t)| t.to_owned()),
            work,
            capacity,
            id,
        });
    }
    posts
}

/// Reports supervisors no row has and supervisor cycles; the rows concerned are left out.
fn check_supervisors(
    source: &Source,
    resolved: &Resolved,
    place: &dyn Fn(&RowPlace, usize) -> String,
    posts: &mut Vec<Post>,
    bad: &mut Vec<BadRow>,
) {
    let at = resolved.at(Target::Supervisor).unwrap_or(0);
    let column = source.headers.get(at).cloned().unwrap_or_default();
    let mut report = |post: &Post, reason| {
        let record = &source.rows[post.row];
        bad.push(BadRow {
            row: post.row,
            place: place(&record.place, at),
            column: column.clone(),
            reason,
        });
    };
    // A supervisor cell that names no id at all (not even of a bad row) is a bad row.
    let all_ids: HashSet<String> = source
        .rows
        .iter()
        .filter_map(|r| r.cells.get(resolved.at(Target::Id)?).cloned())
        .collect();
    let mut gone: HashSet<usize> = HashSet::new();
    for post in posts.iter() {
        if let Some(supervisor) = &post.supervisor
            && !all_ids.contains(supervisor.as_str())
        {
            report(post, RowReason::UnknownSupervisor(supervisor.to_string()));
            gone.insert(post.row);
        }
    }
    let by_id: HashMap<&NodeId, usize> =
        posts.iter().enumerate().map(|(i, p)| (&p.id, i)).collect();
    let next = |i: usize| {
        let post = &posts[i];
        // A post naming itself, as HR systems write the top post, has no supervisor.
        (post.supervisor.as_ref())
            .filter(|s| **s != post.id)
            .and_then(|s| by_id.get(s).copied())
    };
    // Each chain walked once: a post is unseen, on the walk being made, or done; a walk that
    // meets itself has found a cycle, and only the posts on it are bad.
    const UNSEEN: u8 = 0;
    const ON_WALK: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNSEEN; posts.len()];
    let mut in_cycle = vec![false; posts.len()];
    for start in 0..posts.len() {
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                DONE => break,
                ON_WALK => {
                    let from = walk.iter().position(|w| *w == i).unwrap_or(0);
                    for &j in &walk[from..] {
                        in_cycle[j] = true;
                    }
                    break;
                }
                _ => {
                    state[i] = ON_WALK;
                    walk.push(i);
                    at = next(i);
                }
            }
        }
        for j in walk {
            state[j] = DONE;
        }
    }
    for (post, bad) in posts.iter().zip(&in_cycle) {
        if *bad && !gone.contains(&post.row) {
            report(post, RowReason::SupervisorCycle);
            gone.insert(post.row);
        }
    }
    posts.retain(|p| !gone.contains(&p.row));
}

/// The plan of the good rows; with the counts of units and of posts to be placed.
/// The plan of `posts`, with how many units and posts to be placed it has, and the posts (places
/// in `posts`) it could not hold: a unit made from a path took their id.
fn assemble(
    posts: &[Post],
    mapping: &Mapping,
    name: Names,
    lang: Lang,
    made: &dyn Fn(usize),
) -> (Plan, usize, usize, Vec<usize>) {
    let mut baseline = Names::default();
    for l in Lang::ALL {
        baseline.set(l, Some(tr(l, "baseline-name")));
    }
    let mut scenario = Scenario::new(ScenarioMeta::new(NodeId::baseline(), baseline));
    let in_lang = |text: &str| {
        let mut names = Names::default();
        names.set(lang, Some(text.to_owned()));
        names
    };
    // One organisation at the top: the paths' shared first level, else one named as the plan.
    let firsts: HashSet<&str> = posts
        .iter()
        .filter_map(|p| p.path.first().map(String::as_str))
        .collect();
    let shared = (firsts.len() == 1)
        .then(|| firsts.iter().next().copied())
        .flatten();
    let root_path = shared.map(str::to_owned).unwrap_or_default();
    let root_name = shared.map_or_else(|| name.clone(), in_lang);
    // Every path once, parents first, in the order met; the ids made from all of them at once.
    let mut paths: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    if shared.is_some() {
        seen.insert(root_path.clone());
        paths.push(root_path.clone());
    }
    for post in posts {
        for depth in 0..post.path.len() {
            let path = post.path[..=depth].join(LEVEL);
            if seen.insert(path.clone()) {
                paths.push(path);
            }
        }
    }
    let ids = unit_ids(&paths);
    let fallback = || NodeId::new("org").unwrap_or_else(NodeId::baseline);
    let root_id = match shared {
        Some(_) => ids
            .get(root_path.as_str())
            .cloned()
            .unwrap_or_else(fallback),
        None => fallback(),
    };
    let root = Node::new(root_id.clone(), NodeKind::Organisation, root_name);
    let _ = scenario.apply(Edit::add_child(root, None));
    let mut unit_of: HashMap<String, NodeId> = HashMap::new();
    if shared.is_some() {
        unit_of.insert(root_path.clone(), root_id.clone());
    }
    for path in paths.iter().skip(usize::from(shared.is_some())) {
        let (parent_path, name) = path.rsplit_once(LEVEL).unwrap_or(("", path.as_str()));
        let parent = match unit_of.get(parent_path) {
            Some(parent) => parent.clone(),
            None if parent_path.is_empty() => root_id.clone(),
            // Its parent could not be made: it waits with its posts to be placed.
            None => continue,
        };
        let Some(id) = ids.get(path.as_str()) else {
            continue;
        };
        let unit = Node::new(id.clone(), NodeKind::Unit, in_lang(name));
        if scenario.apply(Edit::add_child(unit, Some(&parent))).is_ok() {
            unit_of.insert(path.clone(), id.clone());
        }
    }
    let units = unit_of.len() - usize::from(shared.is_some());
    // Posts; those without a unit go into the group "to be placed".
    let mut to_be_placed = 0;
    let mut lost = Vec::new();
    let placed = NodeId::new(TO_BE_PLACED).unwrap_or_else(NodeId::baseline);
    for (at, post) in posts.iter().enumerate() {
        if at % REPORT_EVERY == 0 {
            made(at);
        }
        if scenario.contains(&post.id) {
            lost.push(at);
            continue;
        }
        let unit = (!post.path.is_empty())
            .then(|| unit_of.get(&post.path.join(LEVEL)))
            .flatten();
        let mut node = Node::new(post.id.clone(), NodeKind::Position, Names::default());
        node.title = post.title.clone();
        if node.title.is_empty() {
            node.title = in_lang(post.id.as_str());
        }
        node.holder = post.holder.clone();
        node.status = post.status;
        node.fte = post.fte;
        node.headcount = post.headcount;
        node.cost = post.cost;
        node.cost_centre = post.cost_centre.clone();
        node.work = post.work;
        node.capacity = post.capacity.iter().cloned().collect();
        let mut edges = Vec::new();
        match unit {
            Some(unit) => edges.push(Edge::new(&post.id, Relation::PartOf, unit)),
            None => {
                if to_be_placed == 0 {
                    let mut names = Names::default();
                    for l in Lang::ALL {
                        names.set(l, Some(tr(l, "staff-to-be-placed")));
                    }
                    let group = Node::new(placed.clone(), NodeKind::Group, names);
                    let _ = scenario.apply(Edit::add_child(group, None));
                }
                to_be_placed += 1;
                edges.push(Edge::new(
                    &post.id,
                    Relation::MemberOf(Role::Member),
                    &placed,
                ));
            }
        }
        let added = scenario.apply(Edit::AddNode {
            node: Box::new(node),
            at: None,
            edges,
        });
        if added.is_err() {
            // Reported as a bad row rather than dropped.
            lost.push(at);
        }
    }
    line_management(&mut scenario, posts, &unit_of);
    let mut plan = Plan::new(name, scenario);
    plan.measures = mapping.capacity.keys().map(|k| Measure::new(k)).collect();
    plan.staff_mapping = Some(mapping.clone());
    (plan, units, to_be_placed, lost)
}

/// Makes the head of each unit the post in it whom the most of the unit's posts report to and
/// who reports outside it, then states a post's supervisor where the list's differs from the
/// one the structure derives.
fn line_management(scenario: &mut Scenario, posts: &[Post], units: &HashMap<String, NodeId>) {
    let supervisor: HashMap<&NodeId, &NodeId> = posts
        .iter()
        .filter_map(|p| Some((&p.id, p.supervisor.as_ref()?)))
        .collect();
    let unit_of_post: HashMap<&NodeId, String> =
        posts.iter().map(|p| (&p.id, p.path.join(LEVEL))).collect();
    // The units in and above a path: "A / B" is in "A / B" and in "A".
    let within =
        |path: &str, unit: &str| path == unit || path.starts_with(&format!("{unit}{LEVEL}"));
    // How many posts of its own unit (or the units below it) each post supervises.
    let mut led: HashMap<&NodeId, usize> = HashMap::new();
    for post in posts {
        if let Some(s) = supervisor.get(&post.id)
            && let Some(unit) = unit_of_post.get(s)
            && within(&unit_of_post[&post.id], unit)
        {
            *led.entry(s).or_default() += 1;
        }
    }
    let mut best: std::collections::BTreeMap<&str, (&NodeId, usize)> = Default::default();
    // Per unit, its posts that report outside it: when one alone does and nobody in the unit
    // reports to anyone, that one (a unit's only post, its director) heads it.
    let mut outward: std::collections::BTreeMap<&str, Vec<&NodeId>> = Default::default();
    for post in posts {
        let path = unit_of_post[&post.id].as_str();
        let count = led.get(&post.id).copied().unwrap_or(0);
        let reports_outside = supervisor
            .get(&post.id)
            .is_none_or(|s| unit_of_post.get(s).is_none_or(|p| !within(p, path)));
        if reports_outside && !path.is_empty() {
            outward.entry(path).or_default().push(&post.id);
        }
        if count > 0 && reports_outside && best.get(path).is_none_or(|(_, n)| count > *n) {
            best.insert(path, (&post.id, count));
        }
    }
    for (path, posts) in outward {
        if let ([only], false) = (posts.as_slice(), best.contains_key(path)) {
            best.insert(path, (only, 0));
        }
    }
    for (path, (head, _)) in best {
        if let Some(unit) = units.get(path) {
            let _ = scenario.apply(Edit::AddRelation(Edge::new(head, Relation::Heads, unit)));
        }
    }
    let line = LineManagement::of(scenario);
    let mut stated = Vec::new();
    for post in posts {
        let Some(wanted) = &post.supervisor else {
            continue;
        };
        let Some(at) = scenario.position(&post.id) else {
            continue;
        };
        let derived: Vec<&NodeId> = line
            .supervisors(at)
            .iter()
            .filter_map(|i| scenario.id_at(*i))
            .collect();
        if derived != [wanted] && scenario.contains(wanted) {
            stated.push(Edit::SetSupervisors {
                node: post.id.clone(),
                supervisors: vec![wanted.clone()],
            });
        }
    }
    for edit in stated {
        let _ = scenario.apply(edit);
    }
}
