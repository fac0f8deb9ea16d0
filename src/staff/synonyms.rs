//! What a staff list's column holds, guessed from its header as Finnish, Swedish and English HR
//! and payroll exports name it: the one table of synonyms, kept here and tested.

use serde::{Deserialize, Serialize};

/// A field of orgplan a staff list's column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    /// The post's id (vacancy number).
    Id,
    /// The post's title, in Finnish (or the list's language).
    Title,
    /// The post's title in Swedish.
    TitleSv,
    /// The post's title in English.
    TitleEn,
    /// The holder's name.
    Holder,
    /// The unit the post is in, as a path "Area / Unit / Team" or one name.
    Unit,
    /// The supervisor's post id.
    Supervisor,
    /// Full-time equivalents, a fraction (`0,8`) or a percentage (`80 %`).
    Fte,
    /// Working time as a percentage (`80`): FTE × 100.
    FtePercent,
    /// Number of people.
    Headcount,
    /// Monthly cost or salary.
    MonthlyCost,
    /// Annual cost.
    AnnualCost,
    /// Cost centre.
    CostCentre,
    /// Core work or administration.
    Work,
    /// Filled, vacant, ...
    Status,
}

impl Target {
    /// Every target, in the order a mapping lists them.
    pub const ALL: [Target; 15] = [
        Target::Id,
        Target::Title,
        Target::TitleSv,
        Target::TitleEn,
        Target::Holder,
        Target::Unit,
        Target::Supervisor,
        Target::Fte,
        Target::FtePercent,
        Target::Headcount,
        Target::MonthlyCost,
        Target::AnnualCost,
        Target::CostCentre,
        Target::Work,
        Target::Status,
    ];

    /// Its code in the mapping file and in messages.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Target::Id => "id",
            Target::Title => "title",
            Target::TitleSv => "title_sv",
            Target::TitleEn => "title_en",
            Target::Holder => "holder",
            Target::Unit => "unit",
            Target::Supervisor => "supervisor",
            Target::Fte => "fte",
            Target::FtePercent => "fte_percent",
            Target::Headcount => "headcount",
            Target::MonthlyCost => "monthly_cost",
            Target::AnnualCost => "annual_cost",
            Target::CostCentre => "cost_centre",
            Target::Work => "work",
            Target::Status => "status",
        }
    }

    /// The headers that name it, normalised (see [`normalise`]): Finnish, Swedish, English.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Target::Id => &[
                "vakanssinumero",
                "vakanssinro",
                "vakanssi",
                "vakanssitunnus",
                "tehtävänumero",
                "virkanumero",
                "toimenumero",
                "tehtävätunnus",
                "befattningsnummer",
                "befattningsid",
                "tjänstenummer",
                "tjänsteid",
                "positionid",
                "positionnumber",
                "postid",
                "postnumber",
                "vacancynumber",
                "id",
            ],
            Target::Title => &[
                "tehtävänimike",
                "nimike",
                "ammattinimike",
                "virkanimike",
                "befattning",
                "befattningsbenämning",
                "titel",
                "yrkestitel",
                "jobtitle",
                "title",
                "positiontitle",
                "position",
            ],
            Target::TitleSv => &["nimikeruotsiksi", "befattningsvenska", "titlesv", "titelsv"],
            Target::TitleEn => &[
                "nimikeenglanniksi",
                "befattningengelska",
                "titleen",
                "titelen",
            ],
            Target::Holder => &[
                "nimi",
                "henkilö",
                "työntekijä",
                "haltija",
                "viranhaltija",
                "henkilönnimi",
                "namn",
                "anställd",
                "innehavare",
                "medarbetare",
                "name",
                "employee",
                "holder",
                "person",
            ],
            Target::Unit => &[
                "yksikkö",
                "organisaatioyksikkö",
                "organisaatio",
                "osasto",
                "toimipiste",
                "palveluyksikkö",
                "tulosyksikkö",
                "enhet",
                "avdelning",
                "organisationsenhet",
                "verksamhet",
                "unit",
                "department",
                "organisationunit",
                "orgunit",
            ],
            Target::Supervisor => &[
                "esihenkilö",
                "esimies",
                "esihenkilönvakanssi",
                "lähiesihenkilö",
                "esihenkilönvakanssinumero",
                "chef",
                "närmastechef",
                "chefensbefattning",
                "supervisor",
                "manager",
                "reportsto",
                "supervisorpost",
            ],
            Target::Fte => &[
                "htv",
                "henkilötyövuosi",
                "henkilötyövuodet",
                "årsarbetare",
                "årsarbetskraft",
                "fte",
            ],
            Target::FtePercent => &[
                "työaika%",
                "työaikaprosentti",
                "osaaikaprosentti",
                "työaika",
                "osaaika%",
                "sysselsättningsgrad",
                "sysselsättningsgrad%",
                "tjänstgöringsgrad",
                "omfattning%",
                "workingtime%",
                "fte%",
            ],
            Target::Headcount => &[
                "henkilömäärä",
                "lukumäärä",
                "hlömäärä",
                "antal",
                "headcount",
            ],
            Target::MonthlyCost => &[
                "kuukausipalkka",
                "palkka",
                "tehtäväkohtainenpalkka",
                "kokonaispalkka",
                "månadslön",
                "lön",
                "grundlön",
                "monthlysalary",
                "monthlycost",
                "salary",
            ],
            Target::AnnualCost => &[
                "vuosikustannus",
                "henkilöstökulut",
                "kustannus",
                "vuosipalkka",
                "årskostnad",
                "kostnad",
                "årslön",
                "annualcost",
                "cost",
                "annualsalary",
            ],
            Target::CostCentre => &[
                "kustannuspaikka",
                "kustannuspaikkanumero",
                "kustp",
                "kostnadsställe",
                "ansvar",
                "costcentre",
                "costcenter",
            ],
            Target::Work => &[
                "ydintoimintahallinto",
                "toimintatyyppi",
                "tehtäväluokka",
                "verksamhetstyp",
                "kärnverksamhetadministration",
                "work",
                "coreadmin",
            ],
            Target::Status => &["tila", "vakanssintila", "status", "tillsättning", "state"],
        }
    }
}

/// A header as the synonyms are written: lower case, without spaces, dots, dashes, brackets or
/// other marks, a `%` kept (it tells a percentage from a fraction).
#[must_use]
pub fn normalise(header: &str) -> String {
    header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '%')
        .collect()
}

/// What a column with this header holds, if its name is a known one.
#[must_use]
pub fn guess_target(header: &str) -> Option<Target> {
    let name = normalise(header);
    if name.is_empty() {
        return None;
    }
    Target::ALL
        .into_iter()
        .find(|t| t.synonyms().contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_swedish_and_english_headers_are_recognised() {
        let cases = [
            ("Vakanssinumero", Target::Id),
            ("Tehtävänimike", Target::Title),
            ("Yksikkö", Target::Unit),
            ("Kustannuspaikka", Target::CostCentre),
            ("Esihenkilö", Target::Supervisor),
            ("Työaika-%", Target::FtePercent),
            ("HTV", Target::Fte),
            ("Palkka", Target::MonthlyCost),
            ("Befattning", Target::Title),
            ("Enhet", Target::Unit),
            ("Chef", Target::Supervisor),
            ("Sysselsättningsgrad", Target::FtePercent),
            ("Lön", Target::MonthlyCost),
            ("Cost centre", Target::CostCentre),
            ("Job title", Target::Title),
            ("Reports to", Target::Supervisor),
        ];
        for (header, target) in cases {
            assert_eq!(guess_target(header), Some(target), "{header}");
        }
        assert_eq!(guess_target("Lisätiedot"), None);
        assert_eq!(guess_target(""), None);
    }

    #[test]
    fn no_header_is_the_synonym_of_two_targets() {
        let mut seen = std::collections::HashMap::new();
        for target in Target::ALL {
            for synonym in target.synonyms() {
                assert_eq!(normalise(synonym), *synonym, "{synonym} is not normalised");
                if let Some(other) = seen.insert(*synonym, target) {
                    panic!("{synonym} names both {other:?} and {target:?}");
                }
            }
        }
    }
}
