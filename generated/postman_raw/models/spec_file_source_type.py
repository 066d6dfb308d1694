from typing import Literal

SpecFileSourceType = Literal["DEFAULT", "ROOT"]

SPEC_FILE_SOURCE_TYPE_VALUES: set[SpecFileSourceType] = {
    "DEFAULT",
    "ROOT",
}


def check_spec_file_source_type(value: str) -> SpecFileSourceType:
    if value in SPEC_FILE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEC_FILE_SOURCE_TYPE_VALUES!r}")
