"""Wrong unlock attempts slow down guessing, and the delay survives a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from db.errors import UnlockThrottled, WrongPassphrase
from db.vault import ATTEMPTS_FILE, MAX_DELAY, OpenVault, Vault, unlock_delay

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def shut(new_vault: NewVault) -> Path:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    ov.close()
    return vault.data_dir


def test_delay_schedule() -> None:
    assert [unlock_delay(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert unlock_delay(100) == MAX_DELAY


def test_fourth_attempt_waits_and_a_restart_still_waits(shut: Path) -> None:
    clock = FakeClock()
    vault = Vault(shut, clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock(NAME, "wrong guess number one")
    assert vault.throttle.failures() == 3

    with pytest.raises(UnlockThrottled) as info:
        vault.unlock(NAME, "wrong guess number one")
    assert info.value.seconds > 0
    assert info.value.seconds == pytest.approx(2.0)
    assert "2 seconds" in info.value.message
    # Even the right passphrase is not tried while the wait lasts.
    with pytest.raises(UnlockThrottled):
        vault.unlock(NAME, PASS)

    # A restart: a new Vault object on the same folder reads the count from disk.
    restarted = Vault(shut, clock=clock)
    with pytest.raises(UnlockThrottled) as info:
        restarted.unlock(NAME, PASS)
    assert info.value.seconds == pytest.approx(2.0)
    with pytest.raises(UnlockThrottled):
        restarted.unlock_with_recovery("AAAA-BBBB")
    with pytest.raises(UnlockThrottled):
        restarted.unlock_any(PASS)

    clock.advance(1.5)
    with pytest.raises(UnlockThrottled) as info:
        restarted.unlock(NAME, PASS)
    assert info.value.seconds == pytest.approx(0.5)

    clock.advance(0.5)
    ov = restarted.unlock(NAME, PASS)
    ov.close()
    assert restarted.throttle.failures() == 0
    assert not (shut / ATTEMPTS_FILE).exists()
    # The counter starts again from nothing: three free attempts.
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault(shut, clock=clock).unlock(NAME, "wrong again, but free")


def test_the_wait_grows(shut: Path) -> None:
    clock = FakeClock()
    vault = Vault(shut, clock=clock)
    waits = []
    for _ in range(6):
        remaining = vault.throttle.remaining()
        clock.advance(remaining)
        waits.append(remaining)
        with pytest.raises(WrongPassphrase):
            vault.unlock(NAME, "still guessing here")
    assert waits == [0, 0, 0, 2, 4, 8]
    with pytest.raises(UnlockThrottled) as info:
        vault.unlock(NAME, PASS)
    assert info.value.seconds == pytest.approx(16)


def test_unknown_names_and_recovery_codes_count_too(shut: Path) -> None:
    clock = FakeClock()
    vault = Vault(shut, clock=clock)
    with pytest.raises(WrongPassphrase):
        vault.unlock("Nobody At All", PASS)
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(WrongPassphrase):
        vault.unlock_any("not anybody's passphrase")
    with pytest.raises(UnlockThrottled):
        vault.unlock(NAME, PASS)


def test_a_damaged_counter_does_not_reset_the_wait(shut: Path) -> None:
    clock = FakeClock()
    (shut / ATTEMPTS_FILE).write_bytes(b"\x00 garbage")
    with pytest.raises(UnlockThrottled):
        Vault(shut, clock=clock).unlock(NAME, PASS)


def test_the_counter_holds_no_names(shut: Path) -> None:
    clock = FakeClock()
    with pytest.raises(WrongPassphrase):
        Vault(shut, clock=clock).unlock(NAME, "a guess with a name in it Anna")
    data = (shut / ATTEMPTS_FILE).read_bytes()
    assert b"Anna" not in data and b"guess" not in data
