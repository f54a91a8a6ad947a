"""notice_parser: Chinese government notices (公文) to source-grounded JSON."""

__version__ = "0.1.0"
