from typing import Literal

GetAsyncSpecTaskStatusElementType = Literal["collections", "specs"]

GET_ASYNC_SPEC_TASK_STATUS_ELEMENT_TYPE_VALUES: set[GetAsyncSpecTaskStatusElementType] = {
    "collections",
    "specs",
}


def check_get_async_spec_task_status_element_type(value: str) -> GetAsyncSpecTaskStatusElementType:
    if value in GET_ASYNC_SPEC_TASK_STATUS_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ASYNC_SPEC_TASK_STATUS_ELEMENT_TYPE_VALUES!r}")
