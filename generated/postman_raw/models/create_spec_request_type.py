from typing import Literal

CreateSpecRequestType = Literal[
    "ASYNCAPI:2.0",
    "ASYNCAPI:3.0",
    "GRAPHQL",
    "OPENAPI:2.0",
    "OPENAPI:3.0",
    "OPENAPI:3.1",
    "PROTOBUF:2",
    "PROTOBUF:3",
    "SMITHY:2.0",
]

CREATE_SPEC_REQUEST_TYPE_VALUES: set[CreateSpecRequestType] = {
    "ASYNCAPI:2.0",
    "ASYNCAPI:3.0",
    "GRAPHQL",
    "OPENAPI:2.0",
    "OPENAPI:3.0",
    "OPENAPI:3.1",
    "PROTOBUF:2",
    "PROTOBUF:3",
    "SMITHY:2.0",
}


def check_create_spec_request_type(value: str) -> CreateSpecRequestType:
    if value in CREATE_SPEC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SPEC_REQUEST_TYPE_VALUES!r}")
