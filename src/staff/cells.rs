//! Reading a staff list's words: the language its headers are in, and a status or a
//! core/administration tag as HR systems write them in Finnish, Swedish and English.

use super::synonyms::normalise;
use crate::i18n::Lang;
use crate::model::{PostStatus, WorkTag};

/// The language a list is written in, by its headers: the one most of its known headers are.
#[must_use]
pub fn guess_language(headers: &[String]) -> Lang {
    const SV: [&str; 14] = [
        "befattning",
        "befattningsnummer",
        "enhet",
        "chef",
        "namn",
        "lön",
        "månadslön",
        "sysselsättningsgrad",
        "kostnadsställe",
        "avdelning",
        "årskostnad",
        "anställd",
        "tjänstgöringsgrad",
        "närmastechef",
    ];
    const EN: [&str; 10] = [
        "title",
        "jobtitle",
        "unit",
        "department",
        "name",
        "salary",
        "manager",
        "supervisor",
        "costcentre",
        "costcenter",
    ];
    let count = |words: &[&str]| {
        headers
            .iter()
            .filter(|h| words.contains(&normalise(h).as_str()))
            .count()
    };
    let (sv, en) = (count(&SV), count(&EN));
    if sv > 0 && sv >= en {
        Lang::Sv
    } else if en > 0 {
        Lang::En
    } else {
        Lang::Fi
    }
}

pub(super) fn status_of(text: &str) -> Option<PostStatus> {
    let word = normalise(text);
    let status = match word.as_str() {
        "" | "täytetty" | "täytettyvirka" | "filled" | "tillsatt" | "besatt" | "vakinainen"
        | "active" => PostStatus::Filled,
        "avoin" | "vakantti" | "vapaa" | "vacant" | "vakant" | "ledig" | "open" => {
            PostStatus::Vacant
        }
        "täyttämättä" | "jätetääntäyttämättä" | "leftunfilled" | "lämnasobesatt" | "obesatt" => {
            PostStatus::LeftUnfilled
        }
        "lakkautettu" | "lakkautetaan" | "abolished" | "indragen" => PostStatus::Abolished,
        "sijainen" | "viransijainen" | "vt" | "acting" | "vikarie" | "tf" => PostStatus::Acting,
        _ => return None,
    };
    Some(status)
}

pub(super) fn work_of(text: &str) -> Option<WorkTag> {
    match normalise(text).as_str() {
        "ydin" | "ydintoiminta" | "perustehtävä" | "core" | "kärn" | "kärnverksamhet" => {
            Some(WorkTag::Core)
        }
        "hallinto" | "tukipalvelut" | "admin" | "administration" | "adm" | "administrativ" => {
            Some(WorkTag::Administration)
        }
        _ => None,
    }
}
