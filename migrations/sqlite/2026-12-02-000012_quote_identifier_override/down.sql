ALTER TABLE quotes DROP COLUMN identifier_override;
