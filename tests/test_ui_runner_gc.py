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


def test_while_a_worker_runs_the_gui_thread_waits_at_most_a_millisecond_for_the_gil(qtbot):
    # Every Python callback of an event (a model's data(), a timer) takes the GIL back from the
    # worker; with the default 5 ms interval a repaint froze the window for 100-250 ms.
    import sys
    import threading

    page = QWidget()
    message = QLabel()
    QVBoxLayout(page).addWidget(message)
    qtbot.addWidget(page)
    normal = sys.getswitchinterval()
    release = threading.Event()
    first = run_op(page, lambda: (release.wait(10), sys.getswitchinterval())[1], long=True, modal=False)
    second = run_op(page, lambda: sys.getswitchinterval(), long=True, modal=False)
    qtbot.waitUntil(lambda: second.done, timeout=10000)
    assert second.result <= 0.001
    assert sys.getswitchinterval() <= 0.001  # the first is still running
    release.set()
    qtbot.waitUntil(lambda: first.done, timeout=10000)
    assert first.result <= 0.001
    assert sys.getswitchinterval() == normal  # back once the last worker was delivered
    qtbot.waitUntil(lambda: not runner.running(), timeout=10000)
