//! What a staff list's column holds, guessed from its header as Finnish, Swedish and English HR
//! and payroll exports name it: the one table of synonyms, kept here and tested.

pub use crate::model::Target;

impl Target {
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
