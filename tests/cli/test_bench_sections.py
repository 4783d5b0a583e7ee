"""`python -m annotate.bench [SECTION [ARGS]]`: section names are checked, and a section's own arguments reach it."""

import subprocess
import sys

from annotate.bench.__main__ import SECTIONS, main


def test_an_unknown_section_is_an_error_naming_the_sections(capsys):
    assert main(["carryovr"]) == 2
    assert capsys.readouterr().err.strip() == f"unknown bench section 'carryovr'; sections: {', '.join(SECTIONS)}"


def test_a_sections_own_arguments_reach_it():
    # Before, "carryover nope" ran nothing ("[nope] not built yet") and "carryover ibmcs" ran every set.
    run = subprocess.run([sys.executable, "-m", "annotate.bench", "carryover", "nope"], capture_output=True, text=True)
    assert run.returncode == 2
    assert "[carryover] unknown set(s) ['nope']" in run.stderr


def test_arguments_to_a_section_that_takes_none_are_refused(capsys):
    assert main(["classify", "--fast"]) == 2
    assert "takes no arguments (got --fast)" in capsys.readouterr().err


def test_the_share_section_runs_when_named_but_not_by_default():
    from annotate.bench.__main__ import ON_REQUEST

    assert "share" in ON_REQUEST and "share" not in SECTIONS  # `make bench` does not run it twice (scale measures it)
    run = subprocess.run([sys.executable, "-m", "annotate.bench", "share", "--fast"], capture_output=True, text=True)
    assert run.returncode == 2 and "bench section 'share' takes no arguments (got --fast)" in run.stderr
