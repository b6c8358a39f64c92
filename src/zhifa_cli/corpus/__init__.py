"""corpus: many circulars at once — units, deadlines, export, search, and (on the compare engine)
matrix, coverage and trace. One module per stage; the CLI calls these verbs on the Documents that
documents.load_corpus opens."""
