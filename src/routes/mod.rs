//! URL map. Handlers are thin: parse input, ask the policy, call the domain, render.

mod account;
mod api;
mod categories;
mod desk;
mod home;
mod report_submit;
mod reports;
mod sign_in;
mod work;

use actix_web::web;

use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::ops;
use crate::policy::Actor;
use crate::web::files;
use crate::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show))
        .route("/login", web::get().to(sign_in::form))
        .route("/login", web::post().to(sign_in::with_password))
        .route("/login/link", web::post().to(sign_in::request_link))
        .route("/login/link/{token}", web::get().to(sign_in::confirm_link))
        .route("/login/link/{token}", web::post().to(sign_in::use_link))
        .route("/activate", web::get().to(sign_in::activation_form))
        .route("/activate", web::post().to(sign_in::activate))
        .route("/logout", web::post().to(sign_in::sign_out))
        .route(
            "/logout/everywhere",
            web::post().to(sign_in::sign_out_everywhere),
        )
        .route("/profile", web::get().to(account::profile))
        .route("/profile", web::post().to(account::update_profile))
        .route(
            "/profile/password",
            web::post().to(account::change_password),
        )
        .route("/lang", web::post().to(account::switch_language))
        .route("/reports", web::get().to(reports::list))
        .route("/reports", web::post().to(reports::create))
        .route("/reports/new", web::get().to(reports::new_form))
        .route("/reports/{reference}", web::get().to(reports::show))
        .route("/reports/{reference}/events", web::post().to(reports::act))
        .route(
            "/reports/{reference}/me-too",
            web::post().to(reports::me_too),
        )
        .route("/media/{name}", web::get().to(reports::photo))
        .route(
            "/reports/{reference}/visits/{visit}/done",
            web::post().to(reports::visit_done),
        )
        .route("/work", web::get().to(work::queue_page))
        .route("/work/bulk", web::post().to(work::bulk))
        .route("/work/agenda", web::get().to(work::agenda))
        .route("/work/agenda/feed", web::post().to(work::renew_feed))
        .route("/work/team", web::get().to(work::team))
        .route(
            "/work/team/{org}/service-levels",
            web::post().to(work::set_service_levels),
        )
        .route(
            "/work/team/{org}/templates",
            web::post().to(work::add_template),
        )
        .route(
            "/work/team/{org}/templates/{id}/delete",
            web::post().to(work::delete_template),
        )
        .route("/calendar/{name}", web::get().to(work::feed))
        .route("/categories", web::get().to(categories::list))
        .route("/categories/{code}", web::post().to(categories::update))
        .route("/desk/tenants/new", web::get().to(desk::new_tenant_form))
        .route("/desk/tenants", web::post().to(desk::register_tenant))
        .route("/healthz", web::get().to(ops::healthz))
        .route("/readyz", web::get().to(ops::readyz))
        .route("/metrics", web::get().to(ops::metrics::export))
        .route("/static/{path:.*}", web::get().to(files::asset))
        .route("/sw.js", web::get().to(files::service_worker))
        .route("/manifest.webmanifest", web::get().to(files::manifest))
        .service(
            web::scope("/api/v1")
                .route("/auth/login", web::post().to(api::login))
                .route("/auth/logout", web::post().to(api::logout))
                .route("/me", web::get().to(api::me))
                .route("/categories", web::get().to(api::categories))
                .route("/reports", web::get().to(api::list_reports))
                .route("/reports", web::post().to(api::create_report))
                .route("/reports/{reference}", web::get().to(api::get_report))
                .route(
                    "/reports/{reference}/events",
                    web::post().to(api::post_event),
                )
                .route(
                    "/reports/{reference}/visits/{visit}/done",
                    web::post().to(api::visit_done),
                )
                .route("/queue", web::get().to(api::work_queue))
                .route("/media/{name}", web::get().to(reports::photo))
                .route("/openapi.json", web::get().to(api::openapi)),
        )
        .default_service(web::to(|| async {
            Err::<actix_web::HttpResponse, _>(AppError::NotFound)
        }));
}

/// Runs `work` on the database with the caller as the rules see them.
async fn with_actor<T, F>(state: &AppState, user: &CurrentUser, work: F) -> AppResult<T>
where
    F: FnOnce(&mut DbConnection, &Actor) -> AppResult<T> + Send + 'static,
    T: Send + 'static,
{
    let user = user.clone();
    state
        .db
        .run(move |conn| {
            let actor = Actor::load(conn, &user)?;
            work(conn, &actor)
        })
        .await
}
