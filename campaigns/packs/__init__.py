"""Printed packs: venues ask for posters and flyers on paper; coordinators approve and send them."""
