"""SQL implementations of the repository protocols in clinicdesk.services.ports."""
