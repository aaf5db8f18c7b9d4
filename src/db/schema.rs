//! Diesel table definitions, written to match both migration trees.

diesel::table! {
    surveys (id) {
        id -> Text,
        slug -> Text,
        title -> Text,
        year -> Integer,
        status -> Text,
        opens_on -> Nullable<Date>,
        closes_on -> Nullable<Date>,
        suppression_threshold -> Integer,
        created_at -> Timestamp,
        revision -> BigInt,
        programme_id -> Text,
    }
}

diesel::table! {
    questions (id) {
        id -> Text,
        survey_id -> Text,
        position -> Integer,
        question_key -> Text,
        kind -> Text,
        symbol -> Nullable<Text>,
        plan_item -> Nullable<Integer>,
        is_demographic -> Bool,
        bsl_video -> Nullable<Text>,
    }
}

diesel::table! {
    answer_options (id) {
        id -> Text,
        question_id -> Text,
        position -> Integer,
        value -> Text,
        symbol -> Nullable<Text>,
        is_positive -> Bool,
        invites_text -> Bool,
        excludes_others -> Bool,
    }
}

diesel::table! {
    responses (id) {
        id -> Text,
        survey_id -> Text,
        format -> Text,
        submitted_on -> Nullable<Date>,
        channel -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    answers (response_id, question_id, option_value) {
        response_id -> Text,
        question_id -> Text,
        option_value -> Text,
        text_value -> Nullable<Text>,
    }
}

diesel::table! {
    drafts (id) {
        id -> Text,
        survey_id -> Text,
        session_hash -> Text,
        resume_code_hash -> Nullable<Text>,
        format -> Text,
        channel -> Nullable<Text>,
        answers -> Text,
        expires_at -> Timestamp,
        language -> Text,
    }
}

diesel::table! {
    imported_totals (question_id, option_value) {
        question_id -> Text,
        option_value -> Text,
        count -> BigInt,
    }
}

diesel::table! {
    survey_wordings (survey_id, language, register) {
        survey_id -> Text,
        language -> Text,
        register -> Text,
        intro -> Text,
        privacy -> Text,
        title -> Text,
    }
}

diesel::table! {
    question_wordings (question_id, language, register) {
        question_id -> Text,
        language -> Text,
        register -> Text,
        text -> Text,
        hint -> Nullable<Text>,
    }
}

diesel::table! {
    option_wordings (option_id, language, register) {
        option_id -> Text,
        language -> Text,
        register -> Text,
        label -> Text,
    }
}

diesel::joinable!(survey_wordings -> surveys (survey_id));
diesel::joinable!(question_wordings -> questions (question_id));
diesel::joinable!(option_wordings -> answer_options (option_id));
diesel::joinable!(questions -> surveys (survey_id));
diesel::joinable!(imported_totals -> questions (question_id));
diesel::joinable!(answer_options -> questions (question_id));
diesel::joinable!(responses -> surveys (survey_id));
diesel::joinable!(answers -> responses (response_id));
diesel::joinable!(answers -> questions (question_id));
diesel::joinable!(drafts -> surveys (survey_id));

diesel::allow_tables_to_appear_in_same_query!(
    surveys,
    survey_wordings,
    questions,
    question_wordings,
    answer_options,
    option_wordings,
    responses,
    answers,
    drafts,
    imported_totals,
);

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        role -> Text,
        status -> Text,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    staff_sessions (id_hash) {
        id_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    one_time_tokens (token_hash) {
        token_hash -> Text,
        purpose -> Text,
        user_id -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_throttle (email_hash) {
        email_hash -> Text,
        attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
        last_attempt_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        occurred_at -> Timestamp,
        actor_id -> Nullable<Text>,
        action -> Text,
        detail -> Text,
    }
}

diesel::joinable!(staff_sessions -> users (user_id));
diesel::joinable!(one_time_tokens -> users (user_id));
diesel::joinable!(audit_log -> users (actor_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    staff_sessions,
    one_time_tokens,
    sign_in_throttle,
    audit_log
);

diesel::table! {
    pending_imports (id) {
        id -> Text,
        user_id -> Text,
        survey_id -> Text,
        kind -> Text,
        file_name -> Text,
        contents -> Binary,
        uploaded_at -> Timestamp,
    }
}

diesel::joinable!(pending_imports -> users (user_id));
diesel::joinable!(pending_imports -> surveys (survey_id));
diesel::allow_tables_to_appear_in_same_query!(pending_imports, users, surveys);

diesel::table! {
    quotes (id) {
        id -> Text,
        survey_id -> Text,
        question_id -> Text,
        response_id -> Text,
        consent -> Bool,
        concern -> Nullable<Text>,
        status -> Text,
        redactions -> Text,
        theme -> Nullable<Text>,
        reject_reason -> Nullable<Text>,
        first_approver_id -> Nullable<Text>,
        second_approver_id -> Nullable<Text>,
        published_text -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        identifier_override -> Nullable<Text>,
    }
}

diesel::table! {
    safeguarding_flags (quote_id) {
        quote_id -> Text,
        flagged_by_id -> Nullable<Text>,
        flagged_at -> Timestamp,
        handled_by_id -> Nullable<Text>,
        handled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    moderation_assignments (user_id, survey_id) {
        user_id -> Text,
        survey_id -> Text,
    }
}

diesel::table! {
    safeguarding_phrases (phrase) {
        phrase -> Text,
    }
}

diesel::table! {
    local_names (name) {
        name -> Text,
        kind -> Text,
    }
}

diesel::table! {
    quote_themes (label) {
        label -> Text,
    }
}

diesel::table! {
    moderation_digests (sent_on) {
        sent_on -> Date,
    }
}

diesel::joinable!(quotes -> surveys (survey_id));
diesel::joinable!(quotes -> questions (question_id));
diesel::joinable!(quotes -> responses (response_id));
diesel::joinable!(safeguarding_flags -> quotes (quote_id));
diesel::allow_tables_to_appear_in_same_query!(quotes, surveys);
diesel::allow_tables_to_appear_in_same_query!(quotes, questions);
diesel::allow_tables_to_appear_in_same_query!(quotes, question_wordings);
diesel::allow_tables_to_appear_in_same_query!(quotes, responses);
diesel::allow_tables_to_appear_in_same_query!(quotes, answers);
diesel::allow_tables_to_appear_in_same_query!(quotes, users);
diesel::allow_tables_to_appear_in_same_query!(quotes, safeguarding_flags);
diesel::allow_tables_to_appear_in_same_query!(safeguarding_flags, surveys);
diesel::allow_tables_to_appear_in_same_query!(safeguarding_flags, answers);
diesel::allow_tables_to_appear_in_same_query!(safeguarding_flags, users);
diesel::allow_tables_to_appear_in_same_query!(answers, users);
diesel::allow_tables_to_appear_in_same_query!(moderation_assignments, surveys);
diesel::allow_tables_to_appear_in_same_query!(moderation_assignments, users);

diesel::table! {
    distribution_channels (survey_id, tag) {
        survey_id -> Text,
        tag -> Text,
        label -> Text,
    }
}

diesel::table! {
    survey_starts (survey_id, started_on, channel) {
        survey_id -> Text,
        started_on -> Date,
        channel -> Text,
        count -> BigInt,
    }
}

diesel::table! {
    uploaded_symbols (name) {
        name -> Text,
        alt -> Text,
        licence -> Text,
        content_type -> Text,
        contents -> Binary,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    report_texts (survey_id) {
        survey_id -> Text,
        what_happens_next -> Text,
        easy_read_next -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    published_reports (id) {
        id -> Text,
        survey_id -> Text,
        kind -> Text,
        version -> Integer,
        year -> Integer,
        title -> Text,
        published_at -> Timestamp,
        document -> Text,
        counts_digest -> Text,
        language -> Text,
    }
}

diesel::joinable!(published_reports -> surveys (survey_id));
diesel::allow_tables_to_appear_in_same_query!(published_reports, surveys);

diesel::table! {
    programmes (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_measures (programme_id, plan_item) {
        programme_id -> Text,
        plan_item -> Integer,
        title -> Text,
        short_name -> Text,
        people_phrase -> Text,
        easy_read_phrase -> Text,
        question_key -> Text,
    }
}

diesel::table! {
    measure_targets (id) {
        id -> Text,
        programme_id -> Text,
        plan_item -> Integer,
        percent -> Integer,
        by_year -> Integer,
        agreed_by -> Text,
        agreed_on -> Date,
        set_at -> Timestamp,
    }
}

diesel::table! {
    local_comparators (id) {
        id -> Text,
        programme_id -> Text,
        plan_item -> Integer,
        source -> Text,
        year -> Integer,
        wording -> Text,
        share_tenths -> Integer,
        respondents -> Nullable<Integer>,
        link -> Nullable<Text>,
        added_at -> Timestamp,
    }
}

diesel::joinable!(programme_measures -> programmes (programme_id));
diesel::joinable!(surveys -> programmes (programme_id));
diesel::allow_tables_to_appear_in_same_query!(programmes, programme_measures, surveys);

diesel::table! {
    action_owners (id) {
        id -> Text,
        name -> Text,
        contact_email -> Nullable<Text>,
        added_at -> Timestamp,
    }
}

diesel::table! {
    tracked_actions (id) {
        id -> Text,
        survey_id -> Text,
        you_said -> Text,
        you_said_easy_read -> Text,
        we_do -> Text,
        we_do_easy_read -> Text,
        owner_id -> Text,
        due_on -> Date,
        status -> Text,
        status_note -> Text,
        status_changed_at -> Timestamp,
        overdue_reminded_for -> Nullable<Date>,
        added_at -> Timestamp,
    }
}

diesel::table! {
    tracked_action_measures (action_id, plan_item) {
        action_id -> Text,
        plan_item -> Integer,
    }
}

diesel::table! {
    action_status_changes (id) {
        id -> Text,
        action_id -> Text,
        status -> Text,
        note -> Text,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    board_updates (id) {
        id -> Text,
        programme_id -> Text,
        sent_at -> Timestamp,
        recipients -> Integer,
    }
}

diesel::joinable!(tracked_actions -> surveys (survey_id));
diesel::joinable!(tracked_actions -> action_owners (owner_id));
diesel::joinable!(tracked_action_measures -> tracked_actions (action_id));
diesel::joinable!(action_status_changes -> tracked_actions (action_id));
diesel::allow_tables_to_appear_in_same_query!(
    tracked_actions,
    action_owners,
    tracked_action_measures,
    action_status_changes,
    surveys
);
