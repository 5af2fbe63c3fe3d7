"""The workspace's list views: patients, providers, waiting room, waitlist."""
