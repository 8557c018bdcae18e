//! `portineria import`: estates, buildings, stairs and units from a CSV file, one row per unit.
//! Columns (header required, see `assets/places-example.csv`):
//! `estate_code, estate_name, city, building_code, building_name, address, owner_code,
//! owner_name, owner_kind, stair_code, stair_name, unit_code, floor, number`, and optionally
//! `latitude, longitude` (WGS 84 degrees) of the building, for Open311 and maps.
//! Every row is checked first; one bad row means nothing is written, and each problem is
//! reported with its line number. Importing the same file twice changes nothing.

use std::collections::HashMap;
use std::io::Read;

use diesel::prelude::*;

use serde_json::json;

use super::ORGANISATION_KINDS;
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::DbConnection;
use crate::core::schema::{buildings, estates, organisations, stairs, units};

#[derive(Debug, serde::Deserialize)]
struct Row {
    estate_code: String,
    estate_name: String,
    city: String,
    building_code: String,
    building_name: String,
    address: String,
    owner_code: String,
    owner_name: String,
    owner_kind: String,
    stair_code: String,
    stair_name: String,
    unit_code: String,
    floor: String,
    number: String,
    #[serde(default)]
    latitude: Option<String>,
    #[serde(default)]
    longitude: Option<String>,
}

/// A building as the file describes it.
struct PlannedBuilding {
    code: String,
    estate: String,
    owner: String,
    name: String,
    address: String,
    position: Option<(f64, f64)>,
}

/// A problem with one line of the file (line 1 is the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub problem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} problem(s); nothing was imported", .0.len())]
    Rows(Vec<RowError>),
    #[error("could not write to the database")]
    Database(#[from] diesel::result::Error),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    pub units_created: usize,
}

/// The parts of the place tree a file mentions, each once, with the line that first named it.
#[derive(Default)]
struct Plan {
    organisations: Vec<(String, String, String)>,
    estates: Vec<(String, String, String)>,
    buildings: Vec<PlannedBuilding>,
    stairs: Vec<(String, String, String)>,
    units: Vec<(String, String, String, i32, String)>,
}

const MAX_FIELD: usize = 200;

/// Imports a file; `by` is who did, for the audit trail (none for the demo estate's own places,
/// which nobody imports).
pub fn import_csv(
    conn: &mut DbConnection,
    input: impl Read,
    by: Option<Auditor>,
) -> Result<ImportSummary, ImportError> {
    let plan = parse(input)?;
    crate::core::db::transaction(conn, |conn| {
        let summary = write(conn, &plan)?;
        if let Some(by) = by {
            let details = json!({"rows": summary.rows, "units_created": summary.units_created});
            audit::record(conn, by, AuditAction::PlacesImported, details)?;
        }
        Ok(summary)
    })
}

fn parse(input: impl Read) -> Result<Plan, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let mut errors = Vec::new();
    let mut plan = Plan::default();
    // code -> (line, the parent it was first given), to catch one code used for two things.
    let mut seen: HashMap<(&'static str, String), (u64, String)> = HashMap::new();
    let mut check_same =
        |kind: &'static str, code: &str, parent: String, line: u64| -> Result<bool, String> {
            match seen.get(&(kind, code.to_string())) {
                Some((first, p)) if *p != parent => Err(format!(
                    "{kind} {code} is described differently on line {first}"
                )),
                Some(_) => Ok(false),
                None => {
                    seen.insert((kind, code.to_string()), (line, parent));
                    Ok(true)
                }
            }
        };
    for (index, record) in reader.deserialize::<Row>().enumerate() {
        let line = index as u64 + 2;
        let row = match record {
            Ok(row) => row,
            Err(e) => {
                errors.push(RowError {
                    line,
                    problem: csv_problem(&e),
                });
                continue;
            }
        };
        if let Err(problem) = validate(&row) {
            errors.push(RowError { line, problem });
            continue;
        }
        let floor: i32 = row.floor.parse().unwrap_or_default();
        let stair_key = format!("{}/{}", row.building_code, row.stair_code);
        let steps = [
            (
                "organisation",
                row.owner_code.clone(),
                format!("{}|{}", row.owner_name, row.owner_kind),
            ),
            (
                "estate",
                row.estate_code.clone(),
                format!("{}|{}", row.estate_name, row.city),
            ),
            (
                "building",
                row.building_code.clone(),
                format!(
                    "{}|{}|{}|{}|{:?}",
                    row.estate_code,
                    row.owner_code,
                    row.building_name,
                    row.address,
                    position(&row)
                ),
            ),
            ("stair", stair_key.clone(), row.stair_name.clone()),
            ("unit", row.unit_code.clone(), String::new()),
        ];
        let mut fresh = [false; 5];
        let mut failed = false;
        for (i, (kind, code, parent)) in steps.into_iter().enumerate() {
            match check_same(kind, &code, parent, line) {
                Ok(is_new) => fresh[i] = is_new,
                Err(problem) => {
                    errors.push(RowError { line, problem });
                    failed = true;
                    break;
                }
            }
        }
        if failed {
            continue;
        }
        if !fresh[4] {
            errors.push(RowError {
                line,
                problem: format!("unit {} appears twice", row.unit_code),
            });
            continue;
        }
        if fresh[0] {
            plan.organisations.push((
                row.owner_code.clone(),
                row.owner_name.clone(),
                row.owner_kind.clone(),
            ));
        }
        if fresh[1] {
            plan.estates.push((
                row.estate_code.clone(),
                row.estate_name.clone(),
                row.city.clone(),
            ));
        }
        if fresh[2] {
            plan.buildings.push(PlannedBuilding {
                code: row.building_code.clone(),
                estate: row.estate_code.clone(),
                owner: row.owner_code.clone(),
                name: row.building_name.clone(),
                address: row.address.clone(),
                position: position(&row).ok().flatten(),
            });
        }
        if fresh[3] {
            plan.stairs.push((
                row.building_code.clone(),
                row.stair_code.clone(),
                row.stair_name.clone(),
            ));
        }
        plan.units.push((
            row.unit_code,
            row.building_code,
            row.stair_code,
            floor,
            row.number,
        ));
    }
    if plan.units.is_empty() && errors.is_empty() {
        errors.push(RowError {
            line: 1,
            problem: "the file has no rows".into(),
        });
    }
    if errors.is_empty() {
        Ok(plan)
    } else {
        Err(ImportError::Rows(errors))
    }
}

fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(_) | None => format!("missing or unreadable column: {err}"),
        },
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} columns where the header has {expected_len}")
        }
        other => format!("{other:?}"),
    }
}

fn validate(row: &Row) -> Result<(), String> {
    let required = [
        ("estate_code", &row.estate_code),
        ("estate_name", &row.estate_name),
        ("city", &row.city),
        ("building_code", &row.building_code),
        ("building_name", &row.building_name),
        ("address", &row.address),
        ("owner_code", &row.owner_code),
        ("owner_name", &row.owner_name),
        ("owner_kind", &row.owner_kind),
        ("stair_code", &row.stair_code),
        ("stair_name", &row.stair_name),
        ("unit_code", &row.unit_code),
        ("floor", &row.floor),
        ("number", &row.number),
    ];
    for (name, value) in required {
        if value.is_empty() {
            return Err(format!("{name} is empty"));
        }
        if value.chars().count() > MAX_FIELD {
            return Err(format!("{name} is longer than {MAX_FIELD} characters"));
        }
    }
    if !ORGANISATION_KINDS.contains(&row.owner_kind.as_str()) {
        return Err(format!(
            "owner_kind {:?} is not one of {}",
            row.owner_kind,
            ORGANISATION_KINDS.join(", ")
        ));
    }
    match row.floor.parse::<i32>() {
        Ok(f) if (-5..=80).contains(&f) => {}
        _ => {
            return Err(format!(
                "floor {:?} is not a whole number from -5 to 80",
                row.floor
            ))
        }
    }
    if row.unit_code != row.unit_code.to_uppercase() {
        return Err(format!("unit_code {:?} must be upper case", row.unit_code));
    }
    position(row).map(|_| ())
}

/// The building's coordinates, if the file gives them: both or neither, in range.
fn position(row: &Row) -> Result<Option<(f64, f64)>, String> {
    fn given(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }
    let degrees = |name: &str, value: &str, limit: f64| -> Result<f64, String> {
        value
            .parse::<f64>()
            .ok()
            .filter(|d| d.is_finite() && d.abs() <= limit)
            .ok_or_else(|| {
                format!("{name} {value:?} is not a number of degrees from -{limit} to {limit}")
            })
    };
    match (given(&row.latitude), given(&row.longitude)) {
        (None, None) => Ok(None),
        (Some(lat), Some(long)) => Ok(Some((
            degrees("latitude", lat, 90.0)?,
            degrees("longitude", long, 180.0)?,
        ))),
        _ => Err("latitude and longitude go together: give both or neither".into()),
    }
}

/// Inserts what is missing; what exists already (same code) is kept as it is.
fn write(conn: &mut DbConnection, plan: &Plan) -> Result<ImportSummary, ImportError> {
    for (code, name, kind) in &plan.organisations {
        if org_id(conn, code)?.is_none() {
            diesel::insert_into(organisations::table)
                .values((
                    organisations::code.eq(code),
                    organisations::name.eq(name),
                    organisations::kind.eq(kind),
                ))
                .execute(conn)?;
        }
    }
    for (code, name, city) in &plan.estates {
        if estate_id(conn, code)?.is_none() {
            diesel::insert_into(estates::table)
                .values((
                    estates::code.eq(code),
                    estates::name.eq(name),
                    estates::city.eq(city),
                ))
                .execute(conn)?;
        }
    }
    for building in &plan.buildings {
        let (latitude, longitude) = building.position.unzip();
        match building_id(conn, &building.code)? {
            // Coordinates are the one thing a later file may add to a building.
            Some(id) if building.position.is_some() => {
                diesel::update(buildings::table.find(id))
                    .set((
                        buildings::latitude.eq(latitude),
                        buildings::longitude.eq(longitude),
                    ))
                    .execute(conn)?;
            }
            Some(_) => {}
            None => {
                let estate_id =
                    estate_id(conn, &building.estate)?.ok_or(diesel::result::Error::NotFound)?;
                let owner_id =
                    org_id(conn, &building.owner)?.ok_or(diesel::result::Error::NotFound)?;
                diesel::insert_into(buildings::table)
                    .values((
                        buildings::code.eq(&building.code),
                        buildings::estate_id.eq(estate_id),
                        buildings::owner_id.eq(owner_id),
                        buildings::name.eq(&building.name),
                        buildings::address.eq(&building.address),
                        buildings::latitude.eq(latitude),
                        buildings::longitude.eq(longitude),
                    ))
                    .execute(conn)?;
            }
        }
    }
    let mut stair_ids = HashMap::new();
    for (building, code, name) in &plan.stairs {
        let building_id = building_id(conn, building)?.ok_or(diesel::result::Error::NotFound)?;
        let existing = stairs::table
            .filter(
                stairs::building_id
                    .eq(building_id)
                    .and(stairs::code.eq(code)),
            )
            .select(stairs::id)
            .first::<i32>(conn)
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => diesel::insert_into(stairs::table)
                .values((
                    stairs::building_id.eq(building_id),
                    stairs::code.eq(code),
                    stairs::name.eq(name),
                ))
                .returning(stairs::id)
                .get_result(conn)?,
        };
        stair_ids.insert((building.as_str(), code.as_str()), id);
    }
    let existing: std::collections::HashSet<String> = units::table
        .filter(units::code.eq_any(plan.units.iter().map(|u| &u.0)))
        .select(units::code)
        .load(conn)?
        .into_iter()
        .collect();
    let mut units_created = 0;
    for (code, building, stair, floor, number) in &plan.units {
        if existing.contains(code) {
            continue;
        }
        diesel::insert_into(units::table)
            .values((
                units::code.eq(code),
                units::stair_id.eq(stair_ids[&(building.as_str(), stair.as_str())]),
                units::floor.eq(*floor),
                units::number.eq(number),
            ))
            .execute(conn)?;
        units_created += 1;
    }
    Ok(ImportSummary {
        rows: plan.units.len(),
        units_created,
    })
}

fn org_id(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i32>> {
    organisations::table
        .filter(organisations::code.eq(code))
        .select(organisations::id)
        .first(conn)
        .optional()
}

fn estate_id(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i32>> {
    estates::table
        .filter(estates::code.eq(code))
        .select(estates::id)
        .first(conn)
        .optional()
}

fn building_id(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i32>> {
    buildings::table
        .filter(buildings::code.eq(code))
        .select(buildings::id)
        .first(conn)
        .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "estate_code,estate_name,city,building_code,building_name,address,owner_code,owner_name,owner_kind,stair_code,stair_name,unit_code,floor,number\n";

    fn errors(body: &str) -> Vec<RowError> {
        match parse(format!("{HEADER}{body}").as_bytes()) {
            Err(ImportError::Rows(rows)) => rows,
            Ok(_) => vec![],
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn bad_rows_are_reported_with_line_numbers() {
        let found = errors(
            "E1,Est,City,B1,Bld,Via 1,ALER,Aler,aler,A,Scala A,U1,1,1\n\
             E1,Est,City,B1,Bld,Via 1,ALER,Aler,aler,A,Scala A,U2,ten,2\n\
             E1,Est,City,B1,Bld,Via 1,ALER,Aler,landlord,A,Scala A,U3,1,3\n\
             E1,Est,City,B1,Bld,Via 1,ALER,Aler,aler,A,Scala A,U1,1,1\n\
             E1,Est,City,B1,Bld,Via 1,ALER\n",
        );
        let lines: Vec<u64> = found.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6], "{found:?}");
        assert!(found[0].problem.contains("floor"));
        assert!(found[1].problem.contains("owner_kind"));
        assert!(found[2].problem.contains("twice"));
    }

    #[test]
    fn one_code_cannot_name_two_buildings() {
        let found = errors(
            "E1,Est,City,B1,Bld,Via 1,ALER,Aler,aler,A,Scala A,U1,1,1\n\
             E1,Est,City,B1,Other,Via 2,ALER,Aler,aler,A,Scala A,U2,1,2\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 3);
        assert!(found[0].problem.contains("line 2"));
    }

    #[test]
    fn an_empty_file_is_an_error() {
        assert_eq!(errors("").len(), 1);
    }
}
