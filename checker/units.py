"""Unit lexicon and normalization, built around quantulum3's unit data.

quantulum3 is good at one thing we need: a large lexicon of unit surfaces and symbols
(``"km"``, ``"kilometers"``, ``"US$"``) mapped to canonical unit names (``kilometre``,
``united states dollar``) and physical entities (``length``, ``currency``).  We use that
lexicon, add news phrasing it lacks (``per cent``, ``percentage points``, ``bn``, ``Rs``,
``km/h``, ``year-old``…), attach conversion factors to SI base units for the common
dimensions, and resolve ambiguous surfaces (``pound``: money or mass; ``¥``: yen or yuan).

Ambiguity is resolved by quantulum3's own approach -- a TF-IDF + SGD text classifier trained
on quantulum3's shipped training sentences -- but the classifier is *retrained* by us:
quantulum3 0.10 ships a pickle that cannot be loaded with scikit-learn >= 1.9 (``No module
named '_loss'``) and its own trainer needs the ``stemming`` package.  ``python -m
checker.units --train`` trains it (offline, a second or two) into
``Config().cache_path()``; without it we fall back to context rules and say so once.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import threading
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .config import Config

# ---------------------------------------------------------------------------------------
# unit info


@dataclass(frozen=True)
class UnitInfo:
    name: str
    kind: str = "dimension"  # currency | percentage | percentage_point | dimension | dimensionless | count
    dimension: str | None = None
    factor: float | None = None  # multiply to get the dimension's base unit
    offset: float = 0.0  # added after the factor (temperatures, to kelvin)

    def to_si(self, value: float | None) -> float | None:
        if value is None or self.factor is None:
            return None
        return value * self.factor + self.offset


# conversion to base units: metre, kilogram, second, square metre, cubic metre,
# metre per second, kelvin, joule, watt, byte, hertz, pascal, newton
SI: dict[str, tuple[str, float, float]] = {}


def _si(dimension: str, table: dict[str, float], offset: dict[str, float] | None = None) -> None:
    for name, f in table.items():
        SI[name] = (dimension, f, (offset or {}).get(name, 0.0))


_si("length", {
    "metre": 1, "kilometre": 1e3, "centimetre": 1e-2, "millimetre": 1e-3, "micrometre": 1e-6,
    "nanometre": 1e-9, "mile": 1609.344, "yard": 0.9144, "foot": 0.3048, "inch": 0.0254,
    "nautical mile": 1852.0, "light-year": 9.4607e15, "astronomical unit": 1.495978707e11,
    # rainfall: a litre of water on a square metre stands one millimetre deep
    "litre per square metre": 1e-3,
})
_si("area", {
    "square metre": 1, "square kilometre": 1e6, "hectare": 1e4, "acre": 4046.8564224,
    "square mile": 2589988.110336, "square foot": 0.09290304, "square yard": 0.83612736,
    "square inch": 0.00064516, "square centimetre": 1e-4,
})
_si("volume", {
    "cubic metre": 1, "litre": 1e-3, "millilitre": 1e-6, "centilitre": 1e-5,
    "gallon": 0.003785411784, "imperial gallon": 0.00454609, "barrel": 0.158987294928,
    "cubic foot": 0.028316846592, "pint": 0.000473176473, "fluid ounce": 2.95735e-5,
    "cubic centimetre": 1e-6, "kilolitre": 1, "megalitre": 1e3, "gigalitre": 1e6,
})
_si("mass", {
    "kilogram": 1, "gram": 1e-3, "milligram": 1e-6, "microgram": 1e-9, "tonne": 1e3,
    "pound-mass": 0.45359237, "ounce": 0.028349523125, "short ton": 907.18474,
    "long ton": 1016.0469088, "ton": 1e3, "stone": 6.35029318, "carat": 2e-4,
    "kilotonne": 1e6, "megatonne": 1e9,
})
_si("time", {
    "second": 1, "millisecond": 1e-3, "microsecond": 1e-6, "nanosecond": 1e-9, "minute": 60,
    "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600, "month": 2629746,
    "year": 31556952, "decade": 315569520, "century": 3155695200,
})
_si("age", {"year of age": 31556952, "month of age": 2629746, "week of age": 604800,
            "day of age": 86400})
_si("speed", {
    "metre per second": 1, "kilometre per hour": 1 / 3.6, "mile per hour": 0.44704,
    "knot": 0.514444, "foot per second": 0.3048, "kilometre per second": 1e3,
    "mile per second": 1609.344,
})
_si("volumetric flow", {
    "cubic metre per second": 1, "cubic foot per second": 0.028316846592,
    "litre per second": 1e-3, "cubic metre per hour": 1 / 3600,
})
_si("temperature", {"kelvin": 1, "degree Celsius": 1, "degree fahrenheit": 5 / 9},
    {"degree Celsius": 273.15, "degree fahrenheit": 273.15 - 32 * 5 / 9})
_si("energy", {
    "joule": 1, "kilojoule": 1e3, "megajoule": 1e6, "kilowatt hour": 3.6e6,
    "megawatt hour": 3.6e9, "gigawatt hour": 3.6e12, "terawatt hour": 3.6e15, "watt hour": 3600,
    "calorie": 4.184, "kilocalorie": 4184, "british thermal unit": 1055.06,
})
_si("power", {
    "watt": 1, "kilowatt": 1e3, "megawatt": 1e6, "gigawatt": 1e9, "terawatt": 1e12,
    "milliwatt": 1e-3, "horsepower": 745.69987158,
    # "640bhp" (brake horsepower, measured at the crankshaft) and "300 PS" (Pferdestärke,
    # metric horsepower) are what European car makers quote next to hp and kW
    "brake horsepower": 745.69987158, "metric horsepower": 735.49875,
})
_si("data storage", {
    "byte": 1, "kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12,
    "petabyte": 1e15, "bit": 0.125, "kilobit": 125, "megabit": 1.25e5, "gigabit": 1.25e8,
})
_si("frequency", {"hertz": 1, "kilohertz": 1e3, "megahertz": 1e6, "gigahertz": 1e9})
_si("pressure", {"pascal": 1, "kilopascal": 1e3, "bar": 1e5, "millibar": 100,
                 "hectopascal": 100, "megapascal": 1e6, "gigapascal": 1e9,
                 "pound per square inch": 6894.757, "kilopound per square inch": 6894757.0,
                 "atmosphere": 101325.0})
_si("electric potential", {"volt": 1, "kilovolt": 1e3, "millivolt": 1e-3})
_si("force", {"newton": 1, "kilonewton": 1e3, "meganewton": 1e6,
              "pound-force": 4.4482216152605})  # rocket thrust: "74 meganewtons", "17m lbf"
# engine torque: "275 pound-feet", "332 lb-ft", "450 Nm"
_si("torque", {"newton metre": 1, "pound-foot": 1.3558179483})
_si("angle", {"degree angle": 1})
# the sky a survey maps: "14,000 square degrees, about a third of the sky"
_si("solid angle", {"steradian": 1, "square degree": (math.pi / 180) ** 2})

#: approximate units of each currency per US dollar in the mid-2020s. Exchange rates move,
#: so these only ever let amounts in two currencies *agree* (within ``FX_TOLERANCE``): a
#: conversion is never evidence of a conflict. Currencies that moved by more than the
#: tolerance in recent years (the lira, the naira, the Argentine peso, the Kenyan shilling, the
#: taka) are left out.
USD_RATE: dict[str, float] = {
    "dollar": 1.0, "euro": 0.92, "pound sterling": 0.79, "japanese yen": 145.0,
    "chinese yuan": 7.2, "indian rupee": 83.0, "israeli new shekel": 3.7,
    "swedish krona": 10.5, "norwegian krone": 10.6, "danish krone": 6.9, "swiss franc": 0.89,
    "mexican peso": 18.0, "philippine peso": 56.0, "south korean won": 1330.0,
    "chilean peso": 850.0, "colombian peso": 4000.0,
    "russian ruble": 88.0, "ukrainian hryvnia": 39.0, "polish zloty": 4.0,
    "czech koruna": 23.0, "hungarian forint": 360.0, "united arab emirates dirham": 3.67,
    "saudi riyal": 3.75, "thai baht": 35.0, "indonesian rupiah": 15700.0,
    "malaysian ringgit": 4.6, "canadian dollar": 1.36, "australian dollar": 1.5,
    "hong kong dollar": 7.8, "new taiwan dollar": 32.0, "singapore dollar": 1.35, "new zealand dollar": 1.65,
    "brazilian real": 5.2, "south african rand": 18.5, "rand": 18.5,
    "ugandan shilling": 3750.0, "tanzanian shilling": 2600.0, "nepalese rupee": 133.0,
}
#: how far an exchange rate may have drifted from the table's
FX_TOLERANCE = 0.25


def in_dollars(unit: str, lo: float, hi: float) -> tuple[float, float] | None:
    """An amount's range in US dollars at the table's rate, widened by the drift allowed."""
    rate = USD_RATE.get(unit)
    if rate is None:
        return None
    if rate == 1.0:
        return lo, hi  # dollars are dollars: only the other currency's rate drifts
    return lo / (rate * (1 + FX_TOLERANCE)), hi / (rate * (1 - FX_TOLERANCE))


# entity names of quantulum3 that are not physical dimensions for us
_NON_DIMENSION = {"dimensionless", "currency"}


AGE_UNITS = {"year of age": "year", "month of age": "month", "week of age": "week",
             "day of age": "day"}


def info_for(name: str, entity: str | None = None) -> UnitInfo:
    """UnitInfo for a canonical unit name (``entity`` from quantulum3 if known).

    Ages are reported with the plain time unit ("year") and the dimension ``age``, so
    "a 40-year-old", "aged 40" and "Smith, 40," compare, and never with a duration.
    """
    if name in AGE_UNITS:
        dim, f, off = SI[name]
        return UnitInfo(AGE_UNITS[name], "dimension", dim, f, off)
    if name in ("percentage", "per mille"):
        return UnitInfo(name, "percentage", None, None)
    if name in ("percentage point", "basis point"):
        return UnitInfo(name, "percentage_point", None, None)
    if name in SI:
        dim, f, off = SI[name]
        return UnitInfo(name, "dimension", dim, f, off)
    if entity == "currency" or name in _EXTRA_CURRENCIES or _CURRENCY_NAME.search(name):
        return UnitInfo(name, "currency", None, None)
    if entity in (None, "dimensionless"):
        return UnitInfo(name, "dimensionless", None, None)
    return UnitInfo(name, "dimension", entity, None)


_CURRENCY_NAME = re.compile(
    r"\b(dollar|franc|real|peso|krona|krone|lira|shekel|ringgit|won|rupee|ruble|hryvnia|yen|"
    r"yuan|euro|sterling|rand|naira|dirham|riyal|baht|rupiah|zloty|forint|koruna|shilling|"
    r"taka|cedi|birr|kwacha)\b")
_EXTRA_CURRENCIES = {"indian rupee", "pakistani rupee", "russian ruble", "ukrainian hryvnia",
                     "penny", "cent", "euro cent", "sen", "kobo", "paisa", "naira", "rand"}

# ---------------------------------------------------------------------------------------
# news surfaces that quantulum3 lacks or gets wrong. value: canonical name.
# Keys are lower case except the case-sensitive symbol table below.

EXTRA_SURFACES: dict[str, str] = {
    "per cent": "percentage", "percent": "percentage", "pc": "percentage",
    "per-cent": "percentage", "pct": "percentage", "percentage": "percentage",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "percent point": "percentage point", "percent points": "percentage point",
    "per cent point": "percentage point", "per cent points": "percentage point",
    "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point",
    "points": "point", "point": "point", "pts": "point",
    "basis point": "basis point", "basis points": "basis point", "bps": "basis point",
    "bp": "basis point",
    "dollar": "dollar", "dollars": "dollar", "bucks": "dollar",
    "us dollar": "dollar", "us dollars": "dollar", "u.s. dollars": "dollar",
    "m.p.h": "mile per hour", "m.p.h.": "mile per hour",
    "euro": "euro", "euros": "euro", "pound": "pound", "pounds": "pound",
    "pounds sterling": "pound sterling", "sterling": "pound sterling", "quid": "pound sterling",
    "pence": "penny", "penny": "penny", "cent": "cent", "cents": "cent",
    "euro cent": "euro cent", "euro cents": "euro cent", "euro-cent": "euro cent",
    "euro-cents": "euro cent", "eurocents": "euro cent",
    "yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "rupee": "indian rupee", "rupees": "indian rupee", "crore rupees": "indian rupee",
    "rouble": "russian ruble", "roubles": "russian ruble", "ruble": "russian ruble",
    "rubles": "russian ruble", "hryvnia": "ukrainian hryvnia", "hryvnias": "ukrainian hryvnia",
    "ringgit": "malaysian ringgit", "shekel": "israeli new shekel", "shekels": "israeli new shekel",
    "sen": "sen", "won": "south korean won", "naira": "naira", "rand": "rand",
    # East African shillings (the bare word names no country), South Asian rupees and taka
    "shilling": "shilling", "shillings": "shilling",
    "kenyan shilling": "kenyan shilling", "kenyan shillings": "kenyan shilling",
    "kenya shillings": "kenyan shilling", "ugandan shilling": "ugandan shilling",
    "ugandan shillings": "ugandan shilling", "uganda shillings": "ugandan shilling",
    "tanzanian shilling": "tanzanian shilling", "tanzanian shillings": "tanzanian shilling",
    "nepalese rupee": "nepalese rupee", "nepalese rupees": "nepalese rupee",
    "nepali rupees": "nepalese rupee", "nepali rupee": "nepalese rupee",
    "pakistani rupee": "pakistani rupee", "pakistani rupees": "pakistani rupee",
    "sri lankan rupee": "sri lankan rupee", "sri lankan rupees": "sri lankan rupee",
    "taka": "bangladeshi taka", "cedi": "ghanaian cedi", "cedis": "ghanaian cedi",
    "birr": "ethiopian birr",
    # Nordic and Czech "crowns", central European and Gulf currencies
    "danish crowns": "danish krone", "danish crown": "danish krone", "danish kroner": "danish krone",
    "danish krone": "danish krone", "swedish crowns": "swedish krona", "swedish crown":
    "swedish krona", "swedish kronor": "swedish krona", "swedish krona": "swedish krona",
    "kronor": "swedish krona", "norwegian crowns": "norwegian krone", "norwegian crown":
    "norwegian krone", "norwegian kroner": "norwegian krone", "norwegian krone": "norwegian krone",
    "czech crowns": "czech koruna", "czech crown": "czech koruna", "koruna": "czech koruna",
    "korunas": "czech koruna", "zloty": "polish zloty", "zlotys": "polish zloty",
    "zlotych": "polish zloty", "forint": "hungarian forint", "forints": "hungarian forint",
    "dirham": "united arab emirates dirham", "dirhams": "united arab emirates dirham",
    "riyal": "saudi riyal", "riyals": "saudi riyal", "baht": "thai baht",
    "rupiah": "indonesian rupiah", "lira": "turkish lira", "liras": "turkish lira",
    "mexican pesos": "mexican peso", "mexican peso": "mexican peso",
    "hong kong dollars": "hong kong dollar", "hong kong dollar": "hong kong dollar",
    "new taiwan dollars": "new taiwan dollar", "new taiwan dollar": "new taiwan dollar",
    "taiwan dollars": "new taiwan dollar", "taiwanese dollars": "new taiwan dollar",
    "singapore dollars": "singapore dollar", "new zealand dollars": "new zealand dollar",
    "reais": "brazilian real", "brazilian reais": "brazilian real",
    "brazilian real": "brazilian real",
    "philippine pesos": "philippine peso", "philippine peso": "philippine peso",
    "pesos": "peso", "peso": "peso",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "km/h": "kilometre per hour", "kmh": "kilometre per hour", "kph": "kilometre per hour",
    "kmph": "kilometre per hour", "km/hr": "kilometre per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour", "kilometres an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour", "miles per hour": "mile per hour",
    "miles an hour": "mile per hour", "mph": "mile per hour", "m/s": "metre per second",
    "knots": "knot", "knot": "knot",
    "degrees celsius": "degree Celsius", "degree celsius": "degree Celsius",
    "degrees centigrade": "degree Celsius", "celsius": "degree Celsius", "°c": "degree Celsius",
    "ºc": "degree Celsius", "degrees fahrenheit": "degree fahrenheit",
    "degree fahrenheit": "degree fahrenheit", "fahrenheit": "degree fahrenheit",
    "°f": "degree fahrenheit", "ºf": "degree fahrenheit", "c": "degree Celsius",
    "f": "degree fahrenheit",
    "square degrees": "square degree", "square degree": "square degree",
    "sq deg": "square degree", "steradians": "steradian", "steradian": "steradian",
    "degrees": "degree", "degree": "degree", "°": "degree", "deg": "degree",
    "degf": "degree fahrenheit", "deg f": "degree fahrenheit", "degc": "degree Celsius",
    "deg c": "degree Celsius", "deg.": "degree",
    "year-old": "year of age", "year-olds": "year of age", "years old": "year of age",
    "year old": "year of age", "years-old": "year of age", "-year-old": "year of age",
    "month-old": "month of age", "months old": "month of age", "week-old": "week of age",
    "weeks old": "week of age", "day-old": "day of age", "days old": "day of age",
    "gigawatt-hours": "gigawatt hour", "gigawatt-hour": "gigawatt hour",
    "megawatt-hours": "megawatt hour", "kilowatt-hours": "kilowatt hour",
    "kilowatt-hour": "kilowatt hour", "terawatt-hours": "terawatt hour",
    "magnitude": "magnitude", "-magnitude": "magnitude",
    "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    "tons": "ton", "ton": "ton", "kilotons": "kilotonne", "megatons": "megatonne",
    "sq km": "square kilometre", "sq. km": "square kilometre", "km2": "square kilometre",
    "square km": "square kilometre", "sq kms": "square kilometre",
    "square kms": "square kilometre", "square mi": "square mile",
    # "47 nautical miles southwest of Pylos" (quantulum3 has no surface for it)
    "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "nautical-mile": "nautical mile", "nmi": "nautical mile",
    "km²": "square kilometre", "sq mi": "square mile", "sq ft": "square foot",
    "sq. ft.": "square foot", "sq m": "square metre", "m2": "square metre", "m²": "square metre",
    "square feet": "square foot", "square foot": "square foot", "square metres": "square metre",
    "square meters": "square metre", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "square miles": "square mile",
    "square mile": "square mile", "acres": "acre", "acre": "acre",
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre",
    "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "bpd": "barrel per day", "b/d": "barrel per day", "boe/d": "barrel per day",
    "boepd": "barrel per day", "boe/day": "barrel per day",
    "mpg": "mile per gallon", "miles per gallon": "mile per gallon",
    "rpm": "revolutions per minute", "hp": "horsepower", "horsepower": "horsepower",
    "bhp": "brake horsepower", "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt",
    "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    "ppm": "parts-per-million", "ppb": "parts-per-billion", "hz": "hertz", "khz": "kilohertz",
    "mhz": "megahertz", "ghz": "gigahertz", "ppg": "point per game", "rpg": "rebound per game",
    "apg": "assist per game", "tpd": "ton per day", "wh": "watt hour",
    "times": "count", "time": "count", "fold": "count", "-fold": "count",
    "lb": "pound-mass", "lbs": "pound-mass", "oz": "ounce", "st": "stone",
    "hrs": "hour", "hr": "hour", "mins": "minute", "secs": "second", "sec": "second",
    "yrs": "year", "yr": "year",
    "pound-feet": "pound-foot", "pound-foot": "pound-foot", "pounds-feet": "pound-foot",
    "pound feet": "pound-foot", "lb-ft": "pound-foot", "lb.-ft.": "pound-foot",
    "lb.-ft": "pound-foot", "lb ft": "pound-foot", "lbs-ft": "pound-foot", "ft-lb": "pound-foot",
    "ft-lbs": "pound-foot", "foot-pounds": "pound-foot", "foot-pound": "pound-foot",
    "newtons": "newton", "kilonewtons": "kilonewton", "kilonewton": "kilonewton",
    "meganewtons": "meganewton", "meganewton": "meganewton", "lbf": "pound-force",
    "pounds-force": "pound-force", "pound-force": "pound-force",
    "newton-metres": "newton metre", "newton-meters": "newton metre",
    "newton metres": "newton metre", "newton meters": "newton metre",
}

# case-sensitive symbols written before or after a number
SYMBOLS: dict[str, str] = {
    "$": "dollar", "US$": "dollar", "U.S.$": "dollar",
    "USD": "dollar", "C$": "canadian dollar", "CA$": "canadian dollar",
    "CAD": "canadian dollar", "A$": "australian dollar", "AU$": "australian dollar",
    "AUD": "australian dollar", "NZ$": "new zealand dollar", "NZD": "new zealand dollar",
    "HK$": "hong kong dollar", "HKD": "hong kong dollar", "S$": "singapore dollar",
    "SGD": "singapore dollar", "$US": "dollar", "US $": "dollar",
    "NT$": "new taiwan dollar", "NT $": "new taiwan dollar", "TWD": "new taiwan dollar",
    "Mex$": "mexican peso", "MX$": "mexican peso",
    "HK $": "hong kong dollar", "A $": "australian dollar", "AU $": "australian dollar",
    "′": "foot", "″": "inch", "$A": "australian dollar",
    "C $": "canadian dollar", "NZ $": "new zealand dollar", "S $": "singapore dollar",
    "PS": "pound sterling",  # what ASCII transliteration makes of "£"
    "Y=": "japanese yen",  # ... and of "¥"
    "μm": "micrometre", "μg": "microgram", "µg": "microgram", "ppg": "point per game",
    "£": "pound sterling", "GBP": "pound sterling",
    "€": "euro", "EUR": "euro", "¥": "yen_or_yuan", "JPY": "japanese yen",
    "CNY": "chinese yuan", "RMB": "chinese yuan", "Rmb": "chinese yuan",
    "₹": "indian rupee", "Rs": "indian rupee", "Rs.": "indian rupee", "INR": "indian rupee",
    "₽": "russian ruble", "RUB": "russian ruble", "₴": "ukrainian hryvnia",
    "UAH": "ukrainian hryvnia", "₩": "south korean won", "KRW": "south korean won",
    "₪": "israeli new shekel", "ILS": "israeli new shekel", "NIS": "israeli new shekel",
    "RM": "malaysian ringgit", "MYR": "malaysian ringgit", "CHF": "swiss franc",
    "R$": "brazilian real", "BRL": "brazilian real", "₦": "naira", "NGN": "naira",
    "ZAR": "rand", "MXN": "mexican peso", "SEK": "swedish krona", "NOK": "norwegian krone",
    "DKK": "danish krone", "TRY": "turkish lira", "₺": "turkish lira",
    "KSh": "kenyan shilling", "Ksh": "kenyan shilling", "Kshs": "kenyan shilling",
    "Sh": "kenyan shilling",  # East African papers' "Sh346 billion" (Kenya's above all)
    "KES": "kenyan shilling", "UGX": "ugandan shilling", "TZS": "tanzanian shilling",
    "NPR": "nepalese rupee", "PKR": "pakistani rupee", "BDT": "bangladeshi taka",
    "%": "percentage", "‰": "per mille",
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "µm": "micrometre",
    "nm": "nanometre", "mi": "mile", "ft": "foot", "in": "inch", "yd": "yard",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "t": "tonne", "lb": "pound-mass",
    "lbs": "pound-mass", "oz": "ounce",
    "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre", "cl": "centilitre",
    "s": "second", "ms": "millisecond", "h": "hour", "min": "minute",
    "GB": "gigabyte", "MB": "megabyte", "TB": "terabyte", "KB": "kilobyte", "kB": "kilobyte",
    "Gb": "gigabit", "Mb": "megabit", "Gbps": "gigabit per second", "Mbps": "megabit per second",
    "GHz": "gigahertz", "MHz": "megahertz", "kHz": "kilohertz", "Hz": "hertz",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
    "TWh": "terawatt hour", "V": "volt", "kV": "kilovolt", "mAh": "milliampere hour",
    "K": "kelvin", "°C": "degree Celsius", "°F": "degree fahrenheit", "ºC": "degree Celsius",
    "ºF": "degree fahrenheit", "°": "degree", "C": "degree Celsius", "F": "degree fahrenheit",
    "psi": "pound per square inch", "ksi": "kilopound per square inch", "Nm": "newton metre",
    "hPa": "hectopascal", "kPa": "kilopascal", "mb": "millibar", "mph": "mile per hour",
    "kph": "kilometre per hour", "kmph": "kilometre per hour", "ha": "hectare", "p": "penny",
}



@lru_cache(maxsize=1)
def currency_symbols() -> tuple[str, ...]:
    """Currency symbols and codes of :data:`SYMBOLS`, longest first."""
    out = [s for s, n in SYMBOLS.items()
           if n == "yen_or_yuan" or unit_info(n).kind == "currency"]
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=1)
def _q_units():
    """quantulum3's unit lexicon (loaded lazily)."""
    from quantulum3 import load

    return load.units("en_US")


@lru_cache(maxsize=4096)
def lookup_surface(surface: str) -> tuple[str, ...]:
    """Candidate canonical names for a surface written after a number (may be empty)."""
    if surface in SYMBOLS:
        n = SYMBOLS[surface]
        return ("japanese yen", "chinese yuan") if n == "yen_or_yuan" else (n,)
    low = surface.lower()
    if low in EXTRA_SURFACES:
        n = EXTRA_SURFACES[low]
        if n == "pound":
            return ("pound sterling", "pound-mass")
        return (n,)
    u = _q_units()
    hits = u.surfaces.get(surface) or u.surfaces_lower.get(low)
    if not hits and len(surface) > 1 and not surface.islower():
        hits = u.symbols.get(surface)
    if not hits:
        return ()
    return tuple(sorted(h.name for h in hits))


@lru_cache(maxsize=None)
def entity_of(name: str) -> str | None:
    u = _q_units()
    x = u.names.get(name)
    return x.entity.name if x is not None else None


def unit_info(name: str) -> UnitInfo:
    return info_for(name, entity_of(name))


# ---------------------------------------------------------------------------------------
# disambiguation

_clf_lock = threading.Lock()
_clf: dict | None = None
_clf_tried = False
_warned = False


def classifier_file(cfg: Config | None = None) -> Path:
    from importlib.metadata import version

    cfg = cfg or Config()
    return cfg.cache_path() / (
        f"unit-classifier-q{version('quantulum3')}-skl{version('scikit-learn')}.joblib"
    )


_WORD = re.compile(r"[a-z]+")


def _stem(w: str) -> str:
    for suf in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "ly", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def clean_text(text: str) -> str:
    """Lower case, letters only, crude suffix stemming (replaces quantulum3's ``stemming``)."""
    return " ".join(_stem(w) for w in _WORD.findall(text.lower()))


def train(cfg: Config | None = None, force: bool = False) -> Path:
    """Train the unit classifier from quantulum3's training sentences into the cache."""
    path = classifier_file(cfg)
    if path.is_file() and path.stat().st_size > 0 and not force:
        return path  # the file name pins both library versions
    import joblib
    from quantulum3 import load
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier

    data = load.training_set("en_US")
    texts = [clean_text(ex["text"]) for ex in data]
    names = sorted({ex["unit"] for ex in data})
    target = [names.index(ex["unit"]) for ex in data]
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    x = tfidf.fit_transform(texts)
    clf = SGDClassifier(loss="log_loss", penalty="l2", alpha=1e-4, tol=1e-3, random_state=0)
    clf.fit(x, target)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    joblib.dump({"format": 1, "tfidf": tfidf, "clf": clf, "names": names}, tmp)
    tmp.replace(path)
    return path


def _load_classifier() -> dict | None:
    global _clf, _clf_tried, _warned
    if _clf_tried:
        return _clf
    with _clf_lock:
        if not _clf_tried:
            path = classifier_file()
            try:
                import joblib

                _clf = joblib.load(path) if path.is_file() else None
            except Exception as exc:  # noqa: BLE001
                warnings.warn(f"unit classifier at {path} unusable ({exc}); using context rules")
                _clf = None
            if _clf is None and not _warned:
                _warned = True
                print(
                    "check-consistency: unit classifier not trained "
                    "(run `python -m checker.units --train`); ambiguous units use context rules",
                    file=sys.stderr,
                )
            _clf_tried = True
    return _clf


_MONEY_CONTEXT = re.compile(
    r"\b(pay|paid|cost|costs|price|prices|fund|funds|worth|sold|buy|bought|bill|budget|"
    r"fine|fined|salary|wage|spend|spent|raise|raised|revenue|profit|loss|bank|tax|sterling|"
    r"bonus|deal|fee|fees|million|billion|bn|£)\b", re.I)
_MASS_CONTEXT = re.compile(
    r"\b(weigh|weighs|weighed|weighing|weight|heavy|lighter|heavier|lose|lost|torque|"
    r"feet|foot|per square inch|baby|fish|bag|pounds of)\b", re.I)


#: pounds that push: "16.7 million pounds of thrust", "pounds of force"
_THRUST_CONTEXT = re.compile(r"\bpounds?\s+of\s+(?:thrust|force)\b", re.I)


# the reading a news text most likely means, unless the sentence points to another
_PREFERRED = ["second", "minute", "hour", "metre", "mile", "inch", "foot", "degree",
              "tonne", "ton", "gigabyte", "megabyte", "megawatt", "gigawatt", "kilowatt",
              "penny", "dollar", "horsepower", "litre", "gallon", "barrel"]
_CONTEXT_FOR = {
    "second of arc": r"\b(arc|angle|astronom|telescope)", "minute of arc": r"\b(arc|angle)",
    "short ton": r"\bshort tons?\b", "long ton": r"\blong tons?\b",
    "pint": r"\b(beer|pint|milk|ale)\b", "gigabit": r"\b(gigabits?|Gbps|broadband)\b",
    "megabit": r"\b(megabits?|Mbps|broadband)\b", "milliwatt": r"\bmilliwatts?\b",
}


def disambiguate(names: tuple[str, ...], context: str) -> str:
    """Pick one canonical name among candidates, using the sentence as context."""
    if len(names) == 1:
        return names[0]
    s = set(names)
    if s == {"japanese yen", "chinese yuan"}:
        # the cue nearest to the middle of the context (the extractor centres it on the mention)
        mid = len(context) / 2
        cues = []
        for m in re.finditer(r"\b(yuan|China|Chinese|Beijing|RMB|renminbi|Shanghai|Shenzhen)\b",
                             context):
            cues.append((abs(m.start() - mid), "chinese yuan"))
        for m in re.finditer(r"\b(yen|Japan|Japanese|Tokyo|Osaka|Nikkei|Toyota|Sony)\b", context):
            cues.append((abs(m.start() - mid), "japanese yen"))
        return min(cues)[1] if cues else "japanese yen"
    if s == {"pound sterling", "pound-mass"}:
        if _THRUST_CONTEXT.search(context):
            return "pound-force"  # "about 17 million pounds of thrust"
        money = bool(_MONEY_CONTEXT.search(context))
        mass = bool(_MASS_CONTEXT.search(context))
        if money != mass:
            return "pound sterling" if money else "pound-mass"
    for pref in _PREFERRED:
        if pref in s and not (pref == "degree angle" and False):
            others = s - {pref}
            if not any(re.search(_CONTEXT_FOR.get(o, r"(?!)"), context, re.I) for o in others):
                return pref
    obj = _load_classifier()
    if obj is not None:
        x = obj["tfidf"].transform([clean_text(context)])
        probs = obj["clf"].predict_proba(x)[0]
        classes = list(obj["clf"].classes_)
        best, best_p = None, -1.0
        for n in names:
            if n in obj["names"]:
                i = obj["names"].index(n)
                p = probs[classes.index(i)] if i in classes else 0.0
                if p > best_p:
                    best, best_p = n, p
        if best is not None:
            return best
    return sorted(names)[0]


def normalize_name(name: str) -> str:
    """Lower-case singular form used to compare unit names (``"people"`` -> ``"person"``)."""
    n = name.strip().lower()
    n = re.sub(r"\s+", " ", n)
    return n


def _main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m checker.units",
                                 description="unit lexicon tools")
    ap.add_argument("--train", action="store_true",
                    help="train the unit classifier into the cache (idempotent)")
    ap.add_argument("--force", action="store_true", help="retrain even if present")
    ap.add_argument("--lookup", metavar="SURFACE", help="show the unit(s) for a surface")
    args = ap.parse_args(argv)
    if args.train:
        path = train(force=args.force)
        print(f"unit classifier: {path}")
    if args.lookup:
        for n in lookup_surface(args.lookup):
            print(unit_info(n))
    if not (args.train or args.lookup):
        ap.print_help()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())
