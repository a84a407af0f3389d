from __future__ import annotations

import pytest

from wanees.conversation.state import InvalidTransitionError, TurnStateMachine
from wanees.transport.protocol import TurnState as S


def _machine_at(*path: S) -> TurnStateMachine:
    machine = TurnStateMachine()
    for state in path:
        machine.to(state)
    return machine


def test_full_voice_cycle() -> None:
    machine = TurnStateMachine()
    assert machine.state is S.LISTENING and machine.user_holds_turn
    for state in (S.USER_SPEAKING, S.THINKING, S.SPEAKING, S.LISTENING):
        assert machine.to(state) is state
    assert machine.state is S.LISTENING


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), S.THINKING),  # typed turn
        ((S.USER_SPEAKING, S.THINKING), S.LISTENING),  # empty transcript / failure
        ((S.USER_SPEAKING,), S.LISTENING),  # STT failed while the user spoke
    ],
)
def test_allowed_shortcuts(path: tuple[S, ...], target: S) -> None:
    machine = _machine_at(*path)
    machine.to(target)
    assert machine.state is target


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), S.SPEAKING),
        ((), S.LISTENING),
        ((S.USER_SPEAKING,), S.SPEAKING),
        ((S.USER_SPEAKING, S.THINKING), S.USER_SPEAKING),
        ((S.USER_SPEAKING, S.THINKING, S.SPEAKING), S.THINKING),
        ((S.USER_SPEAKING, S.THINKING, S.SPEAKING), S.USER_SPEAKING),
    ],
)
def test_invalid_transitions_raise_and_keep_state(path: tuple[S, ...], target: S) -> None:
    machine = _machine_at(*path)
    before = machine.state
    assert not machine.can(target)
    with pytest.raises(InvalidTransitionError):
        machine.to(target)
    assert machine.state is before


def test_assistant_holds_turn_while_thinking_and_speaking() -> None:
    machine = _machine_at(S.THINKING)
    assert not machine.user_holds_turn
    machine.to(S.SPEAKING)
    assert not machine.user_holds_turn
