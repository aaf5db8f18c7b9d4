-- Distribution links: one channel tag per school, youth club or event, so responses can be counted
-- per channel (never per person).
CREATE TABLE distribution_channels (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (survey_id, tag)
);

-- How many young people started a wave, per day and channel, for the completion rate. Counts only:
-- a start is never linked to a draft or a response.
CREATE TABLE survey_starts (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    started_on DATE NOT NULL,
    channel TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (survey_id, started_on, channel)
);
