"""HL7 v2 over MLLP (the Minimal Lower Layer Protocol): one message to the EHR's
listener, framed (VT ... FS CR), answered by an ACK.

The framing and the block reader are python-hl7's ``hl7.mllp`` streams; this module
adds what a sender needs on top: a time limit on every wait, a reading of the ACK
(MSA-1 AA accepted, AE error, AR rejected; the enhanced-mode CA/CE/CR too), a check
that the ACK answers this message (MSA-2 is its control id), and retries with growing
pauses when the link fails (refused, dropped mid-message, silent, garbage). An AE or
AR is the receiver's answer, not a link failure: it is returned, never retried here,
because sending the same message again would get the same answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from clinicdesk.domain.i18n import tr

ACCEPTED = ("AA", "CA")
ANSWERS = ("AA", "AE", "AR", "CA", "CE", "CR")
MAX_ACK_BYTES = 1024 * 1024


class MllpLinkError(Exception):
    """The message may not have arrived: no usable ACK came back."""


@dataclass(frozen=True, slots=True)
class Ack:
    code: str  # MSA-1: AA, AE, AR (or CA, CE, CR)
    control_id: str  # MSA-2: the control id of the message it answers
    text: str  # MSA-3 and ERR, what the receiver says went wrong

    @property
    def accepted(self) -> bool:
        return self.code in ACCEPTED


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    timeout: float = 30.0  # seconds for the connection, and again for the ACK


def parse_endpoint(text: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` for IPv6) as (host, port); ValueError when not one."""
    host, sep, port = text.strip().rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(
            tr("mllp", "{text!r} is not host:port (for example ehr.local:2575)").format(text=text)
        )
    if any(ch.isspace() or ord(ch) < 32 for ch in host) or "/" in host:
        raise ValueError(tr("mllp", "{host!r} is not a host name").format(host=host))
    return host, int(port)


def read_ack(block: bytes, control_id: str) -> Ack:
    """The ACK in one MLLP block; MllpLinkError when it is not an ACK to ``control_id``."""
    import hl7

    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        text = block.decode("latin-1")
    text = text.replace("\r\n", "\r").replace("\n", "\r").strip("\r")
    if not text.startswith("MSH"):
        raise MllpLinkError(tr("mllp", "the answer is not an HL7 message"))
    try:
        message = hl7.parse(text)
        msa = message.segment("MSA")
    except Exception as error:  # python-hl7 raises several kinds on a broken message
        raise MllpLinkError(
            tr("mllp", "the answer is not an ACK ({reason})").format(reason=str(error)[:80])
        ) from error
    code = str(msa(1)).strip().upper() if len(msa) > 1 else ""
    answered = str(msa(2)).strip() if len(msa) > 2 else ""
    if code not in ANSWERS:
        raise MllpLinkError(
            tr("mllp", "the ACK's code {code!r} is not AA, AE or AR").format(code=code[:10])
        )
    if answered != control_id:
        raise MllpLinkError(
            tr("mllp", "the ACK answers message {answered!r}, not {control_id!r}").format(
                answered=answered[:40], control_id=control_id[:40]
            )
        )
    said = [str(msa(3)).strip()] if len(msa) > 3 else []
    with contextlib.suppress(KeyError):
        said += [str(segment).split("|", 1)[-1][:200] for segment in message.segments("ERR")]
    return Ack(code, answered, "; ".join(part for part in said if part)[:500])


async def _exchange(endpoint: Endpoint, message: bytes) -> bytes:
    from hl7.mllp import open_hl7_connection

    try:
        reader, writer = await asyncio.wait_for(
            open_hl7_connection(endpoint.host, endpoint.port, limit=MAX_ACK_BYTES),
            endpoint.timeout,
        )
    except TimeoutError as error:
        raise MllpLinkError(
            tr("mllp", "no connection within {seconds:g} s").format(seconds=endpoint.timeout)
        ) from error
    except OSError as error:
        raise MllpLinkError(
            tr("mllp", "cannot connect: {reason}").format(reason=error.strerror or error)
        ) from error
    try:
        writer.writeblock(message)
        await asyncio.wait_for(writer.drain(), endpoint.timeout)
        return await asyncio.wait_for(reader.readblock(), endpoint.timeout)
    finally:
        writer.close()
        with contextlib.suppress(OSError, TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), 1.0)


def send_once(endpoint: Endpoint, message: bytes, control_id: str) -> Ack:
    """Send one message on a fresh connection and read its ACK."""
    from hl7.mllp import InvalidBlockError

    try:
        block = asyncio.run(_exchange(endpoint, message))
    except MllpLinkError:
        raise
    except TimeoutError as error:
        raise MllpLinkError(
            tr("mllp", "no ACK within {seconds:g} s").format(seconds=endpoint.timeout)
        ) from error
    except asyncio.IncompleteReadError as error:
        raise MllpLinkError(
            tr("mllp", "the connection closed before a whole ACK came back")
        ) from error
    except ConnectionError as error:  # reset or broken pipe: the peer went mid-message
        raise MllpLinkError(
            tr("mllp", "the connection closed before a whole ACK came back ({reason})").format(
                reason=error.strerror or error
            )
        ) from error
    except InvalidBlockError as error:
        raise MllpLinkError(
            tr("mllp", "the answer is not an MLLP block (garbage on the line)")
        ) from error
    except ValueError as error:  # the reader's limit: a block larger than any ACK
        raise MllpLinkError(tr("mllp", "the answer is larger than any ACK")) from error
    except OSError as error:
        raise MllpLinkError(
            tr("mllp", "the connection failed: {reason}").format(reason=error.strerror or error)
        ) from error
    return read_ack(block, control_id)


def deliver(
    endpoint: Endpoint,
    message: bytes,
    control_id: str,
    *,
    attempts: int = 3,
    first_pause: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Ack:
    """The ACK to ``message``, trying up to ``attempts`` times while the link fails,
    pausing ``first_pause`` seconds, then twice as long each time; the last link error
    is raised when every attempt failed."""
    pause = first_pause
    for attempt in range(1, attempts + 1):
        try:
            return send_once(endpoint, message, control_id)
        except MllpLinkError:
            if attempt == attempts:
                raise
        sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")
