"""The venue toolkit: a venue's posters and flyers, in its staff's languages, in one download."""
