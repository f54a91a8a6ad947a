"""``python -m notice_parser`` is ``parse-notice``."""

from .cli import script

script()
