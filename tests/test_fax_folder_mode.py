"""The signed PDF put into the fax software's folder can be read by that software, which usually
runs as another account (a fax service, or the share's users): the file gets the permissions any
program's new file gets (the umask's), not the private 0600 of the temporary file it is written as."""
import os
import stat

from common import branch
from ledger import send
from tests.test_daily import FRIDAY
from tests.test_report_send import signed_friday


def test_the_fax_folders_pdf_is_readable_by_the_fax_software(db, actors, tmp_path):
    branch.set_identity(actors["admin"], branch.with_changes(branch.identity(), code="HN01"))
    folder = tmp_path / "fax out"
    send.save_settings(actors["admin"], send.SendSettings(channel="folder", folder=str(folder)))
    signed_friday(actors)
    old = os.umask(0o022)
    try:
        (outcome,) = send.send_day(actors["manager"], FRIDAY)
    finally:
        os.umask(old)
    assert outcome.ok
    mode = stat.S_IMODE((folder / "HN01_2026-11-20_货品出入库报表.pdf").stat().st_mode)
    assert mode == 0o644, oct(mode)
