"""The no-show model over plain feature rows; its library (scikit-learn) stays here."""
