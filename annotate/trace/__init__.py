"""Trace one utterance across outlets: clusters of statements, their differences, and label propagation."""

from annotate.trace.cluster import Cluster, Difference, LabelValue, Member, trace

__all__ = ["Cluster", "Difference", "LabelValue", "Member", "trace"]
