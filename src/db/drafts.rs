//! Surveys in progress, found by the anonymous session cookie or by a resume code.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::models::DraftRow;
use super::schema::{drafts, surveys};
use crate::domain::draft::DraftAnswers;
use crate::domain::ids::{ChannelTag, DraftId, Slug, SurveyId};
use crate::domain::survey::ResponseFormat;
use crate::domain::tokens::SecretHash;
use crate::domain::wording::Language;

/// A draft as the web layer uses it.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: DraftId,
    pub format: ResponseFormat,
    /// The language the answers so far were given in (the last one used).
    pub language: Language,
    pub channel: Option<ChannelTag>,
    pub answers: DraftAnswers,
}

impl TryFrom<DraftRow> for Draft {
    type Error = DbError;
    fn try_from(row: DraftRow) -> Result<Self, DbError> {
        Ok(Draft {
            id: DraftId::parse(&row.id)?,
            format: ResponseFormat::parse(&row.format)?,
            language: Language::parse(&row.language)?,
            channel: row.channel.as_deref().map(ChannelTag::parse).transpose()?,
            answers: DraftAnswers::from_json(&row.answers),
        })
    }
}

pub struct NewDraft<'a> {
    pub survey: SurveyId,
    pub session: &'a SecretHash,
    pub format: ResponseFormat,
    pub language: &'a Language,
    pub channel: Option<&'a ChannelTag>,
    pub expires_at: NaiveDateTime,
}

pub fn create(connection: &mut AnyConnection, new: NewDraft<'_>) -> Result<Draft, DbError> {
    let row = DraftRow {
        id: DraftId::new_random().to_string(),
        survey_id: new.survey.to_string(),
        session_hash: new.session.as_str().to_owned(),
        resume_code_hash: None,
        format: new.format.as_str().to_owned(),
        channel: new.channel.map(ToString::to_string),
        answers: DraftAnswers::default().to_json(),
        expires_at: new.expires_at,
        language: new.language.to_string(),
    };
    diesel::insert_into(drafts::table)
        .values(&row)
        .execute(connection)?;
    row.try_into()
}

/// The live draft held by this browser session for this survey.
pub fn find_by_session(
    connection: &mut AnyConnection,
    survey: SurveyId,
    session: &SecretHash,
    now: NaiveDateTime,
) -> Result<Option<Draft>, DbError> {
    drafts::table
        .filter(drafts::survey_id.eq(survey.to_string()))
        .filter(drafts::session_hash.eq(session.as_str()))
        .filter(drafts::expires_at.gt(now))
        .select(DraftRow::as_select())
        .first(connection)
        .optional()?
        .map(Draft::try_from)
        .transpose()
}

/// The revision of the survey the slug names, and this session's live draft of it, in one query:
/// what each page of a young person's journey needs before it can use the cached survey.
pub fn survey_revision_and_draft(
    connection: &mut AnyConnection,
    slug: &Slug,
    session: Option<&SecretHash>,
    now: NaiveDateTime,
) -> Result<Option<(i64, Option<Draft>)>, DbError> {
    // An empty hash matches no draft: a browser without a session has none.
    let session = session.map_or("", SecretHash::as_str).to_owned();
    let found: Option<(i64, Option<DraftRow>)> = surveys::table
        .left_join(
            drafts::table.on(drafts::survey_id
                .eq(surveys::id)
                .and(drafts::session_hash.eq(session))
                .and(drafts::expires_at.gt(now))),
        )
        .filter(surveys::slug.eq(slug.as_str()))
        // DraftRow's fields are in the table's column order, so it reads all_columns.
        .select((surveys::revision, drafts::all_columns.nullable()))
        .first(connection)
        .optional()?;
    found
        .map(|(revision, draft)| Ok((revision, draft.map(Draft::try_from).transpose()?)))
        .transpose()
}

/// Saves the answers so far, in the language they were given in, and pushes the expiry back.
pub fn save_answers(
    connection: &mut AnyConnection,
    draft: DraftId,
    answers: &DraftAnswers,
    language: &Language,
    expires_at: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(drafts::table.find(draft.to_string()))
        .set((
            drafts::answers.eq(answers.to_json()),
            drafts::language.eq(language.as_str()),
            drafts::expires_at.eq(expires_at),
        ))
        .execute(connection)?;
    Ok(())
}

pub fn set_format(
    connection: &mut AnyConnection,
    draft: DraftId,
    format: ResponseFormat,
) -> Result<(), DbError> {
    diesel::update(drafts::table.find(draft.to_string()))
        .set(drafts::format.eq(format.as_str()))
        .execute(connection)?;
    Ok(())
}

/// Attaches a resume code (replacing any earlier one). Returns false if the code is already in use.
pub fn set_resume_code(
    connection: &mut AnyConnection,
    draft: DraftId,
    code: &SecretHash,
    expires_at: NaiveDateTime,
) -> Result<bool, DbError> {
    let taken: i64 = drafts::table
        .filter(drafts::resume_code_hash.eq(code.as_str()))
        .count()
        .get_result(connection)?;
    if taken > 0 {
        return Ok(false);
    }
    diesel::update(drafts::table.find(draft.to_string()))
        .set((
            drafts::resume_code_hash.eq(code.as_str()),
            drafts::expires_at.eq(expires_at),
        ))
        .execute(connection)?;
    Ok(true)
}

/// Moves the draft a resume code points to onto a new browser session. The code is used up,
/// and the old session no longer reaches the draft.
pub fn claim_by_code(
    connection: &mut AnyConnection,
    survey: SurveyId,
    code: &SecretHash,
    new_session: &SecretHash,
    now: NaiveDateTime,
) -> Result<Option<Draft>, DbError> {
    connection.transaction(|connection| {
        let claimed = diesel::update(
            drafts::table
                .filter(drafts::survey_id.eq(survey.to_string()))
                .filter(drafts::resume_code_hash.eq(code.as_str()))
                .filter(drafts::expires_at.gt(now)),
        )
        .set((
            drafts::session_hash.eq(new_session.as_str()),
            drafts::resume_code_hash.eq(None::<String>),
        ))
        .execute(connection)?;
        if claimed == 0 {
            return Ok(None);
        }
        find_by_session(connection, survey, new_session, now)
    })
}

/// Removes drafts nobody came back to. Returns how many went.
pub fn delete_expired(
    connection: &mut AnyConnection,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::delete(drafts::table.filter(drafts::expires_at.le(now))).execute(connection)?)
}
