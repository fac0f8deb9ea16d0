//! The diff as people and programs read it: numbered sentences in text and Markdown, grouped
//! the way minutes are, and one change per row or object in CSV and JSON.
//!
//! The JSON shape (version 1) is stable:
//! `{"format": "orgplan-diff", "version": 1, "from": SCENARIO, "to": SCENARIO, "changes": [CHANGE]}`
//! where SCENARIO is `{"id", "name"}` and CHANGE is
//! `{"number", "type", "group", "node": NODE, "from": [NODE], "to": [NODE], "field", "before",
//! "after", "task": TASK|null, "inferred", "text"}`; NODE is `{"id", "kind", "name"}` and TASK
//! `{"id", "name"}`, every `name` an object of the languages it has (`fi`, `sv`, `en`). Values are
//! numbers for figures, names objects for renames and codes for kinds, statuses, roles and work.
//! A change to the scenario itself has `"node": null` (type `details_changed`, its `field`
//! `participation`, `rationale`, `notes`, `decision` or `effective`); a participation event's
//! values are `{"kind", "date", "participants", "summary", "outcome"}`, `participants` null in a
//! redacted diff.

use serde_json::{Map, Value as Json, json};

use super::diff::{Change, ChangeGroup, ChangeKind, Value};
use crate::i18n::{Lang, and_list, format_money, format_number, s, tr, tr_args};
use crate::io::csv_out::csv_text;
use crate::model::words::{format_date, kind_text, role_text, work_text};
use crate::model::{Date, Names, NodeId, NodeKind, Participation, PostStatus, Scenario};

pub use super::sides::Sides;
use super::sides::field_name;

/// The forms a diff is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    /// Numbered sentences, grouped, for minutes.
    Text,
    /// The same as Markdown.
    Markdown,
    /// One change per row, for spreadsheets.
    Csv,
    /// One change per object, for scripts.
    Json,
}

fn labels(sides: &Sides<'_>, ids: &[NodeId], lang: Lang) -> String {
    let names: Vec<String> = ids.iter().map(|id| sides.label(id, lang)).collect();
    and_list(&names, lang)
}

fn status_word(status: PostStatus, kind: Option<NodeKind>, lang: Lang) -> String {
    let unit = matches!(
        kind,
        Some(NodeKind::Unit | NodeKind::Team | NodeKind::Organisation)
    );
    if unit && status == PostStatus::Abolished {
        tr(lang, "status-ceased")
    } else {
        tr(lang, &format!("status-{}", status.code()))
    }
}

fn value_text(value: Option<&Value>, kind: Option<NodeKind>, lang: Lang) -> String {
    match value {
        None => tr(lang, "value-none"),
        Some(Value::Names(names)) => {
            let shown = names.show(lang);
            if shown.is_empty() {
                tr(lang, "value-none")
            } else {
                shown.to_owned()
            }
        }
        // The sentence has its own full stop.
        Some(Value::Text(text)) => text.trim_end_matches('.').to_owned(),
        Some(Value::Number(number)) => format_number(*number, lang),
        Some(Value::Kind(kind)) => kind_text(*kind, lang),
        Some(Value::Status(status)) => status_word(*status, kind, lang),
        Some(Value::Work(work)) => work_text(*work, lang),
        Some(Value::Role(role)) => role_text(*role, lang),
        Some(Value::Event(event)) => event_label(event, lang),
    }
}

/// A participation event as a sentence names it: its kind and day (`workshop of 12 Mar 2024`),
/// never who took part.
fn event_label(event: &Participation, lang: Lang) -> String {
    let word = tr(lang, &format!("event-{}", event.kind.code()));
    // The kind's name stands mid-sentence.
    let mut chars = word.chars();
    let kind = chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect::<String>())
        .unwrap_or_default();
    match event.date {
        Some(date) => tr_args(
            lang,
            "diff-participation-event",
            &[("kind", s(kind)), ("date", s(format_date(date, lang)))],
        ),
        None => tr_args(
            lang,
            "diff-participation-event-undated",
            &[("kind", s(kind))],
        ),
    }
}

/// A change to the scenario itself (no node) as a sentence: an event of its participation
/// record added, removed or changed, naming what changed but never who took part; or one of its
/// texts with both values.
fn scenario_sentence(change: &Change, lang: Lang) -> String {
    match (&change.before, &change.after) {
        (None, Some(Value::Event(event))) => tr_args(
            lang,
            "diff-participation-added",
            &[("event", s(event_label(event, lang)))],
        ),
        (Some(Value::Event(event)), None) => tr_args(
            lang,
            "diff-participation-removed",
            &[("event", s(event_label(event, lang)))],
        ),
        (Some(Value::Event(old)), Some(Value::Event(new))) => {
            let mut parts = Vec::new();
            if old.date != new.date {
                let day = old
                    .date
                    .map_or_else(|| tr(lang, "value-none"), |d| format_date(d, lang));
                parts.push(tr_args(
                    lang,
                    "diff-participation-part-date",
                    &[("before", s(day))],
                ));
            }
            let texts = [
                (&old.participants, &new.participants, "participants"),
                (&old.summary, &new.summary, "summary"),
                (&old.outcome, &new.outcome, "outcome"),
            ];
            for (a, b, part) in texts {
                if a != b {
                    parts.push(tr(lang, &format!("diff-participation-part-{part}")));
                }
            }
            tr_args(
                lang,
                "diff-participation-changed",
                &[
                    ("event", s(event_label(new, lang))),
                    ("parts", s(parts.join(", "))),
                ],
            )
        }
        (before, after) => {
            let field = change.field.as_deref().unwrap_or("");
            let value = |v: Option<&Value>| match v {
                Some(Value::Text(day)) if field == "effective" => {
                    Date::parse(day).map_or_else(|_| day.clone(), |d| format_date(d, lang))
                }
                v => value_text(v, None, lang),
            };
            tr_args(
                lang,
                "diff-scenario-changed",
                &[
                    ("field", s(field_name(field, lang))),
                    ("before", s(value(before.as_ref()))),
                    ("after", s(value(after.as_ref()))),
                ],
            )
        }
    }
}

/// The language whose name changed, preferring `lang`: a rename only in Swedish still shows.
fn renamed_in(before: &Names, after: &Names, lang: Lang) -> Lang {
    let differs = |l: Lang| before.get(l) != after.get(l);
    if differs(lang) {
        lang
    } else {
        Lang::ALL.into_iter().find(|l| differs(*l)).unwrap_or(lang)
    }
}

/// One change as a sentence in `lang`, as the text report and the window show it.
#[must_use]
pub fn sentence(change: &Change, sides: &Sides<'_>, lang: Lang) -> String {
    let Some(node) = change.node.as_ref() else {
        return scenario_sentence(change, lang);
    };
    let name = sides.label(node, lang);
    let kind = sides.node(node).map(|n| n.kind);
    let before = || labels(sides, &change.from, lang);
    let after = || labels(sides, &change.to, lang);
    let value = |v: Option<&Value>| value_text(v, kind, lang);
    let task = || {
        change
            .task
            .as_ref()
            .map(|t| sides.task_label(t, lang))
            .unwrap_or_default()
    };
    let kind_word = || kind.map(|k| kind_text(k, lang)).unwrap_or_default();
    match change.kind {
        ChangeKind::NodeAdded | ChangeKind::NodeRemoved => {
            let (key, parent) = match change.kind {
                ChangeKind::NodeAdded => ("diff-node_added", &change.to),
                _ => ("diff-node_removed", &change.from),
            };
            if parent.is_empty() {
                tr_args(
                    lang,
                    &format!("{key}-top"),
                    &[("name", s(name)), ("kind", s(kind_word()))],
                )
            } else {
                tr_args(
                    lang,
                    key,
                    &[
                        ("name", s(name)),
                        ("kind", s(kind_word())),
                        ("parent", s(labels(sides, parent, lang))),
                    ],
                )
            }
        }
        ChangeKind::Renamed => {
            let key = match change.field.as_deref() {
                Some("title") => "diff-renamed-title",
                Some("task") => "diff-renamed-task",
                _ => "diff-renamed",
            };
            let (a, b) = match (&change.before, &change.after) {
                (Some(Value::Names(a)), Some(Value::Names(b))) => {
                    let shown = renamed_in(a, b, lang);
                    let show = |n: &Names| {
                        n.get(shown)
                            .map_or_else(|| tr(lang, "value-none"), str::to_owned)
                    };
                    let suffix = if shown == lang {
                        String::new()
                    } else {
                        format!(" [{}]", shown.code())
                    };
                    (show(a), format!("{}{suffix}", show(b)))
                }
                _ => (value(change.before.as_ref()), value(change.after.as_ref())),
            };
            tr_args(lang, key, &[("before", s(a)), ("after", s(b))])
        }
        ChangeKind::DetailsChanged if change.field.as_deref() == Some("assistant_to") => tr_args(
            lang,
            "diff-figure_changed",
            &[
                ("name", s(name)),
                ("figure", s(field_name("assistant_to", lang))),
                ("before", s(before())),
                ("after", s(after())),
            ],
        ),
        ChangeKind::KindChanged
        | ChangeKind::VacancyChanged
        | ChangeKind::FigureChanged
        | ChangeKind::DetailsChanged => {
            let key = match change.kind {
                ChangeKind::KindChanged => "diff-kind_changed",
                ChangeKind::VacancyChanged => "diff-vacancy_changed",
                _ => "diff-figure_changed",
            };
            let field = change.field.as_deref().unwrap_or("");
            let value = |v: Option<&Value>| match v {
                Some(Value::Number(amount)) if field == "cost" => {
                    format_money(*amount, sides.terms.currency, lang)
                }
                v => value(v),
            };
            tr_args(
                lang,
                key,
                &[
                    ("name", s(name)),
                    ("figure", s(sides.figure_name(field, lang))),
                    ("before", s(value(change.before.as_ref()))),
                    ("after", s(value(change.after.as_ref()))),
                ],
            )
        }
        ChangeKind::Moved | ChangeKind::HeadChanged | ChangeKind::SupervisorChanged => {
            let key = match change.kind {
                ChangeKind::Moved => "diff-moved",
                ChangeKind::HeadChanged => "diff-head_changed",
                _ => "diff-supervisor_changed",
            };
            tr_args(
                lang,
                key,
                &[
                    ("name", s(name)),
                    ("before", s(before())),
                    ("after", s(after())),
                ],
            )
        }
        ChangeKind::Merged | ChangeKind::Split | ChangeKind::Replaced => {
            let key = match change.kind {
                ChangeKind::Merged => "diff-merged",
                ChangeKind::Split => "diff-split",
                _ => "diff-replaced",
            };
            let line = tr_args(
                lang,
                key,
                &[
                    ("name", s(name)),
                    ("before", s(before())),
                    ("after", s(after())),
                ],
            );
            if change.inferred {
                format!("{line} {}", tr(lang, "diff-inferred"))
            } else {
                line
            }
        }
        ChangeKind::ServesAdded => tr_args(
            lang,
            "diff-serves_added",
            &[("name", s(name)), ("after", s(after()))],
        ),
        ChangeKind::ServesRemoved => tr_args(
            lang,
            "diff-serves_removed",
            &[("name", s(name)), ("before", s(before()))],
        ),
        ChangeKind::MembershipChanged => {
            let group = change
                .to
                .first()
                .or(change.from.first())
                .map(|g| sides.label(g, lang))
                .unwrap_or_default();
            let (key, role) = match (&change.before, &change.after) {
                (None, after) => ("diff-membership-joins", value(after.as_ref())),
                (before, None) => ("diff-membership-leaves", value(before.as_ref())),
                (_, after) => ("diff-membership-role", value(after.as_ref())),
            };
            tr_args(
                lang,
                key,
                &[
                    ("name", s(name)),
                    ("group", s(group)),
                    ("role", s(role)),
                    ("before", s(value(change.before.as_ref()))),
                    ("after", s(value(change.after.as_ref()))),
                ],
            )
        }
        ChangeKind::TaskMoved | ChangeKind::TaskOrphaned | ChangeKind::TaskAdded => {
            let key = match change.kind {
                ChangeKind::TaskMoved => "diff-task_moved",
                ChangeKind::TaskOrphaned => "diff-task_orphaned",
                _ => "diff-task_added",
            };
            let now = match change.kind {
                // An owner who does not do the work is named with their status.
                ChangeKind::TaskOrphaned => change
                    .to
                    .first()
                    .and_then(|id| sides.to.node(id))
                    .map_or_else(
                        || tr(lang, "value-none"),
                        |owner| {
                            format!(
                                "{}, {}",
                                owner.label(lang),
                                status_word(owner.status, Some(owner.kind), lang)
                            )
                        },
                    ),
                _ => after(),
            };
            tr_args(
                lang,
                key,
                &[
                    ("task", s(task())),
                    ("before", s(before())),
                    ("after", s(now)),
                ],
            )
        }
    }
}

fn group_title(group: ChangeGroup, lang: Lang) -> String {
    tr(lang, &format!("diff-group-{}", group.code()))
}

fn title(sides: &Sides<'_>, lang: Lang) -> String {
    tr_args(
        lang,
        "diff-title",
        &[
            ("from", s(sides.from.meta.name.show(lang))),
            ("to", s(sides.to.meta.name.show(lang))),
        ],
    )
}

/// Escapes what Markdown would read as markup in a name.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '#' | '`' | '<' | '>' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The diff written in `format` and `lang`. Same input, same bytes.
///
/// # Errors
/// Only when the CSV writer refuses a record, which would be a bug: a report never drops
/// rows silently.
pub fn diff_report(
    changes: &[Change],
    sides: &Sides<'_>,
    format: DiffFormat,
    lang: Lang,
) -> Result<String, csv::Error> {
    Ok(match format {
        DiffFormat::Text | DiffFormat::Markdown => prose(changes, sides, format, lang),
        DiffFormat::Csv => csv_text(diff_rows(changes, sides, lang))?,
        DiffFormat::Json => json(changes, sides, lang),
    })
}

/// The diff as numbered sentences in `lang`, as `orgplan diff` prints it.
#[must_use]
pub fn diff_text(changes: &[Change], sides: &Sides<'_>, lang: Lang) -> String {
    prose(changes, sides, DiffFormat::Text, lang)
}

fn prose(changes: &[Change], sides: &Sides<'_>, format: DiffFormat, lang: Lang) -> String {
    let markdown = format == DiffFormat::Markdown;
    let mut out = String::new();
    let heading = title(sides, lang);
    if markdown {
        out.push_str(&format!("# {}\n", markdown_escape(&heading)));
    } else {
        out.push_str(&format!("{heading}\n"));
    }
    if changes.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "diff-none")));
        return out;
    }
    let width = changes.len().to_string().len();
    let mut number = 0;
    for group in ChangeGroup::ALL {
        let in_group: Vec<&Change> = changes.iter().filter(|c| c.kind.group() == group).collect();
        if in_group.is_empty() {
            continue;
        }
        if markdown {
            out.push_str(&format!("\n## {}\n\n", group_title(group, lang)));
        } else {
            out.push_str(&format!("\n{}\n", group_title(group, lang)));
        }
        for change in in_group {
            number += 1;
            let line = sentence(change, sides, lang);
            if markdown {
                out.push_str(&format!("{number}. {}\n", markdown_escape(&line)));
            } else {
                out.push_str(&format!("{number:>width$}. {line}\n"));
            }
        }
    }
    out
}

fn names_in(names: &Names, lang: Lang) -> String {
    names.get(lang).unwrap_or_default().to_owned()
}

/// The names a node is known by: its name, or a post's title when it has no name.
fn display_names<'a>(sides: &Sides<'a>, id: &NodeId) -> Option<&'a Names> {
    sides
        .node(id)
        .map(|n| if n.name.is_empty() { &n.title } else { &n.name })
}

fn csv_value(value: Option<&Value>, lang: Lang) -> String {
    match value {
        None => String::new(),
        Some(Value::Names(names)) => names.show(lang).to_owned(),
        Some(Value::Text(text)) => text.clone(),
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::Kind(kind)) => kind.code().to_owned(),
        Some(Value::Status(status)) => status.code().to_owned(),
        Some(Value::Work(work)) => work.code().to_owned(),
        Some(Value::Role(role)) => role.code().to_owned(),
        // The event's kind and day; its texts are in the scenario, who took part is personal.
        Some(Value::Event(event)) => match event.date {
            Some(date) => format!("{} {date}", event.kind.code()),
            None => event.kind.code().to_owned(),
        },
    }
}

/// The diff as the rows of its CSV and workbook, the header first: one row per change with its
/// codes, ids and names in every language.
#[must_use]
pub fn diff_rows(changes: &[Change], sides: &Sides<'_>, lang: Lang) -> Vec<Vec<String>> {
    let mut header = vec![
        "number", "type", "group", "node_id", "node_fi", "node_sv", "node_en",
    ];
    header.extend([
        "field", "before", "after", "from_ids", "from_fi", "from_sv", "from_en", "to_ids", "to_fi",
        "to_sv", "to_en", "task_id", "task_fi", "task_sv", "task_en", "inferred", "text",
    ]);
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(changes.len() + 1);
    rows.push(header.into_iter().map(str::to_owned).collect());
    for (at, change) in changes.iter().enumerate() {
        let names = |id: &NodeId, l: Lang| {
            display_names(sides, id)
                .map(|n| names_in(n, l))
                .unwrap_or_default()
        };
        let join_ids = |list: &[NodeId]| {
            list.iter()
                .map(NodeId::as_str)
                .collect::<Vec<_>>()
                .join("; ")
        };
        let join_names = |list: &[NodeId], l: Lang| {
            list.iter()
                .map(|id| names(id, l))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let task_names = |l: Lang| {
            change
                .task
                .as_ref()
                .and_then(|t| sides.task_names(t))
                .map(|n| names_in(n, l))
                .unwrap_or_default()
        };
        let mut row = vec![
            (at + 1).to_string(),
            change.kind.code().to_owned(),
            change.kind.group().code().to_owned(),
            change
                .node
                .as_ref()
                .map(|id| id.as_str().to_owned())
                .unwrap_or_default(),
        ];
        row.extend(Lang::ALL.map(|l| {
            change
                .node
                .as_ref()
                .map(|id| names(id, l))
                .unwrap_or_default()
        }));
        row.push(change.field.clone().unwrap_or_default());
        row.push(csv_value(change.before.as_ref(), lang));
        row.push(csv_value(change.after.as_ref(), lang));
        row.push(join_ids(&change.from));
        row.extend(Lang::ALL.map(|l| join_names(&change.from, l)));
        row.push(join_ids(&change.to));
        row.extend(Lang::ALL.map(|l| join_names(&change.to, l)));
        row.push(
            change
                .task
                .as_ref()
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default(),
        );
        row.extend(Lang::ALL.map(task_names));
        row.push(change.inferred.to_string());
        row.push(sentence(change, sides, lang));
        rows.push(row);
    }
    rows
}

fn names_json(names: &Names) -> Json {
    let mut map = Map::new();
    for lang in Lang::ALL {
        if let Some(name) = names.get(lang) {
            map.insert(lang.code().to_owned(), Json::String(name.to_owned()));
        }
    }
    Json::Object(map)
}

fn node_json(sides: &Sides<'_>, id: &NodeId) -> Json {
    let node = sides.node(id);
    json!({
        "id": id.as_str(),
        "kind": node.map(|n| n.kind.code()),
        "name": display_names(sides, id).map_or(Json::Object(Map::new()), names_json),
    })
}

fn value_json(value: Option<&Value>) -> Json {
    match value {
        None => Json::Null,
        Some(Value::Names(names)) => names_json(names),
        Some(Value::Text(text)) => Json::String(text.clone()),
        Some(Value::Number(number)) => json!(number),
        Some(Value::Kind(kind)) => json!(kind.code()),
        Some(Value::Status(status)) => json!(status.code()),
        Some(Value::Work(work)) => json!(work.code()),
        Some(Value::Role(role)) => json!(role.code()),
        Some(Value::Event(event)) => json!({
            "kind": event.kind.code(),
            "date": event.date.map(|d| d.to_string()),
            "participants": event.participants,
            "summary": event.summary,
            "outcome": event.outcome,
        }),
    }
}

fn scenario_json(scenario: &Scenario) -> Json {
    json!({"id": scenario.meta.id.as_str(), "name": names_json(&scenario.meta.name)})
}

fn json(changes: &[Change], sides: &Sides<'_>, lang: Lang) -> String {
    let list: Vec<Json> = changes
        .iter()
        .enumerate()
        .map(|(at, change)| {
            json!({
                "number": at + 1,
                "type": change.kind.code(),
                "group": change.kind.group().code(),
                "node": change.node.as_ref().map(|id| node_json(sides, id)),
                "from": change.from.iter().map(|id| node_json(sides, id)).collect::<Vec<_>>(),
                "to": change.to.iter().map(|id| node_json(sides, id)).collect::<Vec<_>>(),
                "field": change.field,
                "before": value_json(change.before.as_ref()),
                "after": value_json(change.after.as_ref()),
                "task": change.task.as_ref().map(|t| json!({
                    "id": t.as_str(),
                    "name": sides.task_names(t).map_or(Json::Object(Map::new()), names_json),
                })),
                "inferred": change.inferred,
                "text": sentence(change, sides, lang),
            })
        })
        .collect();
    let document = json!({
        "format": "orgplan-diff",
        "version": 1,
        "lang": lang.code(),
        "from": scenario_json(sides.from),
        "to": scenario_json(sides.to),
        "changes": list,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
