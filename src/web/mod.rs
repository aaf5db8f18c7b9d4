//! The web interface: routes, middleware, forms and maud views.

pub mod checked_form;
pub mod csrf;
pub mod forms;
pub mod middleware;
pub mod page_context;
pub mod respondent_session;
pub mod routes;
pub mod views;

use actix_web::middleware::from_fn;
use actix_web::web::{ServiceConfig, get, post, resource, scope};

use crate::auth::access;
use routes::{
    display_options, format_switch, pages, questions, resume, staff_accounts, staff_admin,
    staff_data, staff_imports, submission, survey_start,
};
use routes::{
    distribution, findings, moderation, moderation_assignments, moderation_settings,
    question_editor, safeguarding, staff_reports, staff_surveys, staff_symbols,
};

pub fn routes(config: &mut ServiceConfig) {
    config
        .route("/", get().to(pages::home))
        .route("/help", get().to(pages::help))
        .route("/healthz", get().to(pages::health))
        .route("/accessibility", get().to(pages::accessibility_statement))
        .route("/display", get().to(display_options::show))
        .route("/display", post().to(display_options::save))
        .route("/assets/app.css", get().to(pages::stylesheet))
        .route("/assets/report.css", get().to(pages::report_stylesheet))
        .route("/assets/read-aloud.js", get().to(pages::read_aloud_script))
        .route("/findings", get().to(findings::index))
        .route("/findings/{id}", get().to(findings::report))
        .route("/findings/{id}/pdf", get().to(findings::report_pdf))
        .route("/assets/symbols/{file}", get().to(pages::symbol))
        .service(resource("/s/{slug}").get(survey_start::show))
        .service(resource("/s/{slug}/start").post(survey_start::start))
        .service(
            resource("/s/{slug}/q/{number}")
                .get(questions::show)
                .post(questions::answer),
        )
        .service(resource("/s/{slug}/check").get(submission::check))
        .service(resource("/s/{slug}/submit").post(submission::submit))
        .service(resource("/s/{slug}/done").get(submission::done))
        .service(resource("/s/{slug}/save").post(resume::save))
        .service(resource("/s/{slug}/format").post(format_switch::switch))
        .service(
            resource("/s/{slug}/resume")
                .get(resume::show_form)
                .post(resume::resume),
        )
        .service(staff_routes())
        .default_service(actix_web::web::to(pages::not_found));
}

/// Staff pages. Access to each is decided by `auth::access::STAFF_ROUTES`, enforced by the guard.
fn staff_routes() -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    scope("/staff")
        .wrap(from_fn(access::guard))
        .route("", get().to(staff_admin::dashboard))
        .route("/sign-in", get().to(staff_accounts::show_sign_in))
        .route("/sign-in", post().to(staff_accounts::sign_in))
        .route("/sign-out", post().to(staff_accounts::sign_out))
        .route(
            "/sign-out-everywhere",
            post().to(staff_accounts::sign_out_everywhere),
        )
        .route("/setup/{token}", get().to(staff_accounts::show_first_admin))
        .route(
            "/setup/{token}",
            post().to(staff_accounts::create_first_admin),
        )
        .route(
            "/invitation/{token}",
            get().to(staff_accounts::show_invitation),
        )
        .route(
            "/invitation/{token}",
            post().to(staff_accounts::accept_invitation),
        )
        .route(
            "/password-reset",
            get().to(staff_accounts::show_reset_request),
        )
        .route("/password-reset", post().to(staff_accounts::request_reset))
        .route(
            "/password-reset/{token}",
            get().to(staff_accounts::show_reset),
        )
        .route("/password-reset/{token}", post().to(staff_accounts::reset))
        .route("/users", get().to(staff_admin::list_users))
        .route("/users/invite", get().to(staff_admin::show_invite))
        .route("/users/invite", post().to(staff_admin::invite))
        .route("/users/{id}/role", post().to(staff_admin::change_role))
        .route("/users/{id}/disable", post().to(staff_admin::disable))
        .route("/users/{id}/enable", post().to(staff_admin::enable))
        .route("/audit", get().to(staff_admin::audit))
        .route("/data", get().to(staff_data::data))
        .route(
            "/data/{slug}/responses.csv",
            get().to(staff_data::responses_csv),
        )
        .service(
            resource("/data/imports")
                .app_data(staff_imports::upload_config())
                .post(staff_imports::upload),
        )
        .route("/data/imports/{id}", get().to(staff_imports::show))
        .route("/data/imports/{id}", post().to(staff_imports::confirm))
        .route(
            "/data/imports/{id}/cancel",
            post().to(staff_imports::cancel),
        )
        .route("/moderation", get().to(moderation::queue))
        // Before "/moderation/{id}", which would otherwise take "settings" for an answer's id.
        .route("/moderation/settings", get().to(moderation_settings::show))
        .route("/moderation/settings", post().to(moderation_settings::save))
        .route("/moderation/{id}", get().to(moderation::show))
        .route("/moderation/{id}/redactions", post().to(moderation::redact))
        .route("/moderation/{id}/decision", post().to(moderation::decide))
        .route("/moderation/{id}/flag", post().to(moderation::flag))
        .route("/reports", get().to(staff_reports::index))
        .route("/reports/{slug}", get().to(staff_reports::wave))
        .route(
            "/reports/{slug}/texts",
            post().to(staff_reports::save_texts),
        )
        .route("/reports/{slug}/csv/{file}", get().to(staff_reports::csv))
        .route("/reports/{slug}/{kind}", get().to(staff_reports::preview))
        .route(
            "/reports/{slug}/{kind}/pdf",
            get().to(staff_reports::preview_pdf),
        )
        .route(
            "/reports/{slug}/{kind}/publish",
            post().to(staff_reports::publish),
        )
        .route("/published/{id}", get().to(staff_reports::read_published))
        .route(
            "/published/{id}/pdf",
            get().to(staff_reports::published_pdf),
        )
        .route(
            "/published/{id}/email",
            post().to(staff_reports::email_board),
        )
        .route("/safeguarding", get().to(safeguarding::flags))
        .route(
            "/safeguarding/{id}/handled",
            post().to(safeguarding::handled),
        )
        .route(
            "/safeguarding/{id}/withdraw",
            post().to(safeguarding::withdraw),
        )
        .route("/symbols", get().to(staff_symbols::show))
        .service(
            resource("/symbols")
                .app_data(staff_symbols::upload_config())
                .post(staff_symbols::upload),
        )
        .route("/surveys", get().to(staff_surveys::list))
        .route("/surveys/new", get().to(staff_surveys::show_new))
        .route("/surveys/new", post().to(staff_surveys::create))
        .route("/surveys/{slug}", get().to(staff_surveys::overview))
        .route(
            "/surveys/{slug}/status",
            post().to(staff_surveys::change_status),
        )
        .route(
            "/surveys/{slug}/details",
            get().to(staff_surveys::show_details),
        )
        .route(
            "/surveys/{slug}/details",
            post().to(staff_surveys::save_details),
        )
        .route("/surveys/{slug}/distribution", get().to(distribution::show))
        .route("/surveys/{slug}/distribution", post().to(distribution::add))
        .route("/surveys/{slug}/qr.svg", get().to(distribution::qr_svg))
        .route("/surveys/{slug}/qr.png", get().to(distribution::qr_png))
        .route("/surveys/{slug}/poster", get().to(distribution::poster))
        .route("/surveys/{slug}/progress", get().to(distribution::progress))
        .route(
            "/surveys/{slug}/preview/{number}",
            get().to(staff_surveys::preview),
        )
        // Before "/questions/{key}", which would otherwise take "new" for a key.
        .route(
            "/surveys/{slug}/questions/new",
            get().to(question_editor::show_new),
        )
        .route(
            "/surveys/{slug}/questions/new",
            post().to(question_editor::add),
        )
        .route(
            "/surveys/{slug}/questions/{key}",
            get().to(question_editor::show),
        )
        .route(
            "/surveys/{slug}/questions/{key}",
            post().to(question_editor::save),
        )
        .route(
            "/surveys/{slug}/questions/{key}/move",
            post().to(staff_surveys::move_question),
        )
        .route("/users/{id}/waves", get().to(moderation_assignments::show))
        .route("/users/{id}/waves", post().to(moderation_assignments::save))
}
