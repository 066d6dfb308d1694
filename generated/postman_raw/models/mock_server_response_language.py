from typing import Literal

MockServerResponseLanguage = Literal["html", "javascript", "json", "text", "xml"]

MOCK_SERVER_RESPONSE_LANGUAGE_VALUES: set[MockServerResponseLanguage] = {
    "html",
    "javascript",
    "json",
    "text",
    "xml",
}


def check_mock_server_response_language(value: str) -> MockServerResponseLanguage:
    if value in MOCK_SERVER_RESPONSE_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MOCK_SERVER_RESPONSE_LANGUAGE_VALUES!r}")
