"""A first tour of postman_ext: list workspaces, create a collection with a nested folder, read it back.

Against the real API:          POSTMAN_API_KEY=PMAK-... python examples/quickstart.py
Against a local mock (no account needed): see "Try it without an account" in README.md.
"""

from __future__ import annotations

from postman_ext import Postman
from postman_raw.models.collection_document import CollectionDocument
from postman_raw.models.collection_folder import CollectionFolder
from postman_raw.models.create_collection_request import CreateCollectionRequest


def nested_collection() -> CollectionDocument:
    """A collection with a folder inside a folder, holding one request."""
    return CollectionDocument.from_dict(
        {
            "info": {
                "name": "postman-ext quickstart",
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
            },
            "item": [
                {
                    "name": "Payments",
                    "item": [
                        {
                            "name": "Refunds",
                            "item": [{"name": "List refunds", "request": {"method": "GET", "url": "{{base}}/refunds"}}],
                        }
                    ],
                }
            ],
        }
    )


def print_tree(items: list[object], depth: int = 1) -> None:
    for item in items:
        name = getattr(item, "name", "?")
        if isinstance(item, CollectionFolder):
            print(f"{'  ' * depth}{name}/")
            print_tree(list(item.item), depth + 1)
        else:
            print(f"{'  ' * depth}{name}")


def main(pm: Postman) -> None:
    print("Workspaces (first page):")
    for workspace in pm.workspaces.get_workspaces(limit=10).workspaces:
        print(f"  {workspace.id}  {workspace.name}")

    created = pm.collections.create_collection(body=CreateCollectionRequest(collection=nested_collection()))
    uid = created.collection.uid
    print(f"Created collection {uid}")

    collection = pm.collections.get_collection(uid).collection
    if not isinstance(collection, CollectionDocument):  # Postman does not promise the field
        raise SystemExit(f"GET /collections/{uid} answered without a collection")
    print(f"Read back {collection.info.name!r}:")
    print_tree(list(collection.item))

    state = pm.rate_limit
    if state.is_empty:
        print("Rate limit: the server sent no rate-limit headers")
    else:
        print(f"Rate limit: {state.remaining} of {state.limit} requests left in this window")


if __name__ == "__main__":
    with Postman() as client:
        main(client)
