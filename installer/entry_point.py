"""The frozen build's entry point: the same ``main`` as the ``clinicdesk`` console script."""

import sys

from clinicdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
