"""The no-show model over plain feature rows, fitted and scored in plain Python."""
