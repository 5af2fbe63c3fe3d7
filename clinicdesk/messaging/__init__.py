"""Channels for the outbound queue: SMTP/IMAP e-mail and an HTTP SMS gateway.

They only move text; what is due, quiet hours and consent are decided in domain/ and
services/. Every failure becomes a DeliveryError with a sentence fit for staff.
"""
