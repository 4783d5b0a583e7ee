"""`make bench`: speed and memory figures (medians and ratios), never timed unit tests."""
