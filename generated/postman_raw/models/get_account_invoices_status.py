from typing import Literal

GetAccountInvoicesStatus = Literal["PAID"]

GET_ACCOUNT_INVOICES_STATUS_VALUES: set[GetAccountInvoicesStatus] = {
    "PAID",
}


def check_get_account_invoices_status(value: str) -> GetAccountInvoicesStatus:
    if value in GET_ACCOUNT_INVOICES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ACCOUNT_INVOICES_STATUS_VALUES!r}")
