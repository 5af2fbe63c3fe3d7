"""Consent to messages, and what a patient's reply means.

Consent is kept per patient and channel as a history of grants and withdrawals (with
date and source); the latest entry decides. Nothing is sent without a grant. A reply of
STOP withdraws consent for the channel it came on, START gives it back.

Replies: C or YES confirms, X or NO cancels, STOP / START as above, anything else goes to
the staff inbox. Case, spaces and trailing punctuation do not matter; a longer sentence
is never guessed at ("yes but can we move it" goes to staff).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clinicdesk.domain.outbound import Channel


class ConsentSource(StrEnum):
    STAFF = "staff"  # recorded by staff (at the desk, on the phone, on a form)
    REPLY = "reply"  # STOP / START from the patient
    IMPORT = "import"


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    patient_id: str
    channel: Channel
    granted: bool
    at: datetime
    source: ConsentSource


def has_consent(entries: Iterable[ConsentEntry], channel: Channel) -> bool:
    """Whether the latest entry for this channel is a grant (no entry: no consent)."""
    latest: ConsentEntry | None = None
    for entry in entries:
        if entry.channel != channel:
            continue
        if latest is None or entry.at >= latest.at:
            latest = entry
    return latest is not None and latest.granted


@dataclass(frozen=True, slots=True)
class Reachability:
    """Where a patient can be messaged."""

    mobile: str  # "" when none
    email: str  # "" when none
    preferred: str  # the patient's contact channel: "sms", "email", "phone", ...


def choose_channel(reach: Reachability, entries: Sequence[ConsentEntry]) -> Channel | None:
    """The channel to message a patient on, or None (then the call list is the channel).

    A channel needs both consent and an address; the patient's preferred one wins when
    both qualify, else SMS.
    """
    usable = []
    if reach.mobile and has_consent(entries, Channel.SMS):
        usable.append(Channel.SMS)
    if reach.email and has_consent(entries, Channel.EMAIL):
        usable.append(Channel.EMAIL)
    if not usable:
        return None
    for channel in usable:
        if channel.value == reach.preferred:
            return channel
    return usable[0]


class ReplyIntent(StrEnum):
    CONFIRM = "confirm"
    CANCEL = "cancel"
    STOP = "stop"
    START = "start"
    UNCLEAR = "unclear"


_WORDS: dict[str, ReplyIntent] = {
    "c": ReplyIntent.CONFIRM,
    "yes": ReplyIntent.CONFIRM,
    "x": ReplyIntent.CANCEL,
    "no": ReplyIntent.CANCEL,
    "stop": ReplyIntent.STOP,
    "stopall": ReplyIntent.STOP,
    "unsubscribe": ReplyIntent.STOP,
    "start": ReplyIntent.START,
    "unstop": ReplyIntent.START,
}

_TRAILING = ".!,;: \t\r\n"


def interpret(text: str) -> ReplyIntent:
    """What a reply means; anything but a single known word is UNCLEAR."""
    word = text.strip().rstrip(_TRAILING).strip().casefold()
    return _WORDS.get(word, ReplyIntent.UNCLEAR)


def reply_of_email(body: str) -> str:
    """The patient's own words in an e-mail reply: the text before the quoted message.

    Stops at the first quoted line ("> ...") or an "On ... wrote:" header line.
    """
    kept: list[str] = []
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(">"):
            break
        if stripped.startswith("On ") and stripped.endswith("wrote:"):
            break
        kept.append(stripped)
    return "\n".join(kept).strip()


def normalise_number(number: str) -> str:
    """A phone number as digits with a leading + when it had one, for matching replies."""
    stripped = number.strip()
    digits = "".join(character for character in stripped if character.isdigit())
    return ("+" + digits) if stripped.startswith("+") else digits
