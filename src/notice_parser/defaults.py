"""Defaults shared by the library entry points, the CLI and the readers (no imports: ``import
notice_parser`` reads them without loading the readers)."""

#: Default cap on the input size, and on the decompressed size of a .docx (--max-bytes).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
