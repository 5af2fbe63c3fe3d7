"""Who misses a demo appointment: drawn from effects like those published, so a no-show
model trained on the demo clinic has something real (and only something real) to learn.

The chance of a no-show is a logistic model of what the literature finds predicts it:

- the patient's own tendency, the strongest predictor in every study (a past no-show
  more than doubles the odds of the next): Daggy J. et al., "Using no-show modeling to
  improve clinic performance", Health Informatics Journal 16(4):246-259, 2010; Goffman
  R.M. et al., "Modeling patient no-show history and predicting future outpatient
  appointment behavior in the Veterans Health Administration", Military Medicine
  182(5):e1708-e1714, 2017. Here each patient gets a fixed tendency (a normal draw on the
  log-odds scale, wide, because a minority of patients misses most visits: Ellis 2017,
  below), so prior no-shows predict later ones as they do in real clinics;
- lead time, the next strongest: the longer ahead a visit is booked, the likelier it is
  missed (Dantas L.F. et al., "No-shows in appointment scheduling - a systematic
  literature review", Health Policy 122(4):412-421, 2018; Kheirkhah P. et al.,
  "Prevalence, predictors and economic consequences of no-shows", BMC Health Services
  Research 16:13, 2016);
- age: young adults miss most, older patients least (Ellis D.A. et al., "Demographic and
  practice factors predicting repeated non-attendance in primary care: a national
  retrospective cohort analysis", Lancet Public Health 2(12):e551-e559, 2017; Dantas
  2018);
- weekday: Monday and Tuesday visits are missed more than Friday ones (Ellis D.A. and
  Jenkins R., "Weekday affects attendance rate for medical appointments: large-scale
  data analysis and implications", PLoS ONE 7(12):e51365, 2012);
- hour: first-thing and late-afternoon visits are missed a little more (Dantas 2018 lists
  the time of day among the frequent predictors; the direction varies between studies,
  so the effect here is kept small).

The sizes are chosen so the share of missed visits among those not cancelled is about
8% (inside the 5-30% range the review reports for primary care). The draws come from a
generator of their own, so the rest of the demo (names, times, who books what) is the
same whether or not the no-shows carry signal; ``with_signal=False`` draws every no-show
with the same chance, the control that shows a model cannot learn from noise.
"""

from __future__ import annotations

import math
import random
from datetime import date

# Each patient's own tendency: spread on the log-odds scale.
_TENDENCY_SPREAD = 1.8
_BASE_LOG_ODDS = -5.5
# Lead time: log-odds per doubling of the days between booking and visit.
_LEAD_PER_DOUBLING = 0.42
# Age bands (upper bound exclusive, in years) and their log-odds.
_AGE_EFFECTS: tuple[tuple[int, float], ...] = (
    (16, 0.15),
    (30, 0.75),
    (45, 0.35),
    (65, 0.0),
    (80, -0.45),
    (200, -0.15),
)
_WEEKDAY_EFFECTS = (0.25, 0.15, 0.0, -0.05, -0.15, 0.1, 0.1)  # Monday first
# The average chance a random-draw demo uses, close to the signal demo's share.
FLAT_RATE = 0.08


def _age_effect(age_years: int) -> float:
    for upper, effect in _AGE_EFFECTS:
        if age_years < upper:
            return effect
    return _AGE_EFFECTS[-1][1]


def _hour_effect(hour: int) -> float:
    if hour < 9:
        return 0.2
    if hour >= 16:
        return 0.3
    return 0.0


class NoShowDraw:
    """The no-show draw for one demo clinic: one tendency per patient, then one roll per
    past appointment that was not cancelled."""

    def __init__(self, seed: int, *, with_signal: bool = True) -> None:
        self._rnd = random.Random(f"no-shows:{seed}")
        self._with_signal = with_signal
        self._tendency: list[float] = []
        self._born: list[date] = []

    def add_patient(self, born: date) -> None:
        """Call once per patient, in the order of the appointment generator's list."""
        self._born.append(born)
        self._tendency.append(self._rnd.gauss(0.0, _TENDENCY_SPREAD))

    def probability(self, patient: int, day: date, hour: int, lead_days: int) -> float:
        """The chance that patient number ``patient`` misses a visit on ``day`` at
        ``hour`` (clinic time) booked ``lead_days`` ahead."""
        if not self._with_signal:
            return FLAT_RATE
        age = (day - self._born[patient]).days // 365
        log_odds = (
            _BASE_LOG_ODDS
            + self._tendency[patient]
            + _LEAD_PER_DOUBLING * math.log2(1 + max(0, lead_days))
            + _age_effect(age)
            + _WEEKDAY_EFFECTS[day.weekday()]
            + _hour_effect(hour)
        )
        return 1.0 / (1.0 + math.exp(-log_odds))

    def missed(self, patient: int, day: date, hour: int, lead_days: int) -> bool:
        return self._rnd.random() < self.probability(patient, day, hour, lead_days)
