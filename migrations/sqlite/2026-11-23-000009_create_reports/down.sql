DROP TABLE published_reports;
DROP TABLE report_texts;
