"""Types shared by the generated modules, and how models read JSON.

Models read lazily. ``Model.from_dict(data)`` checks that ``data`` is a mapping and keeps it; the
model's fields are converted from it the first time any of them is used (read, set, compared,
printed, pickled), and the model is then an ordinary instance of its class. A 20 MB collection is
therefore ready as soon as its JSON is parsed, and only the parts a program touches become model
objects. If the data turns out not to match the model, that first use raises
:class:`ModelDataError`, naming the model and what was wrong.
"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

try:
    from msgspec import DecodeError as _JSONError
    from msgspec.json import Decoder as _Decoder

    _decode: Callable[[bytes], Any] = _Decoder().decode
except ImportError:  # msgspec is optional for this package: fall back on the standard library
    from json import JSONDecodeError as _JSONError  # type: ignore[assignment]
    from json import loads as _decode


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def parse_json(response: Any) -> Any:
    """The JSON body of an httpx response.

    msgspec decodes the bytes directly: no decoded copy of the text, and about a third faster than
    the standard library. A body that is not JSON raises ``ValueError``.
    """
    try:
        return _decode(response.content)
    except _JSONError as error:
        raise ValueError(f"the body is not valid JSON: {error}") from error


class ModelDataError(ValueError):
    """The data a model was read from does not have the shape the API description gives it."""


class Model:
    """The base of every generated model: a slot for the data of a model not read yet."""

    __slots__ = ("_pending",)


M = TypeVar("M", bound=Model)


class _Unread:
    """Mixed into a model's class while its instance holds data not read yet (see read_lazily).

    Every use of the instance reads the data first, then the instance becomes a plain instance of
    the model class, so reading costs nothing once done.
    """

    __slots__ = ()
    _model_class: type[Model]

    if not TYPE_CHECKING:  # type checkers must not think that any attribute name is valid

        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            materialize(self)
            return getattr(self, name)

        def __setattr__(self, name, value):
            materialize(self)
            setattr(self, name, value)

        def __delattr__(self, name):
            materialize(self)
            delattr(self, name)

        def __eq__(self, other):
            materialize(self)
            return self == other

        def __reduce_ex__(self, protocol):
            materialize(self)
            return self.__reduce_ex__(protocol)

    __hash__ = None  # type: ignore[assignment]  # as the model classes: mutable, compared by value


_UNREAD_CLASSES: dict[type, type] = {}


def _unread_class(cls: type[Model]) -> type:
    unread = _UNREAD_CLASSES.get(cls)
    if unread is None:
        namespace = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "_model_class": cls,
        }
        unread = _UNREAD_CLASSES[cls] = type(cls.__name__, (_Unread, cls), namespace)
    return unread


def read_lazily(cls: type[M], data: Mapping[str, Any]) -> M:
    """An instance of ``cls`` that reads its fields from ``data`` when first used.

    ``data`` is kept, not copied: a mapping changed before the model is used is read as changed.
    """
    if type(data) is not dict and not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__} is read from a mapping (a JSON object), not from {type(data).__name__}")
    if isinstance(cls, type) and issubclass(cls, _Unread):
        cls = cls._model_class  # type: ignore[assignment]
    model = object.__new__(_unread_class(cls))
    object.__setattr__(model, "_pending", data)
    return model  # type: ignore[return-value]


def _explain(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the required key {error} is missing"
    return f"{type(error).__name__}: {error}"


def materialize(model: object) -> None:
    """Read the fields of a model made by ``from_dict`` now, if they are not read yet.

    Raises :class:`ModelDataError` if the data does not match the model. Does nothing for a model
    already read or built by its constructor, and for any other object.
    """
    unread = type(model)
    if not issubclass(unread, _Unread):
        return
    cls = unread._model_class
    try:
        data = object.__getattribute__(model, "_pending")
    except AttributeError:  # built by the constructor of the unread class (attrs.evolve does that)
        data = None
    if data is not None:
        try:
            cls._read_fields(model, data)  # type: ignore[attr-defined]
        except Exception as error:
            raise ModelDataError(f"{cls.__name__}: the data does not match the model ({_explain(error)})") from error
        object.__setattr__(model, "_pending", None)
    object.__setattr__(model, "__class__", cls)


def accepts(check: Callable[[Any], object], value: object) -> bool:
    """Whether a generated ``check_<enum>`` function accepts ``value``."""
    try:
        check(value)
    except (TypeError, ValueError):
        return False
    return True


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "ModelDataError",
    "RequestFiles",
    "Response",
    "Unset",
    "materialize",
    "parse_json",
    "read_lazily",
]
