"""Optional plugins shipped with postman_ext; each is enabled on its own and imports its extras lazily."""
