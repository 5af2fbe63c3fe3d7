"""HL7 v2 SIU over MLLP to a real local listener: each message waits for its ACK, the
link's failures are retried with pauses, the EHR's AE/AR stop the run, and the kept
position means nothing is lost or sent twice across a restart."""

from __future__ import annotations

import socket

import hl7
import pytest

from clinicdesk.interop import mllp
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.hl7_exchange import send_siu_over_mllp
from tests.integration.interop.conftest import SmallClinic, at, audit_rows
from tests.integration.interop.mllp_peer import MllpPeer, ack
from tests.integration.interop.test_hl7 import ticking


def three_bookings(c: SmallClinic) -> list[str]:
    return [
        book_appointment(
            c.ctx, BookingInput(p.id, "Consultation", c.ana.id, at(3, 9 + i))
        ).appointment.id
        for i, p in enumerate((c.smith, c.jones, c.brown))
    ]


def endpoint(peer: MllpPeer, timeout: float = 5.0) -> mllp.Endpoint:
    return mllp.Endpoint("127.0.0.1", peer.port, timeout)


def test_every_change_is_acknowledged_in_order_and_never_sent_again(
    clinic: SmallClinic,
) -> None:
    c = ticking(clinic)
    booked = three_bookings(c)
    kept: list[int] = []
    with MllpPeer() as peer:
        run = send_siu_over_mllp(
            c.ctx, endpoint(peer), after=0, acknowledged=lambda pos, a: kept.append(pos)
        )
        assert run.failure is None and len(run.sent) == 3 and run.pending == 0
        assert run.last_ack is not None and run.last_ack.code == "AA"
        assert kept == sorted(kept) and kept[-1] == run.sent_upto
        parsed = [hl7.parse(m.decode()) for m in peer.received]
        assert [str(m.extract_field("SCH", 1, 1, 1, 1)) for m in parsed] == booked
        assert {str(m.extract_field("MSH", 1, 9, 1, 2)) for m in parsed} == {"S12"}
        assert peer.control_ids == list(run.sent)
        again = send_siu_over_mllp(c.ctx, endpoint(peer), after=run.sent_upto)
        assert again.sent == () and len(peer.received) == 3
    assert any(row[0] == "hl7.send" for row in audit_rows(c.ctx))


@pytest.mark.parametrize("answer", ["AE", "AR"])
def test_an_error_or_reject_stops_the_run_where_it_is(clinic: SmallClinic, answer: str) -> None:
    c = ticking(clinic)
    three_bookings(c)
    with MllpPeer(["AA", answer]) as peer:
        run = send_siu_over_mllp(c.ctx, endpoint(peer), after=0, first_pause=0)
        assert run.failure is not None and run.failure.ack_code == answer
        said = {"AE": "Patient record locked", "AR": "Unsupported version"}[answer]
        assert f"the EHR answered {answer}: {said}" in run.failure.reason
        assert len(run.sent) == 1 and run.pending == 2
        # The EHR is fixed: the next run starts at the refused message, not after it.
        rest = send_siu_over_mllp(c.ctx, endpoint(peer), after=run.sent_upto)
        assert rest.failure is None and len(rest.sent) == 2
        first, refused, *later = peer.control_ids
        assert later == [refused, *rest.sent[1:]] and first not in later


@pytest.mark.parametrize("trouble", ["drop", "half-ack", "garbage", "wrong-id"])
def test_a_broken_link_is_retried_and_the_message_still_arrives(
    clinic: SmallClinic, trouble: str
) -> None:
    c = ticking(clinic)
    three_bookings(c)
    with MllpPeer([trouble]) as peer:
        run = send_siu_over_mllp(c.ctx, endpoint(peer), after=0, attempts=2, first_pause=0)
        assert run.failure is None and len(run.sent) == 3
        assert peer.connections == 4  # one more for the first message
        # A receiver that read the first try sees the same control id again.
        assert set(peer.control_ids) == set(run.sent)


@pytest.mark.parametrize(
    ("trouble", "reason"),
    [
        ("silent", "no ACK within 0.5 s"),
        ("garbage", "not an MLLP block"),
        ("drop", "closed before a whole ACK"),
        ("wrong-id", "answers message 'SOMETHING-ELSE'"),
    ],
)
def test_a_link_that_keeps_failing_leaves_the_position_where_it_was(
    clinic: SmallClinic, trouble: str, reason: str
) -> None:
    c = ticking(clinic)
    three_bookings(c)
    pauses: list[float] = []
    with MllpPeer([trouble] * 3) as peer:
        run = send_siu_over_mllp(
            c.ctx, endpoint(peer, timeout=0.5), after=0, attempts=3, first_pause=0
        )
    assert run.failure is not None and reason in run.failure.reason
    assert run.failure.ack_code == "" and run.sent == () and run.sent_upto == 0
    assert run.pending == 3
    # The pauses between tries grow.
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    with pytest.raises(mllp.MllpLinkError, match="cannot connect"):
        mllp.deliver(
            mllp.Endpoint("127.0.0.1", port, 1), b"MSH|x", "1", attempts=4, sleep=pauses.append
        )
    assert pauses == [2.0, 4.0, 8.0]


class KilledError(Exception):
    pass


def test_a_run_killed_after_an_ack_resumes_with_the_next_change(clinic: SmallClinic) -> None:
    c = ticking(clinic)
    three_bookings(c)
    saved: list[int] = []

    def keep_then_die(position: int, answer: mllp.Ack | None) -> None:
        saved.append(position)  # what the command writes to settings.json
        if len(saved) == 2:
            raise KilledError

    with MllpPeer() as peer:
        with pytest.raises(KilledError):
            send_siu_over_mllp(c.ctx, endpoint(peer), after=0, acknowledged=keep_then_die)
        resumed = send_siu_over_mllp(c.ctx, endpoint(peer), after=saved[-1])
        assert len(resumed.sent) == 1
        assert len(peer.control_ids) == 3 == len(set(peer.control_ids))


def test_acks_and_endpoints_are_read_strictly() -> None:
    message = b"MSH|^~\\&|clinicdesk|R|||20260301||SIU^S12^SIU_S12|C1|P|2.5.1\r"
    answer = mllp.read_ack(ack(message, "AE")[1:-2], "C1")
    assert (answer.code, answer.accepted, answer.text) == ("AE", False, "Patient record locked")
    with pytest.raises(mllp.MllpLinkError, match="not an HL7 message"):
        mllp.read_ack(b"\x00\xff garbage", "C1")
    with pytest.raises(mllp.MllpLinkError, match="not AA, AE or AR"):
        mllp.read_ack(b"MSH|^~\\&|E|N|||2026||ACK|1|P|2.5\rMSA|ZZ|C1\r", "C1")
    with pytest.raises(mllp.MllpLinkError, match="not an ACK"):
        mllp.read_ack(b"MSH|^~\\&|E|N|||2026||ACK|1|P|2.5\rPID|1\r", "C1")
    assert mllp.parse_endpoint("ehr.local:2575") == ("ehr.local", 2575)
    assert mllp.parse_endpoint("[::1]:2575") == ("::1", 2575)
    for bad in ("ehr.local", ":2575", "ehr:0", "ehr:99999", "ehr:abc", "a b:1", "x/y:1"):
        with pytest.raises(ValueError, match="not"):
            mllp.parse_endpoint(bad)
