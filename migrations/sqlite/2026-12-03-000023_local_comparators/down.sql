DROP TABLE local_comparators;
