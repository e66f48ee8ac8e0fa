"""Validation and normalisation of what clerks type or import into the vehicle archive.

Pure functions, no database. Each takes raw input (as typed with a Chinese input method, or as it
came out of an Excel cell) and returns the normalised value, or raises ``Refusal`` whose facts
always name the ``field`` and the offending ``value`` so a dialog or an import row message can say
exactly what is wrong.

Normalisation first applies NFKC (Chinese IMEs in full-width mode produce ＡＢＣ１２３, which NFKC
turns into ABC123), trims, and upper-cases identifiers, so the same VIN or plate typed two ways is
stored and searched the same way.

Stored forms:
- VIN: 17 upper-case characters. The check digit (position 9, ISO 3779 / North-American scheme,
  also used by GB 16735) is only *warned* about: imported and some domestic VINs carry no valid
  check digit, and refusing would block the papers of a real car.
- plate: province character + letters/digits without separator, e.g. 豫A12345, 京AD12345;
  ``plate_display`` adds the dot back (豫A·12345).
- plate search key: the plate without its province character (A12345), because a customer on the
  phone often leaves the province out.
- phone: mobile as 11 digits; landline as area code, hyphen, number (0371-65551234).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import ValidationError

from archive.texts import (
    ARCHIVE_CREDIT_CODE_INVALID, ARCHIVE_DATE_IN_FUTURE, ARCHIVE_ID_NUMBER_15_DIGITS,
    ARCHIVE_ID_NUMBER_BIRTH_DATE, ARCHIVE_ID_NUMBER_BIRTH_FUTURE, ARCHIVE_ID_NUMBER_CHECK_DIGIT,
    ARCHIVE_ID_NUMBER_FORMAT, ARCHIVE_ID_NUMBER_LENGTH, ARCHIVE_ID_NUMBER_MASKED, ARCHIVE_ID_NUMBER_REGION,
    ARCHIVE_ID_NUMBER_WAS_A_NUMBER, ARCHIVE_PHONE_FORMAT, ARCHIVE_PLATE_FORMAT, ARCHIVE_REQUIRED,
    ARCHIVE_VIN_CHARACTERS, ARCHIVE_VIN_CHECK_DIGIT, ARCHIVE_VIN_LENGTH,
)
from common.errors import Refusal

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

# Characters people put between the province part and the number: the middle dot in its many
# look-alikes, plain dots, hyphens and spaces.
_PLATE_SEPARATORS = re.compile(r"[\s·•・‧∙.\-_]")
_PLATE_LETTER = "A-HJ-NP-Z"  # plates never use I or O (confused with 1 and 0)
_PLATE_PATTERNS = (  # GA 36-2018
    # ordinary blue/yellow plate: issuing letter + 5 letters/digits
    re.compile(rf"^[{PROVINCES}][{_PLATE_LETTER}][{_PLATE_LETTER}0-9]{{5}}$"),
    # trailer, learner, police and consulate (领) plates: 4 characters + a hanzi suffix
    re.compile(rf"^[{PROVINCES}][{_PLATE_LETTER}][{_PLATE_LETTER}0-9]{{4}}[挂学警领]$"),
    # Hong Kong / Macau cross-border plates are issued in Guangdong under the letter Z only
    re.compile(r"^粤Z[A-HJ-NP-Z0-9]{4}[港澳]$"),
    # small new-energy plate: energy letter first (D, A-C, E pure electric; F, G, H, J, K other),
    # one letter or digit, then 4 digits
    re.compile(rf"^[{PROVINCES}][{_PLATE_LETTER}][DABCEFGHJK][{_PLATE_LETTER}0-9][0-9]{{4}}$"),
    # large new-energy plate: 5 digits, then D (pure electric) or F (other) only
    re.compile(rf"^[{PROVINCES}][{_PLATE_LETTER}][0-9]{{5}}[DF]$"),
    # embassy plate: 使 and 6 digits (3 for the mission, 3 for the car), either side
    re.compile(r"^使[0-9]{6}$"),
    re.compile(r"^[0-9]{6}使$"),
)

# First two digits of GB/T 2260 division codes (provinces, autonomous regions, municipalities).
# 81/82/83: the residence permits of Hong Kong, Macau and Taiwan residents (810000, 820000, 830000).
_PROVINCE_CODES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
                            "61 62 63 64 65 71 81 82 83".split())

_VIN_ALLOWED = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_LOCAL_NUMBER = re.compile(r"^[2-9][0-9]{6,7}$")


def text(value) -> str:
    """NFKC-normalised, trimmed text ('' for None)."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def required(field: str, value) -> str:
    cleaned = text(value)
    if not cleaned:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    return cleaned


# -- VIN ------------------------------------------------------------------------------------------

def vin(value, field: str = "vin") -> str:
    """A 17-character VIN, upper-cased, without spaces. Refuses wrong length and I/O/Q."""
    cleaned = re.sub(r"[\s\-]", "", text(value)).upper()
    if not cleaned:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    if len(cleaned) != 17:
        raise Refusal(ARCHIVE_VIN_LENGTH, field=field, value=cleaned, length=len(cleaned))
    if not _VIN_ALLOWED.match(cleaned):
        bad = "".join(sorted({c for c in cleaned if not re.match(r"[A-HJ-NPR-Z0-9]", c)}))
        raise Refusal(ARCHIVE_VIN_CHARACTERS, field=field, value=cleaned, characters=bad)
    return cleaned


def vin_check_digit(vin_value: str) -> str:
    """The check digit position 9 should hold for this (already normalised) VIN."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin_value, _VIN_WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_warning(vin_value: str) -> Refusal | None:
    """A warning (not raised) when position 9 is not the ISO 3779 check digit."""
    expected = vin_check_digit(vin_value)
    if vin_value[8] != expected:
        return Refusal(ARCHIVE_VIN_CHECK_DIGIT, field="vin", value=vin_value, found=vin_value[8], expected=expected)
    return None


def with_check_digit(vin17: str) -> str:
    """The VIN with position 9 replaced by its correct check digit (for demo data and tests)."""
    candidate = vin17[:8] + "0" + vin17[9:]
    return candidate[:8] + vin_check_digit(candidate) + candidate[9:]


# -- identity numbers ----------------------------------------------------------------------------

def _refuse_number_cell(field: str, value) -> None:
    # Excel keeps 15 significant digits: an 18-digit ID typed into a number cell comes back with
    # its last digits turned to 0 (or as 4.10105E+17). The digits are gone; only the paper helps.
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        # Quoted as Excel showed it to the clerk (4.10102199003071E+17), not as the float's exact
        # digits (410102199003070976), which appear nowhere on the clerk's screen or paper.
        raise Refusal(ARCHIVE_ID_NUMBER_WAS_A_NUMBER, field=field, value=format(float(value), ".15G"))
    raw = text(value)
    if re.fullmatch(r"[0-9.]+[eE]\+?[0-9]+", raw) or re.fullmatch(r"[0-9]{15,18}\.0+", raw):
        raise Refusal(ARCHIVE_ID_NUMBER_WAS_A_NUMBER, field=field, value=raw)


def first_generation_id(number15: str) -> str:
    """The 18-digit form of a 15-digit first-generation resident ID (GB 11643-1999 appendix):
    the birth year gets its "19", the MOD 11-2 check character is appended."""
    body = number15[:6] + "19" + number15[6:]
    return body + stdnum_ric.calc_check_digit(body + "0")  # stdnum reads the first 17 of 18


def resident_id(value, field: str = "id_number", today: date | None = None) -> str:
    """An 18-character resident identity number (GB 11643-1999, MOD 11-2 check character).

    A 15-digit first-generation number is refused with ``archive.id_number_15_digits`` carrying
    its 18-digit form (``converted``): the dialog offers it to the clerk, who confirms it against
    the card (an import row names it, to be written into the sheet).
    """
    if isinstance(value, int) and not isinstance(value, bool) and len(str(value)) == 15:
        value = str(value)  # 15 digits survive an Excel number cell intact
    elif isinstance(value, float) and value.is_integer() and len(f"{value:.0f}") == 15:
        value = f"{value:.0f}"
    _refuse_number_cell(field, value)
    cleaned = re.sub(r"\s", "", text(value)).upper()
    if not cleaned:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    if "*" in cleaned:
        # The masked form (masked_id_number) of a list exported by a role that may not see ID
        # numbers: the digits are not in it, so it cannot go back in as a number.
        raise Refusal(ARCHIVE_ID_NUMBER_MASKED, field=field, value=cleaned)
    if len(cleaned) == 15 and cleaned.isdigit():
        converted = first_generation_id(cleaned)
        resident_id(converted, field, today)  # region and birth date checked on the full form
        raise Refusal(ARCHIVE_ID_NUMBER_15_DIGITS, field=field, value=cleaned, converted=converted)
    if len(cleaned) != 18:
        raise Refusal(ARCHIVE_ID_NUMBER_LENGTH, field=field, value=cleaned, length=len(cleaned))
    if not re.fullmatch(r"[0-9]{17}[0-9X]", cleaned):
        raise Refusal(ARCHIVE_ID_NUMBER_FORMAT, field=field, value=cleaned)
    if cleaned[-1] != stdnum_ric.calc_check_digit(cleaned):
        if cleaned.endswith("000"):
            # A check digit that fails on a number ending in 000 is the Excel precision loss
            # almost every time; saying so sends the clerk to the right fix.
            raise Refusal(ARCHIVE_ID_NUMBER_WAS_A_NUMBER, field=field, value=cleaned)
        raise Refusal(ARCHIVE_ID_NUMBER_CHECK_DIGIT, field=field, value=cleaned,
                      found=cleaned[-1], expected=stdnum_ric.calc_check_digit(cleaned))
    # Not stdnum's ric.validate: it also requires the district code to have existed in the birth
    # year, which refuses real IDs (IDs were issued from 1984 with the codes of that time, so a
    # person born in 1974 in 金水区 (code since 1983) holds a perfectly valid 410105 1974... number).
    if cleaned[:2] not in _PROVINCE_CODES:
        raise Refusal(ARCHIVE_ID_NUMBER_REGION, field=field, value=cleaned, region=cleaned[:6])
    try:
        stdnum_ric.get_birth_date(cleaned)
    except ValidationError:
        raise Refusal(ARCHIVE_ID_NUMBER_BIRTH_DATE, field=field, value=cleaned, birth=cleaned[6:14]) from None
    born = stdnum_ric.get_birth_date(cleaned)
    if today is not None and born > today:
        raise Refusal(ARCHIVE_ID_NUMBER_BIRTH_FUTURE, field=field, value=cleaned, birth=born.isoformat(),
                      today=today.isoformat())
    return cleaned


def credit_code(value, field: str = "id_number") -> str:
    """An 18-character unified social credit code (统一社会信用代码, GB 32100)."""
    _refuse_number_cell(field, value)
    cleaned = re.sub(r"[\s\-]", "", text(value)).upper()
    if not cleaned:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    try:
        return stdnum_uscc.validate(cleaned)
    except ValidationError:
        raise Refusal(ARCHIVE_CREDIT_CODE_INVALID, field=field, value=cleaned) from None


def id_number(kind: str, value, field: str = "id_number", today: date | None = None) -> str | None:
    """Resident ID for a person, credit code for a company; None when left empty."""
    if value is None or (isinstance(value, str) and not text(value)):
        return None
    if kind == "company":
        return credit_code(value, field)
    return resident_id(value, field, today)


def masked_id_number(kind: str, value: str | None) -> str | None:
    """A stored ID number as shown to a role that may not see it in full: a person's resident ID
    keeps its region code and last four characters (410102********1234), which is what a clerk
    needs to tell two customers apart on the phone. A company's credit code is public and kept."""
    if not value or kind == "company":
        return value
    if len(value) == 18:
        return value[:6] + "*" * 8 + value[-4:]
    return "*" * max(0, len(value) - 4) + value[-4:]


# -- plates and phones ----------------------------------------------------------------------------

def plate(value, field: str = "plate") -> str:
    """A Chinese plate without separator, e.g. 豫A12345, 京AD12345, 豫A12345D."""
    cleaned = _PLATE_SEPARATORS.sub("", text(value)).upper()
    if not cleaned:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    if not any(pattern.match(cleaned) for pattern in _PLATE_PATTERNS):
        raise Refusal(ARCHIVE_PLATE_FORMAT, field=field, value=text(value))
    return cleaned


def plate_key(plate_value: str) -> str:
    """The search key of a normalised plate: without the province character."""
    return plate_value[1:] if plate_value and plate_value[0] in PROVINCES else plate_value


def plate_display(plate_value: str) -> str:
    if plate_value and "使" in plate_value:  # 使014·578: mission code, then the car
        digits = plate_value.replace("使", "")
        return f"使{digits[:3]}·{digits[3:]}" if plate_value[0] == "使" else f"{digits[:3]}·{digits[3:]}使"
    return f"{plate_value[:2]}·{plate_value[2:]}" if plate_value else ""


def phone(value, field: str = "phone") -> str:
    """A mobile (11 digits) or landline (0371-65551234) number."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an 11-digit mobile survives Excel's number cells intact
    raw = text(value)
    if not raw:
        raise Refusal(ARCHIVE_REQUIRED, field=field)
    digits = re.sub(r"[\s\-()]", "", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if _MOBILE.match(digits):
        return digits
    # Area codes: 010 and 02x are three digits long, all others four; the local number has 7-8.
    area_length = 3 if digits.startswith(("010", "02")) else 4
    area, local = digits[:area_length], digits[area_length:]
    if re.fullmatch(r"0[1-9][0-9]+", area) and _LOCAL_NUMBER.match(local):
        return f"{area}-{local}"
    raise Refusal(ARCHIVE_PHONE_FORMAT, field=field, value=raw)


def phone_digits(phone_value: str) -> str:
    return re.sub(r"[^0-9]", "", phone_value or "")


# -- dates ----------------------------------------------------------------------------------------

def not_in_future(field: str, value: date | None, today: date) -> date | None:
    if value is not None and value > today:
        raise Refusal(ARCHIVE_DATE_IN_FUTURE, field=field, value=value.isoformat(), today=today.isoformat())
    return value


# -- names ----------------------------------------------------------------------------------------

# pypinyin reads a character by its commonest sound; as a surname some are read differently
# (曾 zeng not ceng, 单 shan not dan). Only the first character of a person's name is a surname.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "乐": "yue", "覃": "qin", "翟": "zhai", "盖": "ge", "缪": "miao", "召": "shao", "尉": "yu",
    "长": "chang", "种": "chong", "秘": "bi", "繁": "po", "黑": "he", "员": "yun", "华": "hua",
}


def name_keys(name: str, kind: str = "person") -> tuple[str, str]:
    """(full toneless pinyin without spaces, initials), lower-case, for search."""
    from pypinyin import lazy_pinyin

    cleaned = text(name)
    syllables = lazy_pinyin(cleaned, errors=lambda chars: [c for c in chars])
    if kind == "person" and cleaned and cleaned[0] in _SURNAME_READINGS:
        syllables[0] = _SURNAME_READINGS[cleaned[0]]
    parts = [re.sub(r"[^0-9a-z]", "", s.lower()) for s in syllables]
    parts = [p for p in parts if p]
    return "".join(parts), "".join(p[0] for p in parts)
