"""Channels built from the message settings, with their secrets from the OS keyring."""

from __future__ import annotations

from collections.abc import Mapping

from clinicdesk.domain.outbound import Channel
from clinicdesk.messaging.credentials import load_secret
from clinicdesk.messaging.email import ImapReplies, ImapSettings, SmtpChannel, SmtpSettings
from clinicdesk.messaging.sms import SmsGateway, SmsSettings


def _get(settings: Mapping[str, str], name: str, default: str = "") -> str:
    return settings.get(name, default) or default


def build_channels(
    settings: Mapping[str, str],
) -> tuple[dict[Channel, SmtpChannel | SmsGateway], list[ImapReplies | SmsGateway]]:
    """(senders by channel, reply sources) for every channel the settings set up."""
    senders: dict[Channel, SmtpChannel | SmsGateway] = {}
    receivers: list[ImapReplies | SmsGateway] = []
    base_url = _get(settings, "sms_base_url")
    if base_url:
        account = _get(settings, "sms_account")
        gateway = SmsGateway(
            SmsSettings(
                base_url, account, load_secret("sms", account, base_url), _get(settings, "sms_from")
            )
        )
        senders[Channel.SMS] = gateway
        receivers.append(gateway)
    host = _get(settings, "smtp_host")
    if host:
        user = _get(settings, "smtp_user")
        senders[Channel.EMAIL] = SmtpChannel(
            SmtpSettings(
                host=host,
                port=int(_get(settings, "smtp_port", "587")),
                security=_get(settings, "smtp_security", "starttls"),
                user=user,
                password=load_secret("smtp", user, host) if user else "",
                sender=_get(settings, "smtp_from"),
            )
        )
    imap_host = _get(settings, "imap_host")
    if imap_host:
        user = _get(settings, "imap_user")
        receivers.append(
            ImapReplies(
                ImapSettings(
                    host=imap_host,
                    port=int(_get(settings, "imap_port", "993")),
                    security=_get(settings, "imap_security", "tls"),
                    user=user,
                    password=load_secret("imap", user, imap_host),
                )
            )
        )
    return senders, receivers


def secret_target(kind: str, settings: Mapping[str, str]) -> tuple[str, str]:
    """(account, server) naming the keyring entry of ``kind`` (smtp, imap, sms)."""
    if kind == "sms":
        return _get(settings, "sms_account"), _get(settings, "sms_base_url")
    return _get(settings, f"{kind}_user"), _get(settings, f"{kind}_host")
