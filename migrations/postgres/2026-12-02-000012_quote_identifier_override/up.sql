-- Why a second person published words the identifier check questioned (a name that is a
-- building's, say). A published quote whose words the check questions and that has no reason here
-- is left out of every report and page.
ALTER TABLE quotes ADD COLUMN identifier_override TEXT;
