"""``python -m notice_parser`` is ``parse-notice``."""

import sys

from .cli import run

sys.exit(run())
