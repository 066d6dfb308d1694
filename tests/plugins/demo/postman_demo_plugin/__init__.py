"""A third-party postman_ext plugin: tags every request and counts responses."""

from postman_ext import hookimpl

responses_seen = []


@hookimpl
def postman_prepare_request(request, config):
    request.headers["X-Demo-Plugin"] = "on"


@hookimpl
def postman_response_received(request, response, elapsed, attempt):
    responses_seen.append((request.method, request.url.path, response.status_code))
