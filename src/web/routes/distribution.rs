//! Sharing a wave (analysts and admins): links per channel, QR codes, the A4 poster, and progress.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use actix_web::web::{Data, Path, Query};
use serde::Deserialize;

use super::redirect::{html, see_other};
use super::staff_surveys::wave;
use crate::auth::access::CurrentStaff;
use crate::catalogue::staff_words::StaffWords;
use crate::db::distribution;
use crate::domain::distribution_channel::Channel;
use crate::domain::ids::ChannelTag;
use crate::domain::suppression::Count;
use crate::domain::survey::{ResponseFormat, Survey};
use crate::domain::wording::Language;
use crate::error::AppError;
use crate::qr_codes;
use crate::reports::results;
use crate::state::AppState;
use crate::web::checked_form::CheckedForm;
use crate::web::csrf::CsrfToken;
use crate::web::views::distribution_pages::{
    self, DistributionView, PosterView, ProgressRow, ProgressView, SharedLink,
};
use crate::web::views::words::Words;

/// The address young people open, with the channel's tag if any.
fn survey_url(state: &AppState, survey: &Survey, tag: Option<&ChannelTag>) -> String {
    let base = format!("{}/s/{}", state.settings.base_url, survey.slug);
    match tag {
        Some(tag) => format!("{base}?c={tag}"),
        None => base,
    }
}

#[derive(Deserialize)]
pub struct ChannelQuery {
    c: Option<String>,
    done: Option<String>,
    /// The poster's language: one the wave is wholly written in.
    language: Option<String>,
}

async fn channels(state: &AppState, survey: &Survey) -> Result<Vec<Channel>, AppError> {
    let id = survey.id;
    Ok(state
        .db(move |connection| distribution::channels(connection, id))
        .await?)
}

/// The channel a `?c=` names: it must be one of the wave's own.
fn chosen<'a>(
    channels: &'a [Channel],
    query: &ChannelQuery,
) -> Result<Option<&'a Channel>, AppError> {
    match query.c.as_deref() {
        None | Some("") => Ok(None),
        Some(tag) => channels
            .iter()
            .find(|channel| channel.tag.as_str() == tag)
            .map(Some)
            .ok_or(AppError::NotFound),
    }
}

/// The add-a-link form as sent (or empty), with its problem or a notice.
struct ChannelForm<'a> {
    label: &'a str,
    tag: &'a str,
    problem: Option<(&'static str, &'static str)>,
    notice: Option<&'a str>,
}

fn page(
    state: &AppState,
    staff: &CurrentStaff,
    csrf_token: &CsrfToken,
    survey: &Survey,
    channels: &[Channel],
    form: &ChannelForm<'_>,
) -> maud::Markup {
    let plain_link = StaffWords.t("staff-sharing-plain-link");
    let mut links = vec![SharedLink {
        label: &plain_link,
        tag: None,
        url: survey_url(state, survey, None),
    }];
    links.extend(channels.iter().map(|channel| SharedLink {
        label: &channel.label,
        tag: Some(channel.tag.as_str()),
        url: survey_url(state, survey, Some(&channel.tag)),
    }));
    distribution_pages::distribution(&DistributionView {
        me: &staff.0,
        csrf_token: csrf_token.value(),
        survey,
        links: &links,
        label: form.label,
        tag: form.tag,
        problem: form.problem,
        notice: form.notice,
    })
}

pub async fn show(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<ChannelQuery>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    let channels = channels(&state, &survey).await?;
    let notice = (query.done.as_deref() == Some("added")).then_some("staff-sharing-done-added");
    Ok(html(
        StatusCode::OK,
        page(
            &state,
            &staff,
            &csrf_token,
            &survey,
            &channels,
            &ChannelForm {
                label: "",
                tag: "",
                problem: None,
                notice,
            },
        ),
    ))
}

/// A tag made from a name: "St Mary's Youth Club" becomes "st-marys-youth-club".
fn tag_from(label: &str) -> String {
    let mut tag = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            tag.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !tag.is_empty()
            && !tag.ends_with('-')
        {
            tag.push('-');
        }
    }
    tag.trim_end_matches('-')
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

pub async fn add(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    form: CheckedForm,
) -> Result<HttpResponse, AppError> {
    let form = form.into_fields();
    let survey = wave(&state, &slug).await?;
    let label = form.get("label").unwrap_or_default().trim().to_owned();
    let typed_tag = form.get("tag").unwrap_or_default().trim().to_owned();
    let refuse = |channels: &[Channel], field: &'static str, message: &'static str| {
        html(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(
                &state,
                &staff,
                &csrf_token,
                &survey,
                channels,
                &ChannelForm {
                    label: &label,
                    tag: &typed_tag,
                    problem: Some((field, message)),
                    notice: None,
                },
            ),
        )
    };
    let existing = channels(&state, &survey).await?;
    if label.is_empty() || label.chars().count() > 100 {
        return Ok(refuse(&existing, "label", "staff-sharing-problem-name"));
    }
    let tag_text = if typed_tag.is_empty() {
        tag_from(&label)
    } else {
        typed_tag.clone()
    };
    let Ok(tag) = ChannelTag::parse(&tag_text) else {
        return Ok(refuse(&existing, "tag", "staff-sharing-problem-tag"));
    };
    let channel = Channel {
        tag,
        label: label.clone(),
    };
    let id = survey.id;
    let added = state
        .db(move |connection| distribution::add_channel(connection, id, &channel))
        .await?;
    if !added {
        return Ok(refuse(&existing, "tag", "staff-sharing-problem-tag-taken"));
    }
    Ok(see_other(&format!(
        "/staff/surveys/{}/distribution?done=added",
        survey.slug
    )))
}

/// The wave, the channel a `?c=` names (if any), and the address to share.
async fn shared_link(
    state: &AppState,
    slug: &str,
    query: &ChannelQuery,
) -> Result<(Survey, Option<Channel>, String), AppError> {
    let survey = wave(state, slug).await?;
    let channels = channels(state, &survey).await?;
    let channel = chosen(&channels, query)?.cloned();
    let url = survey_url(state, &survey, channel.as_ref().map(|c| &c.tag));
    Ok((survey, channel, url))
}

fn file_name(survey: &Survey, channel: Option<&Channel>, extension: &str) -> String {
    match channel {
        Some(channel) => format!("{}-{}.{extension}", survey.slug, channel.tag),
        None => format!("{}.{extension}", survey.slug),
    }
}

pub async fn qr_svg(
    state: Data<AppState>,
    slug: Path<String>,
    query: Query<ChannelQuery>,
) -> Result<HttpResponse, AppError> {
    let (survey, channel, url) = shared_link(&state, &slug, &query).await?;
    let channel = channel.as_ref();
    let svg = qr_codes::svg(
        &url,
        &StaffWords.with(
            "staff-sharing-qr-title",
            &[("address", url.as_str().into())],
        ),
    )
    .map_err(|error| AppError::BadRequest(error.to_string()))?;
    Ok(HttpResponse::Ok()
        // Served as an image to download, never as a page: an SVG can carry script.
        .content_type("image/svg+xml")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}\"",
                file_name(&survey, channel, "svg")
            ),
        ))
        .body(svg))
}

pub async fn qr_png(
    state: Data<AppState>,
    slug: Path<String>,
    query: Query<ChannelQuery>,
) -> Result<HttpResponse, AppError> {
    let (survey, channel, url) = shared_link(&state, &slug, &query).await?;
    let channel = channel.as_ref();
    let png = qr_codes::png(&url).map_err(|error| AppError::BadRequest(error.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("image/png")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}\"",
                file_name(&survey, channel, "png")
            ),
        ))
        .body(png))
}

pub async fn poster(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
    query: Query<ChannelQuery>,
) -> Result<HttpResponse, AppError> {
    let (survey, channel, url) = shared_link(&state, &slug, &query).await?;
    let channel = channel.as_ref();
    let language = match query.language.as_deref() {
        None => Language::english(),
        Some(tag) => Language::parse(tag)
            .ok()
            .filter(|language| survey.languages().contains(language))
            .ok_or_else(|| AppError::BadRequest("a language the wave is not written in".into()))?,
    };
    let languages = survey.languages();
    // The poster is in the young person's words, in its language; the link opens the wave in it.
    let survey = survey.in_language(&language).unwrap_or(survey);
    let url = if language.is_english() {
        url
    } else {
        let joiner = if url.contains('?') { '&' } else { '?' };
        format!("{url}{joiner}lang={language}")
    };
    let words = Words::in_language(language.clone(), ResponseFormat::EasyRead);
    let qr_svg = qr_codes::svg(&url, &words.t("poster-qr-code"))
        .map_err(|error| AppError::BadRequest(error.to_string()))?;
    // The first sentence of the Easy Read introduction: short and plain by design.
    let easy_read_intro = survey.intro_in(ResponseFormat::EasyRead);
    let easy_read_line = easy_read_intro
        .split_inclusive(['.', '?', '!'])
        .next()
        .unwrap_or(easy_read_intro)
        .trim()
        .to_owned();
    Ok(html(
        StatusCode::OK,
        distribution_pages::poster(&PosterView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            survey: &survey,
            url: &url,
            qr_svg: &qr_svg,
            easy_read_line: &easy_read_line,
            channel,
            words: &words,
            languages: &languages,
        }),
    ))
}

pub async fn progress(
    state: Data<AppState>,
    staff: CurrentStaff,
    csrf_token: CsrfToken,
    slug: Path<String>,
) -> Result<HttpResponse, AppError> {
    let survey = wave(&state, &slug).await?;
    let id = survey.id;
    let counting = survey.clone();
    // The page shows the wave's counts through the same disclosure plan as every report, so no
    // number here can be set against a report's to work out a withheld one.
    let (channels, wave_results) = state
        .reporting(move |connection| {
            Ok((
                distribution::channels(connection, id)?,
                results::wave_results(connection, counting)?,
            ))
        })
        .await?;
    let plan = &wave_results.plan;
    let responses = &wave_results.responses;
    let withheld = Count::HeldBack;
    let by_channel = responses
        .by_channel
        .iter()
        .map(|(tag, _, _)| ProgressRow {
            label: channel_label(tag, &channels),
            started: plan.starts(tag).unwrap_or(withheld),
            sent: plan.channel(tag).unwrap_or(withheld),
        })
        .collect();
    let by_day = responses
        .by_day
        .iter()
        .map(|(day, _)| (*day, plan.day(*day).unwrap_or(withheld)))
        .collect();
    Ok(html(
        StatusCode::OK,
        distribution_pages::progress(&ProgressView {
            me: &staff.0,
            csrf_token: csrf_token.value(),
            survey: &survey,
            started: plan.started().unwrap_or(withheld),
            sent: plan.responses().unwrap_or(withheld),
            by_channel,
            by_day,
            threshold: plan.threshold(),
        }),
    ))
}

fn channel_label(tag: &str, channels: &[Channel]) -> String {
    if tag.is_empty() {
        StaffWords.t("staff-sharing-plain-link")
    } else {
        channels
            .iter()
            .find(|channel| channel.tag.as_str() == tag)
            .map_or_else(|| tag.to_owned(), |channel| channel.label.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::tag_from;

    #[test]
    fn tags_are_made_from_names() {
        assert_eq!(tag_from("St Mary's Youth Club"), "st-marys-youth-club");
        assert_eq!(
            tag_from("  Cherwell   School -- Year 9 "),
            "cherwell-school-year-9"
        );
        assert_eq!(tag_from("!!!"), "");
    }
}
