from typing import Literal

ImportOpenApiOptionsFolderStrategy = Literal["Paths", "Tags"]

IMPORT_OPEN_API_OPTIONS_FOLDER_STRATEGY_VALUES: set[ImportOpenApiOptionsFolderStrategy] = {
    "Paths",
    "Tags",
}


def check_import_open_api_options_folder_strategy(value: str) -> ImportOpenApiOptionsFolderStrategy:
    if value in IMPORT_OPEN_API_OPTIONS_FOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_OPTIONS_FOLDER_STRATEGY_VALUES!r}")
