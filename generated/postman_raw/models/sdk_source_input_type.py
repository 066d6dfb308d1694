from typing import Literal

SdkSourceInputType = Literal["collection", "spec"]

SDK_SOURCE_INPUT_TYPE_VALUES: set[SdkSourceInputType] = {
    "collection",
    "spec",
}


def check_sdk_source_input_type(value: str) -> SdkSourceInputType:
    if value in SDK_SOURCE_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SDK_SOURCE_INPUT_TYPE_VALUES!r}")
