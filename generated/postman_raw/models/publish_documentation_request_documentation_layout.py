from typing import Literal

PublishDocumentationRequestDocumentationLayout = Literal["classic-double-column", "classic-single-column"]

PUBLISH_DOCUMENTATION_REQUEST_DOCUMENTATION_LAYOUT_VALUES: set[PublishDocumentationRequestDocumentationLayout] = {
    "classic-double-column",
    "classic-single-column",
}


def check_publish_documentation_request_documentation_layout(
    value: str,
) -> PublishDocumentationRequestDocumentationLayout:
    if value in PUBLISH_DOCUMENTATION_REQUEST_DOCUMENTATION_LAYOUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUBLISH_DOCUMENTATION_REQUEST_DOCUMENTATION_LAYOUT_VALUES!r}"
    )
