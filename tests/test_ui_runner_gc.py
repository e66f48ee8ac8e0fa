"""ui.runner and the garbage collector: a long op's collections never scan what was alive before it.

A full collection runs in whichever thread allocates when it falls due, the GIL held throughout;
in a worker that scans a 300,000-object heap it froze the window for 100-130 ms (bench_ui_ops).
The runner freezes the objects alive when a long op starts, so the collections the op triggers
scan only what it allocated itself."""
import gc

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import runner
from ui.runner import run_op


def test_objects_alive_when_a_long_op_starts_are_out_of_its_collections_reach(qtbot):
    page = QWidget()
    message = QLabel()
    QVBoxLayout(page).addWidget(message)
    qtbot.addWidget(page)
    page.show()
    working_set = [[] for _ in range(1000)]  # a page's rows: containers the collector tracks
    assert gc.is_tracked(working_set[0])

    def action():
        # What a collection in this thread would scan now (gc.get_objects leaves out frozen ones).
        scanned = {id(o) for o in gc.get_objects()}
        return sum(id(o) in scanned for o in working_set), len(scanned)

    op = run_op(page, action, message_line=message, long=True)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.ok, op.error
    scanned_of_ours, _ = op.result
    assert scanned_of_ours == 0
    # Still alive and still freed by reference counting: nothing of the page was lost.
    assert len(working_set) == 1000 and working_set[0] == []
    qtbot.waitUntil(lambda: not runner.running(), timeout=10000)


def test_a_quick_op_leaves_the_collector_alone(qtbot):
    # Run in the GUI thread there is no worker to hold the GIL: nothing is frozen for it.
    page = QWidget()
    qtbot.addWidget(page)
    frozen = gc.get_freeze_count()
    op = run_op(page, lambda: gc.get_freeze_count())
    assert op.ok and op.result == frozen
