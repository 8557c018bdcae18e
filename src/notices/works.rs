//! A building's works board (the seed's "stato delle manutenzioni"): planned and ongoing works
//! with dates, services affected and progress, and the common-area reports being worked on with
//! their state and expected date. Residents read it; the landlord's staff move works on.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::board::{card, NoticeCard};
use super::rules::{NewNotice, NoticeAction, NoticeScope};
use super::{Kind, NoticeRow};
use crate::access::{allows, authorize, Actor, Level, Picker, Place};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::{notices, reports};
use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::places::{self, Named};
use crate::reports::queries::ReportRow;
use crate::reports::rules as report_rules;
use crate::reports::views::{self, Summary};
use crate::reports::{Location, Status};

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorksQuery {
    pub estate: Option<i32>,
    pub building: Option<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkItem {
    #[serde(flatten)]
    pub card: NoticeCard,
    pub can_update: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorksBoard {
    pub building: Option<String>,
    pub works: Vec<WorkItem>,
    pub reports: Vec<Summary>,
    pub query: WorksQuery,
    /// For staff and the desk: the places they serve, to pick a building.
    pub estates: Vec<Named>,
    pub buildings: Vec<Named>,
    pub progresses: Vec<crate::reports::detail::Choice>,
}

pub fn board(
    conn: &mut DbConnection,
    actor: &Actor,
    query: WorksQuery,
    locale: Locale,
) -> AppResult<WorksBoard> {
    let Picker {
        estates, buildings, ..
    } = Picker::load(conn, actor, query.estate, true)?;
    let building = query
        .building
        .or_else(|| actor.homes.first().map(|h| h.building_id))
        .or_else(|| actor.delegate_stairs.first().map(|d| d.1))
        .or_else(|| actor.delegate_buildings.first().copied());
    let mut view = WorksBoard {
        building: None,
        works: vec![],
        reports: vec![],
        query,
        estates,
        buildings,
        progresses: super::Progress::ALL
            .iter()
            .map(|p| crate::reports::detail::Choice {
                code: p.code().to_string(),
                label: locale.text(&format!("notice-progress-{}", p.code())),
                current: false,
            })
            .collect(),
    };
    let Some(building) = building else {
        return Ok(view);
    };
    let estate = places::estate_of_building(conn, building)?.ok_or(AppError::NotFound)?;
    let place = Place {
        level: Level::Building,
        unit: None,
        stair: None,
        building: Some(building),
        estate,
    };
    let owner = places::owner_of_building(conn, building)?;
    authorize(
        actor,
        NoticeAction::ReadBoard(&NewNotice {
            place,
            kind: Kind::Works,
            owner,
        }),
    )?;
    view.building = Some(places::building(conn, building)?.name);
    let now = local_now();
    let mut listed = notices::table
        .filter(notices::kind.eq(Kind::Works.code()))
        .filter(notices::state.eq(super::State::Live))
        .filter(notices::building_id.eq(building))
        .filter(notices::starts_at.le(now))
        .filter(
            notices::expires_at
                .is_null()
                .or(notices::expires_at.gt(now)),
        )
        .order((notices::works_from.asc(), notices::id.asc()))
        .select(NoticeRow::as_select())
        .into_boxed();
    // Only what the reader may open: a stair's works are for that stair, not the building's.
    if let Some(visible) = super::rules::visible_in(actor, true) {
        listed = listed.filter(visible);
    }
    let rows: Vec<NoticeRow> = listed.load(conn)?;
    for row in rows {
        let scope = NoticeScope::of(conn, &row)?;
        let can_update = allows(actor, NoticeAction::Progress(&scope));
        view.works.push(WorkItem {
            card: card(conn, actor, row, locale)?,
            can_update,
        });
    }
    let mut open = reports::table
        .filter(reports::building_id.eq(building))
        .filter(any_of(
            reports::location,
            [Location::Stair.code(), Location::Building.code()],
        ))
        .filter(Status::still_open())
        .order((reports::resolution_due_at.asc(), reports::id.asc()))
        .limit(50)
        .select(ReportRow::as_select())
        .into_boxed();
    if let Some(visible) = report_rules::visible(actor) {
        open = open.filter(visible);
    }
    let open: Vec<ReportRow> = open.load(conn)?;
    view.reports = views::summaries(conn, &open, locale)?;
    Ok(view)
}
