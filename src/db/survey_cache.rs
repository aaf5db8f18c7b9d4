//! Assembled surveys kept in memory between requests. Using one costs a single indexed read of the
//! survey's revision, which the database raises on any change to the survey, its questions or
//! their options (migration 000010's triggers), so a wave edited or closed by another server, the
//! command line or plain SQL is seen by the very next request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::surveys as survey_rows;
use super::surveys;
use crate::domain::ids::Slug;
use crate::domain::survey::Survey;

#[derive(Default)]
pub struct SurveyCache {
    by_slug: Mutex<HashMap<String, (i64, Arc<Survey>)>>,
}

impl SurveyCache {
    /// The survey the slug names, as the database holds it now.
    pub fn find_by_slug(
        &self,
        connection: &mut AnyConnection,
        slug: &Slug,
    ) -> Result<Option<Arc<Survey>>, DbError> {
        let revision: Option<i64> = survey_rows::table
            .filter(survey_rows::slug.eq(slug.as_str()))
            .select(survey_rows::revision)
            .first(connection)
            .optional()?;
        match revision {
            Some(revision) => self.at_revision(connection, slug, revision),
            None => {
                self.entries().remove(slug.as_str());
                Ok(None)
            }
        }
    }

    /// The survey at the revision just read from the database: from memory when it is the one
    /// kept, else assembled afresh and kept.
    pub fn at_revision(
        &self,
        connection: &mut AnyConnection,
        slug: &Slug,
        revision: i64,
    ) -> Result<Option<Arc<Survey>>, DbError> {
        if let Some((cached, survey)) = self.entries().get(slug.as_str())
            && *cached == revision
        {
            return Ok(Some(survey.clone()));
        }
        // Read after the revision: a change in between leaves newer content under the older
        // revision, which the next request's read replaces; never the other way round.
        let Some(survey) = surveys::find_by_slug(connection, slug)? else {
            return Ok(None);
        };
        let survey = Arc::new(survey);
        self.entries()
            .insert(slug.as_str().to_owned(), (revision, survey.clone()));
        Ok(Some(survey))
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, (i64, Arc<Survey>)>> {
        // A panic while holding the lock cannot leave the map half-changed: every change is one
        // insert or remove.
        self.by_slug
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
