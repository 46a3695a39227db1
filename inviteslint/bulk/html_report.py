"""A self-contained HTML page of the summary: inline CSS and SVG charts, nothing fetched."""

from __future__ import annotations

from html import escape
from typing import Any

from ..scoring import LABELS

COLORS = {"default": "#9aa5b1", "sales": "#d9534f", "personalized": "#2e8b57"}
STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;
color:#1f2933;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse}td,th{padding:.2rem .8rem;text-align:left;border-bottom:1px solid #e4e7eb}
td.n{text-align:right}.legend span{display:inline-block;margin-right:1rem}
.swatch{width:.8rem;height:.8rem;display:inline-block;margin-right:.3rem;vertical-align:middle}
svg text{font-size:12px;fill:#1f2933}
"""


# Width of a character of the charts' 12px text, generous: labels must not run under the bars.
CHAR_WIDTH = 7.5


def bars(items: list[tuple[str, int, str]], bar_width: int = 300) -> str:
    """Horizontal bars: (label, value, colour), the labels in a column as wide as the longest."""
    if not items:
        return "<p>None.</p>"
    top = max(value for _, value, _ in items) or 1
    row = 24
    label_width = round(CHAR_WIDTH * max(len(label) for label, _, _ in items)) + 12
    width = label_width + bar_width + 60
    parts = [f'<svg width="{width}" height="{row * len(items)}" role="img">']
    for i, (label, value, color) in enumerate(items):
        y = i * row
        length = bar_width * value / top
        parts.append(f'<text x="0" y="{y + 16}">{escape(label)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="16" fill="{color}"/>')
        parts.append(f'<text x="{label_width + length + 6:.1f}" y="{y + 16}">{value:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def weeks_chart(weeks: dict[str, dict[str, int]], height: int = 180) -> str:
    """Stacked columns of notes per week, one colour per label."""
    if not weeks:
        return "<p>No dates in the input.</p>"
    names = list(weeks)
    step = max(6, min(40, 700 // len(names)))
    top = max(sum(counts.values()) for counts in weeks.values()) or 1
    width = step * len(names) + 60
    parts = [f'<svg width="{width}" height="{height + 40}" role="img">']
    for i, week in enumerate(names):
        x, y = 40 + i * step, height
        for label in LABELS:
            h = height * weeks[week][label] / top
            if h:
                y -= h
                parts.append(
                    f'<rect x="{x}" y="{y:.1f}" width="{step - 2}" height="{h:.1f}" '
                    f'fill="{COLORS[label]}"><title>{escape(week)}: {weeks[week][label]} {label}'
                    "</title></rect>"
                )
    parts.append(f'<text x="40" y="{height + 16}">{escape(names[0])}</text>')
    parts.append(f'<text x="{width - 80}" y="{height + 16}">{escape(names[-1])}</text>')
    parts.append(f'<text x="0" y="12">{top}</text></svg>')
    return "".join(parts)


def render(summary: dict[str, Any], title: str = "inviteslint report") -> str:
    rows = summary["rows"]
    label_items = [(label, summary["labels"][label], COLORS[label]) for label in LABELS]
    code_items = [(f"{c['code']} {c['name']}", c["count"], "#3e7cb1") for c in summary["top_codes"]]
    legend = "".join(
        f'<span><i class="swatch" style="background:{COLORS[label]}"></i>{label}</span>' for label in LABELS
    )
    senders = "".join(
        f"<tr><td>{escape(s['sender'])}</td><td class=n>{s['count']:,}</td></tr>"
        for s in summary["top_sales_senders"]
    )
    actions = ""
    if summary.get("actions"):
        actions = f"<h2>Triage ({escape(summary['policy'])})</h2>" + bars(
            [(action, count, "#6c5ce7") for action, count in summary["actions"].items()]
        )
    undecodable = ""
    if rows.get("undecodable"):
        undecodable = f" ({rows['undecodable']:,} with bytes the input encoding cannot read: see --encoding)"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body>
<h1>{escape(title)}</h1>
<p>{rows["read"]:,} rows read, {rows["written"]:,} written, {rows["errored"]:,} with errors{undecodable},
{rows["skipped"]:,} skipped. {summary["with_claims"]:,} notes ({summary["claims_share"]:.1%}) claim a
relationship.</p>
<h2>Label mix</h2>{bars(label_items)}
<h2>Top reasons (findings)</h2>{bars(code_items)}
{actions}
<h2>Notes per week</h2><p class="legend">{legend}</p>{weeks_chart(summary["weeks"])}
<h2>Top senders of sales notes</h2>
<table><tr><th>sender</th><th>notes</th></tr>{senders or "<tr><td>None.</td><td></td></tr>"}</table>
</body></html>
"""
