from typing import Literal

GetMockCallLogsDirection = Literal["asc", "desc"]

GET_MOCK_CALL_LOGS_DIRECTION_VALUES: set[GetMockCallLogsDirection] = {
    "asc",
    "desc",
}


def check_get_mock_call_logs_direction(value: str) -> GetMockCallLogsDirection:
    if value in GET_MOCK_CALL_LOGS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MOCK_CALL_LOGS_DIRECTION_VALUES!r}")
