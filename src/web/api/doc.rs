//! The API's OpenAPI 3.1 document, generated from the handlers' attributes and the types they
//! read and write, so it says what the code does; built once, served at
//! `/api/v1/openapi.json`.

use std::sync::LazyLock;

use actix_web::HttpResponse;
use utoipa::openapi::schema::{Array, ArrayBuilder, Object, ObjectBuilder, Type};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{KnownFormat, Ref, SchemaFormat};
use utoipa::{Modify, OpenApi, ToSchema};

use super::{boards, elections, minutes, push, rent, reports};
use crate::access::Level;
use crate::media::limits::{MAX_PIXELS, MAX_UPLOAD_BYTES};
use crate::reports::Location;
use crate::web::errors::{ApiError, ErrorDetail};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Portineria API",
        version = "1",
        description = "The JSON API of Portineria. Sign in with `POST /auth/login` and send the \
            token as `Authorization: Bearer <token>`. Errors are `{\"error\": {\"code\", \
            \"message\"}}` with a fitting status; messages follow the account's language or \
            `Accept-Language`. What the caller may not see answers 404, as what does not exist.",
    ),
    servers((url = "/api/v1")),
    paths(
        super::login,
        super::logout,
        super::me,
        crate::web::pages::own_data::export,
        super::renew_calendar,
        super::list_categories,
        reports::list,
        reports::create,
        reports::get,
        reports::post_event,
        reports::visit_done,
        crate::web::pages::reports::photo,
        reports::queue,
        boards::list,
        boards::create,
        boards::get,
        boards::edit,
        boards::act,
        minutes::publish,
        boards::welcome_kit,
        boards::works,
        boards::transparency,
        push::key,
        push::subscribe,
        push::list,
        push::unsubscribe,
        rent::get,
        rent::watch_list,
        rent::ask_help,
        rent::help_requests,
        rent::propose_plan,
        rent::accept_plan,
        rent::import_file,
        elections::open_election,
        elections::change_election,
        elections::election,
        elections::stand,
        elections::withdraw,
        elections::vote,
        elections::paper_ballot,
        elections::close_election,
    ),
    // What the paths name only through a response or a path parameter is not collected.
    components(responses(ApiError), schemas(ErrorDetail, boards::NoticeAction)),
    modifiers(&Signed),
    tags(
        (name = "account", description = "Signing in and out, the caller"),
        (name = "reports", description = "Fault reports, their timeline and visits, the work queue"),
        (name = "board", description = "Notices, the works board, the welcome kit and the accounts"),
        (name = "rent", description = "A household's rent account; the landlord's rent import"),
        (name = "elections", description = "Elections of stair and building delegates, with a secret ballot"),
    )
)]
struct ApiDoc;

/// Every operation but signing in and the public push key takes the bearer token and answers
/// 401 without a valid one; any may find the database unreachable (503), and any write the
/// disk full (507).
struct Signed;

/// What anyone may call without a token.
const PUBLIC: [&str; 2] = ["/auth/login", "/push/key"];

/// What a landlord's system calls with its organisation's key in `X-Api-Key`, not a token.
const KEYED: [&str; 1] = ["/rent/import"];

impl Modify for Signed {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let mut bearer = Http::new(HttpAuthScheme::Bearer);
        bearer.bearer_format = Some("JWT".into());
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(bearer));
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "api_key",
                SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-Api-Key"))),
            );
        let error = || Ref::from_response_name("ApiError").into();
        for (path, item) in doc.paths.paths.iter_mut() {
            let writes = item.post.iter_mut().chain(item.delete.iter_mut());
            let writes = writes.chain(item.patch.iter_mut());
            let writes = writes.map(|o| (o, true));
            for (operation, write) in item.get.iter_mut().map(|o| (o, false)).chain(writes) {
                let responses = &mut operation.responses.responses;
                if KEYED.contains(&path.as_str()) {
                    operation.security = Some(vec![SecurityRequirement::new("api_key", [""; 0])]);
                } else if !PUBLIC.contains(&path.as_str()) {
                    operation.security = Some(vec![SecurityRequirement::new("bearer", [""; 0])]);
                    responses.insert("401".into(), error());
                }
                responses.insert("503".into(), error());
                if write {
                    responses.insert("507".into(), error());
                }
            }
        }
    }
}

// Multipart bodies are read part by part as they stream in, within limits, and their parts
// picked by name (`forms::filing_of`, which the report page shares): these two types
// only name the parts for the document. A test files a report with exactly these parts. A
// part is there or not: none is null.

/// A report's parts; `photos` may come several times.
#[derive(ToSchema)]
pub struct ReportUpload {
    /// A category's code (`GET /categories`).
    #[schema(example = "lift")]
    pub category: String,
    /// The caller's own flat, or its stair, building or estate.
    pub location: Location,
    /// A stair or building the caller looks after as a delegate, instead of their own.
    #[schema(nullable = false)]
    pub place_id: Option<i32>,
    /// The tenant a desk operator files for.
    #[schema(nullable = false)]
    pub for_user: Option<i32>,
    #[schema(min_length = 5, max_length = 2000)]
    pub description: String,
    /// Where exactly ("the landing of the 3rd floor").
    #[schema(max_length = 100, nullable = false)]
    pub spot: Option<String>,
    /// Show the reporter's name to the neighbours.
    #[schema(nullable = false)]
    pub show_name: Option<bool>,
    /// The technician may enter the flat when nobody is at home.
    #[schema(nullable = false)]
    pub permission_to_enter: Option<bool>,
    #[schema(schema_with = time_windows, required = false)]
    pub time_windows: Vec<String>,
    #[schema(schema_with = photos, required = false)]
    pub photos: Vec<Vec<u8>>,
}

/// A visit report's parts (`visit_report` reads them); `photos` may come several times.
#[derive(ToSchema)]
pub struct VisitUpload {
    #[schema(max_length = 2000, nullable = false)]
    pub notes: Option<String>,
    /// `resolved` (the default), `in_progress` when more work is needed, or `nobody_home`
    /// when nobody opened the door (the report waits for a new visit).
    #[schema(schema_with = outcome)]
    pub outcome: Option<String>,
    /// The work done, "after" photos.
    #[schema(schema_with = photos, required = false)]
    pub photos: Vec<Vec<u8>>,
}

// The limits above are the domain's (utoipa takes literals only).
const _: () = assert!(
    crate::reports::DESCRIPTION_MIN == 5
        && crate::reports::DESCRIPTION_MAX == 2000
        && crate::reports::SPOT_MAX == 100
        && crate::reports::COMMENT_MAX == 2000
);

static DOCUMENT: LazyLock<String> = LazyLock::new(|| {
    ApiDoc::openapi()
        .to_json()
        .expect("the document is plain data")
});

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(DOCUMENT.as_str())
}

/// A string that is one of `codes`.
fn one_of<'a>(codes: impl IntoIterator<Item = &'a str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(codes))
        .build()
}

/// The windows a tenant is at home in: `morning`, `afternoon`, `evening`.
pub fn time_windows() -> Array {
    ArrayBuilder::new()
        .items(one_of(crate::reports::TIME_WINDOWS))
        .build()
}

/// The services planned works cut or touch.
pub fn services() -> Array {
    ArrayBuilder::new()
        .items(one_of(crate::notices::SERVICES))
        .build()
}

/// Where a notice can go up: anywhere but in a flat.
pub fn notice_level() -> Object {
    let levels = Level::ALL.into_iter().filter(|l| *l != Level::Unit);
    one_of(levels.map(Level::code))
}

/// The languages a notice can be written in.
pub fn locale() -> Object {
    one_of(crate::i18n::LANGUAGES.iter().map(|l| l.code))
}

/// What a visit came to.
fn outcome() -> Object {
    one_of(crate::reports::visits::VisitOutcome::CODES)
}

/// Photos, as multipart files.
pub fn photos() -> Array {
    let file = ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
        .description(Some(format!(
            "JPEG, PNG or WebP, at most {} MiB and {} megapixels; its metadata is removed",
            MAX_UPLOAD_BYTES / (1024 * 1024),
            MAX_PIXELS / 1_000_000
        )));
    ArrayBuilder::new()
        .items(file)
        .max_items(Some(crate::reports::MAX_PHOTOS))
        .build()
}
