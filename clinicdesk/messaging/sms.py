"""SMS through an HTTP gateway speaking the Twilio Messages API shape (many gateways copy
it): POST ``/2010-04-01/Accounts/{account}/Messages.json`` with To, From and Body, HTTP
basic auth with the account and its token (kept in the OS keyring); replies are read
from the same listing (GET, direction "inbound"), so no port is ever opened here.

Whether a failure may be retried decides whether a reminder can go out twice, so the
rule is strict: only an answer that says the message was not taken (429, 5xx, or no
connection at all) is retried; an unreadable success or a lost answer is recorded as
"may have been sent" and never retried.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from clinicdesk.domain.i18n import tr
from clinicdesk.domain.outbound import Channel, DeliveryError, PolledReply, Receipt

TIMEOUT_SECONDS = 30
MAX_PAGES = 2000


@dataclass(frozen=True)
class SmsSettings:
    base_url: str  # e.g. https://api.twilio.com
    account: str
    token: str
    sender: str  # the clinic's number, E.164


def _retry_after(headers: Any) -> timedelta | None:
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    try:
        return timedelta(seconds=max(0, int(value)))
    except ValueError:
        return None


def _error_text(body: bytes) -> str:
    try:
        answer = json.loads(body)
        return f" ({answer.get('code', '')}: {answer.get('message', '')})".replace("(: )", "")
    except (ValueError, AttributeError):
        return ""


class SmsGateway:
    channel = Channel.SMS

    def __init__(self, settings: SmsSettings) -> None:
        if not settings.base_url or not settings.account or not settings.sender:
            raise DeliveryError(
                tr(
                    "sms",
                    "SMS is not set up: give sms_base_url, sms_account and sms_from in the "
                    "message settings.",
                ),
                permanent=True,
            )
        self.settings = settings
        self._messages_url = (
            settings.base_url.rstrip("/")
            + f"/2010-04-01/Accounts/{urllib.parse.quote(settings.account)}/Messages.json"
        )
        pair = f"{settings.account}:{settings.token}".encode()
        self._auth = "Basic " + base64.b64encode(pair).decode("ascii")

    def _request(self, url: str, data: bytes | None) -> tuple[int, bytes]:
        request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
        request.add_header("Authorization", self._auth)
        request.add_header("Accept", "application/json")
        if data:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            return answer.status, answer.read()

    def send(self, address: str, subject: str, body: str) -> str:
        form = urllib.parse.urlencode(
            {"To": address, "From": self.settings.sender, "Body": body}
        ).encode()
        try:
            status, answer = self._request(self._messages_url, form)
        except urllib.error.HTTPError as exc:
            text = _error_text(exc.read())
            if exc.code == 429:
                raise DeliveryError(
                    tr("sms", "The SMS gateway is rate-limiting (429){text}.").format(text=text),
                    retry_after=_retry_after(exc.headers),
                ) from exc
            if exc.code >= 500:
                raise DeliveryError(tr(
                    "sms",
                    "The SMS gateway answered {code}{text}.",
                ).format(code=exc.code, text=text)) from exc
            raise DeliveryError(
                tr(
                    "sms",
                    "The SMS gateway refused the message ({code}){text}.",
                ).format(code=exc.code, text=text), permanent=True
            ) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise _maybe_sent("gave no answer in time") from exc
            raise DeliveryError(
                tr(
                    "sms",
                    "The SMS gateway could not be reached ({name}).",
                ).format(name=type(exc.reason).__name__)
            ) from exc
        except (TimeoutError, ConnectionError, OSError) as exc:
            raise _maybe_sent(f"broke off its answer ({type(exc).__name__})") from exc
        try:
            sid = json.loads(answer)["sid"]
        except (ValueError, KeyError, TypeError) as exc:
            raise _maybe_sent(f"answered {status} with something unreadable") from exc
        if not isinstance(sid, str) or not sid:
            raise _maybe_sent(f"answered {status} without a message id")
        return sid

    def receipt(self, gateway_id: str) -> Receipt:
        """The message resource's status (GET ``Messages/{sid}.json``): the delivery
        receipt the gateway keeps for a message it took."""
        url = self._messages_url.removesuffix(".json") + f"/{urllib.parse.quote(gateway_id)}.json"
        try:
            _status, answer = self._request(url, None)
            item = json.loads(answer)
            status = item["status"]
        except urllib.error.HTTPError as exc:
            raise DeliveryError(
                tr(
                    "sms",
                    "The SMS gateway answered {code} when asked about a message.",
                ).format(code=exc.code)
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise DeliveryError(
                tr("sms", "The SMS gateway could not be reached for receipts.")
            ) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise DeliveryError(
                tr("sms", "The SMS gateway's answer about a message was unreadable.")
            ) from exc
        if not isinstance(status, str):
            raise DeliveryError(
                tr("sms", "The SMS gateway's answer about a message was unreadable.")
            )
        code, message = item.get("error_code"), item.get("error_message")
        error = ": ".join(str(part) for part in (code, message) if part not in (None, ""))
        return Receipt(status, error[:300])

    def poll(self) -> list[PolledReply]:
        since = (datetime.now(UTC) - timedelta(days=2)).date().isoformat()
        query = urllib.parse.urlencode({"To": self.settings.sender, "DateSent>": since})
        url: str | None = f"{self._messages_url}?{query}"
        replies: list[PolledReply] = []
        # Every page is read: a reply left unread could be a STOP. A listing that never
        # ends (or loops back) is an error to show, not a reason to act on part of it.
        pages_read: set[str] = set()
        while url is not None:
            if url in pages_read or len(pages_read) >= MAX_PAGES:
                raise DeliveryError(
                    tr(
                        "sms",
                        "The SMS gateway's reply listing did not end after {count} pages; no "
                        "reply was acted on.",
                    ).format(count=len(pages_read))
                )
            pages_read.add(url)
            try:
                _status, answer = self._request(url, None)
                page = json.loads(answer)
                listed = page["messages"]
            except urllib.error.HTTPError as exc:
                raise DeliveryError(
                    tr(
                        "sms",
                        "The SMS gateway answered {code} to the reply listing.",
                    ).format(code=exc.code)
                ) from exc
            except (urllib.error.URLError, OSError) as exc:
                raise DeliveryError(
                    tr("sms", "The SMS gateway could not be reached for replies.")
                ) from exc
            except (ValueError, KeyError, TypeError) as exc:
                raise DeliveryError(
                    tr("sms", "The SMS gateway's reply listing was unreadable.")
                ) from exc
            for item in listed:
                reply = _reply_of(item)
                if reply is not None:
                    replies.append(reply)
            next_page = page.get("next_page_uri")
            url = urllib.parse.urljoin(self._messages_url, next_page) if next_page else None
        return replies


def _maybe_sent(what: str) -> DeliveryError:
    return DeliveryError(
        tr(
            "sms",
            "The SMS gateway {what}; the message may have been sent, so it is not retried.",
        ).format(what=what),
        permanent=True,
    )


def _reply_of(item: Any) -> PolledReply | None:
    """One inbound item of the listing; outbound ones and malformed ones are skipped."""
    if not isinstance(item, dict) or item.get("direction") != "inbound":
        return None
    sid, sender, body = item.get("sid"), item.get("from"), item.get("body")
    if not all(isinstance(value, str) and value for value in (sid, sender)):
        return None
    received = datetime.now(UTC)
    stamp = item.get("date_sent") or item.get("date_created")
    if isinstance(stamp, str):
        with contextlib.suppress(TypeError, ValueError):
            received = parsedate_to_datetime(stamp).astimezone(UTC)
    return PolledReply(sid, sender, body if isinstance(body, str) else "", received)
