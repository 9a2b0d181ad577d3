"""The eval script's statistics, and its behaviour without data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from eval_plainlanguage import auc, spearman  # noqa: E402


def test_missing_data_is_reported_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "EVAL_DIR": str(tmp_path / "nothing")}
    result = subprocess.run(
        [sys.executable, "scripts/eval_plainlanguage.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "no evaluation data" in result.stdout


def test_statistics() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert auc([3, 4], [1, 2]) == 1.0 and auc([1, 2], [3, 4]) == 0.0 and auc([1], [1]) == 0.5
