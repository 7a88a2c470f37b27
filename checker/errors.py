"""Coded errors. The CLI prints ``error CC###: message`` on one line and exits 2."""

from __future__ import annotations


class CheckError(Exception):
    """Base of every error the CLI reports without a traceback."""

    code = "CC000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class UsageError(CheckError):
    code = "CC001"


class ConfigError(CheckError):
    code = "CC002"


class InputError(CheckError):
    code = "CC003"


class ModelError(CheckError):
    code = "CC004"


class BaselineError(CheckError):
    code = "CC005"


class ExtractorError(CheckError):
    code = "CC006"
