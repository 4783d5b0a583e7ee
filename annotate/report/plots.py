"""Static SVG plots (matplotlib, Agg backend) for the report: no JavaScript, no network.

Each function takes plain counts and returns an SVG string to inline in the HTML. Text is
kept as SVG text (``svg.fonttype: none``): small files, selectable, searchable.
"""

from __future__ import annotations

import io
import re
from typing import Mapping, Optional, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

_XMLNS = re.compile(r'\s+xmlns(:\w+)?="[^"]*"')
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)  # RDF/Dublin Core block naming purl.org URLs
PALETTE = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd")
RC = {"svg.fonttype": "none", "svg.hashsalt": "annotate-report", "font.size": 9, "font.family": "DejaVu Sans",
      "axes.spines.top": False, "axes.spines.right": False}


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]  # drop the XML prolog and DOCTYPE (inlined in HTML)
    # HTML5 parses inline SVG (and xlink:href) without namespace declarations: drop them so
    # the page names no URL at all, not even a namespace one.
    return _XMLNS.sub("", _METADATA.sub("", text))


def stacked_bars(counts: Mapping[str, Mapping[str, float]], title: str, xlabel: str, order: Optional[Sequence[str]] = None,
                 share: bool = False, small: bool = False) -> str:
    """Horizontal stacked bars: one bar per row key, one colour per column key (``small``: half-width)."""
    rows = list(counts)
    columns = list(order) if order else sorted({c for row in counts.values() for c in row})
    columns = [c for c in columns if any(counts[r].get(c) for r in rows)] or columns
    with plt.rc_context(RC):
        fig, ax = plt.subplots(figsize=(4.6 if small else 7.2, 0.4 * max(len(rows), 2) + 1.0))
        left = [0.0] * len(rows)
        for n, column in enumerate(columns):
            values = []
            for r in rows:
                total = sum(counts[r].values()) or 1
                value = counts[r].get(column, 0)
                values.append(value / total if share else value)
            ax.barh(rows, values, left=left, color=PALETTE[n % len(PALETTE)], label=column, height=0.6)
            left = [a + b for a, b in zip(left, values)]
        ax.invert_yaxis()
        ax.set_title(title, loc="left", fontsize=10)
        ax.set_xlabel(xlabel)
        if share:
            ax.set_xlim(0, 1)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        return _svg(fig)


def share_bars(shares: Mapping[str, tuple[int, int]], title: str, xlabel: str) -> str:
    """One bar per row: part / whole, labelled with both numbers."""
    rows = list(shares)
    with plt.rc_context(RC):
        fig, ax = plt.subplots(figsize=(7.2, 0.45 * max(len(rows), 2) + 1.1))
        values = [part / whole if whole else 0.0 for part, whole in shares.values()]
        ax.barh(rows, values, color=PALETTE[3], height=0.6)
        for y, (value, (part, whole)) in enumerate(zip(values, shares.values())):
            ax.text(value + 0.01, y, f"{part}/{whole}", va="center", fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, 1.1)
        ax.set_title(title, loc="left", fontsize=10)
        ax.set_xlabel(xlabel)
        return _svg(fig)


def grouped_bars(values: Mapping[str, Mapping[str, float]], title: str) -> str:
    """Horizontal grouped bars: one group per row key, one bar per metric (0-1 scale)."""
    rows = list(values)
    metrics = sorted({m for row in values.values() for m in row})
    height = 0.8 / max(len(metrics), 1)
    with plt.rc_context(RC):
        fig, ax = plt.subplots(figsize=(7.2, 0.5 * max(len(rows), 2) + 1.0))
        for n, metric in enumerate(metrics):
            ys = [y + (n - (len(metrics) - 1) / 2) * height for y in range(len(rows))]
            xs = [values[r].get(metric, 0.0) for r in rows]
            ax.barh(ys, xs, height=height, color=PALETTE[n % len(PALETTE)], label=metric)
            for y, x in zip(ys, xs):
                ax.text(x + 0.01, y, f"{x:.2f}", va="center", fontsize=7)
        ax.set_yticks(range(len(rows)), rows)
        ax.invert_yaxis()
        ax.set_xlim(0, 1.1)
        ax.set_title(title, loc="left", fontsize=10)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        return _svg(fig)
