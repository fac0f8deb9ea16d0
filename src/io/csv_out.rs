//! Writing CSV: every record reaches its target, or the write fails and says why. A report is
//! made in memory and then saved atomically, so that a failure leaves no half-written file.

use std::io::Write;

/// The byte-order mark that makes Excel read a CSV file's names as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `records` written as CSV to `target` after a byte-order mark; returns the target.
///
/// # Errors
/// The first write the target refuses (a full disk, a closed pipe), or a record with another
/// number of fields than the first.
pub fn write_csv<W, R, F>(
    mut target: W,
    records: impl IntoIterator<Item = R>,
) -> Result<W, csv::Error>
where
    W: Write,
    R: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    target.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(target);
    for record in records {
        writer.write_record(record)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// `records` as CSV text with a byte-order mark (see [`write_csv`]).
///
/// # Errors
/// A record with another number of fields than the first.
pub fn csv_text<R, F>(records: impl IntoIterator<Item = R>) -> Result<String, csv::Error>
where
    R: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    let bytes = write_csv(Vec::new(), records)?;
    // Every field was a `str`, so the bytes are UTF-8; say so rather than assume it.
    String::from_utf8(bytes)
        .map_err(|e| csv::Error::from(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A target that takes `room` bytes and then fails, as a full disk does.
    struct FailsAfter {
        room: usize,
        taken: Vec<u8>,
    }

    impl Write for FailsAfter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.taken.len() + buf.len() > self.room {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::StorageFull,
                    "no space left on device",
                ));
            }
            self.taken.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_target_that_fails_half_way_fails_the_write() {
        let records: Vec<Vec<String>> = (0..10_000)
            .map(|i| vec![i.to_string(), format!("row {i}")])
            .collect();
        let full = FailsAfter {
            room: 4_096,
            taken: Vec::new(),
        };
        let error = write_csv(full, &records).err().map(|e| e.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("no space left")),
            "{error:?}"
        );
        let roomy = FailsAfter {
            room: usize::MAX,
            taken: Vec::new(),
        };
        let written = write_csv(roomy, &records).map(|t| t.taken.len());
        assert!(written.is_ok_and(|n| n > 100_000));
    }

    #[test]
    fn a_record_of_another_length_fails_the_write() {
        let records = [vec!["a", "b"], vec!["c"]];
        assert!(csv_text(records).is_err());
        let text = csv_text([vec!["a", "b"], vec!["ä", "\"d\""]]);
        assert_eq!(text.ok().as_deref(), Some("\u{feff}a,b\nä,\"\"\"d\"\"\"\n"));
    }
}
