"""What a clerk types (or an Excel sheet delivers) is normalised or refused with a reason."""
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive import validate
from common.errors import Refusal


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


# -- VIN ------------------------------------------------------------------------------------------

def test_vin_typed_in_full_width_lower_case_with_spaces_is_normalised():
    assert validate.vin(" ｌｆｖ２Ａ２１Ｋ０Ｇ３０１２３４５ ") == "LFV2A21K0G3012345"


def test_vin_of_wrong_length_is_refused_with_its_length():
    refusal = refused(validate.vin, "LFV2A21K0G301234")
    assert refusal.code == "archive.vin_length" and refusal.facts["length"] == 16 and refusal.facts["field"] == "vin"


@pytest.mark.parametrize("letter", ["I", "O", "Q"])
def test_vin_with_i_o_q_is_refused_naming_the_letter(letter):
    refusal = refused(validate.vin, "LFV2A21K0G30123" + letter + "5")
    assert refusal.code == "archive.vin_characters" and refusal.facts["characters"] == letter


def test_vin_check_digit_is_a_warning_not_a_refusal():
    assert validate.vin_warning("1M8GDM9AXKP042788") is None  # the classic ISO 3779 example
    wrong = validate.vin("1M8GDM9A1KP042788")  # accepted...
    warning = validate.vin_warning(wrong)  # ...but the clerk is told
    assert warning.code == "archive.vin_check_digit" and warning.facts["expected"] == "X" and warning.facts["found"] == "1"


@given(st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789", min_size=17, max_size=17))
def test_a_vin_given_its_check_digit_never_warns(body):
    assert validate.vin_warning(validate.with_check_digit(body)) is None


# -- identity numbers ----------------------------------------------------------------------------

def test_resident_id_with_lower_case_x_is_accepted():
    assert validate.resident_id("11010519491231002x") == "11010519491231002X"


def test_resident_id_with_wrong_check_digit_is_refused_with_the_expected_one():
    refusal = refused(validate.resident_id, "110105194912310021")
    assert refusal.code == "archive.id_number_check_digit" and refusal.facts["expected"] == "X"


@pytest.mark.parametrize("cell", [410105199003071234, 4.10105199003071e17, "4.10105E+17", "410105199003071000",
                                  "410105199003071234.0"])
def test_id_number_that_went_through_an_excel_number_cell_is_refused_saying_so(cell):
    assert refused(validate.resident_id, cell).code == "archive.id_number_was_a_number"


def test_id_number_wrong_length_and_impossible_birth_date():
    assert refused(validate.resident_id, "41010519900307123").code == "archive.id_number_length"
    assert refused(validate.resident_id, "410105199013071236").code in ("archive.id_number_birth_date",
                                                                         "archive.id_number_check_digit")
    assert refused(validate.resident_id, "99010519491231002" + validate.stdnum_ric.calc_check_digit(
        "990105194912310020")).code == "archive.id_number_region"
    # Born before the district code existed (金水区 since 1983): still a real, valid number.
    born_1974 = "41010519741219244"
    assert validate.resident_id(born_1974 + validate.stdnum_ric.calc_check_digit(born_1974 + "0"))
    future = "410105" + "20300101" + "123"
    future += validate.stdnum_ric.calc_check_digit(future + "0")
    assert refused(validate.resident_id, future, today=date(2026, 11, 23)).code == "archive.id_number_birth_future"


def test_company_gets_a_credit_code_not_a_resident_id():
    assert validate.id_number("company", "91110000600037341l") == "91110000600037341L"
    assert refused(validate.id_number, "company", "91110000600037341X").code == "archive.credit_code_invalid"
    assert validate.id_number("person", "  ") is None


# -- plates and phones ----------------------------------------------------------------------------

@pytest.mark.parametrize("typed, stored", [
    ("豫A12345", "豫A12345"), ("豫A·12345", "豫A12345"), ("豫ａ．１２３４５", "豫A12345"),
    ("豫A·D12345", "豫AD12345"), ("京AF12345", "京AF12345"), ("鄂A12345D", "鄂A12345D"),
    ("冀B 1234学", "冀B1234学"), ("皖A-AB123", "皖AAB123"),
])
def test_plates_including_new_energy_are_normalised(typed, stored):
    assert validate.plate(typed) == stored


@pytest.mark.parametrize("typed", ["A12345", "豫A1234", "豫AI2345", "豫A123456", "XX12345", "豫1A2345"])
def test_plates_that_fit_no_format_are_refused(typed):
    refusal = refused(validate.plate, typed)
    assert refusal.code == "archive.plate_format" and refusal.facts["value"] == typed


def test_plate_search_key_drops_the_province():
    assert validate.plate_key("豫AD12345") == "AD12345"
    assert validate.plate_display("豫AD12345") == "豫A·D12345"


@pytest.mark.parametrize("typed, stored", [
    ("138 0371 1234", "13803711234"), ("+86 13803711234", "13803711234"), (13803711234.0, "13803711234"),
    ("０３７１－６５５５１２３４", "0371-65551234"), ("(010)65551234", "010-65551234"), ("02188886666", "021-88886666"),
])
def test_mobile_and_landline_numbers(typed, stored):
    assert validate.phone(typed) == stored


@pytest.mark.parametrize("typed", ["1380371123", "23803711234", "0371-1234", "12345678"])
def test_bad_phone_numbers_are_refused(typed):
    assert refused(validate.phone, typed).code == "archive.phone_format"


def test_future_date_is_refused_naming_the_field():
    refusal = refused(validate.not_in_future, "delivery_date", date(2026, 11, 24), date(2026, 11, 23))
    assert refusal.code == "archive.date_in_future" and refusal.facts["field"] == "delivery_date"


def test_name_keys_read_surnames_as_surnames():
    assert validate.name_keys("曾小贤") == ("zengxiaoxian", "zxx")
    assert validate.name_keys("郑州宏达物流有限公司", "company")[1] == "zzhdwlyxgs"
