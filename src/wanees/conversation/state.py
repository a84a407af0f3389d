"""The turn-taking state machine. Exactly one party holds the turn; the server enforces it.

listening -> user_speaking -> thinking -> speaking -> listening, plus thinking -> listening when
a turn fails or nothing intelligible was said, user_speaking -> listening when the utterance is
dropped, and listening -> thinking for a typed turn. Anything else is a bug and raises.
"""

from __future__ import annotations

from wanees.transport.protocol import TurnState

ALLOWED: dict[TurnState, frozenset[TurnState]] = {
    TurnState.LISTENING: frozenset({TurnState.USER_SPEAKING, TurnState.THINKING}),
    TurnState.USER_SPEAKING: frozenset({TurnState.THINKING, TurnState.LISTENING}),
    TurnState.THINKING: frozenset({TurnState.SPEAKING, TurnState.LISTENING}),
    TurnState.SPEAKING: frozenset({TurnState.LISTENING}),
}


class InvalidTransitionError(RuntimeError):
    pass


class TurnStateMachine:
    def __init__(self) -> None:
        self._state = TurnState.LISTENING

    @property
    def state(self) -> TurnState:
        return self._state

    @property
    def user_holds_turn(self) -> bool:
        """True while user audio is welcome (the assistant is neither thinking nor speaking)."""
        return self._state in (TurnState.LISTENING, TurnState.USER_SPEAKING)

    def can(self, target: TurnState) -> bool:
        return target in ALLOWED[self._state]

    def to(self, target: TurnState) -> TurnState:
        if target not in ALLOWED[self._state]:
            raise InvalidTransitionError(f"{self._state.value} -> {target.value} is not allowed")
        self._state = target
        return target
