"""One-file HTML report with plots: who is quoted, how, by whom, across outlets."""

from annotate.report.build import SECTIONS, ReportData, from_statements, report_html

__all__ = ["SECTIONS", "ReportData", "from_statements", "report_html"]
