"""Build the one-file HTML report: who is quoted, how, by whom, across outlets.

Library entry point: ``report_html(data) -> str`` over a :class:`ReportData`, which
:func:`from_statements` (statements JSONL, predictions from the current model or rule
priors) or :func:`annotate.report.project.from_project` (a Label Studio project) builds.

The page is self-contained: plots are static inline SVG drawn by matplotlib, styles are
inline, no script, font or image is fetched (docs/report.md says why).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from annotate.records import Statement
from annotate.report import plots
from annotate.trace.cluster import Cluster, LabelValue, outlet_of, trace

STANCE_ORDER = ("support", "oppose", "neutral", "unrelated")
CERTAINTY_ORDER = ("certain", "hedged", "uncommitted")
#: Every plot/section id the page carries (a test checks each is present).
SECTIONS = ("sources-by-type", "anonymous-share", "stance", "certainty", "clusters", "progress", "model")


@dataclass
class ReportData:
    title: str
    statements: list[Statement]
    #: statement id -> field -> labels (stance: one per target)
    labels: dict[str, dict[str, list[LabelValue]]] = field(default_factory=dict)
    labels_from: str = "none"  # "annotations", "predictions (<model_version>)", or "none"
    clusters: list[Cluster] = field(default_factory=list)
    progress: Optional[dict] = None  # tasks, annotated tasks, annotations, cancelled
    agreement: list = field(default_factory=list)  # FieldAgreement records
    model_card: Optional[dict] = None
    notes: list[str] = field(default_factory=list)


def predict_labels(statements: Sequence[Statement], targets: Sequence[str], predictor) -> dict[str, dict[str, list[LabelValue]]]:
    """Stance toward each target and certainty of each statement, from a predictor (model or rule priors)."""
    from annotate.classify.prelabel import statement_item

    labels: dict[str, dict[str, list[LabelValue]]] = defaultdict(lambda: defaultdict(list))
    pairs = [(s, t) for s in statements for t in (targets or [None])]
    if not pairs:
        return {}
    predictions = predictor.predict([statement_item(s, t) for s, t in pairs])
    for (statement, target), prediction in zip(pairs, predictions):
        if prediction.stance is not None and target is not None:
            labels[statement.id]["stance"].append(LabelValue(label=prediction.stance.label, origin="prediction", model_version=prediction.model_version, target=target))
        if prediction.certainty is not None and not labels[statement.id]["certainty"]:
            labels[statement.id]["certainty"].append(LabelValue(label=prediction.certainty.label, origin="prediction", model_version=prediction.model_version))
    return {k: dict(v) for k, v in labels.items()}


def current_model_card(model_dir: Optional[Path] = None) -> Optional[dict]:
    """metadata.json of the current trained model, or None when there is none."""
    from annotate.classify import DEFAULT_MODEL_DIR
    from annotate.classify.store import current_version, has_model, read_metadata

    model_dir = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
    if not has_model(model_dir):
        return None
    version = current_version(model_dir)
    return read_metadata(model_dir / version) if version else None


def from_statements(statements: Sequence[Statement], labels: Optional[dict] = None, targets: Sequence[str] = (),
                    predictor=None, title: str = "annotate report", model_dir: Optional[Path] = None) -> ReportData:
    """Report data of statements; labels they carry win, else the predictor's (model or rule priors)."""
    statements = [s for s in statements if s.content is not None]
    labels = dict(labels or {})
    labels_from = "none"
    if labels:
        versions = sorted({v.model_version or "?" for f in labels.values() for vs in f.values() for v in vs})
        labels_from = f"predictions ({', '.join(versions)}) carried by the input"
    elif predictor is not None:
        labels = predict_labels(statements, targets, predictor)
        labels_from = f"predictions ({predictor.model_version}); no annotations given"
    first = {sid: {name: vs[0] for name, vs in fields.items() if vs} for sid, fields in labels.items()}
    return ReportData(title=title, statements=statements, labels=labels, labels_from=labels_from,
                      clusters=trace(statements, first), model_card=current_model_card(model_dir))


# --- HTML --------------------------------------------------------------------------------

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;font-size:14px}
h1{font-size:22px;margin-bottom:4px} h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta,.note{color:#666;font-size:12px} section svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:12px;margin:8px 0 16px;width:100%}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top} th{background:#f4f4f4}
td.diff{background:#fff1c2;font-weight:bold} td.pred{color:#777;font-style:italic} .cluster-head td{background:#eef3fa;font-weight:bold}
.pair{display:flex;gap:12px;flex-wrap:wrap;align-items:flex-start} .pair svg{width:540px}
.tag{display:inline-block;background:#c44e52;color:#fff;border-radius:3px;padding:0 5px;margin-right:4px;font-size:11px}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _counts(pairs) -> dict[str, dict[str, int]]:
    out: dict[str, Counter] = defaultdict(Counter)
    for row, column in pairs:
        out[row][column] += 1
    return {row: dict(out[row]) for row in sorted(out)}


def _section(key: str, title: str, body: str, note: str = "") -> str:
    note_html = f'<p class="note">{_e(note)}</p>' if note else ""
    return f'<section id="{key}"><h2>{_e(title)}</h2>{note_html}{body}</section>'


def _type(statement: Statement) -> str:
    if statement.source is None and not statement.source_label:
        return "(no source)"
    return statement.source_type or "unknown"


def _sources_by_type(data: ReportData) -> str:
    seen = {(outlet_of(s), s.source_label or (s.source.text if s.source else "(no source)"), _type(s)) for s in data.statements}
    return _section("sources-by-type", "Sources per outlet, by source type",
                    plots.stacked_bars(_counts((o, t) for o, _, t in seen), "Distinct sources per outlet", "sources"),
                    "A source is a distinct normalised source label within an outlet.")


def _anonymous(data: ReportData) -> str:
    by_outlet: dict[str, list[bool]] = defaultdict(list)
    for s in data.statements:
        by_outlet[outlet_of(s)].append(s.anonymous)
    shares = {o: (sum(v), len(v)) for o, v in sorted(by_outlet.items())}
    return _section("anonymous-share", "Anonymous share per outlet",
                    plots.share_bars(shares, "Statements credited to anonymous sources", "share of the outlet's statements"))


def _label_rows(data: ReportData, name: str):
    by_id = {s.id: s for s in data.statements}
    for sid, fields in data.labels.items():
        statement = by_id.get(sid)
        if statement is not None:
            for value in fields.get(name, []):
                yield statement, value


def _stance(data: ReportData) -> str:
    rows = list(_label_rows(data, "stance"))
    if not rows:
        return _section("stance", "Stance toward each target", '<p class="note">No stance labels or predictions (give --target).</p>')
    parts = []
    for target in sorted({v.target or "" for _, v in rows}):
        these = [(s, v) for s, v in rows if (v.target or "") == target]
        parts.append(f"<h3>Target: {_e(target)}</h3><div class=\"pair\">")
        parts.append(plots.stacked_bars(_counts((_type(s), v.label) for s, v in these), "By source type", "statements", STANCE_ORDER, small=True))
        parts.append(plots.stacked_bars(_counts((outlet_of(s), v.label) for s, v in these), "By outlet", "statements", STANCE_ORDER, small=True))
        parts.append("</div>")
    return _section("stance", "Stance toward each target, by source type and by outlet", "".join(parts), f"Labels: {data.labels_from}.")


def _certainty(data: ReportData) -> str:
    rows = list(_label_rows(data, "certainty"))
    if not rows:
        return _section("certainty", "Certainty by outlet", '<p class="note">No certainty labels or predictions.</p>')
    return _section("certainty", "Certainty by outlet",
                    plots.stacked_bars(_counts((outlet_of(s), v.label) for s, v in rows), "Certainty of statements", "share", CERTAINTY_ORDER, share=True),
                    f"Labels: {data.labels_from}.")


MEMBER_COLUMNS = (("outlet", "outlet"), ("source", "source mention"), ("source_label", "source label"), ("anonymous", "anonymous"),
                  ("via", "via"), ("cue", "cue"), ("kind", "direct / paraphrase"), ("stance", "stance"), ("certainty", "certainty"),
                  ("content", "content"))
DIFF_COLUMN = {"named_vs_anonymous": "anonymous", "source_label": "source_label", "direct_vs_paraphrase": "kind",
               "hedged_vs_flat": "cue", "via": "via"}


def _cell(m, key: str) -> str:
    """The value a difference is about, for one member."""
    if key == "cue":
        return m.cue_style
    return str(getattr(m, key))


def _clusters(data: ReportData) -> str:
    if not data.clusters:
        return _section("clusters", "Traced utterances", '<p class="note">No statement is reported by two articles.</p>')
    head = "".join(f"<th>{_e(label)}</th>" for _, label in MEMBER_COLUMNS)
    rows = []
    for cluster in data.clusters:
        tags = "".join(f'<span class="tag">{_e(d.kind.replace("_", " "))}</span>' for d in cluster.differences)
        rows.append(f'<tr class="cluster-head"><td colspan="{len(MEMBER_COLUMNS)}">{_e(cluster.id)}: {cluster.size} statements in '
                    f'{len(cluster.articles)} articles {tags}</td></tr>')
        differing = {DIFF_COLUMN[d.kind] for d in cluster.differences}
        # the value most members share; cells that depart from it are highlighted
        usual = {key: Counter(_cell(m, key) for m in cluster.members).most_common(1)[0][0] for key in differing}
        for m in cluster.members:
            cells = []
            for key, _ in MEMBER_COLUMNS:
                value = getattr(m, key)
                predicted = key in ("stance", "certainty") and value is not None and value.origin == "prediction"
                if key in ("stance", "certainty"):
                    value = value.label if value is not None else ""
                elif key == "anonymous":
                    value = "yes" if value else "no"
                elif key == "cue" and value:
                    value = f"{value} ({m.cue_style})"
                elif key == "content" and value and len(value) > 160:
                    value = value[:157] + "..."
                cls = ' class="diff"' if key in differing and _cell(m, key) != usual[key] else (' class="pred"' if predicted else "")
                cells.append(f"<td{cls}>{_e(value)}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    table = f"<table><tr>{head}</tr>{''.join(rows)}</table>"
    return _section("clusters", "Traced utterances: one claim, several outlets", table,
                    "Red tags name how the outlets differ (annotate trace); a highlighted cell departs from what most members of its cluster have. Stance shown toward the first target; predicted labels in grey italics, annotated ones plain.")


def _progress(data: ReportData) -> str:
    if data.progress is None:
        return _section("progress", "Annotation progress and agreement",
                        '<p class="note">No Label Studio project given (statements-only report); run with --project TITLE.</p>')
    p = data.progress
    done = plots.share_bars({"tasks annotated": (p["annotated_tasks"], p["tasks"])}, "Annotation progress", "share of tasks")
    rows = "".join(
        f"<tr><td>{_e(a.field)}</td><td>{_e(a.annotators)}</td><td>{_e(a.items)}</td><td>{'' if a.alpha is None else f'{a.alpha:.3f}'}</td>"
        f"<td>{_e('; '.join(f'{k.annotator_a}~{k.annotator_b}: ' + ('n/a' if k.kappa is None else f'{k.kappa:.3f}') + f' (n={k.items})' for k in a.pairwise) or 'n/a')}</td></tr>"
        for a in data.agreement
    )
    table = f"<table><tr><th>field</th><th>annotators</th><th>items with 2+ labels</th><th>Krippendorff alpha</th><th>Cohen kappa per pair</th></tr>{rows}</table>"
    note = f"{p['annotations']} annotations ({p['cancelled']} cancelled/skipped) on {p['annotated_tasks']} of {p['tasks']} tasks."
    return _section("progress", "Annotation progress and agreement", done + table, note)


PREDICTORS = ("model", "rules", "majority")
MODEL_METRICS = ("accuracy", "macro_f1", "log_loss", "brier")


def _model(data: ReportData) -> str:
    card = data.model_card
    if card is None:
        return _section("model", "Current model against the rules",
                        '<p class="note">None: no trained model in models/ (pre-annotations come from the rule priors); run `annotate train`.</p>')
    trained = {name: info["cv"] for name, info in (card.get("fields") or {}).items() if info.get("trained") and info.get("cv")}
    rows, bars = [], {}
    for name, cv in trained.items():
        for who in PREDICTORS:
            figures = cv.get(who) or {}
            cells = "".join(f"<td>{figures[m]:.3f}</td>" if isinstance(figures.get(m), (int, float)) else "<td></td>" for m in MODEL_METRICS)
            rows.append(f"<tr><td>{_e(name)}</td><td>{_e(cv.get('scheme'))}</td><td>{_e(who)}</td><td>{_e(figures.get('n'))}</td>{cells}</tr>")
            bars[f"{name} {who}"] = {"accuracy": figures.get("accuracy") or 0.0, "macro-F1": figures.get("macro_f1") or 0.0}
    if not rows:
        body = '<p class="note">The model card holds no cross-validated field.</p>'
    else:
        head = "".join(f"<th>{_e(m.replace('_', ' '))}</th>" for m in MODEL_METRICS)
        body = plots.grouped_bars(bars, "Out-of-fold accuracy and macro-F1: model, rule priors, majority") + (
            f"<table><tr><th>field</th><th>scheme</th><th>predictor</th><th>n</th>{head}</tr>{''.join(rows)}</table>")
    return _section("model", f"Current model {card.get('version', '')} against the rules", body,
                    f"From the metadata.json of model {card.get('name', '')}/{card.get('version', '')} (out-of-fold on its training labels, trained {card.get('created', '')}).")


def report_html(data: ReportData) -> str:
    articles = len({s.article_id for s in data.statements})
    outlets = len({outlet_of(s) for s in data.statements})
    meta = (f"{len(data.statements)} statements from {articles} articles ({outlets} outlets); "
            f"{len(data.clusters)} utterances traced across outlets; labels: {data.labels_from}; "
            f"generated {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by annotate report.")
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in data.notes)
    body = "".join((_clusters(data), _sources_by_type(data), _anonymous(data), _stance(data), _certainty(data), _progress(data), _model(data)))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(data.title)}</title>'
            f"<style>{CSS}</style></head><body><h1>{_e(data.title)}</h1><p class=\"meta\">{_e(meta)}</p>{notes}{body}</body></html>\n")
