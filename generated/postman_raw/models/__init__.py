"""Data models of the Postman API, loaded lazily.

Importing this package imports no model module. ``postman_raw.models.Name`` loads the module
that defines ``Name`` on first access (PEP 562); endpoint modules import the modules they need
directly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_attribute import AuthAttribute
    from .auth_definition import AuthDefinition
    from .authenticated_user import AuthenticatedUser
    from .authenticated_user_response import AuthenticatedUserResponse
    from .client_certificate import ClientCertificate
    from .client_certificate_cert import ClientCertificateCert
    from .client_certificate_key import ClientCertificateKey
    from .collection_document import CollectionDocument
    from .collection_folder import CollectionFolder
    from .collection_fork_info import CollectionForkInfo
    from .collection_info import CollectionInfo
    from .collection_request_item import CollectionRequestItem
    from .collection_semver import CollectionSemver
    from .collection_variable import CollectionVariable
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .event_script import EventScript
    from .event_script_packages import EventScriptPackages
    from .file_body_source import FileBodySource
    from .form_data_param import FormDataParam
    from .format_description_block import FormatDescriptionBlock
    from .header_entry import HeaderEntry
    from .problem_detail import ProblemDetail
    from .protocol_profile_behavior import ProtocolProfileBehavior
    from .proxy_config import ProxyConfig
    from .rate_limited_body import RateLimitedBody
    from .request_body_definition import RequestBodyDefinition
    from .request_body_definition_graphql import RequestBodyDefinitionGraphql
    from .request_body_definition_options import RequestBodyDefinitionOptions
    from .request_definition import RequestDefinition
    from .request_url import RequestUrl
    from .response_cookie import ResponseCookie
    from .saved_response import SavedResponse
    from .saved_response_timings_type_0 import SavedResponseTimingsType0
    from .script_event import ScriptEvent
    from .team_user import TeamUser
    from .team_user_list import TeamUserList
    from .url_encoded_param import UrlEncodedParam
    from .url_path_segment import UrlPathSegment
    from .url_query_param import UrlQueryParam
    from .usage_counter import UsageCounter

_MODULE_OF: dict[str, str] = {
    "AuthAttribute": ".auth_attribute",
    "AuthDefinition": ".auth_definition",
    "AuthenticatedUser": ".authenticated_user",
    "AuthenticatedUserResponse": ".authenticated_user_response",
    "ClientCertificate": ".client_certificate",
    "ClientCertificateCert": ".client_certificate_cert",
    "ClientCertificateKey": ".client_certificate_key",
    "CollectionDocument": ".collection_document",
    "CollectionFolder": ".collection_folder",
    "CollectionForkInfo": ".collection_fork_info",
    "CollectionInfo": ".collection_info",
    "CollectionRequestItem": ".collection_request_item",
    "CollectionSemver": ".collection_semver",
    "CollectionVariable": ".collection_variable",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "EventScript": ".event_script",
    "EventScriptPackages": ".event_script_packages",
    "FileBodySource": ".file_body_source",
    "FormDataParam": ".form_data_param",
    "FormatDescriptionBlock": ".format_description_block",
    "HeaderEntry": ".header_entry",
    "ProblemDetail": ".problem_detail",
    "ProtocolProfileBehavior": ".protocol_profile_behavior",
    "ProxyConfig": ".proxy_config",
    "RateLimitedBody": ".rate_limited_body",
    "RequestBodyDefinition": ".request_body_definition",
    "RequestBodyDefinitionGraphql": ".request_body_definition_graphql",
    "RequestBodyDefinitionOptions": ".request_body_definition_options",
    "RequestDefinition": ".request_definition",
    "RequestUrl": ".request_url",
    "ResponseCookie": ".response_cookie",
    "SavedResponse": ".saved_response",
    "SavedResponseTimingsType0": ".saved_response_timings_type_0",
    "ScriptEvent": ".script_event",
    "TeamUser": ".team_user",
    "TeamUserList": ".team_user_list",
    "UrlEncodedParam": ".url_encoded_param",
    "UrlPathSegment": ".url_path_segment",
    "UrlQueryParam": ".url_query_param",
    "UsageCounter": ".usage_counter",
}

__all__ = (
    "AuthAttribute",
    "AuthDefinition",
    "AuthenticatedUser",
    "AuthenticatedUserResponse",
    "ClientCertificate",
    "ClientCertificateCert",
    "ClientCertificateKey",
    "CollectionDocument",
    "CollectionFolder",
    "CollectionForkInfo",
    "CollectionInfo",
    "CollectionRequestItem",
    "CollectionSemver",
    "CollectionVariable",
    "ErrorDetail",
    "ErrorEnvelope",
    "EventScript",
    "EventScriptPackages",
    "FileBodySource",
    "FormatDescriptionBlock",
    "FormDataParam",
    "HeaderEntry",
    "ProblemDetail",
    "ProtocolProfileBehavior",
    "ProxyConfig",
    "RateLimitedBody",
    "RequestBodyDefinition",
    "RequestBodyDefinitionGraphql",
    "RequestBodyDefinitionOptions",
    "RequestDefinition",
    "RequestUrl",
    "ResponseCookie",
    "SavedResponse",
    "SavedResponseTimingsType0",
    "ScriptEvent",
    "TeamUser",
    "TeamUserList",
    "UrlEncodedParam",
    "UrlPathSegment",
    "UrlQueryParam",
    "UsageCounter",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
