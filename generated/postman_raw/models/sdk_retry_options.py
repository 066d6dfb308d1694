from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_retry_options_http_methods_to_retry_item import (
    SdkRetryOptionsHttpMethodsToRetryItem,
    check_sdk_retry_options_http_methods_to_retry_item,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="SdkRetryOptions")


@_attrs_define
class SdkRetryOptions(Model):
    """Retry behaviour built into the generated SDK's HTTP client. Fields left out keep
    Postman's defaults (retries on, 3 attempts, 150 ms base delay).

    """

    retry_delay: int
    """ Base delay between attempts, in milliseconds (Postman suggests 150). """
    enabled: bool | Unset = UNSET
    """ Whether the SDK retries at all (true when omitted). """
    max_attempts: int | Unset = UNSET
    """ Attempts before giving up (3 when omitted). """
    max_delay: int | Unset = UNSET
    """ Longest delay between attempts, in milliseconds. """
    back_off_factor: float | Unset = UNSET
    """ Base of the exponential back-off between attempts. """
    retry_delay_jitter: int | Unset = UNSET
    """ Largest random amount added to each delay, in milliseconds. """
    http_codes_to_retry: list[int] | Unset = UNSET
    """ HTTP status codes that trigger a retry. """
    http_methods_to_retry: list[SdkRetryOptionsHttpMethodsToRetryItem] | Unset = UNSET
    """ HTTP methods that may be retried. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "retry_delay" in flaws:
            keep_raw(field_dict, flaws["retry_delay"])
        else:
            retry_delay = self.retry_delay
            field_dict["retryDelay"] = retry_delay

        if flaws is not None and "enabled" in flaws:
            keep_raw(field_dict, flaws["enabled"])
        else:
            enabled = self.enabled
            if enabled is not UNSET:
                field_dict["enabled"] = enabled

        if flaws is not None and "max_attempts" in flaws:
            keep_raw(field_dict, flaws["max_attempts"])
        else:
            max_attempts = self.max_attempts
            if max_attempts is not UNSET:
                field_dict["maxAttempts"] = max_attempts

        if flaws is not None and "max_delay" in flaws:
            keep_raw(field_dict, flaws["max_delay"])
        else:
            max_delay = self.max_delay
            if max_delay is not UNSET:
                field_dict["maxDelay"] = max_delay

        if flaws is not None and "back_off_factor" in flaws:
            keep_raw(field_dict, flaws["back_off_factor"])
        else:
            back_off_factor = self.back_off_factor
            if back_off_factor is not UNSET:
                field_dict["backOffFactor"] = back_off_factor

        if flaws is not None and "retry_delay_jitter" in flaws:
            keep_raw(field_dict, flaws["retry_delay_jitter"])
        else:
            retry_delay_jitter = self.retry_delay_jitter
            if retry_delay_jitter is not UNSET:
                field_dict["retryDelayJitter"] = retry_delay_jitter

        if flaws is not None and "http_codes_to_retry" in flaws:
            keep_raw(field_dict, flaws["http_codes_to_retry"])
        else:
            http_codes_to_retry: list[int] | Unset = UNSET
            if not isinstance(self.http_codes_to_retry, Unset):
                http_codes_to_retry = self.http_codes_to_retry

            if http_codes_to_retry is not UNSET:
                field_dict["httpCodesToRetry"] = http_codes_to_retry

        if flaws is not None and "http_methods_to_retry" in flaws:
            keep_raw(field_dict, flaws["http_methods_to_retry"])
        else:
            http_methods_to_retry: list[str] | Unset = UNSET
            if not isinstance(self.http_methods_to_retry, Unset):
                http_methods_to_retry = []
                for http_methods_to_retry_item_data in self.http_methods_to_retry:
                    http_methods_to_retry_item: str = http_methods_to_retry_item_data
                    http_methods_to_retry.append(http_methods_to_retry_item)

            if http_methods_to_retry is not UNSET:
                field_dict["httpMethodsToRetry"] = http_methods_to_retry

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkRetryOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("retryDelay", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("retryDelay")
            retry_delay = _value
            if not (type(retry_delay) is int):
                raise wrong_type("int", retry_delay)
            _set(self, "retry_delay", retry_delay)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "retry_delay", "retryDelay", _value, error)

        _value = d.pop("enabled", UNSET)
        try:
            enabled = _value
            if enabled is not UNSET and not (type(enabled) is bool):
                raise wrong_type("bool", enabled)
            _set(self, "enabled", enabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "enabled", "enabled", _value, error)

        _value = d.pop("maxAttempts", UNSET)
        try:
            max_attempts = _value
            if max_attempts is not UNSET and not (type(max_attempts) is int):
                raise wrong_type("int", max_attempts)
            _set(self, "max_attempts", max_attempts)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "max_attempts", "maxAttempts", _value, error)

        _value = d.pop("maxDelay", UNSET)
        try:
            max_delay = _value
            if max_delay is not UNSET and not (type(max_delay) is int):
                raise wrong_type("int", max_delay)
            _set(self, "max_delay", max_delay)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "max_delay", "maxDelay", _value, error)

        _value = d.pop("backOffFactor", UNSET)
        try:
            back_off_factor = _value
            if back_off_factor is not UNSET and not (type(back_off_factor) in (float, int)):
                raise wrong_type("float", back_off_factor)
            _set(self, "back_off_factor", back_off_factor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "back_off_factor", "backOffFactor", _value, error)

        _value = d.pop("retryDelayJitter", UNSET)
        try:
            retry_delay_jitter = _value
            if retry_delay_jitter is not UNSET and not (type(retry_delay_jitter) is int):
                raise wrong_type("int", retry_delay_jitter)
            _set(self, "retry_delay_jitter", retry_delay_jitter)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "retry_delay_jitter", "retryDelayJitter", _value, error)

        _value = d.pop("httpCodesToRetry", UNSET)
        try:
            http_codes_to_retry = cast("list[int]", _value)
            if http_codes_to_retry is not UNSET and (
                not isinstance(http_codes_to_retry, list) or not all(type(item) is int for item in http_codes_to_retry)
            ):
                raise wrong_type("an array of int", http_codes_to_retry)

            _set(self, "http_codes_to_retry", http_codes_to_retry)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "http_codes_to_retry", "httpCodesToRetry", _value, error)

        _value = d.pop("httpMethodsToRetry", UNSET)
        try:
            _http_methods_to_retry = _value
            http_methods_to_retry: list[SdkRetryOptionsHttpMethodsToRetryItem] | Unset = UNSET
            if _http_methods_to_retry is not UNSET:
                if not isinstance(_http_methods_to_retry, list):
                    raise wrong_type("an array", _http_methods_to_retry)
                http_methods_to_retry = []
                for http_methods_to_retry_item_data in _http_methods_to_retry:
                    http_methods_to_retry_item = enum_value(
                        check_sdk_retry_options_http_methods_to_retry_item, http_methods_to_retry_item_data
                    )

                    http_methods_to_retry.append(http_methods_to_retry_item)

            _set(self, "http_methods_to_retry", http_methods_to_retry)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "http_methods_to_retry", "httpMethodsToRetry", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("retryDelay", UNSET)
        if value is UNSET:
            return False
        value = data.get("httpCodesToRetry", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("httpMethodsToRetry", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        return True

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
