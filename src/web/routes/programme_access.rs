//! The programme a staff address names, or "not found".

use crate::db::programmes;
use crate::domain::ids::Slug;
use crate::domain::programme::Programme;
use crate::error::AppError;
use crate::state::AppState;

pub async fn find_programme(state: &AppState, slug: &str) -> Result<Programme, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    state
        .db(move |connection| programmes::find_by_slug(connection, &slug))
        .await?
        .ok_or(AppError::NotFound)
}
