"""Model persistence: skops files, metadata, model cards, and an atomic ``current`` pointer.

Layout::

    models/<name>/current                 # text file: the version directory in use
    models/<name>/<version>/model.skops   # {field: Pipeline}, skops format (no pickle)
    models/<name>/<version>/metadata.json # schema hash, classes, data hash/size, metrics, versions
    models/<name>/<version>/README.md     # model card

A version directory is written complete under a temporary name and renamed into place;
only then is ``current`` replaced (``os.replace``), so a failed or interrupted training
leaves the previous model in use. Loading checks, before any object is built: the pointer,
the metadata (label schema hash, feature version, scikit-learn version), the file's SHA-256
against the metadata, and that every type in the file is on :data:`TRUSTED_TYPES`.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Optional

from annotate.errors import ModelError, UsageError
from annotate.output import atomic_writer
from annotate.schema import LabelSchema, load_schema

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
CARD_FILE = "README.md"
POINTER_FILE = "current"
FORMAT_VERSION = 1
_VERSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")

#: Every type a model file may contain beyond skops' own defaults. Anything else is refused
#: before loading (skops builds nothing until the file is accepted).
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._encoders.OneHotEncoder",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.model_selection._split.StratifiedKFold",
)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    import numpy
    import scipy
    import skops
    import sklearn

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def check_model_dir(model_dir: Path) -> Path:
    """``model_dir`` as a Path; UsageError when it exists but is not a folder."""
    model_dir = Path(model_dir)
    if model_dir.exists() and not model_dir.is_dir():
        raise UsageError(f"{model_dir}: --model-dir is a file, not a folder; pass a folder path instead")
    return model_dir


def has_model(model_dir: Path) -> bool:
    return (check_model_dir(model_dir) / POINTER_FILE).is_file()


def current_version(model_dir: Path) -> Optional[str]:
    pointer = Path(model_dir) / POINTER_FILE
    if not pointer.is_file():
        return None
    try:
        version = pointer.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        raise ModelError(f"{pointer}: not a model version name (not UTF-8 text); re-run `annotate train` to rewrite it") from None
    if not _VERSION_NAME.match(version):
        raise ModelError(f"{pointer}: not a model version name ({version[:40]!r}); re-run `annotate train` to rewrite it")
    return version


def save_model(
    model_dir: Path, version: str, pipelines: dict, metadata: dict[str, Any], card: str
) -> Path:
    """Write ``<model_dir>/<version>/`` completely, then point ``current`` at it. Returns the version dir."""
    import skops.io as sio

    model_dir = Path(model_dir)
    if not _VERSION_NAME.match(version):
        raise ModelError(f"model version {version!r} has characters other than letters, digits, '.', '_' and '-'")
    try:
        check_model_dir(model_dir).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"{model_dir}: cannot create the model folder ({err.strerror or type(err).__name__}); pass a writable --model-dir") from None
    final = model_dir / version
    if final.exists():
        raise ModelError(f"{final}: version already exists; versions are never overwritten, train again for a new one")
    staging = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=model_dir))
    try:
        sio.dump(pipelines, staging / MODEL_FILE)
        untrusted = [t for t in sio.get_untrusted_types(file=staging / MODEL_FILE) if t not in TRUSTED_TYPES]
        if untrusted:
            raise ModelError(f"model holds types not on the trusted list ({', '.join(untrusted)}); add them to TRUSTED_TYPES in annotate/classify/store.py")
        metadata = {**metadata, "model_sha256": sha256_file(staging / MODEL_FILE)}
        (staging / METADATA_FILE).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (staging / CARD_FILE).write_text(card, encoding="utf-8")
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    switch_current(model_dir, version)
    return final


def switch_current(model_dir: Path, version: str) -> None:
    """Atomically point ``current`` at ``version`` (temp file + os.replace)."""
    with atomic_writer(Path(model_dir) / POINTER_FILE) as handle:
        handle.write(version + "\n")


def read_metadata(version_dir: Path) -> dict[str, Any]:
    path = Path(version_dir) / METADATA_FILE
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: missing; the model folder is incomplete, re-run `annotate train`") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ModelError(f"{path}: not valid JSON; the model folder is damaged, re-run `annotate train`") from None
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_VERSION:
        raise ModelError(f"{path}: unknown model format {metadata.get('format') if isinstance(metadata, dict) else None!r} (expected {FORMAT_VERSION}); re-run `annotate train`")
    return metadata


def check_compatible(metadata: dict[str, Any], schema: LabelSchema, where: str) -> None:
    """ModelError unless the model was made for this label schema, these features and this scikit-learn."""
    from annotate.classify.features import FEATURES_VERSION

    import sklearn

    if metadata.get("schema_hash") != schema.hash():
        raise ModelError(
            f"{where}: model was trained for label schema {metadata.get('schema_name')} v{metadata.get('schema_version')} "
            f"(hash {metadata.get('schema_hash')}), not the current one (hash {schema.hash()}); retrain with `annotate train`"
        )
    if metadata.get("features_version") != FEATURES_VERSION:
        raise ModelError(
            f"{where}: model uses features v{metadata.get('features_version')}, this annotate computes v{FEATURES_VERSION}; retrain with `annotate train`"
        )
    trained_with = (metadata.get("packages") or {}).get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelError(
            f"{where}: model was saved with scikit-learn {trained_with}, this environment has {sklearn.__version__}; "
            "retrain with `annotate train` or install the pinned requirements.lock"
        )


def load_pipelines(model_file: Path, expected_sha256: Optional[str]) -> dict:
    """Load a skops file after checking its hash and that it holds only trusted types."""
    import skops.io as sio

    if not model_file.is_file():
        raise ModelError(f"{model_file}: missing; the model folder is incomplete, re-run `annotate train`")
    if expected_sha256 is not None and sha256_file(model_file) != expected_sha256:
        raise ModelError(f"{model_file}: SHA-256 differs from metadata.json (file changed or damaged); refusing to load it, re-run `annotate train`")
    try:
        untrusted = sio.get_untrusted_types(file=model_file)
    except (zipfile.BadZipFile, KeyError, ValueError, json.JSONDecodeError, OSError) as err:
        raise ModelError(f"{model_file}: not a readable skops file ({type(err).__name__}); re-run `annotate train`") from None
    refused = [t for t in untrusted if t not in TRUSTED_TYPES]
    if refused:
        raise ModelError(f"{model_file}: holds untrusted types ({', '.join(refused[:5])}); refusing to load it, nothing was executed")
    try:
        pipelines = sio.load(model_file, trusted=list(TRUSTED_TYPES))
    except Exception as err:  # skops raises assorted errors for a malformed file
        raise ModelError(f"{model_file}: cannot be loaded ({type(err).__name__}: {str(err)[:80]}); re-run `annotate train`") from None
    if not isinstance(pipelines, dict):
        raise ModelError(f"{model_file}: expected a mapping of field -> pipeline; re-run `annotate train`")
    return pipelines


def load_model(model_dir: Path, schema: Optional[LabelSchema] = None):
    """The :class:`~annotate.classify.model.ModelPredictor` that ``<model_dir>/current`` points at."""
    from annotate.classify.model import ModelPredictor

    model_dir = Path(model_dir)
    schema = schema or load_schema()
    version = current_version(model_dir)
    if version is None:
        raise ModelError(f"{model_dir}: no 'current' pointer; run `annotate train` first")
    version_dir = model_dir / version
    if not version_dir.is_dir():
        raise ModelError(f"{model_dir / POINTER_FILE}: points at {version!r}, which does not exist; re-run `annotate train`")
    metadata = read_metadata(version_dir)
    check_compatible(metadata, schema, str(version_dir))
    pipelines = load_pipelines(version_dir / MODEL_FILE, metadata.get("model_sha256"))
    fields = metadata.get("fields") or {}
    if not isinstance(fields, dict) or not all(isinstance(info, dict) for info in fields.values()):
        raise ModelError(f"{version_dir / METADATA_FILE}: 'fields' is not an object of field -> details; the model folder is damaged, re-run `annotate train`")
    if set(pipelines) != {name for name, info in fields.items() if info.get("trained")}:
        raise ModelError(f"{version_dir}: model file and metadata list different fields; re-run `annotate train`")
    from annotate.classify import CLASSIFIED_FIELDS

    classes = {field: schema.classes(field) for field in CLASSIFIED_FIELDS}
    return ModelPredictor(pipelines, classes, f"{metadata.get('name', model_dir.name)}/{version}")
