"""Types shared by the generated modules, and how models read JSON.

Models read lazily. ``Model.from_dict(data)`` checks that ``data`` is a mapping and keeps it; the
model's fields are converted from it the first time any of them is used (read, set, compared,
printed, pickled), and the model is then an ordinary instance of its class. A 20 MB collection is
therefore ready as soon as its JSON is parsed, and only the parts a program touches become model
objects. If the data turns out not to match the model, that first use raises
:class:`ModelDataError`, naming the model and what was wrong.
"""

import gc
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

try:
    from msgspec import DecodeError as _MsgspecError
    from msgspec.json import Decoder as _Decoder

    _fast_decode: Callable[[bytes], Any] | None = _Decoder().decode
except ImportError:  # msgspec is optional for this package: the standard library reads everything then
    _fast_decode = None


class Unset:
    """The type of UNSET: a field the data did not have. One instance, kept by copy and pickle."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"  # pickled as the name postman_raw.types.UNSET


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
    the standard library, which reads what msgspec refuses (a byte-order mark, UTF-16, NaN,
    1e400). A body that is not JSON raises ``ValueError``.
    """
    content = response.content
    if _fast_decode is not None:
        try:
            return _fast_decode(content)
        except _MsgspecError:
            pass
    try:
        return json.loads(content)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise ValueError(f"the body is not valid JSON: {error}") from error


class ModelDataError(ValueError):
    """The data a model was read from does not have the shape the API description gives it."""


_model_data_error: type[ModelDataError] = ModelDataError


def raise_model_data_errors_as(error_class: type[ModelDataError]) -> None:
    """Raise ``error_class``, a subclass of ModelDataError, for data that does not fit a model.

    A library built on this package calls it once, to put the error under its own base class.
    """
    global _model_data_error
    if not (isinstance(error_class, type) and issubclass(error_class, ModelDataError)):
        raise TypeError(f"{error_class!r} is not a subclass of ModelDataError")
    _model_data_error = error_class


class Model:
    """The base of every generated model: a slot for the data of a model not read yet."""

    __slots__ = ("_pending",)


M = TypeVar("M", bound=Model)


_new = object.__new__
_get = object.__getattribute__
_set = object.__setattr__


class _Unread:
    """Mixed into a model's class while its instance holds data not read yet (see read_lazily).

    Every use of the instance reads the data first, then the instance becomes a plain instance of
    the model class, so reading costs nothing once done.
    """

    __slots__ = ()
    _model_class: type[Model]

    if not TYPE_CHECKING:  # type checkers must not think that any attribute name is valid

        def __getattribute__(self, name):
            # Reading on the first look-up of any non-dunder name avoids the AttributeError an
            # unset slot would raise first (that exception costs more than the rest of the look-up).
            if name[:2] != "__":
                _read(self)
            return _get(self, name)

        def __setattr__(self, name, value):
            _read(self)
            setattr(self, name, value)

        def __delattr__(self, name):
            _read(self)
            delattr(self, name)

        def __eq__(self, other):
            _read(self)
            return self == other

        def __reduce_ex__(self, protocol):
            _read(self)
            return self.__reduce_ex__(protocol)

    __hash__ = None  # type: ignore[assignment]  # as the model classes: mutable, compared by value


_UNREAD_CLASSES: dict[type, type] = {}
"""A model class's unread class; an unread class maps to itself."""


def _unread_class(cls: type[Model]) -> type:
    if issubclass(cls, _Unread):
        return cls
    namespace = {
        "__slots__": (),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "_model_class": cls,
    }
    unread = type(cls.__name__, (_Unread, cls), namespace)
    _UNREAD_CLASSES[cls] = _UNREAD_CLASSES[unread] = unread
    return unread


def read_lazily(cls: type[M], data: Mapping[str, Any]) -> M:
    """An instance of ``cls`` that reads its fields from ``data`` when first used.

    ``data`` is kept, not copied: a mapping changed before the model is used is read as changed.
    """
    if type(data) is not dict and not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__} is read from a mapping (a JSON object), not from {type(data).__name__}")
    unread = _UNREAD_CLASSES.get(cls) or _unread_class(cls)
    model = _new(unread)
    _set(model, "_pending", data)
    return model  # type: ignore[no-any-return]


def _explain(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the required key {error} is missing"
    return f"{type(error).__name__}: {error}"


def _read(model: Any) -> None:
    if not isinstance(model, _Unread):
        return  # another thread read it between this thread's look-up and now
    cls = type(model)._model_class
    try:
        data = _get(model, "_pending")
    except AttributeError:  # built by the constructor of the unread class (attrs.evolve does that)
        data = None
    if data is not None:
        try:
            cls._read_fields(model, data)
        except Exception as error:
            message = f"{cls.__name__}: the data does not match the model ({_explain(error)})"
            raise _model_data_error(message) from error
        _set(model, "_pending", None)
    _set(model, "__class__", cls)


def materialize(model: object, *, deep: bool = False) -> None:
    """Read the fields of a model made by ``from_dict`` now, if they are not read yet.

    ``deep=True`` reads every model reachable from ``model`` through its fields and lists, with
    the garbage collector paused: the fastest way to read a large tree whole (a 20 MB collection
    is about 220,000 models). Raises :class:`ModelDataError` if data does not match its model.
    Does nothing for a model already read or built by its constructor, nor for other objects.
    """
    _read(model)
    if deep:
        collecting = gc.isenabled()
        gc.disable()  # each model read allocates; the collector would walk the whole growing tree again and again
        try:
            _read_tree(model)
        finally:
            if collecting:
                gc.enable()


def _read_tree(root: object) -> None:
    # Each model drops its data once read, so the JSON and the models are never both whole in
    # memory (a 20 MB collection peaks at 5.9 times its size read this way, 9.6 times read eagerly).
    pending = [root]
    while pending:
        value = pending.pop()
        if type(value) is list:
            pending.extend(value)
        elif isinstance(value, Model):
            _read(value)
            for name in value._model_fields:  # type: ignore[attr-defined]
                held = _get(value, name)
                if type(held) is dict:  # additional properties whose values are models
                    pending.extend(held.values())
                elif held is not UNSET and held is not None:
                    pending.append(held)


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
    "raise_model_data_errors_as",
    "read_lazily",
]
