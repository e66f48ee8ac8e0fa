"""The shared PDF page frame: Chinese text, page N of M, repeated headers, signatures, embedded font."""
import io
import os
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from common import fonts
from common.errors import Refusal
from common.pdf import build_pdf, embedded_font_names, format_yuan, para, pdf_text, table

PRINTED_AT = datetime(2026, 11, 23, 9, 0)
BRANCH = "河南分公司客服部"
TITLE = "备件收发日报"
HEADER = ["序号", "零件号", "名称", "数量", "金额（元）", "备注"]


def parts_rows(count):
    rows = [HEADER]
    for n in range(1, count + 1):
        rows.append([n, f"P{n:05d}", "前制动盘（左）总成" if n % 2 else "机油滤清器", n * 3, format_yuan(n * 1234),
                     "郑州经三路服务站急件" if n % 5 == 0 else ""])
    return rows


def daily_report(target, count=200, **options):
    story = [para("日期：2026-11-23"), table(parts_rows(count), ["7%", "12%", "*", "9%", "14%", "25%"])]
    return build_pdf(target, TITLE, BRANCH, PRINTED_AT, story,
                     signatures=[("制表人", "王丽", date(2026, 11, 23)), ("财务", None, None), ("经理", None, None)],
                     **options)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "日报.pdf"
    pages = daily_report(path)
    return path, pages, pdf_text(path)


def test_a_200_line_table_runs_over_several_pages_numbered_n_of_m(report):
    path, pages, texts = report
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {pages} 页" in text


def test_every_page_carries_title_branch_and_print_time(report):
    _, _, texts = report
    for text in texts:
        assert TITLE in text and BRANCH in text and "打印时间：2026-11-23 09:00" in text


def test_chinese_cells_read_back_and_all_rows_are_printed(report):
    _, _, texts = report
    everything = "\n".join(texts)
    assert "前制动盘（左）总成" in everything and "机油滤清器" in everything
    for n in (1, 100, 200):
        assert f"P{n:05d}" in everything
    assert format_yuan(200 * 1234) == "2,468.00" and "2,468.00" in everything


def test_the_header_row_repeats_on_the_following_pages(report):
    _, _, texts = report
    for text in texts[1:]:
        lines = [line.strip() for line in text.splitlines()]
        assert all(label in lines for label in HEADER)
    # Page 2 continues the table where page 1 stopped: no row twice, none lost.
    first_rows = set(re.findall(r"P\d{5}", texts[0]))
    second_rows = set(re.findall(r"P\d{5}", texts[1]))
    assert first_rows and second_rows and not first_rows & second_rows


def test_signature_block_is_on_the_last_page_only(report):
    _, _, texts = report
    last = texts[-1]
    assert re.search(r"制表人：王丽\s+2026-11-23", last)
    assert "财务：__________" in last and "经理：__________" in last
    assert "制表人" not in "".join(texts[:-1])


def test_the_font_program_is_embedded_so_no_system_font_is_needed(report):
    path, _, _ = report
    reader = PdfReader(path)
    fonts_seen = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                descriptor = descendant.get("/FontDescriptor")
                fonts_seen[str(descendant["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    # Every font the pages use is a TrueType program inside the file (a subset: "ABCDEF+Name").
    assert fonts_seen and all(fonts_seen.values()), fonts_seen
    assert all(re.match(r"/?[A-Z]{6}\+", name) for name in fonts_seen)
    assert embedded_font_names(path) == set(fonts_seen)


def test_landscape_pages_are_wider_than_tall(tmp_path):
    path = tmp_path / "横向.pdf"
    daily_report(path, count=10, landscape=True)
    box = PdfReader(path).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_markup_characters_print_as_typed_and_long_chinese_wraps_in_its_cell(tmp_path):
    note = "客户反映左前轮异响，经检查为制动盘磨损严重，已更换并试车正常，请回访确认使用情况"
    rows = [["零件号", "备注"], ["A<B&C>", note]]
    buffer = io.BytesIO()
    build_pdf(buffer, TITLE, BRANCH, PRINTED_AT, [table(rows, ["20%", 90])])
    text = pdf_text(buffer.getvalue())[0]
    assert "A<B&C>" in text
    lines = [line.strip() for line in text.splitlines()]
    assert note not in lines  # a 40-character note cannot fit on one line of a 90 pt cell
    assert note in "".join(lines)


def test_an_empty_story_still_gives_one_framed_page(tmp_path):
    path = tmp_path / "空.pdf"
    assert build_pdf(path, TITLE, BRANCH, PRINTED_AT, []) == 1
    assert "第 1 页 / 共 1 页" in pdf_text(path)[0]


class Explodes(Flowable):
    def wrap(self, *_):
        raise RuntimeError("layout failed")


def test_a_failed_build_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "日报.pdf"
    daily_report(path, count=5)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        build_pdf(path, TITLE, BRANCH, PRINTED_AT, [para("正文"), Explodes()])
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["日报.pdf"]


def test_an_unwritable_folder_is_a_refusal_naming_the_file(tmp_path):
    target = tmp_path / "no-such-folder" / "日报.pdf"
    with pytest.raises(Refusal) as refused:
        daily_report(target, count=5)
    assert refused.value.code == "file.write_failed" and refused.value.facts["path"] == str(target)


def test_bundled_font_and_licence_ship_and_cover_gb2312_ascii_and_chinese_punctuation():
    path = fonts.bundled_font_path()
    assert path.is_file() and (path.parent / "LICENSE-wqy-microhei.txt").is_file()
    assert "Apache License" in (path.parent / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    covered = TTFont("probe", str(path), subfontIndex=0).face.charToGlyph
    missing = []
    for high in range(0xB0, 0xF8):  # GB2312 level 1 and 2 hanzi
        for low in range(0xA1, 0xFF):
            try:
                char = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if ord(char) not in covered:
                missing.append(char)
    missing += [chr(c) for c in range(0x20, 0x7F) if c not in covered]
    missing += [c for c in "，。、；：？！“”‘’（）【】《》—…·￥" if ord(c) not in covered]
    assert missing == []


def test_cjk_font_is_registered_once_and_reports_its_file():
    assert fonts.cjk_font_name() == fonts.cjk_font_name() == fonts.CJK_FONT_NAME
    assert fonts.registered_font_path() is not None and fonts.registered_font_path().is_file()


def test_yuan_formatting_of_fen():
    assert format_yuan(0) == "0.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(123456789) == "1,234,567.89"
    assert format_yuan(-1050) == "-10.50"


def test_the_self_tests_used_by_main_self_test_pass(tmp_path):
    from common import excel, pdf

    assert pdf.self_test(tmp_path).startswith("PDF ok")
    assert excel.self_test(tmp_path).startswith("xlsx ok")
