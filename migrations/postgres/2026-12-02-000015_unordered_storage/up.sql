-- On SQLite this migration stores responses, answers and quotes in the order of their random keys
-- (WITHOUT ROWID). PostgreSQL has no such table kind: its heap keeps rows roughly in arrival order.
-- `youthvoice upkeep` (run nightly, see the README) rewrites these tables in key order with
-- CLUSTER, which also removes dead row versions; nothing the application shows or exports is in
-- storage order.
SELECT 1;
