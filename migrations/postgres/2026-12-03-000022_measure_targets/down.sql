DROP TABLE measure_targets;
