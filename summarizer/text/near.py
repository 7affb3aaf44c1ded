"""Which strings could be near spellings of a string, found by key instead of by
comparing every pair: a merge of a large answer holds thousands of names, and
comparing each with all the others held a batch for minutes (issue 18).

Two strings whose rapidfuzz ratio reaches `minimum` differ by few insertions and
deletions: ratio = 100 * (1 - indel / (la + lb)), and their longest common
subsequence is each of them with a few characters deleted. Each string is filed
under every way of deleting that many characters from it (its deletion
neighbourhood), so two strings that can reach the ratio share an entry and are
found in one lookup. A string must also share its first character with any
string it matches (every caller requires it); it is kept in each entry, which
leaves the ratio unchanged: equal first characters open a longest common
subsequence.

A long string's neighbourhood would be too large to file; such strings are kept
aside and compared with every string of a length the ratio allows.
"""

from __future__ import annotations

from functools import lru_cache
from math import comb

MOST_ENTRIES = 1500
"""A string with a larger deletion neighbourhood is kept aside (a surname of 19
letters, a place name of 22): such names are rare, and compared by length."""


def most_deletions(length: int, minimum: float) -> int:
    """How many characters a string of `length` can lose to a common subsequence
    with any string it reaches `minimum` with. With d_a deletions from it and d_b
    from the other, d_a + d_b <= r (2 la - d_a + d_b), r = (100 - minimum) / 100;
    d_b = 0 allows the most: d_a <= 2 r la / (1 + r). The bound is rounded up past
    float error, never down: a missed entry would be a missed match."""
    return int(2 * (100 - minimum) * length / (200 - minimum) + 1e-9)


def _partner_lengths(length: int, minimum: float) -> range:
    """The lengths of the strings that can reach `minimum` against one of `length`:
    at best all of the shorter one is in common, 2 ls / (ls + ll) >= minimum / 100."""
    return range(int(length * minimum / (200 - minimum) - 1e-9),
                 int(length * (200 - minimum) / minimum + 1e-9) + 1)


@lru_cache(maxsize=1024)
def _neighbourhood(text: str, minimum: float) -> frozenset[str] | None:
    """Every way of deleting up to `most_deletions` characters after the first; None
    when there are more than MOST_ENTRIES (their count only grows with the length).
    Kept for the names seen last: a name is looked up, then filed."""
    if not text:
        return frozenset(("",))
    head, tail = text[0], text[1:]
    most = min(most_deletions(len(text), minimum), len(tail))
    if sum(comb(len(tail), k) for k in range(most + 1)) > MOST_ENTRIES:
        return None
    found, level = {tail}, {tail}
    for _ in range(most):
        level = {t[:i] + t[i + 1:] for t in level for i in range(len(t))}
        found |= level
    return frozenset(head + t for t in found)


Block = tuple[str, ...]
"""What two strings must share exactly to be compared at all (the numbers in a name)."""


class NearIndex:
    """Strings filed by their deletion neighbourhood, each with the id it was added
    under, in blocks; `candidates` gives, for a string, every id of its block whose
    string might reach `minimum` with it (and some that do not: the caller still
    compares). An entry holds one id until a second comes: most hold one, and a merge
    files tens of entries per name."""

    def __init__(self, minimum: float) -> None:
        self.minimum = minimum
        self._entries: dict[Block, dict[str, int | list[int]]] = {}
        self._long: dict[tuple[Block, int], list[tuple[str, int]]] = {}
        """(block, length) -> (string, id) kept aside."""
        self._by_length: dict[tuple[Block, int], list[tuple[str, int]]] = {}
        """(block, length) -> every (string, id), for a long string's comparisons."""

    def add(self, text: str, ident: int, block: Block = ()) -> None:
        self._by_length.setdefault((block, len(text)), []).append((text, ident))
        entries = _neighbourhood(text, self.minimum)
        if entries is None:
            self._long.setdefault((block, len(text)), []).append((text, ident))
            return
        filed = self._entries.setdefault(block, {})
        for entry in entries:
            held = filed.setdefault(entry, ident)
            if isinstance(held, list):
                held.append(ident)
            elif held != ident:
                filed[entry] = [held, ident]

    def candidates(self, text: str, block: Block = ()) -> set[int]:
        entries = _neighbourhood(text, self.minimum)
        lengths = _partner_lengths(len(text), self.minimum)
        if entries is None:
            return {ident for length in lengths
                    for other, ident in self._by_length.get((block, length), ())
                    if other[:1] == text[:1]}
        filed = self._entries.get(block, {})
        found: set[int] = set()
        for entry in entries:
            held = filed.get(entry)
            if isinstance(held, int):
                found.add(held)
            elif held is not None:
                found.update(held)
        # A string kept aside is longer than any filed one: only the longer partners.
        found.update(ident for length in lengths if length > len(text)
                     for other, ident in self._long.get((block, length), ())
                     if other[:1] == text[:1])
        return found
