from typing import Literal

GetAuditLogsOrderBy = Literal["asc", "desc"]

GET_AUDIT_LOGS_ORDER_BY_VALUES: set[GetAuditLogsOrderBy] = {
    "asc",
    "desc",
}


def check_get_audit_logs_order_by(value: str) -> GetAuditLogsOrderBy:
    if value in GET_AUDIT_LOGS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AUDIT_LOGS_ORDER_BY_VALUES!r}")
