//! Sample organisations of any size and shape, for trying orgplan at scale and for its tests and
//! benchmarks: a municipal education division (`realistic`), one very wide row (`wide`), one
//! long chain (`deep`) and a complete tree (`balanced`).
//!
//! The same options always give the same bytes, on every machine and with every version of the
//! crates orgplan builds with: the random numbers come from a small generator of our own
//! (SplitMix64), not from a crate whose streams may change between versions. The shapes follow
//! the reference generator the peer benchmarks use (`gen_org.py`): the same names, fan-outs and
//! proportions, though not the same bytes.
//!
//! Uses no egui, eframe, rfd or clap: the window and the command line call it.

use std::path::Path;

mod names;

use names::{
    FIRSTNAMES, HEAD_TITLES, LONG_SUFFIXES, PLACES, SERVICES, SUBUNIT_PATTERNS, SURNAMES,
    TEAM_NAMES, TITLES,
};

use crate::io::{ImportError, ImportReason, import_csv};
use crate::model::{Names, Plan};

/// The shape of a generated organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A municipal education division: service areas, schools and day-care centres under them,
    /// teams, and posts with a long-tailed fan-out of 1 to 40; Finnish and Swedish names, some
    /// very long.
    Realistic,
    /// The root with every other node a post directly under it.
    Wide,
    /// A chain: the root, units each inside the one before, and a post at the end.
    Deep,
    /// A complete tree with five parts under every node.
    Balanced,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 4] = [Shape::Realistic, Shape::Wide, Shape::Deep, Shape::Balanced];

    /// The shape's name on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Shape::Realistic => "realistic",
            Shape::Wide => "wide",
            Shape::Deep => "deep",
            Shape::Balanced => "balanced",
        }
    }

    /// The shape named `code`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenOptions {
    /// The shape.
    pub shape: Shape,
    /// The exact number of nodes.
    pub nodes: usize,
    /// Another seed gives another organisation of the same shape.
    pub seed: u64,
    /// Posts get a `holder` (and vacant ones the status `vacant`) instead of the holder's name
    /// in brackets after the title.
    pub holders: bool,
    /// Every this many teams, a team also serves a unit elsewhere in the organisation (a dashed
    /// line of a matrix organisation). Shapes without teams have none.
    pub serves_every: Option<usize>,
    /// Rows in a shuffled order (the root stays first), as an export from another system may
    /// come; still the same for the same options.
    pub shuffle: bool,
}

impl GenOptions {
    /// `nodes` nodes of `shape`, seed 1, posts named with their holders, no serves lines, in
    /// order.
    #[must_use]
    pub fn new(shape: Shape, nodes: usize) -> GenOptions {
        GenOptions {
            shape,
            nodes,
            seed: 1,
            holders: false,
            serves_every: None,
            shuffle: false,
        }
    }
}

/// The organisation as a CSV file (`id,parent,kind,name`, then `holder`, `status` and `serves`
/// where the options ask for them), parents before their parts unless shuffled.
///
/// # Errors
/// Only when the CSV writer refuses a row, which would be a bug: no row is dropped silently.
pub fn generate_csv(options: &GenOptions) -> Result<Vec<u8>, csv::Error> {
    let mut rng = Rng::new(options.shape, options.seed);
    let mut rows = match options.shape {
        Shape::Realistic => realistic(options, &mut rng),
        Shape::Wide => wide(options.nodes),
        Shape::Deep => deep(options.nodes),
        Shape::Balanced => balanced(options, &mut rng),
    };
    if options.shuffle && rows.len() > 2 {
        rng.shuffle(&mut rows[1..]);
    }
    write_csv(&rows, options)
}

/// The organisation as a plan with one baseline scenario.
///
/// # Errors
/// Never for a generated file; the importer's errors are passed on rather than hidden.
pub fn generate_plan(options: &GenOptions) -> Result<Plan, Vec<ImportError>> {
    let csv = generate_csv(options).map_err(|e| {
        vec![ImportError {
            path: "generated.csv".into(),
            line: 0,
            reason: ImportReason::Io(e.to_string()),
        }]
    })?;
    let name = format!("{} {}", options.shape.code(), options.nodes);
    import_csv(&csv, Path::new("generated.csv"), Names::fi(&name))
}

/// One node of a generated organisation.
struct Row {
    id: usize,
    parent: Option<usize>,
    kind: &'static str,
    name: String,
    holder: Option<String>,
    vacant: bool,
    serves: Option<usize>,
}

impl Row {
    fn new(id: usize, parent: Option<usize>, kind: &'static str, name: String) -> Row {
        Row {
            id,
            parent,
            kind,
            name,
            holder: None,
            vacant: false,
            serves: None,
        }
    }
}

fn write_csv(rows: &[Row], options: &GenOptions) -> Result<Vec<u8>, csv::Error> {
    let serves = options.serves_every.is_some();
    let mut header = vec!["id", "parent", "kind", "name"];
    if options.holders {
        header.extend(["holder", "status"]);
    }
    if serves {
        header.push("serves");
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::with_capacity(rows.len() * 48));
    writer.write_record(&header)?;
    for row in rows {
        let id = row.id.to_string();
        let parent = row.parent.map(|p| p.to_string()).unwrap_or_default();
        let mut record = vec![id, parent, row.kind.to_owned(), row.name.clone()];
        if options.holders {
            record.push(row.holder.clone().unwrap_or_default());
            let status = if row.vacant { "vacant" } else { "" };
            record.push(status.to_owned());
        }
        if serves {
            record.push(row.serves.map(|s| s.to_string()).unwrap_or_default());
        }
        writer.write_record(&record)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// The rows of a realistic organisation, built the way `gen_org.py` builds them.
fn realistic(options: &GenOptions, rng: &mut Rng) -> Vec<Row> {
    let n = options.nodes;
    let mut rows: Vec<Row> = Vec::with_capacity(n);
    if n == 0 {
        return rows;
    }
    let add = |rows: &mut Vec<Row>, parent: Option<usize>, kind, name: String| {
        let id = rows.len() + 1;
        rows.push(Row::new(id, parent, kind, name));
        id
    };
    let root = add(
        &mut rows,
        None,
        "organisation",
        "Kasvatuksen ja koulutuksen toimiala".to_owned(),
    );
    let mut remaining = n - 1;
    let bits = usize::BITS - n.leading_zeros();
    let wanted = 3 + usize::try_from(bits / 4).unwrap_or(0);
    let service_count = wanted.min(remaining).clamp(1, SERVICES.len());
    // (id, which service)
    let mut services = Vec::with_capacity(service_count);
    for (which, name) in SERVICES.iter().enumerate().take(service_count) {
        if remaining == 0 {
            break;
        }
        services.push((
            add(&mut rows, Some(root), "unit", (*name).to_owned()),
            which,
        ));
        remaining -= 1;
    }
    // The parts of each service made so far, for the teams that serve a unit elsewhere.
    let mut parts_of: Vec<Vec<usize>> = vec![Vec::new(); services.len()];
    let (mut sub_no, mut team_no) = (0_usize, 0_usize);
    while remaining > 0 {
        // Weighted towards early childhood and basic education, as real divisions are.
        let pick = (rng.exponential(0.45) as usize).min(services.len() - 1);
        let (service, which) = services[pick];
        sub_no += 1;
        let pattern = rng.choose(SUBUNIT_PATTERNS[which]);
        let mut sub_name = pattern.replace("{p}", rng.choose(&PLACES));
        if sub_no > PLACES.len() {
            sub_name = format!("{sub_name} {}", sub_no / PLACES.len() + 1);
        }
        let sub_name = maybe_long(rng, sub_name);
        let sub = add(&mut rows, Some(service), "unit", sub_name);
        parts_of[pick].push(sub);
        remaining -= 1;
        if remaining > 0 && rng.unit() < 0.5 {
            let title = rng.choose(&HEAD_TITLES);
            let person = person(rng);
            let id = add(&mut rows, Some(sub), "position", String::new());
            name_post(&mut rows[id - 1], title, Some(person), options.holders);
            remaining -= 1;
        }
        let team_count = (rng.log_normal(1.5, 0.7) as usize).clamp(1, 30);
        for _ in 0..team_count {
            if remaining == 0 {
                break;
            }
            team_no += 1;
            let team_name = rng.choose(&TEAM_NAMES).replace("{n}", &team_no.to_string());
            let team_name = maybe_long(rng, team_name);
            let team = add(&mut rows, Some(sub), "team", team_name);
            remaining -= 1;
            if options
                .serves_every
                .is_some_and(|every| every > 0 && team_no % every == 0)
            {
                rows[team - 1].serves = served_elsewhere(rng, &parts_of, pick);
            }
            let posts = fanout(rng).min(remaining);
            for _ in 0..posts {
                let vacant = rng.unit() < 0.12;
                let title = rng.choose(&TITLES);
                let holder = (!vacant).then(|| person(rng));
                let id = add(&mut rows, Some(team), "position", String::new());
                name_post(&mut rows[id - 1], title, holder, options.holders);
                let post = &mut rows[id - 1];
                post.name = maybe_long(rng, std::mem::take(&mut post.name));
            }
            remaining -= posts;
        }
    }
    rows
}

/// A unit of another service than `own`, made so far; none when there is none yet.
fn served_elsewhere(rng: &mut Rng, parts_of: &[Vec<usize>], own: usize) -> Option<usize> {
    let others: usize = parts_of
        .iter()
        .enumerate()
        .filter(|(which, _)| *which != own)
        .map(|(_, parts)| parts.len())
        .sum();
    if others == 0 {
        return None;
    }
    let mut at = rng.below(others);
    for (which, parts) in parts_of.iter().enumerate() {
        if which == own {
            continue;
        }
        if at < parts.len() {
            return Some(parts[at]);
        }
        at -= parts.len();
    }
    None
}

/// Names a post: its title with the holder in brackets (or "vakanssi"), or with `holders`, the
/// title alone and the holder in its own field.
fn name_post(row: &mut Row, title: &str, holder: Option<String>, holders: bool) {
    row.vacant = holder.is_none();
    if holders {
        row.name = title.to_owned();
        row.holder = holder;
    } else {
        let who = holder.unwrap_or_else(|| "vakanssi".to_owned());
        row.name = format!("{title} ({who})");
    }
}

fn person(rng: &mut Rng) -> String {
    let first = rng.choose(&FIRSTNAMES);
    let last = rng.choose(&SURNAMES);
    format!("{first} {last}")
}

fn maybe_long(rng: &mut Rng, name: String) -> String {
    if rng.unit() < 0.03 {
        name + rng.choose(&LONG_SUFFIXES)
    } else {
        name
    }
}

/// A long-tailed fan-out of 1 to 40 (median about 5, mean about 7).
fn fanout(rng: &mut Rng) -> usize {
    (rng.log_normal(1.6, 0.8).round() as usize).clamp(1, 40)
}

fn wide(n: usize) -> Vec<Row> {
    if n == 0 {
        return Vec::new();
    }
    let root = "Laaja organisaatio Åbo–Mäntymäki".to_owned();
    let mut rows = vec![Row::new(1, None, "organisation", root)];
    for i in 2..=n {
        let title = TITLES[i % TITLES.len()];
        rows.push(Row::new(i, Some(1), "position", format!("{title} {i}")));
    }
    rows
}

fn deep(n: usize) -> Vec<Row> {
    if n == 0 {
        return Vec::new();
    }
    let root = "Syvä organisaatio Pöytyä".to_owned();
    let mut rows = vec![Row::new(1, None, "organisation", root)];
    for i in 2..=n {
        let kind = if i == n { "position" } else { "unit" };
        let name = format!("Taso {} – Ääneväylä", i - 1);
        rows.push(Row::new(i, Some(i - 1), kind, name));
    }
    rows
}

/// A complete tree with five parts under each node, numbered breadth first: posts at the
/// leaves, teams in the two levels above them, units above those.
fn balanced(options: &GenOptions, rng: &mut Rng) -> Vec<Row> {
    const FAN: usize = 5;
    let n = options.nodes;
    let mut depths = vec![0_usize; n];
    for j in 1..n {
        depths[j] = depths[(j - 1) / FAN] + 1;
    }
    let deepest = depths.last().copied().unwrap_or(0);
    let mut rows = Vec::with_capacity(n);
    let mut units = Vec::new();
    let mut team_no = 0;
    for (j, &depth) in depths.iter().enumerate() {
        let has_parts = FAN * j + 1 < n;
        let kind = if depth == 0 {
            "organisation"
        } else if !has_parts {
            "position"
        } else if depth + 1 >= deepest {
            "team"
        } else {
            "unit"
        };
        let parent = (j > 0).then(|| (j - 1) / FAN + 1);
        let mut row = Row::new(
            j + 1,
            parent,
            kind,
            format!("{kind} {} (Östra Åbacka)", j + 1),
        );
        match kind {
            "unit" => units.push((j + 1, parent)),
            "team" => {
                team_no += 1;
                if options
                    .serves_every
                    .is_some_and(|every| every > 0 && team_no % every == 0)
                    && !units.is_empty()
                {
                    // A unit elsewhere: not the one the team is part of.
                    let (unit, _) = units[rng.below(units.len())];
                    row.serves = (Some(unit) != parent).then_some(unit);
                }
            }
            _ => {}
        }
        rows.push(row);
    }
    rows
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and the same stream forever.
struct Rng(u64);

impl Rng {
    /// A stream for `shape` and `seed`: the shapes' streams differ for the same seed.
    fn new(shape: Shape, seed: u64) -> Rng {
        // FNV-1a of the shape's name, mixed with the seed.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in shape.code().bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        Rng(hash ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        // The top 53 bits: every such number is a double exactly.
        (self.next() >> 11) as f64 / (1_u64 << 53) as f64
    }

    /// A number in 0..n (n > 0), without the bias of a plain remainder worth mentioning at the
    /// sizes used here.
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    fn choose<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn exponential(&mut self, rate: f64) -> f64 {
        -(1.0 - self.unit()).ln() / rate
    }

    /// A log-normal number: e to a normal one (Box–Muller) with mean `mu` and deviation
    /// `sigma`.
    fn log_normal(&mut self, mu: f64, sigma: f64) -> f64 {
        let (u1, u2) = (1.0 - self.unit(), self.unit());
        let normal = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
        (mu + sigma * normal).exp()
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(options: &GenOptions) -> String {
        String::from_utf8(generate_csv(options).unwrap_or_default()).unwrap_or_default()
    }

    #[test]
    fn every_shape_gives_exactly_the_nodes_asked_for() {
        for shape in Shape::ALL {
            for nodes in [0, 1, 2, 3, 7, 50, 1_000] {
                let csv = text(&GenOptions::new(shape, nodes));
                let rows = csv.lines().count() - 1;
                assert_eq!(rows, nodes, "{shape:?} {nodes}");
            }
        }
    }

    #[test]
    fn the_same_options_give_the_same_bytes_and_another_seed_others() {
        let options = GenOptions::new(Shape::Realistic, 500);
        assert_eq!(generate_csv(&options).ok(), generate_csv(&options).ok());
        let other = GenOptions {
            seed: 2,
            ..options.clone()
        };
        assert_ne!(generate_csv(&options).ok(), generate_csv(&other).ok());
    }

    #[test]
    fn shuffled_rows_keep_the_root_first_and_the_same_rows() {
        let options = GenOptions::new(Shape::Realistic, 300);
        let shuffled = GenOptions {
            shuffle: true,
            ..options.clone()
        };
        let (a, b) = (text(&options), text(&shuffled));
        assert_ne!(a, b);
        assert_eq!(a.lines().nth(1), b.lines().nth(1));
        let mut a: Vec<&str> = a.lines().collect();
        let mut b: Vec<&str> = b.lines().collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
    }

    #[test]
    fn the_rng_is_the_same_stream_forever() {
        // If this changes, every generated file and every figure measured on one changes.
        let mut rng = Rng::new(Shape::Realistic, 1);
        let first: Vec<u64> = (0..3).map(|_| rng.next()).collect();
        let mut again = Rng::new(Shape::Realistic, 1);
        assert_eq!(first, (0..3).map(|_| again.next()).collect::<Vec<_>>());
        let mut other = Rng::new(Shape::Wide, 1);
        assert_ne!(first[0], other.next());
        assert!((0..1_000).all(|_| rng.below(7) < 7));
        assert!((0..1_000).all(|_| (0.0..1.0).contains(&rng.unit())));
    }

    #[test]
    fn holders_go_to_their_own_column_and_vacancies_are_vacant() {
        let options = GenOptions {
            holders: true,
            ..GenOptions::new(Shape::Realistic, 400)
        };
        let csv = text(&options);
        assert!(csv.starts_with("id,parent,kind,name,holder,status\n"));
        assert!(csv.contains(",vacant\n"));
        assert!(!csv.contains("(vakanssi)"));
    }
}
