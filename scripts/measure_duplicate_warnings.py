"""How well the near-duplicate warning catches a patient registered twice with a slip.

Loads the demo clinic into a throwaway encrypted store (file keyring, temporary folder),
then, for patients already on file, types them again as a hurried receptionist might:

- one edit: a letter replaced, added or left out, in the given or the family name;
- transposed: two neighbouring letters swapped;
- swapped: given and family names the wrong way round;
- accents dropped: "Sinéad Ó Briain" typed "Sinead O Briain" (names with accents only).

Each is checked with the birth date on file and no phone typed (a phone number on file
would be found by the phone rule alone; this measures the name rule). Recall is the share
of these flagged. The false-warning rate is the share of new people (names drawn from the
demo's pools, random birth dates, no phone) flagged although nobody like them is on file
by name and birth date. The old rule (same family name and birth date) is shown beside::

    python scripts/measure_duplicate_warnings.py [--per-kind 500] [--new 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

PASSWORD = "measure-duplicate-warnings"
LETTERS = string.ascii_lowercase


def one_edit(rnd: random.Random, name: str) -> str:
    at = rnd.randrange(len(name))
    kind = rnd.choice(("replace", "insert", "delete")) if len(name) > 3 else "replace"
    if kind == "replace":
        options = [c for c in LETTERS if c != name[at].lower()]
        return name[:at] + rnd.choice(options) + name[at + 1 :]
    if kind == "insert":
        return name[:at] + rnd.choice(LETTERS) + name[at:]
    return name[:at] + name[at + 1 :]


def transposed(rnd: random.Random, name: str) -> str:
    pairs = [i for i in range(len(name) - 1) if name[i].lower() != name[i + 1].lower()]
    if not pairs:
        return name
    at = rnd.choice(pairs)
    return name[:at] + name[at + 1] + name[at] + name[at + 2 :]


def without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


Typed = tuple[str, str]  # given, family


def retyped(rnd: random.Random, kind: str, given: str, family: str) -> Typed | None:
    """The patient's name as typed again with one slip of ``kind`` (None: not possible)."""
    if kind == "swapped":
        return family, given
    if kind == "accents dropped":
        plain = (without_accents(given), without_accents(family))
        return plain if plain != (given, family) else None
    slip: Callable[[random.Random, str], str] = one_edit if kind == "one edit" else transposed
    if rnd.random() < 0.5:
        changed = slip(rnd, family)
        return (given, changed) if changed != family else None
    changed = slip(rnd, given)
    return (changed, family) if changed != given else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=500)
    parser.add_argument("--new", type=int, default=2000, help="new people for false warnings")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-duplicates-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")

    from clinicdesk.app import GuiStore
    from clinicdesk.domain.patients import Patient, fold_text
    from clinicdesk.services.demo_names import CULTURES
    from clinicdesk.services.duplicate_patients import near_duplicates
    from clinicdesk.ui.first_run import NewClinicRequest

    store = GuiStore(work / "data")
    store.load_demo(NewClinicRequest("Measure Clinic", "Europe/London", "admin", PASSWORD))
    desk = store.sign_in("reception", PASSWORD)
    on_file: dict[str, Patient] = {}
    with desk.read() as uow:
        for culture in CULTURES:
            for family in culture.family:
                for found in uow.patients.search(family, 100):
                    on_file[found.id] = found
    people = sorted(on_file.values(), key=lambda p: p.id)
    print(f"demo clinic: {len(people)} patients on file sampled")
    rnd = random.Random(args.seed)

    def flagged(given: str, family: str, born: date) -> tuple[bool, bool]:
        """(the new rule flags it, the old same-family-and-birth-date rule did)."""
        typed = Patient(
            id="typed", given=given, family=family, birth_date=born, updated_at=desk.now()
        )
        with desk.read() as uow:
            found = near_duplicates(uow, typed)
        old = any(
            fold_text(p.family) == fold_text(family) and p.birth_date == born for p in found
        )
        return bool(found), old

    print(f"{'slip':<16}{'tried':>7}{'recall':>9}{'old rule':>10}")
    total = caught = caught_old = 0
    for kind in ("one edit", "transposed", "swapped", "accents dropped"):
        tried = hits = hits_old = 0
        candidates = people[:]
        rnd.shuffle(candidates)
        for patient in candidates:
            if tried == args.per_kind:
                break
            typed = retyped(rnd, kind, patient.given, patient.family)
            if typed is None:
                continue
            new_rule, old_rule = flagged(*typed, patient.birth_date)
            tried += 1
            hits += new_rule
            hits_old += old_rule
        total, caught, caught_old = total + tried, caught + hits, caught_old + hits_old
        print(f"{kind:<16}{tried:>7}{hits / tried:>9.1%}{hits_old / tried:>10.1%}")
    print(f"{'all':<16}{total:>7}{caught / total:>9.1%}{caught_old / total:>10.1%}")

    today = date.today()
    warned = warned_old = 0
    weights = [c.weight for c in CULTURES]
    for _ in range(args.new):
        culture = rnd.choices(CULTURES, weights=weights)[0]
        given = rnd.choice(culture.female + culture.male)
        family = rnd.choice(culture.family)
        born = today - timedelta(days=rnd.randrange(30, 95 * 365))
        new_rule, old_rule = flagged(given, family, born)
        warned += new_rule
        warned_old += old_rule
    print(
        f"new people: {args.new}, warned {warned} ({warned / args.new:.2%}); "
        f"old rule {warned_old} ({warned_old / args.new:.2%})"
    )
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
