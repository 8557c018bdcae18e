//! The one way a CSV file is read in: a header, then lines numbered as a spreadsheet numbers
//! them (the header is line 1), each checked by the importer, every problem reported with its
//! line number in the reader's language. Importers decide what a line makes; all of them write
//! nothing unless every line is good.

use std::io::Read;

use super::error::{AppError, AppResult, Message};

/// A problem with one line of a file.
#[derive(Debug, Clone)]
pub struct LineProblem {
    pub line: u64,
    pub problem: Message,
}

/// Problems past this many are not listed: a file that bad is the wrong file.
const MOST_PROBLEMS: usize = 100;

/// Gives each line of `file` with the header to `each`, which says what is wrong with it, if
/// anything; the problems found. Lines are read one at a time, so a file of millions of lines
/// takes the memory of one.
pub fn each_line(
    file: impl Read,
    mut each: impl FnMut(&csv::StringRecord, &csv::StringRecord) -> AppResult<Result<(), Message>>,
) -> AppResult<Vec<LineProblem>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(file);
    let headers = reader
        .headers()
        .map_err(|_| AppError::invalid("import-unreadable"))?
        .clone();
    let mut problems = vec![];
    let mut record = csv::StringRecord::new();
    let mut line = 1;
    loop {
        line += 1;
        let problem = match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => each(&record, &headers)?.err(),
            Err(_) => Some(Message::new("import-unreadable")),
        };
        if let Some(problem) = problem {
            problems.push(LineProblem { line, problem });
            if problems.len() == MOST_PROBLEMS {
                break;
            }
        }
    }
    if line == 2 && problems.is_empty() {
        return Err(AppError::invalid("import-empty"));
    }
    Ok(problems)
}
