"""clinicdesk: a desktop appointment scheduler for small medical clinics."""

__version__ = "0.1.0"
