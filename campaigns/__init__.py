"""Campaigns: campaign pages, the poster and flyer library, events and bookings."""
