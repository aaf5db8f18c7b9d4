DROP TABLE imported_totals;
