from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_retry_options_http_methods_to_retry_item import (
    SdkRetryOptionsHttpMethodsToRetryItem,
    check_sdk_retry_options_http_methods_to_retry_item,
)
from ..types import UNSET, Model, Unset, read_lazily

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
        retry_delay = self.retry_delay

        enabled = self.enabled

        max_attempts = self.max_attempts

        max_delay = self.max_delay

        back_off_factor = self.back_off_factor

        retry_delay_jitter = self.retry_delay_jitter

        http_codes_to_retry: list[int] | Unset = UNSET
        if not isinstance(self.http_codes_to_retry, Unset):
            http_codes_to_retry = self.http_codes_to_retry

        http_methods_to_retry: list[str] | Unset = UNSET
        if not isinstance(self.http_methods_to_retry, Unset):
            http_methods_to_retry = []
            for http_methods_to_retry_item_data in self.http_methods_to_retry:
                http_methods_to_retry_item: str = http_methods_to_retry_item_data
                http_methods_to_retry.append(http_methods_to_retry_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retryDelay": retry_delay,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if max_delay is not UNSET:
            field_dict["maxDelay"] = max_delay
        if back_off_factor is not UNSET:
            field_dict["backOffFactor"] = back_off_factor
        if retry_delay_jitter is not UNSET:
            field_dict["retryDelayJitter"] = retry_delay_jitter
        if http_codes_to_retry is not UNSET:
            field_dict["httpCodesToRetry"] = http_codes_to_retry
        if http_methods_to_retry is not UNSET:
            field_dict["httpMethodsToRetry"] = http_methods_to_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkRetryOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        retry_delay = d.pop("retryDelay")
        _set(self, "retry_delay", retry_delay)

        enabled = d.pop("enabled", UNSET)
        _set(self, "enabled", enabled)

        max_attempts = d.pop("maxAttempts", UNSET)
        _set(self, "max_attempts", max_attempts)

        max_delay = d.pop("maxDelay", UNSET)
        _set(self, "max_delay", max_delay)

        back_off_factor = d.pop("backOffFactor", UNSET)
        _set(self, "back_off_factor", back_off_factor)

        retry_delay_jitter = d.pop("retryDelayJitter", UNSET)
        _set(self, "retry_delay_jitter", retry_delay_jitter)

        http_codes_to_retry = cast("list[int]", d.pop("httpCodesToRetry", UNSET))

        _set(self, "http_codes_to_retry", http_codes_to_retry)

        _http_methods_to_retry = d.pop("httpMethodsToRetry", UNSET)
        http_methods_to_retry: list[SdkRetryOptionsHttpMethodsToRetryItem] | Unset = UNSET
        if _http_methods_to_retry is not UNSET:
            http_methods_to_retry = []
            for http_methods_to_retry_item_data in _http_methods_to_retry:
                http_methods_to_retry_item = check_sdk_retry_options_http_methods_to_retry_item(
                    http_methods_to_retry_item_data
                )

                http_methods_to_retry.append(http_methods_to_retry_item)

        _set(self, "http_methods_to_retry", http_methods_to_retry)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("retryDelay", UNSET)
        if value is UNSET:
            return False
        value = data.get("httpCodesToRetry", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("httpMethodsToRetry", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
