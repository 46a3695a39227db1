"""The bulk memo: bounded, and one-off notes do not push out the ones that repeat."""

from collections import OrderedDict

from inviteslint.bulk.memo import Memo


def _misses(memo_get, memo_put, keys) -> int:
    misses = 0
    for key in keys:
        if memo_get(key) is None:
            misses += 1
            memo_put(key, key.upper())
    return misses


def _lru(size: int):
    store: OrderedDict = OrderedDict()

    def get(key):
        if key in store:
            store.move_to_end(key)
            return store[key]
        return None

    def put(key, value):
        store[key] = value
        if len(store) > size:
            store.popitem(last=False)

    return get, put


def _inbox() -> list[str]:
    # Two notes that come back (the platform's default, a template sent verbatim), now and then
    # soon after each other but mostly after more personal notes, each sent once, than the memo holds.
    keys = []
    for n in range(300):
        keys.append(f"personal note {n}")
        if n % 12 in {0, 2}:
            keys += ["default note", "template note"]
    return keys


def test_repeating_notes_survive_a_run_of_one_off_notes():
    memo = Memo(10)
    misses = _misses(memo.get, memo.put, _inbox())
    assert misses == 300 + 2  # each personal note once, each repeating note only the first time
    assert "default note" in memo and "template note" in memo and len(memo) == 10
    # A plain LRU of the same size forgets the repeating notes between their returns.
    assert _misses(*_lru(10), _inbox()) == 300 + 2 * 25


def test_size_and_hashes_stay_bounded():
    memo = Memo(4)
    for n in range(50):
        memo.put(f"k{n}", n)
        if n % 3 == 0:
            assert memo.get(f"k{n}") == n
    assert len(memo) == 4 and len(memo.by_hash) == 4
    assert all(memo.by_hash[hash(key)] == key for key in memo.by_hash.values())
    assert memo.get("k0") is None


def test_a_use_named_by_hash_keeps_an_answer():
    memo = Memo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    memo.use_hash(hash("a"))
    memo.use_hash(12345)  # names nothing: ignored
    memo.put("c", 3)
    assert "a" in memo and "b" not in memo and "c" in memo
    memo.clear()
    assert len(memo) == 0 and memo.by_hash == {}
