DROP TABLE uploaded_symbols;
