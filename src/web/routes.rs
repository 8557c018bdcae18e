//! The URL map.

use actix_web::web;

use super::pages::{
    account, accounts, api_keys, assemblies, audit, board, categories, desk, elections, home,
    notices, own_data, people, rent, report_form, reports, sign_in, stats, translations, welcome,
    work,
};
use super::{api, display, files, metrics, ops, sms};
use crate::core::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show))
        .route("/login", web::get().to(sign_in::form))
        .route("/login", web::post().to(sign_in::with_password))
        .route("/login/link", web::post().to(sign_in::request_link))
        .route("/login/phone", web::post().to(sign_in::request_phone_code))
        .route("/login/phone/code", web::post().to(sign_in::use_phone_code))
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
        .route("/profile/contact", web::post().to(account::update_contact))
        .route("/profile/phone", web::post().to(account::ask_phone_code))
        .route(
            "/profile/phone/code",
            web::post().to(account::confirm_phone),
        )
        .route("/profile/push", web::post().to(account::turn_on_push))
        .route(
            "/profile/push/{id}/remove",
            web::post().to(account::turn_off_push),
        )
        .route(
            "/profile/channels",
            web::post().to(account::update_channels),
        )
        .route("/profile/export", web::get().to(own_data::export))
        .route("/profile/feeds", web::post().to(account::renew_feed))
        .route("/lang", web::post().to(account::switch_language))
        .route("/display", web::post().to(display::toggle))
        .route("/reports", web::get().to(reports::list))
        .route("/reports", web::post().to(report_form::create))
        .route("/reports/new", web::get().to(report_form::new_form))
        .route("/reports/{reference}", web::get().to(reports::show))
        .route("/reports/{reference}/events", web::post().to(reports::act))
        .route(
            "/reports/{reference}/me-too",
            web::post().to(reports::me_too),
        )
        .route(
            "/reports/{reference}/visits/{visit}/done",
            web::post().to(reports::visit_done),
        )
        .route("/media/{name}", web::get().to(reports::photo))
        .route("/work", web::get().to(work::queue))
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
        .route("/board", web::get().to(board::show))
        .route("/board/print", web::get().to(board::print))
        .route("/board/feed", web::post().to(board::renew_feed))
        .route("/feeds/{token}/{name}", web::get().to(board::feed))
        .route("/works", web::get().to(board::works))
        .route("/notices/new", web::get().to(notices::new_form))
        .route("/notices", web::post().to(notices::create))
        .route("/notices/{id}", web::get().to(notices::show))
        .route("/notices/{id}", web::post().to(notices::edit))
        .route("/notices/{id}/edit", web::get().to(notices::edit_form))
        .route("/notices/{id}/print", web::get().to(notices::print))
        .route(
            "/notices/{id}/minutes",
            web::post().to(assemblies::publish_minutes),
        )
        .route("/notices/{id}/{action}", web::post().to(notices::act))
        .route("/notices/{id}/{name}", web::get().to(notices::image))
        .route("/welcome", web::get().to(welcome::show))
        .route("/welcome/print", web::get().to(welcome::print))
        .route("/welcome/edit", web::get().to(welcome::edit_form))
        .route("/welcome/edit", web::post().to(welcome::save))
        .route("/welcome/proposals/{id}", web::post().to(welcome::review))
        .route("/transparency", web::get().to(accounts::show))
        .route("/transparency", web::post().to(accounts::enter))
        .route("/transparency/import", web::post().to(accounts::upload))
        .route("/elections", web::get().to(elections::list))
        .route("/elections", web::post().to(elections::open))
        .route("/elections/{id}", web::get().to(elections::show))
        .route("/elections/{id}/stand", web::post().to(elections::stand))
        .route(
            "/elections/{id}/withdraw",
            web::post().to(elections::withdraw),
        )
        .route("/elections/{id}/ballot", web::post().to(elections::vote))
        .route("/elections/{id}/paper", web::post().to(elections::paper))
        .route("/elections/{id}/close", web::post().to(elections::close))
        .route("/rent", web::get().to(rent::show))
        .route("/rent/office", web::get().to(rent::office))
        .route("/rent/office/contact", web::post().to(rent::contact))
        .route("/rent/help", web::post().to(rent::ask_help))
        .route("/rent/plans", web::post().to(rent::propose_plan))
        .route("/rent/plans/{id}/accept", web::post().to(rent::accept_plan))
        .route("/rent/help/{id}", web::get().to(rent::help_thread))
        .route("/rent/help/{id}", web::post().to(rent::help_reply))
        .route("/rent/{period}/print", web::get().to(rent::print))
        .route("/stats", web::get().to(stats::show))
        .route("/stats/reports.csv", web::get().to(stats::reports_csv))
        .route("/stats/rent", web::get().to(rent::indicators))
        .route(
            "/stats/rent/{table}.csv",
            web::get().to(rent::indicators_csv),
        )
        .route("/stats/{by}.csv", web::get().to(stats::table_csv))
        .route("/summary", web::get().to(stats::summary))
        .route("/summary/publish", web::post().to(stats::publish))
        .route("/categories", web::get().to(categories::list))
        .route("/admin/api-keys", web::get().to(api_keys::list))
        .route("/admin/api-keys", web::post().to(api_keys::create))
        .route(
            "/admin/api-keys/{id}/revoke",
            web::post().to(api_keys::revoke),
        )
        .route("/admin/audit", web::get().to(audit::show))
        .route("/translations", web::get().to(translations::show))
        .route("/categories/{code}", web::post().to(categories::update))
        .route("/desk/tenants/new", web::get().to(desk::new_tenant_form))
        .route("/desk/tenants", web::post().to(desk::register_tenant))
        .route("/desk/people", web::get().to(people::search))
        .route("/desk/people/{id}", web::get().to(people::person))
        .route("/desk/people/{id}/erase", web::post().to(people::erase))
        .route("/desk/people/{id}/sms", web::post().to(people::resume_sms))
        .route(
            "/desk/people/{id}/channels",
            web::post().to(people::choose_channels),
        )
        .route("/offline", web::get().to(home::offline))
        .route("/healthz", web::get().to(ops::healthz))
        .route("/sms/status", web::get().to(sms::status))
        .route("/sms/inbound", web::get().to(sms::inbound))
        .route("/readyz", web::get().to(ops::readyz))
        .route("/metrics", web::get().to(metrics::export))
        .route("/static/{path:.*}", web::get().to(files::asset))
        .route("/sw.js", web::get().to(files::service_worker))
        .route("/manifest.webmanifest", web::get().to(files::manifest))
        .service(api::scope())
        .service(super::open311::scope())
        .default_service(web::to(|| async {
            Err::<actix_web::HttpResponse, _>(AppError::NotFound)
        }));
}
