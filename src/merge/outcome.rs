//! What a merge leaves to do, as both faces report it: the conflicts it found, those still open
//! from earlier merges of either copy, and whether the merged plan is clean.

use super::Merged;
use crate::i18n::{Lang, n, tr, tr_args};
use crate::model::{Conflict, conflict_text};

impl Merged {
    /// What the merge leaves to do: the conflicts it found, and those still open from earlier
    /// merges of either copy, which keep the plan from being clean too.
    #[must_use]
    pub fn outcome(&self) -> MergeOutcome<'_> {
        let earlier = self
            .plan
            .conflicts
            .iter()
            .filter(|c| !self.conflicts.contains(c))
            .collect();
        MergeOutcome {
            new: self.conflicts.iter().collect(),
            earlier,
        }
    }
}

/// The conflicts a merge leaves open, as both faces report them.
#[derive(Debug, PartialEq)]
pub struct MergeOutcome<'a> {
    /// Found by this merge.
    pub new: Vec<&'a Conflict>,
    /// Left open by earlier merges.
    pub earlier: Vec<&'a Conflict>,
}

impl MergeOutcome<'_> {
    /// No conflict is open: the merged plan is ready to use.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.new.is_empty() && self.earlier.is_empty()
    }

    /// Every conflict still open, new or earlier.
    #[must_use]
    pub fn open(&self) -> usize {
        self.new.len() + self.earlier.len()
    }

    /// The report in `lang`: the new conflicts under their heading, then the earlier ones under
    /// theirs, or one line saying that the merge is clean.
    #[must_use]
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        if self.is_clean() {
            return vec![tr(lang, "cli-merged")];
        }
        let mut lines = Vec::new();
        for (key, conflicts) in [
            ("cli-merge-conflicts", &self.new),
            ("cli-open-conflicts", &self.earlier),
        ] {
            if conflicts.is_empty() {
                continue;
            }
            lines.push(tr_args(lang, key, &[("count", n(conflicts.len()))]));
            for conflict in conflicts {
                lines.push(format!("  {}", conflict_text(conflict, None, lang)));
            }
        }
        lines
    }

    /// The window's one-line status after merging with the version on disk.
    #[must_use]
    pub fn status(&self, lang: Lang) -> String {
        tr_args(lang, "status-merged", &[("count", n(self.open()))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(field: &str) -> Conflict {
        Conflict {
            scenario: None,
            node: None,
            field: field.to_owned(),
            base: None,
            mine: Some("a".to_owned()),
            theirs: Some("b".to_owned()),
        }
    }

    #[test]
    fn new_and_earlier_conflicts_are_told_apart_and_either_keeps_the_plan_unclean() {
        let plan = crate::examples::load(crate::examples::Example::Kouvola).unwrap();
        let mut merged = Merged {
            plan,
            conflicts: Vec::new(),
        };
        assert!(merged.outcome().is_clean());
        assert_eq!(
            merged.outcome().lines(Lang::En),
            [tr(Lang::En, "cli-merged")]
        );
        merged.plan.conflicts.push(conflict("earlier"));
        let outcome = merged.outcome();
        assert!(!outcome.is_clean());
        assert_eq!((outcome.new.len(), outcome.earlier.len()), (0, 1));
        assert!(
            outcome.status(Lang::En).contains("one conflict"),
            "{}",
            outcome.status(Lang::En)
        );
        merged.plan.conflicts.push(conflict("new"));
        merged.conflicts.push(conflict("new"));
        let outcome = merged.outcome();
        assert_eq!(
            (outcome.new.len(), outcome.earlier.len(), outcome.open()),
            (1, 1, 2)
        );
        let lines = outcome.lines(Lang::En);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(
            lines[1].contains("new") && lines[3].contains("earlier"),
            "{lines:?}"
        );
    }
}
