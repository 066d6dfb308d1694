from typing import Literal

GetMockCallLogsSort = Literal["servedAt"]

GET_MOCK_CALL_LOGS_SORT_VALUES: set[GetMockCallLogsSort] = {
    "servedAt",
}


def check_get_mock_call_logs_sort(value: str) -> GetMockCallLogsSort:
    if value in GET_MOCK_CALL_LOGS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MOCK_CALL_LOGS_SORT_VALUES!r}")
