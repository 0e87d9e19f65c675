"""A backup can be cancelled between its steps and in the middle of the copy; nothing is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.cancel import Cancelled, CancelToken
from dsl_desktop.services import records
from tests.records_data import add_case, make_vault


def _leftovers(folder: Path, data_dir: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) + sorted(
        p.name for p in data_dir.iterdir() if p.name.startswith(".backup-")
    )


@pytest.mark.parametrize("at_step", [1, 2, 3, 4])
def test_a_cancelled_backup_leaves_no_file(tmp_path: Path, at_step: int) -> None:
    vault, opened, _code = make_vault(tmp_path / "data")
    add_case(opened, "Cancelword", forenames="Siân", surname="O'Neill")
    out = tmp_path / "usb"
    out.mkdir()
    steps: list[tuple[int, int]] = []
    token: CancelToken

    def progressed(done: int, total: int) -> None:
        steps.append((done, total))
        if done == at_step:
            token.cancel()  # step 1: the copy itself is interrupted by SQLite's progress hook

    token = CancelToken(on_progress=progressed)
    with pytest.raises(Cancelled) as raised:
        records.backup(opened, out / "friday.dslbackup", cancel=token)
    assert steps[-1] == (at_step, 4)
    if at_step == 1:  # stopped inside the copy, not at the next step
        assert "interrupted" in str(raised.value.__cause__)
    assert _leftovers(out, vault.data_dir) == []
    # The vault is untouched and a backup made afterwards is complete.
    report = records.backup(opened, out / "friday.dslbackup", cancel=CancelToken())
    assert records.verify_backup(report.path, None, opened).counts["concern"] == 1


def test_progress_is_reported_for_every_step(tmp_path: Path) -> None:
    _vault, opened, _code = make_vault(tmp_path / "data")
    steps: list[tuple[int, int]] = []
    records.backup(
        opened, tmp_path / "b.dslbackup", cancel=CancelToken(lambda d, t: steps.append((d, t)))
    )
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
