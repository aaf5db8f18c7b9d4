//! Every staff page, declared once: its method, its address under `/staff`, who may use it and the
//! handler that answers it. The actix routes and the access table the guard enforces
//! (`auth::access`) are both built from this one list, so a page cannot exist without its rule,
//! and the role-matrix test reads the same table. Order matters where one address could be read
//! as another (`/moderation/settings` before `/moderation/{id}`, `/questions/new` before
//! `/questions/{key}`): the first match wins, for the routes and for the rules alike.

use actix_web::http::Method;
use actix_web::web::{ServiceConfig, method, resource};

use super::routes::{
    distribution, moderation, moderation_assignments, moderation_settings, question_editor,
    safeguarding, staff_accounts, staff_actions, staff_admin, staff_board_update,
    staff_comparators, staff_data, staff_groups, staff_imports, staff_reports, staff_surveys,
    staff_symbols, staff_targets, staff_translations,
};
use crate::auth::access::Access::{Anyone, Needs, SignedIn};
use crate::auth::access::StaffRoute;
use crate::domain::staff::Permission;

macro_rules! staff_routes {
    ($($verb:ident $path:literal $access:expr => $handler:path $(, with $data:expr)?;)*) => {
        /// Every staff route with the access it needs. A request under `/staff` that matches none
        /// is answered "Page not found", whoever asks.
        pub const STAFF_ROUTES: &[StaffRoute] = &[
            $(StaffRoute {
                method: stringify!($verb),
                pattern: concat!("/staff", $path),
                access: $access,
            },)*
        ];

        /// Registers every route of [`STAFF_ROUTES`] on the `/staff` scope, in the same order.
        pub fn register(config: &mut ServiceConfig) {
            $(staff_routes!(@one config, $verb, $path, $handler $(, $data)?);)*
        }
    };
    (@one $config:ident, $verb:ident, $path:literal, $handler:path) => {
        $config.route($path, method(Method::$verb).to($handler));
    };
    // Uploads carry their own body limits, on a resource of their own.
    (@one $config:ident, $verb:ident, $path:literal, $handler:path, $data:expr) => {
        $config.service(
            resource($path)
                .guard(actix_web::guard::Method(Method::$verb))
                .app_data($data)
                .route(method(Method::$verb).to($handler)),
        );
    };
}

staff_routes! {
    GET "" SignedIn => staff_admin::dashboard;
    GET "/sign-in" Anyone => staff_accounts::show_sign_in;
    POST "/sign-in" Anyone => staff_accounts::sign_in;
    POST "/sign-out" SignedIn => staff_accounts::sign_out;
    POST "/sign-out-everywhere" SignedIn => staff_accounts::sign_out_everywhere;
    GET "/setup/{token}" Anyone => staff_accounts::show_first_admin;
    POST "/setup/{token}" Anyone => staff_accounts::create_first_admin;
    GET "/invitation/{token}" Anyone => staff_accounts::show_invitation;
    POST "/invitation/{token}" Anyone => staff_accounts::accept_invitation;
    GET "/password-reset" Anyone => staff_accounts::show_reset_request;
    POST "/password-reset" Anyone => staff_accounts::request_reset;
    GET "/password-reset/{token}" Anyone => staff_accounts::show_reset;
    POST "/password-reset/{token}" Anyone => staff_accounts::reset;
    GET "/users" Needs(Permission::ManageUsers) => staff_admin::list_users;
    GET "/users/invite" Needs(Permission::ManageUsers) => staff_admin::show_invite;
    POST "/users/invite" Needs(Permission::ManageUsers) => staff_admin::invite;
    POST "/users/{id}/role" Needs(Permission::ManageUsers) => staff_admin::change_role;
    POST "/users/{id}/disable" Needs(Permission::ManageUsers) => staff_admin::disable;
    POST "/users/{id}/enable" Needs(Permission::ManageUsers) => staff_admin::enable;
    GET "/audit" Needs(Permission::ReadAuditLog) => staff_admin::audit;
    GET "/data" Needs(Permission::ImportAndExport) => staff_data::data;
    GET "/data/{slug}/responses.csv" Needs(Permission::ImportAndExport) => staff_data::responses_csv;
    POST "/data/imports" Needs(Permission::ImportAndExport) => staff_imports::upload, with staff_imports::upload_config();
    GET "/data/imports/{id}" Needs(Permission::ImportAndExport) => staff_imports::show;
    POST "/data/imports/{id}" Needs(Permission::ImportAndExport) => staff_imports::confirm;
    POST "/data/imports/{id}/cancel" Needs(Permission::ImportAndExport) => staff_imports::cancel;
    GET "/moderation" Needs(Permission::Moderate) => moderation::queue;
    GET "/moderation/settings" Needs(Permission::ManageSurveys) => moderation_settings::show;
    POST "/moderation/settings" Needs(Permission::ManageSurveys) => moderation_settings::save;
    GET "/moderation/{id}" Needs(Permission::Moderate) => moderation::show;
    POST "/moderation/{id}/redactions" Needs(Permission::Moderate) => moderation::redact;
    POST "/moderation/{id}/decision" Needs(Permission::Moderate) => moderation::decide;
    POST "/moderation/{id}/flag" Needs(Permission::Moderate) => moderation::flag;
    GET "/reports" Needs(Permission::ReadReports) => staff_reports::index;
    GET "/reports/{slug}" Needs(Permission::ProduceReports) => staff_reports::wave;
    POST "/reports/{slug}/texts" Needs(Permission::ProduceReports) => staff_reports::save_texts;
    GET "/reports/{slug}/csv/{file}" Needs(Permission::ProduceReports) => staff_reports::csv;
    GET "/reports/{slug}/{kind}" Needs(Permission::ProduceReports) => staff_reports::preview;
    GET "/reports/{slug}/{kind}/pdf" Needs(Permission::ProduceReports) => staff_reports::preview_pdf;
    POST "/reports/{slug}/{kind}/publish" Needs(Permission::ProduceReports) => staff_reports::publish;
    GET "/programmes/{slug}/comparators" Needs(Permission::ProduceReports) => staff_comparators::show;
    POST "/programmes/{slug}/comparators" Needs(Permission::ProduceReports) => staff_comparators::add;
    POST "/programmes/{slug}/comparators/{id}/remove" Needs(Permission::ProduceReports) => staff_comparators::remove;
    GET "/programmes/{slug}/actions" Needs(Permission::ProduceReports) => staff_actions::show;
    POST "/programmes/{slug}/actions" Needs(Permission::ProduceReports) => staff_actions::add;
    GET "/programmes/{slug}/actions/{id}" Needs(Permission::ProduceReports) => staff_actions::show_action;
    POST "/programmes/{slug}/actions/{id}" Needs(Permission::ProduceReports) => staff_actions::edit;
    POST "/programmes/{slug}/actions/{id}/status" Needs(Permission::ProduceReports) => staff_actions::change_status;
    GET "/programmes/{slug}/board-update" Needs(Permission::ProduceReports) => staff_board_update::show;
    GET "/programmes/{slug}/board-update/pdf" Needs(Permission::ProduceReports) => staff_board_update::show_pdf;
    POST "/programmes/{slug}/board-update/email" Needs(Permission::ProduceReports) => staff_board_update::email;
    GET "/groups" Needs(Permission::ProduceReports) => staff_groups::show;
    POST "/groups" Needs(Permission::ProduceReports) => staff_groups::add;
    POST "/groups/{id}/contact" Needs(Permission::ProduceReports) => staff_groups::set_contact;
    POST "/groups/{id}/remove" Needs(Permission::ProduceReports) => staff_groups::remove;
    GET "/programmes/{slug}/targets" Needs(Permission::ProduceReports) => staff_targets::show;
    POST "/programmes/{slug}/targets" Needs(Permission::ProduceReports) => staff_targets::set;
    POST "/programmes/{slug}/targets/{id}/withdraw" Needs(Permission::ProduceReports) => staff_targets::withdraw;
    GET "/published/{id}" Needs(Permission::ReadReports) => staff_reports::read_published;
    GET "/published/{id}/pdf" Needs(Permission::ReadReports) => staff_reports::published_pdf;
    POST "/published/{id}/email" Needs(Permission::ProduceReports) => staff_reports::email_board;
    GET "/safeguarding" Needs(Permission::HandleSafeguarding) => safeguarding::flags;
    POST "/safeguarding/{id}/handled" Needs(Permission::HandleSafeguarding) => safeguarding::handled;
    POST "/safeguarding/{id}/withdraw" Needs(Permission::HandleSafeguarding) => safeguarding::withdraw;
    GET "/symbols" Needs(Permission::ManageSurveys) => staff_symbols::show;
    POST "/symbols" Needs(Permission::ManageSurveys) => staff_symbols::upload, with staff_symbols::upload_config();
    GET "/surveys" Needs(Permission::ManageSurveys) => staff_surveys::list;
    GET "/surveys/new" Needs(Permission::ManageSurveys) => staff_surveys::show_new;
    POST "/surveys/new" Needs(Permission::ManageSurveys) => staff_surveys::create;
    GET "/surveys/{slug}" Needs(Permission::ManageSurveys) => staff_surveys::overview;
    POST "/surveys/{slug}/status" Needs(Permission::ManageSurveys) => staff_surveys::change_status;
    GET "/surveys/{slug}/details" Needs(Permission::ManageSurveys) => staff_surveys::show_details;
    POST "/surveys/{slug}/details" Needs(Permission::ManageSurveys) => staff_surveys::save_details;
    GET "/surveys/{slug}/distribution" Needs(Permission::ManageSurveys) => distribution::show;
    POST "/surveys/{slug}/distribution" Needs(Permission::ManageSurveys) => distribution::add;
    GET "/surveys/{slug}/qr.svg" Needs(Permission::ManageSurveys) => distribution::qr_svg;
    GET "/surveys/{slug}/qr.png" Needs(Permission::ManageSurveys) => distribution::qr_png;
    GET "/surveys/{slug}/poster" Needs(Permission::ManageSurveys) => distribution::poster;
    GET "/surveys/{slug}/progress" Needs(Permission::ManageSurveys) => distribution::progress;
    GET "/surveys/{slug}/preview/{number}" Needs(Permission::ManageSurveys) => staff_surveys::preview;
    GET "/surveys/{slug}/translations" Needs(Permission::ManageSurveys) => staff_translations::show;
    POST "/surveys/{slug}/translations" Needs(Permission::ManageSurveys) => staff_translations::import, with staff_imports::upload_config();
    GET "/surveys/{slug}/translations/{language}/sheet.csv" Needs(Permission::ManageSurveys) => staff_translations::sheet;
    POST "/surveys/{slug}/translations/{language}/remove" Needs(Permission::ManageSurveys) => staff_translations::remove;
    GET "/surveys/{slug}/questions/new" Needs(Permission::ManageSurveys) => question_editor::show_new;
    POST "/surveys/{slug}/questions/new" Needs(Permission::ManageSurveys) => question_editor::add;
    GET "/surveys/{slug}/questions/{key}" Needs(Permission::ManageSurveys) => question_editor::show;
    POST "/surveys/{slug}/questions/{key}" Needs(Permission::ManageSurveys) => question_editor::save;
    POST "/surveys/{slug}/questions/{key}/move" Needs(Permission::ManageSurveys) => staff_surveys::move_question;
    GET "/users/{id}/waves" Needs(Permission::ManageUsers) => moderation_assignments::show;
    POST "/users/{id}/waves" Needs(Permission::ManageUsers) => moderation_assignments::save;
}
