"""Behaviour of the quantity extractor (spaCy is loaded once per module)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.extract import extract, extract_quantities
from checker.models import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module", autouse=True)
def _nlp():
    from checker import nlp

    nlp.get_nlp()


def one(text: str, surface: str):
    """The quantity whose text contains ``surface``."""
    qs = [q for q in extract_quantities(text) if surface in q.text]
    assert qs, f"no quantity {surface!r} in {[q.text for q in extract_quantities(text)]}"
    return qs[0]


def texts(text: str) -> list[str]:
    return [q.text for q in extract_quantities(text)]


# ---------------------------------------------------------------------------- seeds


def _seed_claims():
    arts = []
    for p in sorted(SEEDS.glob("*.txt")):
        arts.append(Article(id=p.name, path=str(p), text=p.read_text(encoding="utf-8")))
    return arts, extract(arts, Config())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
def test_seed_articles_yield_the_expected_claims():
    arts, claims = _seed_claims()
    by = {(c.value, c.unit): c for c in claims}
    assert by[(500.0, "drone")].qualifier == ">"
    assert by[(500.0, "drone")].low == 500 and by[(500.0, "drone")].high is None
    assert (11.0, "missile") in by
    kill = by[(1.0, "person")]
    assert kill.predicate == "kill"
    injured = by[(23.0, "person")]
    assert injured.qualifier == ">=" and injured.counted == "other"
    assert by[(5e6, "dollar")].unit_kind == "currency"
    assert (594.0, "prisoner") in by
    assert (15.0, "region") in by
    assert (236.0, "missile and drone") in by
    shot = by[(201.0, "missile and drone")]
    assert shot.predicate == "shoot down" and shot.qualifier == "="
    mentions = {c.text for c in claims}
    for bad in ("&", "July 6", "6", "16", "F-16", "three weeks", "X"):
        assert bad not in mentions
    # ids, offsets and locations
    for c in claims:
        art = next(a for a in arts if a.id == c.article)
        assert art.text[c.start:c.end] == c.text
        assert c.sentence == art.text[c.sentence_start:c.sentence_start + len(c.sentence)]
        assert c.location.line == 1 + art.text.count("\n", 0, c.start)
    ids = [c.id for c in claims if c.article == arts[0].id]
    assert ids == [f"{arts[0].id}:q{i}" for i in range(1, len(ids) + 1)]
    assert extract(arts, Config()) == claims  # deterministic


def test_jsonl_location_is_record_line_and_offset():
    art = Article(id="feed:3", format="jsonl", line=3, text="Officials said 40 homes burned.")
    (c,) = extract([art], Config())
    assert (c.location.line, c.location.column) == (3, art.text.index("40") + 1)
    assert c.id == "feed:3:q1" and c.unit == "home"


def test_skipped_articles_give_no_claims():
    art = Article(id="a", status="skipped", text="500 drones")
    assert extract([art], Config()) == []


# ---------------------------------------------------------------------------- counts


def test_coordinated_counts_get_their_own_nouns():
    s = "Moscow launched more than 500 drones and 11 missiles overnight."
    a, b = extract_quantities(s)
    assert (a.value, a.unit, a.qualifier, a.low) == (500, "drone", ">", 500)
    assert (b.value, b.unit, b.qualifier) == (11, "missile", "=")
    assert a.predicate == "launch"
    assert "drones" in a.concept


def test_shared_noun_and_anaphoric_them():
    s = ("15 Ukrainian regions were targeted by a total of 236 missiles and drones, "
         "according to Kiev, which claims to have shot down 201 of them.")
    q15, q236, q201 = extract_quantities(s)
    assert q15.unit == "region" and q15.counted == "region"
    assert q236.unit == "missile and drone"
    assert q201.unit == "missile and drone" and q201.predicate == "shoot down"


def test_number_words_and_no_one():
    assert one("The blast killed one person and injured two dozen.", "one").unit == "person"
    q = one("No one was injured in the fire.", "No one")
    assert q.value == 0 and q.unit == "person"
    assert one("Police arrested a dozen protesters.", "dozen").value == 12
    assert one("Two million people fled.", "Two million").value == 2e6


def test_vague_amounts_are_ranges():
    q = one("Dozens of people were killed.", "Dozens")
    assert (q.low, q.high, q.unit) == (12, 120, "person") and q.approximate
    q = one("It cost tens of thousands of dollars.", "tens of thousands")
    assert (q.low, q.high) == (1e4, 1e5)


def test_one_of_the_best_is_not_a_count():
    assert texts("It is one of the best phones on the market.") == []


# ---------------------------------------------------------------------------- bounds, ranges


@pytest.mark.parametrize("phrase,qual", [
    ("about 300 people", "~"), ("around 300 people", "~"), ("nearly 300 people", "~"),
    ("more than 300 people", ">"), ("over 300 people", ">"), ("at least 300 people", ">="),
    ("fewer than 300 people", "<"), ("up to 300 people", "<="), ("just under 300 people", "<"),
    ("300 people", "="),
])
def test_bounds(phrase, qual):
    q = one(f"Officials said {phrase} attended the rally.", "300")
    assert q.qualifier == qual and q.value == 300


def test_ranges():
    q = one("Between 5 and 6 km of road were closed.", "5")
    assert (q.low, q.high, q.unit) == (5, 6, "kilometre")
    q = one("Rates will rise 5 to 7 per cent next year.", "5")
    assert (q.low, q.high, q.unit) == (5, 7, "percentage")
    q = one("There are four to five thousand people.", "four")
    assert (q.low, q.high) == (4000, 5000)
    q = one("Sales of 10-12 million units are expected.", "10")
    assert (q.low, q.high) == (10e6, 12e6)


# ---------------------------------------------------------------------------- changes


def test_change_and_level():
    a, b = extract_quantities("Revenue rose 6% to $94.93 billion in the quarter.")
    assert (a.value, a.unit, a.qualifier) == (6, "percentage", "up")
    assert (b.value, b.unit, b.qualifier) == (94.93e9, "dollar", "=")
    assert b.precision == pytest.approx(0.01e9)


def test_down_and_restated_change():
    a, b = extract_quantities("The Dow Jones Industrial Average lost 190 points, or 0.6%.")
    assert a.qualifier == "down" and b.qualifier == "down" and b.unit == "percentage"
    q = one("Shares fell 3.5 per cent on Monday.", "3.5")
    assert q.qualifier == "down"


def test_phrasal_verbs_are_not_changes():
    q = one("Air defences shot down 40 drones.", "40")
    assert q.qualifier == "=" and q.predicate == "shoot down"


# ---------------------------------------------------------------------------- money, units


@pytest.mark.parametrize("text,value,unit", [
    ("The fine was US$5.1bn.", 5.1e9, "dollar"),
    ("It costs £250,000 to build.", 250000, "pound sterling"),
    ("Tickets cost €45.", 45, "euro"),
    ("The deal is worth ¥3 trillion for Toyota.", 3e12, "japanese yen"),
    ("The stake is worth 800 yuan.", 800, "chinese yuan"),
    ("Shares closed at 164p.", 1.64, "pound sterling"),
    ("Earnings were 97 cents a share.", 0.97, "dollar"),
    ("The firm paid Rs 500 crore.", 5e9, "indian rupee"),
    ("He earned 35m dollars.", 35e6, "dollar"),
])
def test_currencies(text, value, unit):
    (q,) = extract_quantities(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.unit_kind == "currency"


def test_per_share_and_per_day_compounds():
    q = one("The company earned $1.25 per share.", "1.25")
    assert q.unit == "dollar" and q.unit_kind == "currency" and "per share" in q.concept
    q = one("Output was cut by 325,000 barrels per day.", "325,000")
    assert q.unit == "barrel per day"


def test_percent_and_percentage_points():
    assert one("Inflation was 2.5 per cent.", "2.5").unit == "percentage"
    q = one("The rate rose by 0.25 percentage points.", "0.25")
    assert q.unit == "percentage point" and q.unit_kind == "percentage_point"
    assert q.qualifier == "up"


def test_si_conversion_makes_units_comparable():
    a = one("The fire burned 11,500 acres.", "11,500")
    b = one("The fire burned 4,650 hectares.", "4,650")
    assert a.dimension == b.dimension == "area"
    assert a.si_value == pytest.approx(b.si_value, rel=0.01)
    km = one("The road is 1 km long.", "1 km")
    m = one("The road is 1,000 metres long.", "1,000")
    assert km.si_value == pytest.approx(m.si_value)


def test_temperatures_speeds_magnitudes():
    q = one("Temperatures reached 40C on Friday.", "40C")
    assert q.unit == "degree Celsius" and q.si_value == pytest.approx(313.15)
    q = one("Winds of 155mph battered the coast.", "155")
    assert q.unit == "mile per hour" and q.dimension == "speed"
    q = one("A 7.9-magnitude earthquake struck.", "7.9")
    assert q.unit == "magnitude" and q.value == 7.9
    q = one("Winds reached 120 km/h.", "120")
    assert q.unit == "kilometre per hour"
    q = one("Winds of 110-120 kmph gusting to 135 kmph lashed the coast.", "135")
    assert q.unit == "kilometre per hour" and q.dimension == "speed"


def test_durations():
    q = one("She won in 2:00:35.", "2:00:35")
    assert q.si_value == 7235 and q.dimension == "time"
    q = one("The flight took 2 hours and 35 seconds.", "2 hours")
    assert q.si_value == 7235


def test_hyphenated_counts_and_ages():
    q = one("A 30-storey tower collapsed.", "30")
    assert q.value == 30 and q.unit == "storey"
    q = one("A 40-year-old man was arrested.", "40")
    assert q.unit == "year" and q.dimension == "age"
    q = one("John Smith, 45, was arrested.", "45")
    assert q.unit == "year" and q.dimension == "age"
    q = one("The race took 3 years to organise.", "3 years")
    assert q.unit == "year" and q.dimension == "time"


def test_people_nouns_count_persons():
    q = one("Police said 100,000 residents were evacuated.", "100,000")
    assert q.unit == "person" and q.counted == "resident"
    q = one("Workers found eight bodies.", "eight")
    assert q.unit == "person"
    q = one("Six construction workers were hurt.", "Six")
    assert q.unit == "worker"


def test_fractions_and_clock_splits():
    q = one("Lyles won by five-thousandths of a second.", "five-thousandths")
    assert q.value == pytest.approx(0.005) and q.unit == "second"
    assert one("Two-thirds of voters agreed.", "Two-thirds").value == pytest.approx(2 / 3)
    q = one("He ran the second half in 59:47.", "59:47")
    assert q.si_value == 3587
    q = one("She finished in under an hour.", "an hour")
    assert (q.high, q.unit, q.qualifier) == (1, "hour", "<")


def test_noun_changes_and_bounds_over_changes():
    # a change named by a noun is a level figure ("=") with its direction (NewsQuant's
    # convention); a change named by a verb has it in the qualifier too
    q = one("Deliveries fell, a 4.8% decline from a year earlier.", "4.8")
    assert (q.qualifier, q.direction) == ("=", "down")
    q = one("Deliveries fell 4.8% from a year earlier.", "4.8")
    assert (q.qualifier, q.direction) == ("down", "down")
    # a bound over a change keeps both: the bound in the qualifier, the direction apart
    q = one("Shares jumped more than 25% on the news.", "25")
    assert (q.qualifier, q.direction) == (">", "up")


def test_magnitude_before_number_and_codes():
    q = one("A magnitude 7.7 earthquake struck Myanmar.", "7.7")
    assert q.unit == "magnitude"
    assert texts("The COVID -19 tests arrived. Dak Prescott (4) scored.") == []


# ---------------------------------------------------------------------------- not quantities


@pytest.mark.parametrize("text", [
    "New York [US], July 6 (ANI): talks began.",
    "The talks began on 6 July in Geneva.",
    "The war began in 2022.",
    "Ukraine received F-16 jets.",
    "The COVID-19 pandemic hit hard.",
    "G7 leaders met in Italy.",
    "Helene was a Category 4 hurricane.",
    "The meeting starts at 10:30 a.m. local time.",
    "He finished 3rd in the race.",
    "Call 555-1234 for details.",
    "Drone & missile attacks continued.",
    "The S&P 500 closed higher.",
    "He joined three weeks ago.",
])
def test_not_quantities(text):
    assert texts(text) == []


def test_thousands_and_decimal_commas():
    assert one("The index rose to 3,005.47.", "3,005.47").value == pytest.approx(3005.47)
    assert one("Growth was 3,5% last year.", "3,5").value == pytest.approx(3.5)
    assert one("About 1.234.567 voters turned out.", "1.234.567").value == 1234567


def test_precision():
    assert one("500 drones", "500").precision == 100
    assert one("539 drones", "539").precision == 1


def test_split_sentences_keeps_datelines_whole():
    from checker import nlp

    text = ("New York [US], July 6 (ANI): The UN chief condemned the strikes. "
            "Mr. Guterres called for a ceasefire.\n\nA new paragraph starts here.")
    spans = [text[s:e] for s, e in nlp.split_sentences(text)]
    assert spans[0].startswith("New York [US], July 6 (ANI): The UN chief")
    assert any(s.startswith("Mr. Guterres called") for s in spans)
    assert spans[-1] == "A new paragraph starts here."


# ---------------------------------------------------------------------------- issue 3 gaps


@pytest.mark.parametrize("text, surface", [
    ("Two miners died and 14 were rescued from the shaft.", "14"),
    ("About 900,000 people joined the rallies, including 120,000 in Lyon.", "120,000"),
    ("Thousands of teachers marched on Tuesday; police put the crowd at 45,000.", "45,000"),
    ("Police put the crowd at 45,000 people while unions said 110,000.", "110,000"),
    ("Four firefighters were killed and at least 12 others were hurt.", "12"),
])
def test_elided_or_distant_counted_noun_is_people(text, surface):
    assert one(text, surface).unit == "person"


def test_elided_count_keeps_its_own_noun_and_years():
    assert one("The rally drew 3,000 people and 40 police officers.", "40").unit == "officer"
    q = one("About 500 homes were sold in 2019 and 420 in 2020.", "420")
    assert q.unit == "home"
    assert [x.text for x in extract_quantities("About 500 homes were sold in 2019 and 420 in 2020.")
            if x.text == "2020"] == []


def test_death_toll_counts_people():
    q = one("Officials said the death toll had climbed to 2,317 by Friday.", "2,317")
    assert q.unit == "person" and "toll" in q.concept


@pytest.mark.parametrize("text, surface", [
    ("A 6.3-magnitude earthquake shook the coast on Monday.", "6.3"),
    ("A magnitude 5.9 quake was felt in the capital.", "5.9"),
    ("The largest tremor measured 6.1, according to the survey.", "6.1"),
    ("Residents fled when a 5.4 aftershock struck before dawn.", "5.4"),
    ("Villages near the epicentre of the magnitude-6.8 quake were cut off.", "6.8"),
])
def test_earthquake_magnitudes(text, surface):
    q = one(text, surface)
    assert q.unit == "magnitude" and q.unit_kind != "count"


def test_magnitude_needs_quake_context():
    assert one("The team measured 6.1 on the test.", "6.1").unit != "magnitude"


def test_shooting_down_is_not_a_change_but_change_nouns_are():
    q = one("Air defences downed 41 drones overnight.", "41")
    assert (q.qualifier, q.direction) == ("=", None)
    assert one("Orders posted a 2.7% decline in June.", "2.7%").direction == "down"
    assert one("The firm reported a 9% increase in revenue.", "9%").direction == "up"
    assert one("Output showed a drop of 1.5% on the month.", "1.5%").direction == "down"
    assert one("Analysts expect a rise of 4% next year.", "4%").direction == "up"


def test_race_times_and_event_names():
    q = one("Jacobs clocked 9.80 to take gold.", "9.80")
    assert q.unit == "second" and q.si_value == pytest.approx(9.8)
    assert one("She won in 10.72 seconds.", "10.72").unit == "second"
    assert one("He finished in 2:03:17 to win.", "2:03:17").si_value == 2 * 3600 + 3 * 60 + 17
    assert texts("She also won the 200 metres at the trials.") == []
    assert texts("He will defend his title in the men's 400m hurdles.") == []
    assert one("The wall stands 200 metres from the road.", "200 metres").unit == "metre"


def test_vague_plurals_are_never_precise():
    # the range carries the vagueness: the bound is "=", ``approximate`` stays set
    q = one("Hundreds of residents were evacuated.", "Hundreds")
    assert q.qualifier == "=" and q.approximate and (q.low, q.high) == (100, 1000)
    q = one("Dozens of flights were cancelled.", "Dozens")
    assert q.qualifier == "=" and q.approximate and q.low == 12 and q.high == 120
    q = one("Tens of thousands of fans packed the streets.", "Tens of thousands")
    assert q.qualifier == "=" and q.approximate and (q.low, q.high) == (1e4, 1e5)
    # "a handful" has no range: it stays approximate ("~")
    q = one("Police detained a handful of protesters.", "a handful")
    assert q.qualifier == "~" and q.approximate


@pytest.mark.parametrize("text, surface", [
    ("The cyclist, 52, was taken to hospital.", "52"),
    ("She turned 90 in March.", "90"),
    ("Mr Okafor, who is 58, will step down.", "58"),
    ("Recruits as young as 15 were sent to the front.", "15"),
    ("Life expectancy for women is now about 83.", "83"),
])
def test_age_phrasings(text, surface):
    assert one(text, surface).unit == "year"


def test_turned_with_a_unit_is_not_an_age():
    assert one("The index turned 3% lower.", "3%").unit == "percentage"


@pytest.mark.parametrize("text, unit", [
    ("The regulator fined the bank 12 million Danish crowns.", "danish krone"),
    ("Tickets cost 450 Swedish kronor.", "swedish krona"),
    ("The fund sold bonds worth 8 billion Norwegian kroner.", "norwegian krone"),
    ("Warsaw approved 30 billion zlotys of aid.", "polish zloty"),
    ("The villa sold for 9 million dirhams.", "united arab emirates dirham"),
    ("TSMC earned 325 billion New Taiwan dollars in the quarter.", "new taiwan dollar"),
    ("Profit was NT$325.26 billion (US$10.1 billion).", "new taiwan dollar"),
    ("The tycoon paid 5 billion Hong Kong dollars for the tower.", "hong kong dollar"),
    ("Vale was fined 250 million reais.", "brazilian real"),
    ("Tickets cost Mex$450.", "mexican peso"),
])
def test_currency_names(text, unit):
    q = extract_quantities(text)[0]
    assert q.unit == unit and q.unit_kind == "currency"


def test_bare_temperatures():
    q = one("Overnight the mercury fell to minus 12.", "12")
    assert q.value == -12 and q.unit == "degree"
    assert one("Temperatures hit 44 on Sunday in Cordoba.", "44").unit == "degree"
    q = one("Temperatures reached 39C on Friday and 41 on Saturday.", "41")
    assert q.unit == "degree Celsius"
    assert one("Temperatures hit 5 million homes' heating bills.", "5 million").unit != "degree"


def test_degrees_below_zero_are_negative():
    q = one("At night temperatures fall to about 280 degrees below zero Fahrenheit.", "280")
    assert q.value == -280 and "fahrenheit" in q.unit.lower() and q.qualifier == "~"
    assert texts("At night temperatures fall to about 280 degrees below zero Fahrenheit.") == [
        q.text]  # (not also a bound "below zero")
    assert one("It was 20 degrees below zero in Moscow.", "20").value == -20
    assert one("Temperatures plunged to 15 below zero overnight.", "15").value == -15
    assert one("Shares fell 15% below their offer price.", "15%").value == 15


@pytest.mark.parametrize("text", [
    "The nasdaq 100 and the s&p 500 both closed higher.",
    "The carrier grounded its Boeing 777 fleet.",
    "Regulators cleared the 737 Max to fly again.",
    "The flat at 12 W 44th St sold quickly.",
])
def test_index_aircraft_and_address_numbers_are_names(text):
    assert texts(text) == []


def test_toll_and_number_of_name_what_a_bare_number_counts():
    q = one("The death toll from the floods in the south has risen to 3,120, officials said.",
            "3,120")
    assert q.unit == "person" and "toll" in q.concept
    q = one("The number of people confirmed dead climbed to 67 on Sunday.", "67")
    assert q.unit == "person"
    q = one("Surveyors put the number of homes destroyed in the valley at 1,480.", "1,480")
    assert q.unit == "home"
    # the head of the noun phrase, not its first word: deaths, not storms
    q = one("The state health department this week raised its count of storm-related deaths "
            "to 246, up from 210 in its previous report.", "246")
    assert q.unit == "person"


def test_counting_verbs_carry_the_count_across_clauses():
    s = "Unions said 400,000 people marched; the interior ministry counted 95,000."
    assert one(s, "95,000").unit == "person"
    s = ("Around 2 million people struck nationwide on Thursday, according to the unions, "
         "while the police counted just over 900,000.")
    assert one(s, "900,000").unit == "person"


def test_race_report_times():
    s = "Okafor took silver in 19.87 after a late surge in the 200m final."
    assert one(s, "19.87").unit == "second"
    s = "Moreno (10.91) held on for bronze as the sprint final ended."
    assert one(s, "10.91").unit == "second"
    q = one("The first three finishers in the final all broke 20 seconds.", "20 seconds")
    assert q.qualifier == "<"
    q = one("Ahmed won the final, edging Kerr by 0.02 seconds.", "0.02")
    assert q.qualifier == "="
    assert texts("Britain has not won the women's 400 metres since 1993.") == []
    assert texts("It was the fastest Olympic 100 metres final ever run.") == []


def test_race_time_needs_a_race_article():
    art_race = Article(id="race", path="race.md", text=(
        "Adeyemi won the 100m final in 9.86 seconds. Silver went to Brooks in 9.90. "
        "The race was the fastest in years and every sprinter set a season's best."))
    art_other = Article(id="other", path="other.md", text="Bronze went to Brooks in 9.90.")
    claims = extract([art_race, art_other], Config())
    by = {(c.article, c.text): c for c in claims}
    assert by[("race", "9.90")].unit == "second"
    assert by[("other", "9.90")].unit != "second"


def test_change_nouns_after_the_rate_and_modifiers():
    assert one("Sales were $4.1 billion, a 9% increase year on year.", "9%").direction == "up"
    assert one("The coin slid overnight, a sharp 7 percent drop.", "7 percent").direction == "down"
    q = one("The storm brought down the 2.4-mile span of the bridge.", "2.4-mile")
    assert q.qualifier == "=" and q.unit == "mile"


def test_statutory_ages_are_years():
    q = one("The bill lifts the state pension age from 66 to 67.", "66")
    assert q.unit == "year" and (q.low, q.high) == (66, 67)
    assert one("The voting age will be lowered to 16.", "16").unit == "year"


def test_elided_number_words_and_tolls_after_magnitudes():
    s = "The storm killed 12 people in Luzon and three on Taiwan before weakening."
    q = one(s, "three")
    assert q.unit == "person" and q.value == 3
    assert texts("He said one thing and another.") == []
    s = "The death toll from the 6.8-magnitude quake and a 5.9 aftershock rose to more than 2,900."
    assert one(s, "2,900").unit == "person"
    assert one("The death toll climbed above 4,000 overnight.", "4,000").unit == "person"
    assert one("The aftershock, measured at 6.2, toppled walls.", "6.2").unit == "magnitude"


def test_nobody_only_counts_casualties():
    assert texts('"Nobody can stop this," the union leader said.') == []
    assert one("Nobody was hurt in the crash.", "Nobody").unit == "person"


def test_rate_lower_or_higher_than_is_a_change():
    q = one("Turnout was 61%, 4.2 percentage points lower than in 2019.", "4.2")
    assert q.qualifier == "down"


def test_over_a_span_of_time_is_not_a_bound():
    q = one("Parts of the coast got 20 inches of rain over two days.", "two days")
    assert q.qualifier == "=" and q.low is None
    assert one("She has coached the side for over ten years.", "ten years").qualifier == ">"


def test_elided_count_not_given_to_money_restated_in_brackets():
    s = "The base model has 4 doors and sells for 3,100,000 ($20,700) in Japan."
    assert one(s, "3,100,000").unit != "door"


def test_bare_number_after_cents_is_in_cents():
    q = one("Analysts' targets range from a high of 91.20 cents, while the lowest is 68.35.", "68.35")
    assert q.unit == "dollar" and q.value == pytest.approx(0.6835)


# ---------------------------------------------------------------------------- news phrasing


def test_m_after_a_number_is_million_for_counts_and_metres_for_lengths():
    s = "Trump's 77.3m votes were up about 4% on his 2020 total of 74.2m."
    q1, _, q2 = extract_quantities(s)
    assert (q1.value, q1.unit, q1.counted) == (77.3e6, "vote", "vote")
    assert q2.value == pytest.approx(74.2e6) and q2.unit == "vote" and q2.dimension is None
    q = one("Rescuers found the wreck at a depth of 40m.", "40m")
    assert (q.value, q.unit) == (40, "metre")
    assert one("Everest stands 8,848m high.", "8,848m").unit == "metre"
    q = one("Labour won 9.7m votes, against 6.8m for the Conservatives.", "6.8m")
    assert q.value == pytest.approx(6.8e6) and q.unit == "vote"


def test_rain_in_litres_per_square_metre_is_a_depth():
    q = one("Chiva received 491 litres of rain per square metre in eight hours.", "491")
    assert q.unit == "litre per square metre" and q.dimension == "length"
    assert q.si_value == pytest.approx(0.491)
    q = one("Up to 180 l/m² fell on the city.", "180")
    assert q.dimension == "length" and q.si_value == pytest.approx(0.18)
    assert one("About 500 mm of rain fell.", "500").si_value == pytest.approx(0.5)


def test_proportions_and_fractions_are_shares():
    q = one("One in five adults in the region smokes.", "One in five")
    assert q.value == pytest.approx(0.2) and q.unit == "" and q.unit_kind == "dimensionless"
    q = one("Roughly two out of three voters backed the plan.", "two out of three")
    assert q.value == pytest.approx(2 / 3) and q.qualifier == "~"
    q = one("Turnout was high, with roughly two-thirds who turned out backing him.", "two-thirds")
    assert q.value == pytest.approx(2 / 3) and q.unit == "" and q.approximate
    assert texts("He scored 5 in 2019.") == ["5"]
    # odds with a grouped denominator, and a proportion that ends its sentence
    q = one("Scientists put its chance of striking Earth in 2182 at 1 in 2,700.", "1 in 2,700")
    assert q.value == pytest.approx(1 / 2700) and q.fraction
    assert one("The survey found it was one in five.", "one in five").value == pytest.approx(0.2)


def test_a_part_of_a_game_or_pitch_is_not_a_fraction():
    assert texts("Dallas scored twice in the second half of the game.") == []
    assert texts("Both sides struggled in the final third of the pitch.") == []


def test_engine_units():
    s = "The engine makes 296 hp (224 kW / 300 PS) and 450 Nm of torque."
    hp, kw, ps, nm = extract_quantities(s)
    assert ps.unit == "metric horsepower" and ps.unit_kind == "dimension"
    assert ps.si_value == pytest.approx(300 * 735.49875)
    assert nm.unit == "newton metre" and nm.dimension == "torque"
    q = one("The V8 delivers 275 pound-feet of torque at 3,000 rpm.", "275")
    assert q.unit == "pound-foot" and q.si_value == pytest.approx(275 * 1.3558179483)
    assert one("It has 332 lb-ft of torque.", "332").unit == "pound-foot"
    q = one("The convertible's V10 produces 640bhp.", "640bhp")
    assert q.unit == "brake horsepower" and q.dimension == "power"


def test_compound_and_hyphenated_rate_units():
    q = one("The city has just one 52,000 barrel-a-day refinery.", "52,000")
    assert q.unit == "barrel per day" and q.text == "52,000 barrel-a-day"
    assert one("Fields above 10 kV/cm were applied.", "10").unit == "kilovolt per centimetre"
    assert one("Doses of 5 mg/kg were given.", "5").unit == "milligram per kilogram"
    assert one("The speed limit is 30 km/h.", "30").unit == "kilometre per hour"


def test_suspended_hyphen_shares_the_unit():
    q7, q8 = extract_quantities("All models come with a 7- or 8-inch touchscreen.")
    assert (q7.value, q7.unit, q8.value, q8.unit) == (7, "inch", 8, "inch")
    qs = extract_quantities("Buyers can choose four-, five- and six-cylinder engines.")
    assert [(q.value, q.unit) for q in qs] == [(4, "cylinder"), (5, "cylinder"), (6, "cylinder")]


def test_multipliers():
    q = one("The bank trades at barely 6.5 times earnings.", "6.5")
    assert q.text == "6.5 times" and q.unit_kind == "dimensionless"
    q = one("Profit grew more than sixfold to $3.7 billion.", "sixfold")
    assert (q.value, q.qualifier) == (6, ">")


def test_from_x_to_y_with_words_between_is_one_movement():
    q = one("Bitcoin plummeted from $36,040 late on Sunday to $34,935 on Monday.", "36,040")
    assert (q.low, q.high, q.unit) == (34935, 36040, "dollar")
    q = one("He slimmed down from 208 pounds to 193 by cycling.", "208")
    assert (q.low, q.high, q.unit) == (193, 208, "pound-mass")
    q = one("Open interest eased to 196,440 contracts from 210,643 contracts a week earlier.",
            "196,440")
    assert (q.low, q.high, q.unit) == (196440, 210643, "contract")
    assert len(extract_quantities("It moved from 5 km away to 3 people.")) == 2


def test_small_news_phrasings():
    assert one("Prices will rise by an average of 1500 this year.", "1500").value == 1500
    assert "22" not in texts("The estate at 22 Ave Foch, Paris, is worth $8m.")
    assert one("It is one of my favourite local shops.", "one").unit == "shop"
    assert one("She put one hand on the wheel.", "one").unit == "hand"
    assert texts("On one hand, it is cheap.") == []


def test_a_bracketed_conversion_keeps_the_bound():
    a, b = extract_quantities("The moths can fly more than 100 kilometres (60 miles) a night.")[:2]
    assert (a.qualifier, b.qualifier, b.low) == (">", ">", 60)
    hp, kw, ps = extract_quantities("It makes just under 296 hp (224 kW / 300 PS).")
    assert kw.qualifier == "<" and ps.qualifier == "<" and ps.high == 300


def test_losses_in_money_are_amounts_but_price_moves_are_changes():
    a, b = extract_quantities("Boeing lost $23 million, or 4 cents per share, in the quarter.")
    assert a.qualifier == "=" and b.qualifier == "="
    assert one("Intel plans to reduce costs by $10 billion in 2025.", "$10").qualifier == "="
    assert one("The shares lost $1.20 to $50.", "$1.20").qualifier == "down"
    assert one("The Bank of England cut rates by 0.25 percentage points.", "0.25").qualifier == "down"
    q = one("Samsung doubled it to 256GB instead of the 128GB in last year's model.", "128GB")
    assert q.qualifier == "="
    q = one("Nvidia expects revenue of $32.5 billion, plus or minus 2%.", "2%")
    assert (q.value, q.qualifier) == (2, "=")


def test_dozens_and_halves_of_scales():
    q = one("Storm Daniel killed more than two dozen people in Greece.", "two dozen")
    assert (q.value, q.qualifier, q.unit) == (24, ">", "person")
    q = one("The order book is worth more than half a trillion dollars.", "half a trillion")
    assert q.value == 5e11 and q.unit == "dollar"
    assert one("He has won a half-dozen stages.", "half-dozen").value == 6


def test_not_counts():
    assert texts("Nvidia's second quarter of fiscal 2025 was another record.") == []
    assert texts("Nvidia is one of the world's most valuable companies.") == []
    assert texts("I knew one day I would be a world record holder.") == []
    assert texts("One fund manager said the sell-off was overdone.") == []
    assert one("The strike lasted one day.", "one day").unit == "day"


def test_a_duration_ends_where_its_units_stop_shrinking():
    a, b = extract_quantities("He clocked 2 hours 4 minutes 1 second, 14 seconds ahead of Bekele.")
    assert (a.value, b.value) == (7441, 14)


@pytest.mark.parametrize("text, surface, low, high", [
    ("Police arrested a man in his 40s.", "in his 40s", 40, 49),
    ("The driver, in her late twenties, was unhurt.", "late twenties", 27, 29),
    ("A man in his mid-30s fled the scene.", "mid-30s", 34, 36),
])
def test_age_decades_are_age_ranges(text, surface, low, high):
    q = one(text, surface)
    assert (q.low, q.high, q.unit, q.dimension) == (low, high, "year", "age")


@pytest.mark.parametrize("text, surface, value", [
    ("The oldest victim was 84 and the youngest 3.", "84", 84),
    ("The toddler, 2, was unhurt.", "2", 2),
    ("Her now-18-month-old daughter was unhurt.", "18", 18),
])
def test_more_age_phrasings(text, surface, value):
    q = one(text, surface)
    assert q.value == value and q.dimension == "age"


def test_bare_degrees_take_the_scale_of_the_text():
    s = "The previous record, 101.7 degrees, fell to a reading of 104.5 degrees Fahrenheit."
    a, b = extract_quantities(s)
    assert a.unit == b.unit == "degree fahrenheit" and a.dimension == "temperature"
    q = one("The ramp has a 30 degree slope and it was 20C outside.", "30")
    assert q.unit == "degree" and q.dimension is None
    arts = [Article(id="a", text="Britain hit 104.5 degrees Fahrenheit on Tuesday. "
                                 "The previous record, 101.7 degrees, was set in 2019.")]
    claims = extract(arts, Config())
    assert [c.unit for c in claims] == ["degree fahrenheit", "degree fahrenheit"]
    assert claims[1].si_value == pytest.approx((101.7 - 32) * 5 / 9 + 273.15)


def test_bare_degrees_of_warmth_take_the_only_scale_they_fit():
    def unit(text):
        return [c.unit for c in extract([Article(id="a", text=text)], Config())]
    # no "heat" under 60 F, no Celsius heat of 60 degrees or more
    assert unit("Many marchers carried umbrellas against the sun in 35-degree heat.") == \
        ["degree Celsius"]
    assert unit("Over Gulf waters as warm as 88 degrees, Idalia strengthened.") == \
        ["degree fahrenheit"]
    # a temperature that names no warmth may be either, and so may one hotter than weather
    assert unit("Temperatures fell to 20 degrees overnight.") == ["degree"]
    assert unit("The capsule glowed as its heat shield reached about 3000 degrees.") == \
        ["degree"]
    assert unit("The furnace's heat reached 900 degrees.") == ["degree"]
    # with both scales, the one written first (the other only in brackets) is the text's
    assert unit("The shield was expected to reach about 1,800 degrees Fahrenheit (980 degrees "
                "Celsius). That included heat of up to 1,800 degrees on its front.")[-1] == \
        "degree fahrenheit"


def test_bare_litres_after_rain_per_square_metre_are_that_depth():
    arts = [Article(id="a", text=(
        "The station in Turís recorded 184.6 litres per square metre in one hour, and 771.8 "
        "litres over the whole day. Chiva received 491 litres in eight hours. Firefighters "
        "later pumped 30,000 litres out of one garage.\n\nA tanker carried 20,000 litres."))]
    units = {c.text: c.unit for c in extract(arts, Config())}
    assert units["771.8 litres"] == units["491 litres"] == "litre per square metre"
    # far from the rain, litres are a volume again
    assert units["20,000 litres"] == "litre"


def test_scaled_values_are_tidy():
    assert one("Revenue was C$4.1 billion.", "4.1").value == 4_100_000_000


def test_more_people_money_and_length_phrasings():
    q = one("Life expectancy for men in the city is around 73, well below the average.", "73")
    assert q.unit == "year" and q.dimension == "age"
    s = "Some 68,400 people have been out of work for a year and 95,800 who have waited longer."
    assert one(s, "95,800").unit == "person"
    q = one("A coffee costs about 4 or $5 in the city centre.", "about 4")
    assert q.unit == "dollar" and q.unit_kind == "currency"
    q = one("The crater is 2 km wide and 500 m deep.", "500")
    assert q.unit == "metre" and q.text == "500 m"


def test_bounds_and_particles():
    q = one("The planemaker handed over 528 commercial aircraft last year.", "528")
    assert q.qualifier == "="
    assert one("Donors paid over $100 million.", "$100").qualifier == ">"
    q = one("Waves as high as 16 feet hit the coast.", "16")
    assert (q.qualifier, q.high) == ("<=", 16)
    q = one("Intel is trimming capital spending by more than a fifth.", "a fifth")
    assert (q.value, q.qualifier) == (0.2, ">")
    q = one("Prices fell by a third.", "a third")
    assert q.value == pytest.approx(1 / 3) and q.qualifier == "down"


def test_modifiers_names_and_dates():
    q = one("Shares tumbled 26%, their steepest one-day fall since 1974.", "one-day")
    assert q.qualifier == "="
    assert one("Of the 176 riders who started on June 29, 141 reached Nice.", "141").value == 141
    assert texts("The war began on June 29, 2014.") == []
    s = "Regulators grounded 171 737 MAX 9 jets and will not let Boeing raise 737 output."
    assert texts(s) == ["171"]


def test_gapped_counts_inherit_the_noun():
    s = ("The Conservatives won 121 seats, the lowest number in the party's history, while the "
         "Liberal Democrats won 72. Reform UK won five seats and the Green Party four.")
    assert [(q.value, q.unit) for q in extract_quantities(s)] == [
        (121, "seat"), (72, "seat"), (5, "seat"), (4, "seat")]


def test_a_gapped_figure_after_a_name_is_no_part_of_the_name():
    s = "In the 113-seat Legislative Yuan, the KMT won 52 seats and the DPP 51, down from 61."
    assert [(q.value, q.unit) for q in extract_quantities(s)] == [
        (113, "seat"), (52, "seat"), (51, "seat"), (61, "seat")]
    # so does each name of a list: "the SPD 120, the Greens 85 and the Left 64"
    s = ("The CDU/CSU gets 208 seats, the AfD 152 seats, the SPD 120, the Greens 85 and the "
         "Left 64.")
    assert [(q.value, q.unit) for q in extract_quantities(s)] == [
        (208, "seat"), (152, "seat"), (120, "seat"), (85, "seat"), (64, "seat")]
    # a name and its number with no figure of a noun before them stay a name
    assert texts("NASA flew Apollo 11 and Gemini 12.") == []
    assert texts("NASA flew 3 missions, Apollo 11, Apollo 12 and Apollo 13.") == ["3"]
    assert texts("Sales rose 5% at Apple and Windows 11 sold well.") == ["5%"]


@pytest.mark.parametrize("text, surface, low, high", [
    ("Several thousand protesters marched on parliament.", "Several thousand", 3000, 9000),
    ("A few hundred people gathered outside.", "A few hundred", 200, 500),
])
def test_several_thousand_is_vague(text, surface, low, high):
    q = one(text, surface)
    assert (q.low, q.high, q.qualifier) == (low, high, "=") and q.approximate


def test_scale_letters_before_counted_nouns():
    q = one("The world population is about 8 B people.", "8")
    assert q.value == 8e9 and q.unit == "person"
    assert one("He walks 10K steps a day.", "10K").value == 10_000
    assert one("The app now has 3 M users.", "3").value == 3e6
    assert texts("She ran a 5K race on Sunday.") == []
    assert one("Starting salaries of 50K are common.", "50K").value == 50_000
    assert one("The sample was cooled to 4K, near absolute zero.", "4K").unit == "kelvin"


def test_a_move_to_a_stated_level_and_fractions_of_change():
    # "added 15 sen to RM2.70": an amount in a unit followed by the level it moved to
    q = one("Hextar Technologies added 15 sen to RM2.70.", "15 sen")
    assert q.qualifier == "up" and q.direction == "up"
    assert one("Boeing cut its forecast by $1 billion to $10 billion.", "$1 billion").direction == "down"
    # money added to something is an amount, not a move
    assert one("The firm added $2 billion to its buyback programme.", "$2 billion").direction is None
    # a fraction is a share, so it can be the size of a cut
    q = one("It cut spending by more than a fifth.", "a fifth")
    assert (q.qualifier, q.direction, q.fraction) == (">", "down", True)
    assert one("Roughly two-thirds of voters turned out.", "two-thirds").fraction
    assert not one("Two of the voters turned out.", "Two").fraction


def test_an_agency_puts_the_magnitude_at_and_a_rival_estimate_shares_the_scale():
    s = ("That is shallower than the 34.8 km reported by the USGS, which put the magnitude at "
         "7.4, while Japan's Meteorological Agency estimated 7.7.")
    assert one(s, "7.4").unit == "magnitude"
    assert one(s, "7.7").unit == "magnitude"
    # a bare whole number after a magnitude is not a magnitude
    q = one("The quake measured 6.1, and 3 people died.", "3")
    assert q.unit != "magnitude"


def test_none_is_a_count_only_of_people_something_happened_to():
    assert texts("None of these methods is precise.") == []
    assert one("None of the 200 passengers survived.", "None").value == 0
    assert one("None were killed in the blast.", "None").unit == "person"


def test_past_as_a_bound_but_not_as_a_time():
    q = one("Nvidia's market value surged past $2.5tn on Thursday.", "$2.5tn")
    assert q.qualifier == ">" and q.low == 2.5e12
    assert one("In the past 10 years sales doubled.", "10 years").qualifier == "="
    assert texts("It was half past 2 when the quake struck.") == []


def test_a_quarter_to_a_figure_is_a_period_and_a_move_not_a_clock():
    q = one("Its operating profit fell 42% in the third quarter to 2.86 billion euros.", "euros")
    assert q.value == pytest.approx(2.86e9) and q.unit == "euro"
    assert one("Sales rose in the quarter to 12 million units.", "12").value == 12e6
    assert texts("The meeting broke up at a quarter to 3.") == []
    assert one("Earnings rose in the fourth quarter to 8 cents a share.", "8").value == 0.08
    assert one("Its store count grew by a quarter to 450 shops.", "450").value == 450
    q = one("Its store count grew by a third to 1,200 shops.", "1,200")
    assert q.low is None and q.value == 1200  # a change and a level, no range


def test_a_fraction_of_a_round_amount_is_one_amount():
    q = one("Its revenue, a little over a third of a billion dollars, covers little.", "third")
    assert q.unit == "dollar" and q.qualifier == ">" and q.value == pytest.approx(1e9 / 3)
    q = one("A quarter of a million people marched.", "quarter")
    assert q.value == 250000 and q.unit == "person"
    assert one("Half of the homes were destroyed.", "Half").value == 0.5


def test_a_for_ratio_is_one_ratio():
    q = one("Nvidia announced a ten-for-one stock split.", "ten-for-one")
    assert (q.value, q.unit) == (10, "ratio") and "split" in q.concept
    assert one("a 3-for-2 split", "3-for-2").value == 1.5


def test_a_difference_named_by_a_comparative_and_a_part_named_by_among():
    q = one("The BJP won 240 seats, 63 fewer than in 2019.", "63")
    assert (q.qualifier, q.direction) == ("=", "down")
    q = one("The toll has risen to 12 dead, among them two children.", "two")
    assert (q.qualifier, q.direction) == ("=", None)


def test_bounds_on_ages_ranges_and_conversions_and_a_direction_named_by_an_adverb():
    q = one("Five million children under the age of 5 died.", "age of 5")
    assert (q.qualifier, q.high, q.unit) == ("<", 5, "year")
    q = one("Adults over the age of 65 are most at risk.", "65")
    assert (q.qualifier, q.low, q.unit) == (">", 65, "year")
    q = one("Mileage rose from about 14-18 mpg to 24 for SUVs.", "14-18")
    assert (q.qualifier, q.low, q.high) == ("~", 14, 18)
    # a conversion in brackets restates the bound, whatever pressure unit it uses
    q = one("panel strength lower than 8.90 ksi (61.4 MPa).", "MPa")
    assert (q.qualifier, q.high) == ("<", 61.4)
    q = one("Operating profit of Y=880 billion was revised upward by Y=40 billion.", "40")
    assert (q.qualifier, q.direction) == ("up", "up")
    q = one("The growth forecast was revised down by 2 percentage points.", "2 percentage")
    assert (q.qualifier, q.direction) == ("down", "down")
    assert one("The report was revised by 2 analysts.", "2").direction is None


def test_the_verb_of_a_count_misparsed_under_according():
    q = one("At least 13 people drowned in rivers and lakes across Britain during the heat "
            "wave, according to a tally by British media outlets.", "13")
    assert q.predicate == "drown"


def test_a_difference_named_by_a_comparative_of_a_measure():
    q = one("Cairess ran 2:06:46, more than a minute quicker than his previous best.",
            "a minute")
    assert (q.qualifier, q.direction) == (">", "down")
    assert one("Cairess ran 2:06:46, more than a minute quicker than his previous best.",
               "2:06:46").direction is None


def test_parts_of_a_count_place_by_place_and_a_count_of_the_dead():
    s = ("At least six people were killed across the region: three in Grenada, one in "
         "St. Vincent and two in Venezuela.")
    assert [(q.value, q.unit) for q in extract_quantities(s)] == [
        (6, "person"), (3, "person"), (1, "person"), (2, "person")]
    q = one("St Vincent and the Grenadines now reports three dead.", "three")
    assert q.unit == "person"
    assert texts("One of the best days of my life.") == []


def test_a_unit_of_time_after_an_adjective_is_a_duration_and_people_said_of_with_no_noun():
    q = one("Both are designed to operate for one lunar day, equal to about 14 Earth days.",
            "14")
    assert (q.unit, q.unit_kind, q.qualifier) == ("day", "dimension", "~")
    assert one("Refunds take five working days.", "five").unit_kind == "dimension"
    assert one("It works for one lunar day.", "one").unit_kind == "count"  # not 24 hours
    s = "Eight workers were on the bridge. Two were pulled alive. Six remain unaccounted for."
    assert [(q.value, q.unit) for q in extract_quantities(s)] == [
        (8, "worker"), (2, "person"), (6, "person")]


def test_what_money_is_named_after_it():
    q = one("The company brought in roughly $22 billion in revenue, up 10 per cent.", "$22")
    assert "revenue" in q.concept


def test_a_number_closing_a_quoted_title_is_a_name():
    assert texts('The Pixar sequel "Inside Out 2" drove a jump in profit.') == []
    assert [q.value for q in extract_quantities('"Inside Out 2," released in June, has taken '
                                                'more than $1.5 billion.')] == [1.5e9]


def test_a_toll_written_in_words_is_a_count_of_people():
    q = one("Poland's toll has risen to seven, and Romania's stands at seven as well.", "seven")
    assert q.value == 7 and q.unit == "person"
    assert len(texts("Poland's toll has risen to seven, and Romania's stands at seven as well.")) == 2
    assert texts("She was one of the best of her generation.") == []


def test_bounded_fractions_and_spans_of_years():
    q = one("Shareholders get a premium of almost a third on the closing price.", "a third")
    assert abs(q.value - 1 / 3) < 1e-9 and q.qualifier == "~"
    c = one("It was the deadliest wildfire in the United States in more than a century.",
            "century")
    assert c.value == 1 and c.unit == "century" and c.qualifier == ">"
    assert texts("He will be back in a year.") == []
    # a sentence whose only number is a bounded fraction is still read
    assert one("The stock surged more than a fifth on the news.", "a fifth").qualifier == ">"


def test_half_a_unit_keeps_its_unit():
    q = one("Roughly half an hour later a second shock hit.", "half an hour")
    assert q.value == 0.5 and q.unit == "hour" and q.qualifier == "~"
    assert one("It is less than half an inch higher.", "half").unit == "inch"
    assert one("Half a million people marched.", "Half a million").value == 500000


def test_a_decimal_part_of_one_unit_keeps_its_unit():
    q = one("The photo-finish system separated them by 0.005 of a second, 9.784 to 9.789.",
            "0.005")
    assert q.value == 0.005 and q.unit == "second"
    assert one("The trail runs another 0.3 of a mile to the summit.", "0.3").unit == "mile"


def test_a_bare_crowd_estimate_credited_to_organisers_or_police_counts_people():
    s = ("For the march on June 9 the gap was similar: 1.03 million according to the organisers, "
         "240,000 according to the police.")
    assert one(s, "1.03 million").unit == "person"
    assert one(s, "240,000").unit == "person"
    assert one("Revenue was 1.03 million according to the company.", "1.03").unit == ""


def _article_claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract([Article(id="a", text=text)], Config())}


def test_a_figure_referring_back_counts_what_its_antecedent_counts():
    cs = _article_claims(
        "The clashes followed a march that organisers said drew just over a million people. "
        "Police stood by their own figure of 240,000 at the peak.")
    assert cs["240,000"].unit == "person" and cs["240,000"].unit_kind == "count"
    cs = _article_claims(
        "The governor said about 16,000 people lived in the critical zone. The prosecutor said "
        "some 25,000 more were at risk across the river.")
    assert cs["some 25,000"].unit == "person"
    cs = _article_claims(
        "The agency's estimate of more than 670 dead came from a simple calculation. Village "
        "leaders counted roughly 150 buried homes. The National Disaster Centre's figure of "
        "more than 2,000 has never been explained.")
    # the nearest count of a like size, not the 150 homes (over ten times smaller)
    assert cs["more than 2,000"].unit == "person"


def test_figures_told_again_as_it_was_or_a_clause_of_their_own():
    cs = _article_claims("In Munich police counted about 100,000 people, the organisers 250,000. "
                         "In Berlin it was 100,000 against 350,000.")
    assert cs["100,000"].unit == "person" and cs["350,000"].unit == "person"
    cs = _article_claims("Police there put the turnout at 50,000 people; organisers said 80,000 "
                         "came.")
    assert cs["80,000"].unit == "person"
    cs = _article_claims('Police estimated the crowd at about 80,000 people. Organisers said the '
                         'number was "approaching 200,000".')
    assert cs["200,000"].unit == "person"


def test_a_figure_referring_back_stays_in_its_paragraph_and_size():
    cs = _article_claims(
        "Organisers said 2 million people took part.\n\nThe police figure of 338,000 covered "
        "only the original route.")
    assert cs["338,000"].unit == ""
    cs = _article_claims("Five people were hurt. The total of 90,000 was a record.")
    assert cs["90,000"].unit == ""


def test_at_n_before_a_person_is_an_age():
    q = one("At 24, he already has two Olympic titles.", "24")
    assert q.unit == "year" and q.unit_kind == "dimension"
    assert one("At 41, Bekele produced his fastest marathon since 2019.", "41").unit == "year"
    assert one("At 5, the market closed.", "5").unit == ""


def test_a_time_with_hundredths_is_a_race_time_wherever_it_stands():
    cs = _article_claims("Hocker won in 3:27.65, ahead of Kerr (3:27.79) and Nuguse (3:27.80). "
                         "Farah's 3:28.81 had stood since 2013.")
    for span, secs in (("3:27.79", 207.79), ("3:27.80", 207.8), ("3:28.81", 208.81)):
        assert cs[span].unit == "second" and cs[span].value == pytest.approx(secs)
    assert "3:30" not in _article_claims("The meeting starts at 3:30 on Friday.")


def test_a_race_distance_before_final_or_record_is_metres_not_millions():
    assert _article_claims("The men's 1500m final was the fastest race ever.") == {}
    assert _article_claims("The club raised 5m last year.")["5m"].value == 5e6


def test_vague_crowds_and_tolls_without_of():
    vague = {"Police said tens of thousands marched in Cologne.": ("tens of thousands", 1e4),
             "Thousands fled the city overnight.": ("Thousands", 1e3),
             "The sheriff said the toll could run into the hundreds.": ("hundreds", 100)}
    for text, (span, low) in vague.items():
        q = one(text, span)
        assert (q.low, q.high) == (low, 10 * low), text
    assert texts("It costs thousands.") == []


def test_a_hedged_single_unit():
    q = one("The missile carries a warhead of nearly a tonne.", "nearly a tonne")
    assert q.value == 1 and q.unit == "tonne"
    assert one("He won by barely a metre.", "a metre").unit == "metre"


@pytest.mark.parametrize("text, span, unit", [
    ("Netflix now has 301.6 million paid memberships worldwide.", "301.6 million", "membership"),
    ("It now has more than 300 million paying members.", "more than 300 million", "member"),
    ("The surge took Netflix's paid memberships to 301.63 million at the end of December.",
     "301.63 million", "membership"),
    ("The deal brings its total subscribers to about 12 million.", "about 12 million",
     "subscriber"),
    ("Rain pushed prices to 40.", "40", ""),
])
def test_the_counted_noun_past_a_participle_or_carried_to_the_figure(text, span, unit):
    assert one(text, span).unit == unit


def test_rival_readings_of_a_quake_are_magnitudes():
    s = ("The main shock was measured at 6.4 by the National Earthquake Monitoring and Research "
         "Center and at 5.7 by the US Geological Survey.")
    assert one(s, "6.4").unit == "magnitude" and one(s, "5.7").unit == "magnitude"
    s2 = "The USGS rated it magnitude 5.7; Nepal's monitoring centre put it at 6.4."
    assert one(s2, "6.4").unit == "magnitude"
    # counted quakes are no magnitude
    two = one("In 2015, two earthquakes killed about 9,000 people.", "two")
    assert two.unit == "earthquake"


@pytest.mark.parametrize("text, span, unit, qualifier", [
    ("Exxon gets Pioneer's 850,000-plus net acres in the Midland Basin.", "850,000-plus", "acre",
     ">="),
    ("Output will reach 1.3 million barrels of oil equivalent per day.", "1.3 million",
     "barrel per day", "="),
    ("Exxon expects output to rise to about 2 million boe/d in 2027.", "about 2 million",
     "barrel per day", "~"),
    ("Reserves of 16 billion barrels of oil equivalent.", "16 billion", "barrel", "="),
])
def test_plus_bounds_and_oil_rates(text, span, unit, qualifier):
    q = one(text, span)
    assert (q.unit, q.qualifier) == (unit, qualifier)


def test_the_earlier_value_after_up_from_counts_what_the_figure_counts():
    cs = _article_claims("The number of people killed has risen to 20, Ukrainian officials "
                         "said on Sunday morning, up from 12 on Saturday night.")
    assert cs["12"].unit == "person" and cs["12"].predicate == cs["20"].predicate


def test_a_count_in_thousands_after_a_share_is_no_share():
    s = ("Javier Milei finished with 14,554,560 votes, or 55.65%, against 11,598,720, or "
         "44.35%, for Sergio Massa.")
    assert one(s, "11,598,720").unit_kind != "percentage"
    assert one(s, "44.35%").unit_kind == "percentage"


@pytest.mark.parametrize("sentence", [
    "The Kenyan, a two-time world champion at 1500 metres, wants to push the limits.",
    "In Florence she ran 3:49.11 for 1500 metres, taking almost a second off the record.",
    "After Monaco she had lowered the 1500m record to 3:49.11.",
    "Two Team USA men stood on the Olympic 1500m podium for the first time in 112 years.",
    "On June 9 in Paris she stepped up to 5000 metres and beat the record.",
    "She must decide whether to attempt the 5000 metres as well.",
])
def test_a_race_named_by_its_distance_is_no_quantity(sentence):
    assert [t for t in texts(sentence) if "metre" in t or t.endswith("m")] == []


def test_a_distance_run_or_allowed_is_still_a_quantity():
    assert one("The rover drove up to 100 metres before it stopped.", "100").unit == "metre"
    assert one("Ingebrigtsen led the field through 800 metres in 1:51.38.", "800").unit == \
        "metre"
    assert one("It landed within 100 metres of its target.", "100").unit == "metre"


_ISRAELIS = ("Organisers say nearly half a million Israelis took to the streets, around "
             "240,000 of them in Tel Aviv.")


@pytest.mark.parametrize("sentence, surface", [
    (_ISRAELIS, "half a million"),
    (_ISRAELIS, "240,000"),  # "of them": the people just counted
    ("The attack killed 30 Americans.", "30"),
])
def test_a_people_named_by_their_nation_are_people_counted(sentence, surface):
    assert one(sentence, surface).unit == "person"


def test_a_part_of_a_count_of_people_names_its_own_noun():
    s = "The minister said 84 people had been wounded, 10 of them children, and more were missing."
    assert one(s, "84").counted == "person"
    assert one(s, "10").counted == "child"
    assert one("The attack killed 35 people, two of them children.", "two").counted == "child"
    # "of them" alone still takes the counted noun of the sentence
    assert one("Russia launched 600 drones and shot down 201 of them.", "201").unit == "drone"


@pytest.mark.parametrize("sentence, kept", [
    ("Ashcroft found that 73 percent of 18- to 24-year-olds voted Remain.", ["73 percent"]),
    ("Turnout among 18-24-year-olds was 36 percent.", ["36 percent"]),
    ("It was backed by two-thirds of 25-year-olds.", ["two-thirds"]),
    # one person's age is still read
    ("A 40-year-old man died.", ["40-year-old"]),
])
def test_an_age_group_named_is_no_quantity(sentence, kept):
    assert texts(sentence) == kept


@pytest.mark.parametrize("sentence, surface, unit", [
    ("After a missile struck Kryvyi Rih, killing 20 people, Russia claimed it had hit a "
     "restaurant where commanders and Western instructors had gathered, and that up to 85 of "
     "them had been killed.", "85", "instructor"),
    # the subject of the same verb, or a place, is not what "them" counts
    ("Russia launched 600 drones at cities overnight and air defences shot down 201 of them.",
     "201", "drone"),
    ("Organisers say half a million Israelis took to the streets, around 240,000 of them in "
     "Tel Aviv.", "240,000", "person"),
])
def test_them_counts_the_plural_said_since_the_last_count(sentence, surface, unit):
    assert one(sentence, surface).unit == unit


def test_each_item_of_a_results_list_is_a_sentence_of_its_own():
    from checker.nlp import split_sentences
    t = ("Intel reported results on Thursday.\n- Loss per share: 46 cents, adjusted, vs. a "
         "3-cent loss expected\n- Revenue: $13.28 billion vs. $13.02 billion expected\nThe "
         "shares fell\n5% after hours.")
    got = [t[s:e] for s, e in split_sentences(t)]
    assert got == ["Intel reported results on Thursday.",
                   "- Loss per share: 46 cents, adjusted, vs. a 3-cent loss expected",
                   "- Revenue: $13.28 billion vs. $13.02 billion expected",
                   "The shares fell\n5% after hours."]


def test_a_not_belongs_to_its_own_clause_not_to_a_conjoined_one():
    # the parser hangs "record" on "ratified" as a conjunct; the figure is not denied
    assert not one("It will not be ratified, and his official world record, 2:01:39 from "
                   "Berlin last year, remains the mark that counts.", "2:01:39").negated
    assert one("The fire did not destroy 500 homes.", "500").negated
    assert one("Officials did not confirm 20 deaths or 30 injuries.", "30").negated


def test_a_figure_describing_a_noun_is_not_denied_with_it():
    # the verb denies something of the record or of the figure, not the number itself
    assert not one("The finding does not touch her world record of 2:09:56, which World "
                   "Athletics has ratified.", "2:09:56").negated
    assert not one("Organizers' figure of 800,000 in Washington has never been backed by an "
                   "independent count.", "800,000").negated
    assert one("The strike did not kill 5 people, officials said.", "5").negated


def test_a_magnitude_on_the_richter_scale_or_from_a_seismological_agency():
    assert one("The National Seismological Centre measured the main shock at 7.6 on the "
               "Richter scale.", "7.6").unit == "magnitude"
    assert one("Nepal's National Seismological Centre reported 7.6, a little below the "
               "American figure.", "7.6").unit == "magnitude"
    # a company's report is no seismograph
    assert one("The company reported 7.6 million subscribers.", "7.6").unit != "magnitude"


def test_shillings_are_money_and_a_bare_one_takes_the_story_country():
    arts = [Article(id="k.md", text="NAIROBI, Kenya - The bill aims to raise 346 billion "
                    "shillings. Kenya's debt stands at KSh 10 trillion.")]
    claims = extract(arts, Config())
    units = {c.text: (c.unit, c.unit_kind) for c in claims}
    assert units["346 billion shillings"] == ("kenyan shilling", "currency")
    assert any(u == ("kenyan shilling", "currency") and "KSh" in t for t, u in units.items())
    assert one("The levy raised 5 billion Ugandan shillings.", "5 billion").unit == \
        "ugandan shilling"
    # East African papers write "Sh346 billion"; "the Sh-5 road" is a road's name
    assert one("The bill was meant to raise Sh346 billion in revenue.", "Sh346").unit == \
        "kenyan shilling"
    assert texts("They drove along the Sh-5 road.") == []


def test_a_count_set_beside_its_whole_in_all_counts_the_whole():
    assert one("His pacemakers, 41 runners in all, included three brothers from Norway.",
               "41").unit == "pacemaker"
    # without "in all" the phrase keeps its own noun
    assert one("His pacemakers included 41 runners from Kenya.", "41").unit == "runner"


@pytest.mark.parametrize("text, span", [
    ("On 12 October 2019, Eliud Kipchoge, then 34, ran 42.195km in Vienna.", "34"),
    ("The driver, now 61, said he was sorry.", "61"),
])
def test_an_age_said_as_then_or_now_between_commas(text, span):
    q = one(text, span)
    assert (q.unit, q.dimension) == ("year", "age")


def test_a_share_of_a_value_lost_is_a_fall_in_percent():
    q = one("The shares lost more than two-thirds of their value on Thursday.", "two-thirds")
    assert (q.unit, q.direction, q.qualifier) == ("percentage", "down", ">")
    assert q.low == pytest.approx(66.67, abs=0.01)
    assert one("The stock has lost half its value this year.", "half").value == 50
    # a share of something else stays a share
    assert one("The company lost a third of its staff.", "a third").unit == ""


def test_a_rate_stays_a_rate_before_a_clause_that_starts_with_after():
    assert one("The partners are now producing more than 600,000 barrels a day after a third "
               "vessel came online.", "600,000").unit == "barrel per day"
    # a time said after a duration is a time
    assert one("He died 20 minutes a day after the attack.", "20").unit == "minute"


def test_a_rival_agencys_reading_after_its_name_is_a_magnitude_not_part_of_the_name():
    qs = extract_quantities("Nepal's National Seismological Centre reported 7.6, and the China "
                            "Earthquake Networks Center 8.1, a gap that reflects their scales.")
    assert [(q.text, q.unit) for q in qs] == [("7.6", "magnitude"), ("8.1", "magnitude")]
    assert texts("The upgrade to Windows 8.1 was free.") == []


def test_a_staff_of_n_counts_employees_and_today_is_no_counted_thing():
    assert one("Twitter's staff of roughly 7,500 had been rattled by reports.",
               "roughly 7,500").unit == "employee"
    assert one("The company has a workforce of 7,500.", "7,500").unit == "employee"
    q = one("Kharkiv is home to roughly 1.3 million today.", "roughly 1.3 million")
    assert q.unit != "today"


def test_a_tilde_is_about_and_the_number_keeps_its_noun_past_adjectives():
    q = one('Musk tweeted that the company had "~2,300 active, working employees".', "~2,300")
    assert q.qualifier == "~" and q.unit == "employee"


def test_crowd_figures_spoken_of_or_counted_that_day_count_people():
    cs = _article_claims(
        "The Guardia Urbana counted 350,000 demonstrators. Societat Civil Catalana, which "
        "organised the march, first spoke of 950,000.")
    assert cs["950,000"].unit == "person"
    cs = _article_claims(
        "On 8 October some 300,000 people marched, by one count. The same city police counted "
        "350,000 that day, while the organisers claimed 1.1 million.")
    assert cs["350,000"].unit == "person"
    # "by one count" says whose count, it counts nothing
    assert not any(t.startswith("one") for t in cs)


def test_a_gapped_clause_s_subject_is_not_part_of_the_counted_noun():
    cs = _article_claims("Sunday's march, which city police put at 350,000 people and "
                         "organisers at more than a million, changed the picture.")
    assert cs["350,000"].unit == "person"
    # nouns counted together still are
    cs = _article_claims("The fire destroyed 2,400 homes and buildings in the town.")
    assert cs["2,400"].unit == "home and building"


def test_a_crowd_figure_with_no_count_to_refer_back_to_counts_people_in_a_rally_story():
    cs = _article_claims(
        "The pattern was set on 8 October, when the first great unionist rally packed the "
        "avenue. The same city police counted 350,000 that day, while the organisers "
        "eventually claimed 1.1 million. A crowd-counting firm came up with a far smaller "
        "figure: about 65,000.")
    assert all(cs[k].unit == "person" for k in ("350,000", "1.1 million", "about 65,000"))
    # no gathering told of: a bare figure stays bare
    cs = _article_claims("Revenue rose in the quarter. The company said it earned 350,000.")
    assert cs["350,000"].unit == ""


def test_a_clause_s_not_does_not_deny_a_figure_that_modifies_a_noun():
    # the takeover is still $53 billion, whatever it does not alter
    assert not one("Officials said Chevron's proposed US$53 billion takeover of Hess would not "
                   "alter the terms.", "53 billion").negated
    assert not one("The hearing over its $53 billion takeover will not take place until May.",
                   "53 billion").negated
    # a figure the verb takes is denied with it
    assert one("The company did not pay $5 billion for the unit.", "5 billion").negated


def test_parts_of_a_second_in_words_past_nine():
    # "eleven hundredths of a second", "twenty-five hundredths": any number of parts
    q = one("The Jamaican took eleven hundredths of a second off the 9.69 he ran in Beijing.",
            "eleven hundredths")
    assert q.unit == "second" and q.value == pytest.approx(0.11)
    q = one("Hocker crossed the line fourteen hundredths of a second clear of the Scot.",
            "fourteen hundredths")
    assert q.unit == "second" and q.value == pytest.approx(0.14)
    assert one("He won by three tenths of a second.", "three tenths").value == pytest.approx(0.3)
    assert one("Two-thirds of voters backed it.", "Two-thirds").value == pytest.approx(2 / 3)


def test_rocket_thrust_in_pounds_and_meganewtons_is_a_force():
    q = one("Its 33 Raptor engines produce about 17 million pounds of thrust at liftoff.",
            "17 million pounds")
    assert q.unit == "pound-force" and q.dimension == "force"
    q = one("The Super Heavy stage generates about 74 meganewtons of thrust.", "74 meganewtons")
    assert q.unit == "meganewton" and q.si_value == pytest.approx(74e6)
    # money and weight keep their pounds
    assert one("He paid 17 million pounds for the house.", "17 million").unit == "pound sterling"
    assert one("The baby weighed 7 pounds.", "7 pounds").unit == "pound-mass"


def test_a_concept_names_the_thing_measured_not_a_date_or_another_figures_unit():
    q = one("When Cyclone Mocha came ashore near Sittwe on 14 June 2023, it was packing winds "
            "of around 130mph (210km/h).", "130mph")
    assert "June" not in q.concept.split() and "2023" not in q.concept
    # "kg" is parsed as the subject; the rover is what entered the atmosphere
    q = one("The 1,025kg (2,260lb) rover entered the atmosphere at 12,500mph (20,100km/h).",
            "12,500mph")
    assert "rover" in q.concept.split() and "kg" not in q.concept.split()
    # a number that is part of a name is kept
    assert "11" in one("Apollo 11 carried 3 astronauts.", "3").concept


def test_a_conversion_in_brackets_is_as_rough_as_the_figure_it_converts():
    q = one("Uman lies some 200 km (125 miles) south of Kyiv.", "125 miles")
    assert q.approximate and q.qualifier == "="
    # an exact figure's conversion keeps its own reading
    assert not one("The avenue is 2.8 km (1.7 miles) long.", "1.7 miles").approximate


def test_a_verb_left_without_its_object_takes_the_figure_parsed_as_a_later_subject():
    s = ("Hurricane Dorian hammered Grand Bahama island on Monday after killing at least five "
         "people in the Abaco Islands, where it ripped off roofs, overturned cars and left "
         "whole neighbourhoods under water.")
    assert one(s, "at least five").predicate == "kill"
    assert one("Officials said 30 people died.", "30").predicate == "die"


def test_hundreds_of_thousands_is_an_amount_whatever_follows():
    q = one("Hundreds of thousands, according to the state government.", "Hundreds")
    assert q.text == "Hundreds of thousands" and (q.low, q.high) == (1e5, 1e6)
    assert one("Losses ran to hundreds of millions.", "hundreds").text == "hundreds of millions"


def test_an_age_after_a_person_named_by_office():
    q = one("The former president, 68, spoke for nearly half an hour.", "68")
    assert q.unit == "year"


@pytest.mark.parametrize("sentence, text, unit", [
    ("It came to rest in the 45km-wide Jezero Crater.", "45km", "kilometre"),
    ("The 2.6km-long bridge collapsed.", "2.6km", "kilometre"),
    ("A 300m-high tower stood there.", "300m", "metre"),
])
def test_a_unit_glued_to_its_extent(sentence, text, unit):
    q = one(sentence, text)
    assert (q.text, q.unit) == (text, unit)


@pytest.mark.parametrize("sentence, text, unit", [
    ("The lander will work for a fortnight.", "a fortnight", "fortnight"),
    ("Ingenuity was to fly for a month.", "a month", "month"),
    ("The strike lasted a week.", "a week", "week"),
])
def test_how_long_something_goes_on_said_with_a(sentence, text, unit):
    q = one(sentence, text)
    assert (q.text, q.value, q.unit) == (text, 1.0, unit)


def test_the_period_of_a_figure_before_is_no_duration_of_its_own():
    assert texts("Get 54GB of 5G data for a month.") == ["54GB"]
    assert texts("Shares rose for a second day.") == []


@pytest.mark.parametrize("sentence, text, low, high, unit", [
    ("Runners started under clear skies, with temperatures in the low 50s Fahrenheit.",
     "low 50s Fahrenheit", 50, 53, "degree fahrenheit"),
    ("It was around 67F at the gun and into the mid-70s by the finish.", "mid-70s", 73, 77,
     "degree fahrenheit"),
])
def test_a_temperature_in_the_low_or_mid_tens(sentence, text, low, high, unit):
    q = one(sentence, text)
    assert (q.text, q.low, q.high, q.unit, q.qualifier) == (text, low, high, unit, "~")


def test_a_decade_with_no_scale_is_no_temperature():
    assert texts("Prices were in the low 50s.") == []
    assert one("A man in his mid-30s was arrested.", "30s").unit == "year"


def test_a_bare_peso_in_a_story_of_chile_is_a_chilean_peso_and_converts():
    from checker.units import in_dollars

    arts = [Article(id="c.md", text="SANTIAGO, Chile - The metro fare rose to 830 pesos, "
                    "about $1.17. Chile's government froze the rise.")]
    units = {c.text: c.unit for c in extract(arts, Config())}
    assert units["830 pesos"] == "chilean peso"
    lo, hi = in_dollars("chilean peso", 830, 830)
    assert lo <= 1.17 <= hi
    arts2 = [Article(id="s.md", text="SANTIAGO - \"I pay 830 pesos each way,\" said a nurse.")]
    assert {c.text: c.unit for c in extract(arts2, Config())}["830 pesos"] == "chilean peso"


def test_over_after_a_noun_of_dispute_is_about_not_above():
    assert one("It has filed homicide complaints over five deaths.", "five").qualifier == "="
    assert one("A dispute over 500 jobs ended.", "500").qualifier == "="
    assert one("Over 500 people were killed.", "500").qualifier == ">"


def test_a_figure_beside_a_negated_verb_is_not_denied():
    assert not one("Two stuck fasteners, out of 35, could not be removed with the tools.",
                   "Two").negated
    assert not one("Russia had not reached for the Moon in 47 years.", "47 years").negated
    assert one("The company did not sell 5 million phones.", "5 million").negated


def test_euro_cents_are_hundredths_of_a_euro_and_a_bare_cent_takes_the_storys_euro():
    assert (one("Fuel duty rose by 3 euro cents.", "3 euro cents").value,
            one("Fuel duty rose by 3 euro cents.", "3 euro cents").unit) == (0.03, "euro")
    cs = _article_claims("The government raised the duty on diesel by 7.6 cents a litre this "
                         "year, costing drivers 4 billion euros, and plans a further 6.5-cent "
                         "increase.")
    assert (cs["6.5-cent"].value, cs["6.5-cent"].unit) == (0.065, "euro")
    assert cs["7.6 cents a litre"].unit == "euro cent per litre"
    # in a story told in dollars, and when a dollar is named, cents are US cents
    cs = _article_claims("Gasoline rose 12 cents to $3.10 a gallon, adding $2 billion a month "
                         "to drivers' bills; Europe's fuel tax is 70 euros a tank.")
    assert cs["12 cents"].unit == "dollar"
    cs = _article_claims("The diesel tax rose by 6.5 euro cents, about 28 U.S. cents a gallon, "
                         "on a bill of 4 billion euros.")
    assert cs["about 28"].unit == "dollar"


def test_a_race_time_before_a_word_starting_with_am_is_still_a_time():
    q = one("Marchand won the medley in an Olympic record of 4:02.95 amid deafening "
            "celebrations.", "4:02.95")
    assert (q.value, q.unit) == (242.95, "second")
    assert texts("The meeting ended at 1:07 am.") == []


def test_a_nationality_before_the_dead_still_counts_people():
    assert one("The 13 American dead were 11 Marines, a Navy corpsman and an Army soldier.",
               "13").unit == "person"
    assert one("Among the 60 Afghan dead were children.", "60").unit == "person"


def test_a_temperature_in_both_scales_with_spaced_symbols():
    # no temperature word: the pair of scales says what "C" and "F" are
    s = "The side facing the sun will reach about 85 C (185 F)."
    assert one(s, "85").unit == "degree Celsius"
    assert one(s, "185").unit == "degree fahrenheit"
    # a lone spaced capital is no unit without such evidence
    assert one("The plan was rated 3 C by the panel.", "3").unit != "degree Celsius"


def test_an_agency_that_rates_quakes_putting_one_at_a_figure_gives_its_magnitude():
    s = ("The U.S. Geological Survey, which uses a different measure, still puts the quake at 7.9 "
         "and has revised its estimate of the depth to 19 kilometres.")
    assert one(s, "7.9").unit == "magnitude"
    s2 = "The US Geological Survey, which measured the first quake at 7.8, put the depth of the second at 10 km."
    assert one(s2, "7.8").unit == "magnitude"


def test_a_number_word_right_before_a_plural_noun_counts_it_whatever_the_parse():
    # the parser hangs "seven" on "final"; the words still say seven goals
    q = one("Messi scored twice in the final and seven goals in the tournament.", "seven")
    assert q.value == 7 and q.unit == "goal"
    assert texts("He is one of the best players in the world.") == []


def test_dozens_more_of_a_plural_noun_is_a_vague_count():
    q = one("Dozens more deaths were reported in the neighbouring provinces of Gansu and Shaanxi.",
            "Dozens")
    assert q.unit_kind == "count"


def test_a_vehicle_named_by_its_wheels_or_seats_is_no_count():
    assert texts("Some three-wheeler drivers said they had waited for five days.") == ["five days"]
    assert texts("An 18-wheeler overturned on the highway, injuring 3 people.") == ["3"]


def test_the_span_a_range_covers_is_not_what_it_counts():
    q = one('A US official said the toll was "likely at the lower end of the 100 to 300 spectrum".',
            "100 to 300")
    assert (q.low, q.high) == (100, 300) and q.unit != "spectrum"


def test_a_rate_written_with_a_or_an_is_the_named_compound_unit():
    # "10 metres a second" is 10 m/s, comparable with "36 km/h" and "22mph"
    q = one("Its fastest flight reached 10 metres a second (22mph).", "10 metres a second")
    assert (q.unit, q.dimension) == ("metre per second", "speed")
    assert q.si_value == pytest.approx(10.0)
    q = one("The Po carried 300 cubic metres a second at its peak.", "300 cubic metres")
    assert q.dimension == "volumetric flow" and q.si_value == pytest.approx(300.0)
    # a rate with no named unit stays a plain rate
    q = one("The field pumps 600,000 barrels a day.", "600,000 barrels")
    assert q.unit == "barrel per day" and q.dimension is None


def test_a_number_hyphened_to_pound_before_a_thing_is_its_weight():
    # the sentence's money ("cost about $80 million") does not make the rover's pounds money
    q = one("The helicopter cost about $80 million to build, a rounding error next to the "
            "2,260-pound rover it rode to Mars.", "2,260-pound")
    assert q.unit == "pound-mass"
    q = one("NASA's team helped build the 1.8-kilogram (4-pound) helicopter, which cost "
            "$80 million.", "4-pound")
    assert q.unit == "pound-mass"
    # a note, a fine or a deal in pounds stays money
    assert one("He was handed a 50-pound fine for littering, paid in cash.",
               "50-pound").unit == "pound sterling"


def test_a_vague_amount_of_a_currency_is_money():
    q = one('Bonaccini said the damage would run into "billions of euros" but that it was too '
            'early for a precise figure.', "billions")
    assert (q.unit, q.unit_kind) == ("euro", "currency")
    assert (q.low, q.high) == (1e9, 1e10)
    # a vague count of people stays a count
    q = one("Thousands of people fled.", "Thousands")
    assert (q.unit, q.unit_kind) == ("person", "count")


def test_a_noun_opening_the_next_clause_is_not_counted_by_the_number_before_and():
    q = one("Meloni toured the towns as the death toll from last week's floods rose to 15 and "
            "regional officials said 36,000 people had been driven from their homes.", "15")
    assert q.unit != "official"
    # a noun shared by two numbers is still theirs, and one with no verb of its own too
    assert one("He saw 12 and 14 people.", "12").unit == "person"
    assert one("The hall holds 500 and more people.", "500").unit == "person"


def test_cents_named_with_their_country_are_money():
    # "875 won (about 65 U.S. cents)": the parse finds "cents" only as the counted noun
    q = one("Yoon said 875 won (about 65 U.S. cents) for a bunch of green onions was fair.",
            "65")
    assert (q.unit, q.unit_kind, q.counted) == ("dollar", "currency", None)
    assert q.value == pytest.approx(0.65)


def test_square_degrees_are_a_solid_angle_not_a_count_of_degrees():
    q = one("Over six years it will survey 14,000 square degrees, about a third of the sky.",
            "14,000")
    assert (q.unit, q.unit_kind, q.dimension) == ("square degree", "dimension", "solid angle")
    assert q.si_value == pytest.approx(14000 * (3.141592653589793 / 180) ** 2)
    assert one("The temperature rose 3 degrees.", "3 degrees").unit == "degree"


def test_a_figure_coordinated_with_a_level_is_a_level_too():
    s = ("From an initial count of 304 dead, the toll climbed to 1,941 on 17 August and 2,189 "
         "on 18 August before levelling off.")
    q = one(s, "2,189")
    assert q.direction is None and q.qualifier == "="
    # a change coordinated with a change stays one
    t = "Sales rose 5% to $10bn in May and 7% in June."
    assert one(t, "7%").direction == "up"


def test_a_chipmaking_generation_is_a_name_not_a_size():
    assert extract_quantities("The 3-nanometre process already accounts for 20% of sales.")[0] \
        .unit == "percentage"
    assert not [q for q in extract_quantities("Its 5nm chips and 7-nanometer node sold well.")
                if q.unit == "nanometre"]
    # a size measured in nanometres stays one
    assert one("The virus particles measure about 100 nanometres across.",
               "about 100 nanometres").unit == "nanometre"


def test_within_a_figure_is_at_most_that_figure():
    q = one("Residents living within 3 kilometres of the plant were told to leave.",
            "within 3 kilometres")
    assert q.qualifier == "<=" and q.high == 3
    q = one("The lander was meant to touch down within 100 metres of its target.",
            "within 100 metres")
    assert q.qualifier == "<="


def test_how_close_something_came_is_about_that_figure():
    # "got to within 200 km of Moscow", "swam within 0.45 seconds of his world record": how
    # close it came (a perturbed "within 300 km" is another figure, not a looser limit)
    q = one("In 24 hours we got to within 200 km of Moscow.", "within 200 km")
    assert q.qualifier == "~" and q.value == 200
    q = one("Marchand swam within 0.45 seconds of his world record.", "within 0.45 seconds")
    assert q.qualifier == "~" and q.value == 0.45
    q = one("He was still within half a second of his own world record.", "within half a second")
    assert q.qualifier == "~" and q.value == 0.5


def test_square_km_is_an_area():
    q = one("Crews had searched about 7,600 square miles (19,700 square km) of ocean.", "19,700")
    assert q.unit == "square kilometre"


def test_a_depth_told_as_feet_down_is_no_fall_of_the_next_figure():
    text = "The Titanic lies 12,500 feet down some 370 miles (600 km) south-east of St. John's."
    assert one(text, "370").qualifier == "~"
    assert one(text, "600").qualifier == "="
    assert one("Shares were down 5% on Monday.", "5%").qualifier == "down"
    # the same in a relative clause, parsed with the distance hanging from "down"
    rel = ("The Titan imploded less than two hours into its descent toward the Titanic, which "
           "lies 12,500 feet down some 370 miles (600 km) south-east of St. John's.")
    assert one(rel, "370").qualifier == "~" and one(rel, "600").qualifier == "="


def test_a_range_of_shares_written_with_a_dash_is_a_range_not_a_negative():
    text = "The Fed lowered its rate to a range of 4.75%-5%, from 5.25%-5.5%, a 23-year high."
    q = one(text, "4.75")
    assert (q.low, q.high, q.unit) == (4.75, 5.0, "percentage")
    q = one(text, "5.25")
    assert (q.low, q.high) == (5.25, 5.5) and q.value > 0
    assert one("Temperatures fell to -5C overnight.", "5C").value == -5


def test_a_rate_told_after_what_it_is_of_keeps_its_period():
    text = "The Fed allows up to $25bn (£19bn) of Treasuries a month to mature."
    assert one(text, "$25bn").unit == "dollar per month"
    assert one(text, "£19bn").unit == "pound sterling per month"
    assert one("It raised $5bn of debt a year ago.", "$5bn").unit == "dollar"


def test_a_debts_term_names_the_debt():
    assert texts("The yield on the 10-year Treasury note rose to 3.7%.") == ["3.7%"]
    assert texts("The two-year yield fell.") == []
    assert texts("The 30-year mortgage rate fell to 6.1%.") == ["6.1%"]
    assert "5-year" in texts("He signed a 5-year contract.")


def test_the_noun_a_number_counts_in_a_train_story():
    text = ("Eleven of the derailed cars were tank cars carrying hazardous materials, among them "
            "the five vinyl chloride cars that crews vented and burned.")
    assert one(text, "Eleven").unit == "car"  # a participle before the noun of "of the"
    assert one(text, "five").unit == "car"  # not "vinyl": the plural noun the number modifies
    assert one("It is a 12 page document.", "12").unit == "page"
    text = "About 50 cars left the rails, and five of them carrying vinyl chloride were vented."
    assert one(text, "five").unit == "car"  # "them": the cars, not what they left


def test_nautical_miles_are_a_length():
    q = one("The trawler sank 47 nautical miles southwest of Pylos.", "47 nautical miles")
    assert q.unit == "nautical mile" and q.unit_kind == "dimension"


def test_a_hyphenated_prefix_makes_another_counted_noun():
    q = one("Police say about 1,000 counter-protesters came to Westminster.", "about 1,000")
    assert q.counted == "counter-protester"
    assert one("He thanked his 30 co-workers.", "30").counted == "co-worker"
    assert one("The unit hired 12 ex-soldiers last year.", "12").counted == "ex-soldier"
    # "anti-war" is a word of its own before the noun
    assert one("About 200 anti-war activists marched.", "About 200").counted == "activist"


def test_a_figure_in_the_subject_lends_no_noun_to_the_figure_it_gives():
    text = ("The organisers, the Palestine Solidarity Campaign and five other groups, put the "
            "figure far higher, at 800,000.")
    assert one(text, "800,000").unit != "group"
    # (a bare number coordinated with a count still counts the same thing)
    assert one("One person was killed and 23 were injured.", "23").unit == "person"


def test_a_bare_figure_beside_a_count_counts_it_across_a_date():
    s = ("The final toll is 59, up from the 51 announced on the evening of the strike on "
         "October 5 and the 52 counted the next morning.")
    assert one(s, "52").unit == "person"


def test_a_figure_a_verb_revises_takes_the_noun_of_the_one_before():
    s = ("President Volodymyr Zelensky had put the toll at 51 on Thursday evening; the "
         "ministry raised it to 52 on Friday after rescuers completed their search.")
    claims = extract([Article(id="a", text=s)], Config())
    assert [c.unit for c in claims if c.text == "52"] == ["person"]
    # a share raised is no count
    s2 = "The toll stood at 51. Analysts raised it to 5% later."
    claims2 = extract([Article(id="a", text=s2)], Config())
    assert [c.unit for c in claims2 if c.text == "5%"] == ["percentage"]


def test_a_range_a_figure_was_cut_to_is_a_range():
    q = one("The 2025 sales forecast was cut to €30 billion to €35 billion.", "€30 billion")
    assert (q.low, q.high) == (30e9, 35e9)
    # after a change verb, the change and the level stay two figures
    assert texts("Revenue rose 6% to $94.93 billion.") == ["6%", "$94.93 billion"]


def test_a_year_after_a_determiner_is_a_year():
    assert texts("The 2025 sales forecast was cut. Apple's 2024 revenue target was met.") == []
    assert one("The 2000 people who came stayed.", "2000").unit == "person"


def test_the_concept_names_the_subject_by_its_other_name():
    q = one("The target, a moonlet called Dimorphos, is about 560 feet (170 meters) wide.",
            "560 feet")
    assert "Dimorphos" in q.concept and "target" in q.concept
    # a number in the other name is no name of the subject
    q2 = one("The company, a 40-year-old chipmaker, employs 2,000 people.", "2,000")
    assert "40" not in q2.concept


def test_a_participle_right_after_the_counted_noun_is_its_predicate():
    c = one('The spokesman said the army knew of "fewer than 100" Palestinians killed in the '
            'fighting.', "fewer than 100")
    assert c.predicate == "kill"
    mpg = one("The SUV's fuel economy climbed from 21 mpg combined to 23 for FWD models.", "21")
    assert mpg.predicate == "climb"  # the figure of a change
    sold = one("The two stores sold 500 units combined.", "500")
    assert sold.predicate == "sell"  # a bare participle labels the figure


def test_initials_in_brackets_between_a_count_and_a_bare_figure_do_not_stop_its_noun():
    from checker.models import Article
    t = "The vote left the AD with 80 of the 230 seats, the Socialist Party (PS) with 78."
    got = {c.text: c.unit for c in extract([Article(id="a", text=t)], Config())}
    assert got["78"] == "seat"


def test_over_after_a_verb_of_holding_is_across_not_more_than():
    q = one("The tournament was played over 64 matches at 10 stadiums.", "64")
    assert q.qualifier == "=" and q.low is None
    assert one("Police arrested over 64 people.", "64").qualifier == ">"


def test_others_after_a_count_are_others_of_its_kind():
    t = ("The army said the bodies of seven soldiers had been recovered, and that the search for "
         "16 others was continuing.")
    assert one(t, "16").unit == "soldier"
    others = one("One person was killed and 23 others were injured.", "23")
    assert others.unit == "person" and others.counted == "other"  # people already
    hurt = one("Four firefighters were killed and at least 12 others were hurt.", "12")
    assert hurt.unit == "person"  # others with a fate of their own: any people


def test_a_partys_name_is_no_counted_noun_for_a_bare_figure_after_it():
    from checker.models import Article
    t = ("Progressive Slovakia's 32 seats, Hlas's 27, the 11 of Freedom and Solidarity (SaS) "
         "and the KDH's 12 would have made 82.")
    got = {c.text: c.unit for c in extract([Article(id="a", text=t)], Config())}
    assert got["12"] != "solidarity"


def test_a_bare_figure_before_a_span_with_its_own_number_counts_no_days():
    q = one("Dubai International cancelled 1,244 flights and diverted 41 over three days, "
            "according to Dubai Airports.", "41")
    assert q.unit != "day"
    assert one("The storm lasted 41 days.", "41 days").unit == "day"
    assert one("It rained for between 41 and 42 days.", "42 days").unit == "day"
