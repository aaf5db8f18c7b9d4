DROP TABLE survey_starts;
DROP TABLE distribution_channels;
