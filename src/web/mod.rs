//! The web interface: routes, middleware, forms and maud views.

pub mod checked_form;
pub mod csrf;
pub mod forms;
pub mod language_choice;
pub mod middleware;
pub mod page_context;
pub mod reading_choice;
pub mod respondent_session;
pub mod routes;
pub mod staff_routes;
pub mod views;

use actix_web::middleware::from_fn;
use actix_web::web::{ServiceConfig, get, post, resource, scope};

use crate::auth::access;
use routes::{
    display_options, findings, format_switch, language, pages, questions, resume, submission,
    survey_start,
};

pub fn routes(config: &mut ServiceConfig) {
    config
        .route("/", get().to(pages::home))
        .route("/help", get().to(pages::help))
        .route("/healthz", get().to(pages::health))
        .route("/accessibility", get().to(pages::accessibility_statement))
        .route("/display", get().to(display_options::show))
        .route("/display", post().to(display_options::save))
        .route("/language", get().to(language::show))
        .route("/language", post().to(language::save))
        .route("/assets/app.css", get().to(pages::stylesheet))
        .route("/assets/report.css", get().to(pages::report_stylesheet))
        .route("/assets/read-aloud.js", get().to(pages::read_aloud_script))
        .route("/findings", get().to(findings::index))
        .route("/findings/{id}", get().to(findings::report))
        .route("/findings/{id}/pdf", get().to(findings::report_pdf))
        .route("/assets/symbols/{file}", get().to(pages::symbol))
        .route("/assets/logo", get().to(pages::logo))
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

/// Staff pages: each declared once, with its access rule, in [`staff_routes`]; the guard enforces
/// the rules.
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
        .configure(staff_routes::register)
}
