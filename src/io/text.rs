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
        // A UTF-8 file with a stray byte or two (a name pasted from elsewhere) stays UTF-8, the
        // stray bytes shown as such, rather than every "ä" of it read as "Ã¤".
        Err(_) if mostly_utf8(bytes) => (String::from_utf8_lossy(bytes).into_owned(), "UTF-8"),
        // Not UTF-8: what Excel writes as "CSV" on a Finnish or Swedish Windows.
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), encoding_rs::WINDOWS_1252.name())
        }
    }
}

/// Whether `bytes`, not all valid UTF-8, hold more letters written in UTF-8 (two bytes or
/// more) than bytes that are not: in Windows-1252 text every "ä" is a byte UTF-8 cannot read,
/// and a valid UTF-8 sequence of two or more bytes almost never happens by chance.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut written, mut stray) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        written += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        stray += chunk.invalid().len();
    }
    written > stray
}

/// The separator that splits the first records most regularly into more than one field: `;`
/// as Finnish and Swedish Excel write a CSV, a tab as its "text" export, else `,`.
#[must_use]
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (0usize, b',');
    for delimiter in [b';', b'\t', b','] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let counts: Vec<usize> = (reader.records())
            .take(50)
            .map_while(Result::ok)
            .map(|r| r.len())
            .filter(|n| *n > 1)
            .collect();
        let Some(mode) = mode(&counts) else {
            continue;
        };
        let regular = counts.iter().filter(|n| **n == mode).count();
        let score = regular * 1000 + mode;
        if score > best.0 {
            best = (score, delimiter);
        }
    }
    best.1
}

/// The most frequent of `values` (the larger of two as frequent).
fn mode(values: &[usize]) -> Option<usize> {
    let mut counted: Vec<(usize, usize)> = Vec::new();
    for v in values {
        match counted.iter_mut().find(|(value, _)| value == v) {
            Some((_, n)) => *n += 1,
            None => counted.push((*v, 1)),
        }
    }
    counted
        .into_iter()
        .max_by_key(|(value, n)| (*n, *value))
        .map(|(value, _)| value)
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

    #[test]
    fn a_utf_8_file_with_a_stray_byte_stays_utf_8() {
        let mut bytes = "Yksikkö;Työaika-%\nPäiväkoti Mäntymäki;80\n"
            .as_bytes()
            .to_vec();
        bytes.extend_from_slice(b"Koulu \x96 uusi;100\n");
        let (text, encoding) = decode(&bytes);
        assert_eq!(encoding, "UTF-8");
        assert!(text.starts_with("Yksikkö;Työaika-%\nPäiväkoti Mäntymäki;80\nKoulu \u{fffd} uusi"));
        // A Windows-1252 file with a dash Excel wrote as 0x96 is still Windows-1252.
        let (text, encoding) = decode(b"Yksikk\xf6 \x96 P\xe4iv\xe4koti\n");
        assert_eq!(
            (text.as_str(), encoding),
            ("Yksikkö – Päiväkoti\n", "windows-1252")
        );
    }

    #[test]
    fn semicolons_tabs_and_commas_are_told_apart() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
    }
}
