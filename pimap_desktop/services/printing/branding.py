"""Settings ▸ Branding: the partnership's and funders' emblems and the funding statement.

Documents carry the logos of the clusters that organise a mission; beside them, the emblems the
coordinator adds here (the partnership's, the funders'), and KPI and follow-up reports print the
funding statement ("Co-funded by the European Union…"). PIMAP's own logo appears only when
nothing else is set.

The images are copied into the database (as PNG), not referred to on disk: they travel with the
file, its backups and the offline copy taken to a fair, are shared with the partners on a team
database, and a picture moved or deleted on someone's disk cannot break a print. Printing reads
them back through ``emblem_files``: files named by their content in the per-user cache folder,
written once, which every document (badges too) draws like any logo.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PIL import Image, UnidentifiedImageError
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import EmblemKind
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import Emblem, Setting
from pimap_desktop.services.unit import transaction
from pimap_desktop.text import ServiceWords

FUNDING_STATEMENT = "funding_statement"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a picture larger than this is not an emblem
MAX_SIDE = 1600  # pixels: sharp at 12 mm high on paper, small in the database
MAX_STATEMENT = 1000  # characters


@dataclass(frozen=True)
class EmblemRow:
    id: uuid.UUID
    kind: EmblemKind
    name: str
    file_name: str
    width: int  # pixels, as stored
    height: int


@dataclass(frozen=True)
class BrandingSettings:
    """What Settings ▸ Branding shows: emblems (partnership first, then funders) and the
    funding statement."""

    emblems: tuple[EmblemRow, ...]
    statement: str


def _ordered() -> tuple[Any, ...]:
    # The partnership's emblem before the funders', each kind in the order added.
    kind_order = case((Emblem.kind == EmblemKind.PARTNERSHIP, 0), else_=1)
    return (kind_order, Emblem.position, Emblem.created_at)


def branding_settings(session: Session) -> BrandingSettings:
    rows = []
    for emblem in session.scalars(select(Emblem).order_by(*_ordered())):
        width, height = _size(emblem.image)
        rows.append(EmblemRow(emblem.id, emblem.kind, emblem.name, emblem.file_name, width, height))
    return BrandingSettings(tuple(rows), funding_statement(session))


def funding_statement(session: Session) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == FUNDING_STATEMENT))
    return value or ""


def set_funding_statement(session: Session, text: str) -> None:
    """The text KPI and follow-up reports print with the emblems; "" removes it."""
    clean = _clean_statement(text)
    with transaction(session):
        _store_statement(session, clean)


def _clean_statement(text: str) -> str:
    clean = "\n".join(line.strip() for line in text.strip().splitlines()).strip()
    if len(clean) > MAX_STATEMENT:
        raise ValidationError(
            ServiceWords.say(
                "The %1 is too long (%2 characters; at most %3).",
                ServiceWords.say("funding statement"),
                len(clean),
                MAX_STATEMENT,
            ),
            "statement",
        )
    return clean


def _store_statement(session: Session, clean: str) -> None:
    setting = session.scalar(select(Setting).where(Setting.key == FUNDING_STATEMENT))
    if setting is None:
        session.add(Setting(id=uuid.uuid4(), key=FUNDING_STATEMENT, value=clean))
    else:
        setting.value = clean


@dataclass(frozen=True)
class NewEmblem:
    kind: EmblemKind
    name: str
    image: bytes  # as ``read_emblem_file`` gives it
    file_name: str = ""


def update_branding(
    session: Session,
    *,
    added: tuple[NewEmblem, ...] = (),
    removed: tuple[uuid.UUID, ...] = (),
    statement: str | None = None,
) -> None:
    """What Settings ▸ Branding changed, saved as one transaction: emblems added (after the
    others of their kind), emblems removed, and the statement (None: left as it is)."""
    clean = _clean_statement(statement) if statement is not None else None
    prepared = [(e, _clean_name(e.name), png_bytes(e.image, e.file_name or e.name)) for e in added]
    with transaction(session):
        for emblem_id in removed:
            emblem = session.get(Emblem, emblem_id)
            if emblem is not None:  # already gone: nothing to do
                session.delete(emblem)
        session.flush()
        for new, name, png in prepared:
            _store_emblem(session, new.kind, name, png, new.file_name, uuid.uuid4())
        if clean is not None:
            _store_statement(session, clean)


def read_emblem_file(path: Path) -> bytes:
    """The picture at ``path`` as PNG bytes (at most ``MAX_SIDE`` pixels a side, transparency
    kept); ValidationError when it is missing, too large or not a picture PIMAP can print."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                ServiceWords.say(
                    "%1 is too large for an emblem (%2 MB; at most %3 MB).",
                    path.name,
                    size // (1024 * 1024),
                    MAX_FILE_BYTES // (1024 * 1024),
                ),
                "file",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            ServiceWords.say("%1 cannot be read: %2.", path, exc.strerror), "file"
        ) from None
    return png_bytes(data, path.name)


def png_bytes(data: bytes, name: str = "the file") -> bytes:
    """``data`` (PNG, JPEG, GIF, BMP, TIFF, WebP) as PNG bytes, shrunk to ``MAX_SIDE``."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            converted = image.convert("RGBA" if _has_alpha(image) else "RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            ServiceWords.say(
                "%1 is not a picture PIMAP can print: choose a PNG or JPEG file (an SVG must be "
                "saved as PNG first).",
                name,
            ),
            "file",
        ) from None
    converted.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def add_emblem(
    session: Session,
    kind: EmblemKind,
    name: str,
    image: bytes,
    *,
    file_name: str = "",
    emblem_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Add an emblem after the others of its kind; ``image`` as ``read_emblem_file`` gives
    it (any picture is converted again, so a caller cannot store what cannot print)."""
    clean = _clean_name(name)
    png = png_bytes(image, file_name or clean)
    with transaction(session):
        return _store_emblem(session, kind, clean, png, file_name, emblem_id or uuid.uuid4())


def _clean_name(name: str) -> str:
    clean = name.strip()
    if not clean:
        raise ValidationError(
            ServiceWords.say("Name the emblem, such as the partnership's or the funder's name."),
            "name",
        )
    if len(clean) > 200:
        raise ValidationError(
            ServiceWords.say(
                "The %1 is too long (%2 characters; at most %3).",
                ServiceWords.say("name"),
                len(clean),
                200,
            ),
            "name",
        )
    return clean


def _store_emblem(
    session: Session, kind: EmblemKind, name: str, png: bytes, file_name: str, emblem_id: uuid.UUID
) -> uuid.UUID:
    last = session.scalar(select(func.max(Emblem.position)).where(Emblem.kind == kind))
    session.add(
        Emblem(
            id=emblem_id,
            kind=kind,
            name=name,
            position=(last + 1) if last is not None else 0,
            file_name=Path(file_name).name[:260],
            image=png,
        )
    )
    return emblem_id


def remove_emblem(session: Session, emblem_id: uuid.UUID) -> None:
    with transaction(session):
        emblem = session.get(Emblem, emblem_id)
        if emblem is None:
            raise NotFoundError(ServiceWords.say("That emblem was already removed."))
        session.delete(emblem)


def emblem_image(session: Session, emblem_id: uuid.UUID) -> bytes:
    """The stored PNG of an emblem (for a preview)."""
    image = session.scalar(select(Emblem.image).where(Emblem.id == emblem_id))
    if image is None:
        raise NotFoundError(ServiceWords.say("That emblem no longer exists."))
    return image


# ---------------------------------------------------------------------------------------------
# For printing


def emblem_files(session: Session) -> tuple[Path, ...]:
    """The emblems as PNG files to draw, partnership first, then funders."""
    images = session.scalars(select(Emblem.image).order_by(*_ordered())).all()
    return tuple(path for path in (_cached_file(image) for image in images) if path is not None)


def cache_folder() -> Path:
    return platformdirs.user_cache_path("PIMAP Desktop", "PIMAP") / "emblems"


def _cached_file(image: bytes) -> Path | None:
    """A file holding ``image``, named by its SHA-256 (so written once, never stale); None
    when the cache folder cannot be written (the emblem is then left out, not fatal)."""
    folder = cache_folder()
    path = folder / f"{hashlib.sha256(image).hexdigest()}.png"
    if path.is_file() and path.stat().st_size == len(image):
        return path
    partial = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(image)
        os.replace(partial, path)
    except OSError:
        if partial:
            Path(partial).unlink(missing_ok=True)
        return None
    return path


def _size(image: bytes) -> tuple[int, int]:
    try:
        with Image.open(io.BytesIO(image)) as opened:
            width, height = opened.size
    except (UnidentifiedImageError, OSError):
        return 0, 0
    return int(width), int(height)
