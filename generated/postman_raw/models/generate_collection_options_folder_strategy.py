from typing import Literal

GenerateCollectionOptionsFolderStrategy = Literal["Paths", "Tags"]

GENERATE_COLLECTION_OPTIONS_FOLDER_STRATEGY_VALUES: set[GenerateCollectionOptionsFolderStrategy] = {
    "Paths",
    "Tags",
}


def check_generate_collection_options_folder_strategy(value: str) -> GenerateCollectionOptionsFolderStrategy:
    if value in GENERATE_COLLECTION_OPTIONS_FOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_COLLECTION_OPTIONS_FOLDER_STRATEGY_VALUES!r}"
    )
