//! What docx-rs cannot write, added to the XML it wrote: each table's head row and caption,
//! each picture's description, each run's language, the document's title.

use crate::export::ExportError;

/// The run style that marks a run's language until it becomes `w:lang`.
pub(super) const LANG_MARK: &str = "OrgplanLang-";

/// The language's tag in Word: Finnish and Swedish as written in Finland.
pub(super) fn locale(code: &str) -> &'static str {
    match code {
        "fi" => "fi-FI",
        "sv" => "sv-FI",
        _ => "en-GB",
    }
}

/// The text without characters XML cannot hold (a plan's text may have any).
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{fffe}' | '\u{ffff}'))
        })
        .collect()
}

/// Text inside an XML attribute.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Each table's first row marked as its head row, repeated on every page it runs onto, and
/// its caption in its properties.
pub(super) fn head_rows(xml: &str, captions: &[String]) -> Result<String, ExportError> {
    let mut out = String::with_capacity(xml.len() + captions.len() * 64);
    let mut rest = xml;
    let mut tables = 0;
    while let Some(at) = rest.find("<w:tbl>") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let caption = captions
            .get(tables)
            .ok_or_else(|| broken("more tables than captions"))?;
        tables += 1;
        // The caption ends the table's properties.
        let end = rest
            .find("</w:tblPr>")
            .ok_or_else(|| broken("a table without properties"))?;
        out.push_str(&rest[..end]);
        out.push_str(&format!(
            "<w:tblCaption w:val=\"{}\" />",
            attribute(caption)
        ));
        rest = &rest[end..];
        // The first row's properties say it is the head row.
        let row = rest
            .find("<w:tr>")
            .ok_or_else(|| broken("a table without rows"))?;
        out.push_str(&rest[..row + "<w:tr>".len()]);
        rest = &rest[row + "<w:tr>".len()..];
        if let Some(properties) = rest.strip_prefix("<w:trPr>") {
            out.push_str("<w:trPr><w:tblHeader />");
            rest = properties;
        } else if let Some(properties) = rest.strip_prefix("<w:trPr />") {
            out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
            rest = properties;
        } else {
            out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
        }
    }
    out.push_str(rest);
    if tables != captions.len() {
        return Err(broken("fewer tables than captions"));
    }
    Ok(out)
}

/// Each picture's text alternative as its description, and ids unique in the document.
pub(super) fn descriptions(xml: &str, pictures: &[String]) -> Result<String, ExportError> {
    const DOC_PR: &str = "<wp:docPr id=\"";
    let mut out = String::with_capacity(xml.len() + pictures.len() * 256);
    let mut rest = xml;
    let mut count = 0;
    while let Some(at) = rest.find(DOC_PR) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest
            .find("/>")
            .ok_or_else(|| broken("an unfinished picture"))?;
        let alt = pictures
            .get(count)
            .ok_or_else(|| broken("more pictures than descriptions"))?;
        count += 1;
        out.push_str(&format!(
            "<wp:docPr id=\"{count}\" name=\"Chart {count}\" descr=\"{}\" />",
            attribute(alt)
        ));
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    if count != pictures.len() {
        return Err(broken("fewer pictures than descriptions"));
    }
    Ok(out)
}

/// Every marked run's language as `w:lang`, in its place at the end of the run's properties.
pub(super) fn languages(xml: &str) -> String {
    const OPEN: &str = "<w:rStyle w:val=\"";
    let mut out = String::with_capacity(xml.len() + xml.len() / 8);
    let mut rest = xml;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let Some(code) = after
            .strip_prefix(LANG_MARK)
            .and_then(|r| r.split('"').next())
        else {
            out.push_str(OPEN);
            rest = after;
            continue;
        };
        let Some(close) = after.find("/>") else {
            out.push_str(OPEN);
            rest = after;
            continue;
        };
        let properties = &after[close + 2..];
        let lang = format!("<w:lang w:val=\"{}\" />", locale(code));
        match properties.find("</w:rPr>") {
            Some(end) => {
                out.push_str(&properties[..end]);
                out.push_str(&lang);
                rest = &properties[end..];
            }
            None => rest = properties,
        }
    }
    out.push_str(rest);
    out
}

/// The document's title and language (`fi-FI`) in its properties.
pub(super) fn core_title(xml: &str, title: &str, language: &str) -> String {
    let end = "</cp:coreProperties>";
    match xml.rfind(end) {
        Some(at) => format!(
            "{}<dc:title>{}</dc:title><dc:language>{}</dc:language>{}",
            &xml[..at],
            attribute(&clean(title)),
            language,
            &xml[at..]
        ),
        None => xml.to_owned(),
    }
}

fn broken(what: &str) -> ExportError {
    ExportError::Render(format!("the Word document came out malformed: {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_run_gets_its_language_at_the_end_of_its_properties() {
        let xml = "<w:r><w:rPr><w:rStyle w:val=\"OrgplanLang-sv\" /><w:b /></w:rPr><w:t>x</w:t></w:r>\
                   <w:r><w:rPr><w:rStyle w:val=\"Other\" /></w:rPr></w:r>";
        assert_eq!(
            languages(xml),
            "<w:r><w:rPr><w:b /><w:lang w:val=\"sv-FI\" /></w:rPr><w:t>x</w:t></w:r>\
             <w:r><w:rPr><w:rStyle w:val=\"Other\" /></w:rPr></w:r>"
        );
    }

    #[test]
    fn text_xml_cannot_hold_is_left_out_and_attributes_are_escaped() {
        assert_eq!(clean("a\u{1}b\u{fffe}\nc"), "ab\nc");
        assert_eq!(attribute("a<\"b\"&\nc"), "a&lt;&quot;b&quot;&amp;&#10;c");
    }
}
