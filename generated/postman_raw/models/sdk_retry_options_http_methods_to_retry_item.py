from typing import Literal

SdkRetryOptionsHttpMethodsToRetryItem = Literal[
    "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"
]

SDK_RETRY_OPTIONS_HTTP_METHODS_TO_RETRY_ITEM_VALUES: set[SdkRetryOptionsHttpMethodsToRetryItem] = {
    "CONNECT",
    "DELETE",
    "GET",
    "HEAD",
    "OPTIONS",
    "PATCH",
    "POST",
    "PUT",
    "TRACE",
}


def check_sdk_retry_options_http_methods_to_retry_item(value: str) -> SdkRetryOptionsHttpMethodsToRetryItem:
    if value in SDK_RETRY_OPTIONS_HTTP_METHODS_TO_RETRY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_RETRY_OPTIONS_HTTP_METHODS_TO_RETRY_ITEM_VALUES!r}"
    )
