//! Text files as spreadsheets and HR systems write them: UTF-8 with or without a byte-order
//! mark, UTF-16 with one (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" on a Finnish
//! or Swedish Windows).

/// The text of a text file, decoded, and the name of its encoding.
#[must_use]
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8");
    }
    if bytes.starts_with(b"\xFF\xFE") {
        let (text, _) = encoding_rs::UTF_16LE.decode_with_bom_removal(bytes);
        return (text.into_owned(), "UTF-16LE");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        let (text, _) = encoding_rs::UTF_16BE.decode_with_bom_removal(bytes);
        return (text.into_owned(), "UTF-16BE");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        // Not UTF-8: what Excel writes as "CSV" on a Finnish or Swedish Windows.
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), encoding_rs::WINDOWS_1252.name())
        }
    }
}

/// The field separator of a CSV whose header is `first_line`: `;` (as Finnish and Swedish Excel
/// write it) when it splits the line into more fields than `,` does, else `,`.
#[must_use]
pub fn header_delimiter(first_line: &str) -> u8 {
    if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_and_utf_16_are_decoded() {
        let (text, encoding) = decode(b"Yksikk\xf6;Ty\xf6aika-%\n");
        assert_eq!(
            (text.as_str(), encoding),
            ("Yksikkö;Työaika-%\n", encoding_rs::WINDOWS_1252.name())
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Enhet\tLön".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16), ("Enhet\tLön".to_owned(), "UTF-16LE"));
        assert_eq!(decode("\u{feff}Nimi".as_bytes()).0, "Nimi");
    }
}
