"""Demo campaigns, posters and flyers (with real generated PDFs)."""
