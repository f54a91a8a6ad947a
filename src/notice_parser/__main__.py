"""``python -m notice_parser`` is ``parse-notice``."""

import sys

from .cli import main

sys.exit(main())
