"""Model persistence: skops files, metadata, model cards, and an atomic ``current`` pointer.

Layout::

    models/<name>/current                 # text file: the version directory in use
    models/<name>/<version>/model.skops   # {field: Pipeline}, skops format (no pickle)
    models/<name>/<version>/metadata.json # schema hash, classes, data hash/size, metrics, versions
    models/<name>/<version>/README.md     # model card
    models/<name>/<version>/examples.txt  # content hashes of the training examples (for the next gate)

A version directory is written complete under a temporary name and renamed into place;
only then is ``current`` replaced (``os.replace``), so a failed or interrupted training
leaves the previous model in use; a version whose models lost the promotion gate is written
but ``current`` is left alone. Each version's metadata names, per field, the version that serves
it (itself, an earlier one, or the rule priors). Loading checks, before any object is built: the pointer,
the metadata (label schema hash, feature version, scikit-learn version), the file's SHA-256
against the metadata, and that every type in the file is one :func:`trusted_types` derives from the pipeline.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import platform
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from pydantic import ValidationError

from annotate.classify.metadata import FORMAT_VERSION, ModelMetadata
from annotate.classify.rules import RULES_VERSION
from annotate.errors import ModelError, UsageError
from annotate.output import atomic_writer
from annotate.schema import LabelSchema, load_schema

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
CARD_FILE = "README.md"
POINTER_FILE = "current"
_VERSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")

EXAMPLES_FILE = "examples.txt"
DEFAULT_CALIBRATION_COUNT = 3  # labels of the rarest class: sigmoid calibration, 3 folds


def type_name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def estimator_types(estimator) -> set[str]:
    """Type names of ``estimator`` and of every estimator nested in its parameters (steps, transformers)."""
    names = {type_name(type(estimator))}
    for value in estimator.get_params(deep=False).values():
        parts = [value]
        if isinstance(value, list):  # Pipeline steps, ColumnTransformer transformers: (name, estimator, ...)
            parts = [part for entry in value if isinstance(entry, tuple) for part in entry]
        for part in parts:
            if hasattr(part, "get_params") and not isinstance(part, type):
                names |= estimator_types(part)
    return names


@functools.cache
def trusted_types() -> frozenset[str]:
    """Every type a model file may hold beyond skops' defaults, derived from the pipeline, as skops does.

    The estimators :func:`~annotate.classify.model.build_pipeline` nests (for both fields), plus
    the types a fitted calibrated classifier holds (with sigmoid and with isotonic calibration),
    as skops reports them for the classifier step fitted on a few rows of numbers. Anything else
    in a file is refused before loading (skops builds nothing until the file is accepted).
    """
    import numpy as np
    import skops.io as sio
    from sklearn.base import clone

    from annotate.classify.model import ISOTONIC_MIN_PER_CLASS, build_pipeline

    names: set[str] = set()
    fitted = []
    x = np.array([[i % 3, i // 3] for i in range(9)], dtype=float)
    y = np.array(["a", "b", "c"] * 3)
    for field_name in ("stance", "certainty"):
        for min_count in (DEFAULT_CALIBRATION_COUNT, ISOTONIC_MIN_PER_CLASS):
            pipeline = build_pipeline(field_name, min_count)
            names |= estimator_types(pipeline)
            fitted.append(clone(pipeline.named_steps["classifier"]).fit(x, y))
    names |= set(sio.get_untrusted_types(data=sio.dumps(fitted)))
    return frozenset(names)


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
    model_dir: Path,
    version: str,
    pipelines: dict,
    metadata: ModelMetadata,
    card: str,
    example_keys: Sequence[str] = (),
    promote: bool = True,
) -> Path:
    """Write ``<model_dir>/<version>/`` completely, then (with ``promote``) point ``current`` at it.

    ``example_keys`` (content hashes of the training examples) go to ``examples.txt``, so a later
    training can refit this model's recipe on the same examples when it competes with it.
    Returns the version dir.
    """
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
        untrusted = [t for t in sio.get_untrusted_types(file=staging / MODEL_FILE) if t not in trusted_types()]
        if untrusted:
            raise ModelError(f"model holds types not on the trusted list ({', '.join(untrusted)}); the pipeline uses a type trusted_types() in annotate/classify/store.py does not derive")
        metadata = metadata.model_copy(update={"model_sha256": sha256_file(staging / MODEL_FILE)})
        (staging / METADATA_FILE).write_text(metadata.model_dump_json(indent=2) + "\n", encoding="utf-8")
        (staging / CARD_FILE).write_text(card, encoding="utf-8")
        (staging / EXAMPLES_FILE).write_text("".join(f"{key}\n" for key in example_keys), encoding="utf-8")
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if promote:
        switch_current(model_dir, version)
    return final


def switch_current(model_dir: Path, version: str) -> None:
    """Atomically point ``current`` at ``version`` (temp file + os.replace)."""
    with atomic_writer(Path(model_dir) / POINTER_FILE) as handle:
        handle.write(version + "\n")


def read_metadata(version_dir: Path) -> ModelMetadata:
    path = Path(version_dir) / METADATA_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: missing; the model folder is incomplete, re-run `annotate train`") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ModelError(f"{path}: not valid JSON; the model folder is damaged, re-run `annotate train`") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise ModelError(f"{path}: unknown model format {data.get('format') if isinstance(data, dict) else None!r} (expected {FORMAT_VERSION}); re-run `annotate train`")
    fields = data.get("fields")
    if not isinstance(fields, dict) or not all(isinstance(info, dict) for info in fields.values()):
        raise ModelError(f"{path}: 'fields' is not an object of field -> details; the model folder is damaged, re-run `annotate train`")
    try:
        return ModelMetadata.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ModelError(f"{path}: field {where}: {first['msg']}; the model folder is damaged, re-run `annotate train`") from None


def check_compatible(metadata: ModelMetadata, schema: LabelSchema, where: str) -> None:
    """ModelError unless the model was made for this label schema, these features and this scikit-learn."""
    from annotate.classify.features import FEATURES_VERSION, READABLE_FEATURES_VERSIONS

    import sklearn

    if metadata.schema_hash != schema.hash():
        raise ModelError(
            f"{where}: model was trained for label schema {metadata.schema_name} v{metadata.schema_version} "
            f"(hash {metadata.schema_hash}), not the current one (hash {schema.hash()}); retrain with `annotate train`"
        )
    if metadata.features_version not in READABLE_FEATURES_VERSIONS:
        raise ModelError(
            f"{where}: model uses features v{metadata.features_version}, this annotate computes v{FEATURES_VERSION}; retrain with `annotate train`"
        )
    trained_with = metadata.packages.get("scikit-learn")
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
    trusted = trusted_types()
    refused = [t for t in untrusted if t not in trusted]
    if refused:
        raise ModelError(f"{model_file}: holds untrusted types ({', '.join(refused[:5])}); refusing to load it, nothing was executed")
    try:
        pipelines = sio.load(model_file, trusted=sorted(trusted))
    except Exception as err:  # skops raises assorted errors for a malformed file
        raise ModelError(f"{model_file}: cannot be loaded ({type(err).__name__}: {str(err)[:80]}); re-run `annotate train`") from None
    if not isinstance(pipelines, dict):
        raise ModelError(f"{model_file}: expected a mapping of field -> pipeline; re-run `annotate train`")
    return pipelines


def load_version(model_dir: Path, version: str, schema: LabelSchema) -> tuple[ModelMetadata, dict]:
    """Metadata and pipelines of one version, checked (compatibility, hash, trusted types, fields)."""
    version_dir = Path(model_dir) / version
    if not version_dir.is_dir():
        raise ModelError(f"{version_dir}: model version missing (named by {Path(model_dir) / POINTER_FILE}); re-run `annotate train`")
    metadata = read_metadata(version_dir)
    check_compatible(metadata, schema, str(version_dir))
    pipelines = load_pipelines(version_dir / MODEL_FILE, metadata.model_sha256)
    if set(pipelines) != set(metadata.trained_fields()):
        raise ModelError(f"{version_dir}: model file and metadata list different fields; re-run `annotate train`")
    return metadata, pipelines


def serving_versions(metadata: ModelMetadata) -> dict[str, str]:
    """Field -> version that predicts it while ``metadata``'s version is current (rule fields left out)."""
    return {name: info.served_by for name, info in metadata.fields.items() if info.served_by != RULES_VERSION}


def fusion_base(info, where: str, base_directory: Optional[Path] = None):
    """The base model's stance pipeline a fused field (``info.fusion``) was trained with; ModelError when the
    base model is missing, untrusted or is not the file (sha256) the field was measured with."""
    from annotate.classify.base import base_dir, load_base

    directory = Path(base_directory) if base_directory is not None else base_dir()
    base = load_base(directory)
    if base.metadata.get("sha256") != info.fusion.base_sha256:
        raise ModelError(
            f"{where}: its stance is fused with base model {info.fusion.base_name}/{info.fusion.base_version} "
            f"(sha256 {info.fusion.base_sha256[:16]}), but {directory} holds another one "
            f"(sha256 {str(base.metadata.get('sha256'))[:16]}); retrain with `annotate train`"
        )
    return base.stance


def load_model(model_dir: Path, schema: Optional[LabelSchema] = None, base_directory: Optional[Path] = None):
    """The :class:`~annotate.classify.model.ModelPredictor` that ``<model_dir>/current`` points at.

    Each field is predicted by the version the current one names for it (itself, an earlier
    version when its own model for that field was not promoted, or the rule priors). A field
    saved with ``fusion`` (weight > 0) is fused with the base model in ``base_directory``
    (default ``models/stance-base``), which must be the file it was trained with (:func:`fusion_base`).
    """
    from annotate.classify import CLASSIFIED_FIELDS
    from annotate.classify.model import DECISIONS, ModelPredictor, decision_weights

    model_dir = Path(model_dir)
    schema = schema or load_schema()
    version = current_version(model_dir)
    if version is None:
        raise ModelError(f"{model_dir}: no 'current' pointer; run `annotate train` first")
    if not (model_dir / version).is_dir():
        raise ModelError(f"{model_dir / POINTER_FILE}: points at {version!r}, which does not exist; re-run `annotate train`")
    metadata, own = load_version(model_dir, version, schema)
    loaded = {version: (metadata, own)}
    pipelines = {}
    weights = {}
    fused = {}
    for name, serving in serving_versions(metadata).items():
        if serving not in loaded:
            loaded[serving] = load_version(model_dir, serving, schema)
        serving_metadata, serving_pipelines = loaded[serving]
        if name not in serving_pipelines:
            raise ModelError(f"{model_dir / version}: names {serving} for {name}, which has no {name} model; re-run `annotate train`")
        pipelines[name] = serving_pipelines[name]
        info = serving_metadata.fields[name]
        total = sum(info.counts.values())
        priors = {label: n / total for label, n in info.counts.items()} if total else {}
        if info.decision not in DECISIONS:
            raise ModelError(f"{model_dir / serving}: unknown decision {info.decision!r} for {name} in its metadata; re-run `annotate train`")
        weights[name] = decision_weights(info.decision, priors, schema.classes(name))
        if info.fusion is not None and info.fusion.weight:
            fused[name] = (info.fusion.weight, fusion_base(info, str(model_dir / serving), base_directory))
    classes = {name: schema.classes(name) for name in CLASSIFIED_FIELDS}
    return ModelPredictor(pipelines, classes, f"{metadata.name or model_dir.name}/{version}", weights=weights, fused=fused)


@dataclass
class PreviousState:
    """What serves each field now, for the promotion gate of a new training."""

    metadata: Optional[ModelMetadata] = None
    keys: dict[str, frozenset[str]] = field(default_factory=dict)  # serving version -> its example keys
    notices: list[str] = field(default_factory=list)
    fusion_weights: dict[str, float] = field(default_factory=dict)  # field -> fusion weight of the version serving it

    def fusion_weight(self, name: str) -> float:
        """The fusion weight of the model serving ``name`` now (0: not fused, or the rules)."""
        return self.fusion_weights.get(name, 0.0)

    def served_by(self, name: str) -> str:
        if self.metadata is None or name not in self.metadata.fields:
            return RULES_VERSION
        return self.metadata.fields[name].served_by

    def describe(self, name: str) -> str:
        serving = self.served_by(name)
        return serving if serving == RULES_VERSION else f"model {serving}"

    def trained_on(self, name: str) -> Optional[frozenset[str]]:
        return self.keys.get(self.served_by(name))


def previous_state(model_dir: Path, schema: LabelSchema) -> PreviousState:
    """The current version's serving map (rules for all when there is no usable current model)."""
    model_dir = Path(model_dir)
    try:
        version = current_version(model_dir) if model_dir.is_dir() else None
        if version is None:
            return PreviousState()
        metadata = read_metadata(model_dir / version)
        check_compatible(metadata, schema, str(model_dir / version))
    except ModelError as err:
        return PreviousState(notices=[f"the current model cannot be used ({err}); the new model competes with the rule priors"])
    state = PreviousState(metadata=metadata)
    for serving in set(serving_versions(metadata).values()):
        path = model_dir / serving / EXAMPLES_FILE
        if path.is_file():
            state.keys[serving] = frozenset(path.read_text(encoding="utf-8").split())
    for name, serving in serving_versions(metadata).items():
        try:
            info = (metadata if serving == version else read_metadata(model_dir / serving)).fields.get(name)
        except ModelError:
            continue
        if info is not None and info.fusion is not None:
            state.fusion_weights[name] = info.fusion.weight
    return state
