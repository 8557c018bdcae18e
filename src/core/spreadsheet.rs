//! CSV files as spreadsheets open them. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return is run as a formula by Excel, LibreOffice and Google Sheets (CSV or formula
//! injection): a category or building name like `=HYPERLINK(…)` would become a link, or worse,
//! on the desk's computer. Every CSV the portal writes goes through [`Sheet`], which prefixes
//! such a cell with `'` as OWASP advises, so no writer can forget it.

use std::borrow::Cow;

use super::error::{AppError, AppResult};

/// What makes a spreadsheet read a cell as a formula when it comes first.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as a spreadsheet may safely open it: unchanged, unless a spreadsheet would run it,
/// then with a leading `'`. A plain number (`-1.5`) is no formula and stays a number.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `-12`, `+3.5`: a sign, digits, at most one decimal point between digits.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    [whole, fraction]
        .iter()
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

fn failed(e: csv::Error) -> AppError {
    AppError::Internal(anyhow::Error::new(e).context("writing CSV"))
}

/// CSV rows written into memory, every cell [`neutralised`].
pub struct Sheet {
    out: csv::Writer<Vec<u8>>,
}

impl Default for Sheet {
    fn default() -> Self {
        Sheet::with_capacity(0)
    }
}

impl Sheet {
    pub fn with_capacity(bytes: usize) -> Sheet {
        Sheet {
            out: csv::Writer::from_writer(Vec::with_capacity(bytes)),
        }
    }

    pub fn row<I, T>(&mut self, cells: I) -> AppResult<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|cell| neutralised(cell.as_ref()).into_owned())
            .collect();
        self.out.write_record(&cells).map_err(failed)
    }

    /// The bytes written so far.
    pub fn into_bytes(self) -> AppResult<Vec<u8>> {
        self.out
            .into_inner()
            .map_err(|e| failed(e.into_error().into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_quoted_and_everything_else_is_left_alone() {
        for formula in [
            "=1+1",
            "+39 02 1234",
            "-2+3",
            "@SUM(A1)",
            "\t=cmd",
            "\rnext",
            "=HYPERLINK(\"http://evil.example\")",
            "-",
            "+",
            "-1e5",
            "-.5",
            "-5.",
        ] {
            assert_eq!(neutralised(formula), format!("'{formula}"), "{formula:?}");
        }
        for plain in [
            "",
            "Scala A",
            "a=b",
            "SEG-2026-000123",
            "12",
            "-1.5",
            "+3",
            "0.25",
        ] {
            assert_eq!(neutralised(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn a_sheet_neutralises_every_cell_it_writes() {
        let mut sheet = Sheet::default();
        sheet.row(["name", "count"]).unwrap();
        sheet.row(["=2*3", "-4"]).unwrap();
        let text = String::from_utf8(sheet.into_bytes().unwrap()).unwrap();
        assert_eq!(text, "name,count\n'=2*3,-4\n");
    }
}
