//! A column mapping: which column of a staff list fills which field of orgplan, by the column's
//! header (so that the next export of the same system maps the same way even when its columns
//! move), with how to read the unit paths and the costs. Guessed from the headers, shown to the
//! planner, and kept as a small RON file (`orgplan import --mapping`).

use std::collections::BTreeMap;

use super::StaffError;
use super::synonyms::{Target, guess_target};
pub use crate::model::Mapping;

impl Mapping {
    /// The mapping guessed from a header row: each column whose name is a known one fills its
    /// field, the first such column when two name the same.
    #[must_use]
    pub fn guess(headers: &[String]) -> Mapping {
        let mut mapping = Mapping::default();
        for header in headers {
            if let Some(target) = guess_target(header) {
                mapping
                    .columns
                    .entry(target)
                    .or_insert_with(|| header.clone());
            }
        }
        // A cost is kept once: the annual one when the list has both.
        if mapping.columns.contains_key(&Target::AnnualCost) {
            mapping.columns.remove(&Target::MonthlyCost);
        }
        if mapping.columns.contains_key(&Target::Fte) {
            mapping.columns.remove(&Target::FtePercent);
        }
        mapping
    }

    /// Reads a mapping file's text.
    ///
    /// # Errors
    /// When it is not a mapping, with the line and column.
    pub fn from_ron(text: &str) -> Result<Mapping, StaffError> {
        ron::from_str(text).map_err(|e| StaffError::BadMapping(e.to_string()))
    }

    /// The mapping as a RON file's text.
    #[must_use]
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        let mut text = ron::ser::to_string_pretty(self, config).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The place of each mapped field's column among `headers` (headers compared without
    /// regard to case and surrounding spaces).
    ///
    /// # Errors
    /// When a mapped header is not among them, or no column holds the posts' ids.
    pub fn resolve(&self, headers: &[String]) -> Result<Resolved, StaffError> {
        let find = |header: &str| {
            headers
                .iter()
                .position(|h| h.trim().to_lowercase() == header.trim().to_lowercase())
                .ok_or_else(|| StaffError::NoColumn(header.to_owned()))
        };
        let mut columns = BTreeMap::new();
        for (target, header) in &self.columns {
            columns.insert(*target, find(header)?);
        }
        if !columns.contains_key(&Target::Id) {
            return Err(StaffError::NoIdColumn);
        }
        if !(self.months_a_year.is_finite() && self.months_a_year > 0.0) {
            let months = self.months_a_year.to_string();
            return Err(StaffError::BadMapping(format!("months_a_year: {months}")));
        }
        let mut capacity = BTreeMap::new();
        for (key, header) in &self.capacity {
            capacity.insert(key.clone(), find(header)?);
        }
        Ok(Resolved { columns, capacity })
    }
}

/// A mapping applied to a header row: each field's column by place.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// Each mapped field's column.
    pub columns: BTreeMap<Target, usize>,
    /// Each capacity measure's column.
    pub capacity: BTreeMap<String, usize>,
}

impl Resolved {
    /// The column of `target`, if mapped.
    #[must_use]
    pub fn at(&self, target: Target) -> Option<usize> {
        self.columns.get(&target).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn a_finnish_export_is_mapped_from_its_headers_and_round_trips_as_ron() {
        let h = headers(&[
            "Vakanssinumero",
            "Tehtävänimike",
            "Nimi",
            "Yksikkö",
            "Kustannuspaikka",
            "Esihenkilö",
            "Työaika-%",
            "HTV",
            "Palkka",
            "Lisätiedot",
        ]);
        let mapping = Mapping::guess(&h);
        assert_eq!(mapping.columns[&Target::Id], "Vakanssinumero");
        assert_eq!(mapping.columns[&Target::Fte], "HTV");
        assert!(!mapping.columns.contains_key(&Target::FtePercent));
        assert_eq!(mapping.columns[&Target::MonthlyCost], "Palkka");
        let resolved = mapping.resolve(&h).unwrap();
        assert_eq!(resolved.at(Target::Supervisor), Some(5));
        let again = Mapping::from_ron(&mapping.to_ron()).unwrap();
        assert_eq!(again, mapping);
    }

    #[test]
    fn a_mapping_naming_a_column_the_file_lacks_is_refused() {
        let mapping = Mapping::guess(&headers(&["Befattningsnummer", "Enhet"]));
        let error = mapping.resolve(&headers(&["Enhet"])).unwrap_err();
        assert_eq!(error, StaffError::NoColumn("Befattningsnummer".into()));
        let error = Mapping::default()
            .resolve(&headers(&["Enhet"]))
            .unwrap_err();
        assert_eq!(error, StaffError::NoIdColumn);
        assert!(Mapping::from_ron("(columns: {Nonsense: \"x\"})").is_err());
    }
}
