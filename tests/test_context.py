"""Claim context: event time, place, attribution and named event (checker.context)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker import context as C
from checker.ingest import read_paths
from checker.models import Article, Claim

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FRI = dt.datetime(2025, 7, 4, 9, 30)  # a Friday
D = dt.date


# ----------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def nlp_loaded():
    pytest.importorskip("spacy")
    from checker import nlp

    try:
        nlp.get_nlp()
    except Exception as exc:  # pragma: no cover - model missing
        pytest.skip(f"spaCy model unavailable: {exc}")
    return nlp


def claim_for(article: Article, span: str, nth: int = 1) -> Claim:
    """A hand-built claim for the nth occurrence of ``span`` in the article."""
    from checker import nlp

    k = -1
    for _ in range(nth):
        k = article.text.index(span, k + 1)
    for s, e in nlp.split_sentences(article.text):
        if s <= k < e:
            break
    else:  # pragma: no cover
        raise AssertionError("span outside every sentence")
    return Claim(id=f"{article.id}:{k}", article=article.id, start=k, end=k + len(span),
                 text=span, value=0, sentence=article.text[s:e], sentence_start=s)


def one(text: str, span: str, published=FRI, title=None, nth: int = 1) -> Claim:
    art = Article(id="a", text=text, published=published, title=title)
    return C.annotate(art, [claim_for(art, span, nth)])[0]


def seed(prefix: str) -> Article:
    if not SEEDS.is_dir():
        pytest.skip("seed articles not available")
    arts = [a for a in read_paths([str(SEEDS)]) if a.id.startswith(prefix)]
    if not arts:
        pytest.skip(f"seed {prefix} not available")
    return arts[0]


# ----------------------------------------------------------------- resolve_time (no spaCy)


@pytest.mark.parametrize(
    "expr, start, end, weekday",
    [
        ("overnight into Friday", D(2025, 7, 3), D(2025, 7, 4), 4),
        ("overnight Friday", D(2025, 7, 3), D(2025, 7, 4), 4),
        ("on Friday", D(2025, 7, 4), D(2025, 7, 4), 4),  # same day in wire copy
        ("last Friday", D(2025, 6, 27), D(2025, 6, 27), 4),
        ("on Monday", D(2025, 6, 30), D(2025, 6, 30), 0),
        ("on Sunday night", D(2025, 6, 29), D(2025, 6, 30), 6),
        ("Thursday's attack", D(2025, 7, 3), D(2025, 7, 3), 3),
        ("on Tuesday and Wednesday", D(2025, 7, 1), D(2025, 7, 2), 2),
        ("overnight", D(2025, 7, 3), D(2025, 7, 4), None),
        ("last night", D(2025, 7, 3), D(2025, 7, 4), None),
        ("yesterday", D(2025, 7, 3), D(2025, 7, 3), None),
        ("today", D(2025, 7, 4), D(2025, 7, 4), None),
        ("this morning", D(2025, 7, 4), D(2025, 7, 4), None),
        ("last week", D(2025, 6, 23), D(2025, 6, 29), None),
        # a weekday of a named week is that day of it
        ("Tuesday last week", D(2025, 6, 24), D(2025, 6, 24), 1),
        ("on Monday of next week", D(2025, 7, 7), D(2025, 7, 7), 0),
        # an abbreviated month's full stop does not end a "since" clause
        ("since the protests began on Jun. 3", D(2025, 6, 3), D(2025, 7, 4), None),
        ("earlier this week", D(2025, 6, 30), D(2025, 7, 4), None),
        ("over the weekend", D(2025, 6, 28), D(2025, 6, 29), None),
        ("on July 3", D(2025, 7, 3), D(2025, 7, 3), None),
        ("July 3, 2024", D(2024, 7, 3), D(2024, 7, 3), None),
        ("3 July", D(2025, 7, 3), D(2025, 7, 3), None),
        ("on 3-4 July", D(2025, 7, 3), D(2025, 7, 4), None),
        ("on Friday, July 4", D(2025, 7, 4), D(2025, 7, 4), 4),
        ("in March", D(2025, 3, 1), D(2025, 3, 31), None),
        ("in December", D(2024, 12, 1), D(2024, 12, 31), None),  # not yet this year
        ("in 2023", D(2023, 1, 1), D(2023, 12, 31), None),
        ("in May last year", D(2024, 5, 1), D(2024, 5, 31), None),
        ("in March of last year", D(2024, 3, 1), D(2024, 3, 31), None),
        ("in December this year", D(2025, 12, 1), D(2025, 12, 31), None),
        ("three weeks ago", D(2025, 6, 13), D(2025, 6, 13), None),
        ("in the past 24 hours", D(2025, 7, 3), D(2025, 7, 4), None),
        ("2025-06-30", D(2025, 6, 30), D(2025, 6, 30), None),
    ],
)
def test_resolve_time_against_publication(expr, start, end, weekday):
    ref = C.resolve_time(expr, FRI)
    assert ref is not None, expr
    assert (ref.start, ref.end, ref.weekday) == (start, end, weekday)
    assert ref.text and ref.text in expr
    assert ref.source == "sentence"


def test_overnight_into_friday_brief_example():
    ref = C.resolve_time("overnight into Friday", dt.datetime(2025, 7, 4))
    assert ref.start == D(2025, 7, 3) and ref.end == D(2025, 7, 4) and ref.weekday == 4


def test_year_rolls_back_for_dates_far_in_the_future():
    # published in January, "on December 28" is last year's
    ref = C.resolve_time("on December 28", dt.datetime(2025, 1, 3))
    assert ref.start == D(2024, 12, 28)


def test_since_is_a_span_ending_at_publication():
    ref = C.resolve_time("since the start of its surprise incursion three weeks ago", FRI)
    assert ref.text.startswith("since the start")
    assert ref.start == D(2025, 6, 13) and ref.end == D(2025, 7, 4)
    week = C.resolve_time("launched since the beginning of the week", FRI)
    assert (week.start, week.end) == (D(2025, 6, 30), D(2025, 7, 4))
    assert C.resolve_time("since Saturday", FRI).weekday == 5


def test_weekday_kept_without_publication_date():
    ref = C.resolve_time("overnight into Friday", None)
    assert ref.weekday == 4 and ref.start is None and ref.end is None
    assert C.resolve_time("On Monday", None).weekday == 0
    # an explicit year needs no publication date
    assert C.resolve_time("July 3, 2025", None).start == D(2025, 7, 3)
    assert C.resolve_time("in 2023", None).end == D(2023, 12, 31)


def test_no_time_expression():
    assert C.resolve_time("The ministry said 23 people were hurt.", FRI) is None
    # modal "may", the verb "march" and counts after "in" are not dates
    assert C.resolve_time("Prices may 3 times rise as thousands march", FRI) is None
    assert C.resolve_time("Water reached 2000 homes", FRI) is None
    assert C.resolve_time("in recent weeks", FRI) is None


def test_find_time_expressions_prefers_longest():
    exprs = C.find_time_expressions("Russia attacked overnight into Friday and on Sunday night.")
    assert [e.text for e in exprs] == ["overnight into Friday", "on Sunday night"]


# ------------------------------------------------------------------ dateline / published


def test_dateline_without_year():
    art = Article(id="a", text="\nNew York [US], July 6 (ANI): The UN condemned the strikes.")
    dl = C.dateline(art)
    assert dl is not None and dl.city == "New York" and (dl.month, dl.day) == (7, 6)
    assert dl.year is None and dl.agency == "ANI"
    assert C.published_from_text(art) is None  # year unknown


def test_dateline_with_year_and_inferred_year():
    art = Article(id="a", text="KYIV, July 4, 2025 (Reuters) - Russia attacked Kyiv overnight.")
    assert C.published_from_text(art) == dt.datetime(2025, 7, 4)
    art2 = Article(id="b", text="KYIV, July 4 (Reuters) - Russia attacked Kyiv overnight. "
                               "The previous large strike was on June 17, 2025.")
    assert C.published_from_text(art2) == dt.datetime(2025, 7, 4)
    assert C.dateline(art2).city == "Kyiv"
    meta = Article(id="c", text=art2.text, published=dt.datetime(2025, 7, 5))
    assert C.published_from_text(meta) == dt.datetime(2025, 7, 5)


def test_article_time_skips_dateline_and_headings():
    art = Article(id="a", text="Politics\n\nRussia strikes Kyiv\n\nKYIV, July 4 (Reuters) - "
                               "Russia launched 539 drones at Kyiv overnight into Friday, "
                               "officials said.\nMore text on Saturday.", published=FRI)
    ref = C.article_time(art)
    assert ref.text == "overnight into Friday" and ref.source == "article"
    assert ref.start == D(2025, 7, 3)


# -------------------------------------------------------------------------- seeds (spaCy)


def test_seed_000_overnight_into_friday(nlp_loaded):
    art = seed("000")
    assert art.published is None
    claims = [claim_for(art, s) for s in ("500 drones", "11 missiles", "23 others")]
    out = C.annotate(art, claims)
    for c in out:
        assert c.time.weekday == 4 and c.time.text == "overnight into Friday"
        assert c.time.source == "sentence" and c.time.start is None  # year unknown
        assert c.attribution == "Ukrainian authorities"
        assert c.place == "Kyiv"
    assert claims[0].time is None  # copies, inputs untouched


def test_seed_000_quote_speaker(nlp_loaded):
    art = seed("000")
    c = C.annotate(art, [claim_for(art, "500 Russian attack drones")])[0]
    assert c.attribution == "Zelenskyy"
    assert c.time.source == "article" and c.time.weekday == 4
    assert c.place == "New York"  # nothing in the sentence: the dateline city
    money = C.annotate(art, [claim_for(art, "$5 million")])[0]
    assert money.attribution == "Herman Smetanin"


def test_seed_003_on_monday_according_to_kiev(nlp_loaded):
    art = seed("003")
    missiles, regions, shot = C.annotate(
        art, [claim_for(art, "236"), claim_for(art, "15 Ukrainian regions"),
              claim_for(art, "201")])
    assert missiles.time.weekday == 0 and missiles.time.text == "On Monday"
    assert missiles.attribution == "Kiev"
    assert regions.place == "Ukraine" and regions.time.weekday == 0
    assert shot.attribution == "Kiev"


def test_seed_003_since_span_and_region(nlp_loaded):
    art = seed("003")
    c = C.annotate(art, [claim_for(art, "594 prisoners")])[0]
    assert c.time.text.startswith("since the start") and c.time.weekday is None
    assert c.place == "Kursk region"
    assert c.attribution == "Kiev"
    assert c.event is None


@pytest.mark.slow  # the extractor's own models take ~5 s to load
def test_seeds_end_to_end_with_extractor(nlp_loaded):
    extract = pytest.importorskip("checker.extract")
    from checker.config import Config

    if not hasattr(extract, "extract"):
        pytest.skip("checker.extract.extract not available yet")
    arts = [seed("000"), seed("003")]
    try:
        claims = extract.extract(arts, Config())
    except Exception as exc:  # the extractor is developed concurrently
        pytest.skip(f"extractor not working yet: {exc}")
    out = {a.id: C.annotate(a, [c for c in claims if c.article == a.id]) for a in arts}
    drones = [c for c in out[arts[0].id] if c.sentence.startswith("According to Ukrainian")
              and "500" in c.text]
    assert drones and drones[0].time.weekday == 4
    assert drones[0].attribution == "Ukrainian authorities"
    kiev = [c for c in out[arts[1].id] if "236" in c.text]
    assert kiev and kiev[0].time.weekday == 0 and kiev[0].attribution == "Kiev"
    assert all(c.time is not None for cs in out.values() for c in cs)


# -------------------------------------------------------------- choice of time expression


def test_time_modifying_the_claim_verb_wins(nlp_loaded):
    c = one("Hurricane Helene killed at least 230 people in six states last week, "
            "officials said on Tuesday.", "230 people")
    assert c.time.text == "last week" and c.time.start == D(2025, 6, 23)
    assert c.attribution == "officials"
    assert c.event == "hurricane helene"


def test_a_year_naming_a_past_event_dates_its_figures(nlp_loaded):
    c = one("Moscow remembers the 2002 Dubrovka theatre siege, in which some 130 hostages "
            "died.", "130")
    assert c.time.source == "sentence" and c.time.start == D(2002, 1, 1)
    # the event's phrase carries a number of its own ("magnitude 5.7"); the year still dates
    # the clause whose subject it names
    q = one("The Agadir earthquake of 1960, though far weaker at magnitude 5.7, struck beneath "
            "a city and killed between 12,000 and 15,000 people.", "12,000")
    assert q.time.start == D(1960, 1, 1)
    # a collision, an accident, a stampede are events too
    r = one("Experts compared it with the 1995 collision near Firozabad, in which 358 people "
            "were killed.", "358 people")
    assert r.time.start == D(1995, 1, 1)


def test_the_time_of_an_event_dates_the_toll_its_clause_gives(nlp_loaded):
    import datetime as dt
    pub = dt.datetime(2025, 3, 28, 12)
    # the event's noun, as the subject or in an appositive the parser makes of it, carries
    # its time however far the words stand apart
    c = one("A magnitude 6.8 earthquake in the same region in November 2012 killed at least "
            "26 people.", "26 people", published=pub)
    assert c.time.start == D(2012, 11, 1) and c.time.source == "sentence"
    # two relative clauses on one event's noun: one dates it, the other gives its toll
    t = one("The scale of the disaster recalls the 7.8-magnitude earthquake that struck Turkey "
            "and Syria in February 2023, which killed more than 55,000 people.",
            "55,000 people", published=pub)
    assert t.time.start == D(2023, 2, 1)
    f = one("By comparison, the Thomas Fire, which burned 281,893 acres in Ventura and Santa "
            "Barbara counties in 2017, destroyed 1,063 structures.", "1,063 structures",
            published=pub)
    assert f.time.start == D(2017, 1, 1) and f.event == "thomas fire"
    # a company in a relative clause is no event: its year does not date the figure
    k = one("The company, which was founded in 1998, employs 500 people.", "500 people",
            published=pub)
    assert k.time is None or k.time.start != D(1998, 1, 1)


def test_a_verb_going_on_from_a_relative_clause_is_of_its_event(nlp_loaded):
    import datetime as dt
    text = ("SAN JUAN, Puerto Rico — Hurricane Maria made landfall on Wednesday.\n\nPuerto Rico "
            "had barely begun recovering from Hurricane Irma, which skirted its north coast two "
            "weeks earlier, killed three people on the island and left more than a million "
            "residents without electricity.")
    art = Article(id="a.md", text=text, published=dt.datetime(2017, 9, 21, 12),
                  title="Hurricane Maria devastates Puerto Rico")
    dead, dark = C.annotate(art, [claim_for(art, "three people"),
                                  claim_for(art, "more than a million")])
    assert dead.event == dark.event == "hurricane irma"


def test_figures_set_out_event_by_event_belong_to_the_name_before_each(nlp_loaded):
    import datetime as dt
    text = ("Final mapping put the Palisades fire at 23,448 acres and the Eaton fire at "
            "14,021 acres, together more than 37,000 acres.")
    art = Article(id="a.md", text=text, published=dt.datetime(2025, 1, 31, 12))
    p, e = C.annotate(art, [claim_for(art, "23,448 acres"), claim_for(art, "14,021 acres")])
    assert p.event == "palisades fire" and e.event == "eaton fire"
    # a total before its parts is of no one of them
    text = ("The confirmed death toll stands at 29: 17 in the Eaton fire and 12 in the "
            "Palisades fire.")
    art = Article(id="b.md", text=text, published=dt.datetime(2025, 1, 31, 12))
    t, e17 = C.annotate(art, [claim_for(art, "29"), claim_for(art, "17")])
    assert t.event is None and e17.event == "eaton fire"
    # figures in two roles of one event share it
    text = ("The Eaton fire and the Palisades fire burned for weeks. Damage inspection teams "
            "counted 6,837 structures destroyed and 1,017 damaged in the Palisades fire.")
    art = Article(id="c.md", text=text, published=dt.datetime(2025, 1, 31, 12))
    (d,) = C.annotate(art, [claim_for(art, "6,837 structures")])
    assert d.event == "palisades fire"


def test_a_modal_tells_a_weekday_still_to_come(nlp_loaded):
    import datetime as dt
    pub = dt.datetime(2025, 1, 12, 9)  # a Sunday
    c = one("The weather service has now warned that gusts of up to 70mph could return from "
            "Sunday night until Wednesday, raising the risk of new fires.", "70mph",
            published=pub)
    assert c.time.start == D(2025, 1, 12) and c.time.end == D(2025, 1, 15)
    p = one("Gusts of up to 100mph hit the hills on Wednesday.", "100mph", published=pub)
    assert p.time.start == D(2025, 1, 8)


def test_a_figure_told_there_is_at_the_place_the_sentence_before_named(nlp_loaded):
    import datetime as dt
    text = ("In Bangkok, a 30-storey tower being built for the State Audit Office collapsed. "
            "The deputy prime minister said at least three people were killed there and 81 "
            "were unaccounted for. There were 12 people at the site.")
    art = Article(id="a.md", text=text, published=dt.datetime(2025, 3, 28, 12))
    three, missing, twelve = C.annotate(art, [claim_for(art, "at least three"),
                                              claim_for(art, "81"), claim_for(art, "12 people")])
    assert three.place == missing.place == "Bangkok"
    assert twelve.place is None  # "There were": no place
    # the place a sentence is about, whatever the parser tags it; never the dateline's city
    text = ("LVIV, Ukraine, March 16 — Shelling went on.\n\nMariupol, a city of about 430,000 "
            "people before the war, has been encircled for two weeks. City officials say at "
            "least 2,400 civilians have been killed there.\n\nAnother 30 were wounded there.")
    art = Article(id="b.md", text=text, published=dt.datetime(2022, 3, 16, 12))
    city, hurt = C.annotate(art, [claim_for(art, "at least 2,400"),
                                    claim_for(art, "Another 30")])
    assert city.place == "Mariupol" and hurt.place != "Lviv"


def test_what_recorded_a_reading_is_not_its_source_when_one_is_named(nlp_loaded):
    c = one("The storm dropped 491mm of rain on the town of Chiva in eight hours, while Turís "
            "recorded 185mm in one hour, a record for Spain, according to the state "
            "meteorological agency, AEMET.", "185mm")
    assert c.attribution and "Turís" not in c.attribution
    assert "meteorological" in c.attribution or "AEMET" in c.attribution


def test_context_and_published_sources(nlp_loaded):
    c = one("Russia attacked the city on Thursday. Hours later, officials said 23 people "
            "were wounded.", "23 people")
    assert c.time.source == "context" and c.time.weekday == 3 and c.time.start == D(2025, 7, 3)
    p = one("The ministry said 23 people were wounded.", "23 people")
    assert p.time.source == "published" and p.time.start == p.time.end == D(2025, 7, 4)
    none = one("The ministry said 23 people were wounded.", "23 people", published=None)
    assert none.time is None


def test_context_does_not_cross_paragraphs(nlp_loaded):
    c = one("Body text.\nRussia attacked on Thursday.\n\nThe ministry said 23 people were "
            "wounded.", "23 people")
    assert c.time.source != "context"


def test_there_is_the_place_the_sentence_before_named(nlp_loaded):
    text = ("MUNICH — A rally was halted on Sunday. The protests began on Friday in Hamburg, "
            "where a demonstration was also cut short. Police there put the turnout at 50,000.")
    assert one(text, "50,000").place == "Hamburg"
    # "there were": no place
    text2 = "MUNICH — A rally was halted. In Hamburg it rained. There were 50,000 people."
    assert one(text2, "50,000").place != "Hamburg"


def test_future_weekday_is_ahead(nlp_loaded):
    c = one("The company will cut 500 jobs on Monday, a spokesperson said.", "500 jobs")
    assert c.time.start == D(2025, 7, 7) and c.time.weekday == 0
    assert c.attribution == "spokesperson"


# ------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    "text, span, who",
    [
        ("The Interior Ministry said 12 people were killed in Kyiv on Monday.", "12 people",
         "Interior Ministry"),
        ("At least 12 people were killed, the regional governor told Reuters.", "12 people",
         "regional governor"),
        ("Police estimated the crowd at 50,000, while organizers said 200,000 people took "
         "part.", "50,000", "police"),
        ("Police estimated the crowd at 50,000, while organizers said 200,000 people took "
         "part.", "200,000 people", "organizers"),
        ("The storm dumped 300 mm of rain in Poland, as reported by Agerpres and AFP.",
         "300 mm", "Agerpres and AFP"),
        ("According to the Ministry of Health, 1,200 people were injured in Gaza.",
         "1,200 people", "Ministry of Health"),
        ("Attendance reached 70,000, according to a statement from the organisers.",
         "70,000", "organisers"),
        ("Russia fired 40 missiles at Ukraine overnight, Ukraine's air force reported.",
         "40 missiles", "Ukraine's air force"),
        ("Russia launched 40 drones at Ukraine on Sunday.", "40 drones", None),
        # whose figure it is: its owner, or who gives it
        ("Police gave a far lower estimate of 240,000 at the march's peak.", "240,000",
         "police"),
        ("Police stood by their own figure of 240,000 at the peak.", "240,000", "police"),
        ("The National Disaster Centre's figure of more than 2,000 has never been explained.",
         "more than 2,000", "National Disaster Centre"),
        ("The International Organization for Migration's estimate of more than 670 dead came "
         "from a simple calculation.", "more than 670", "International Organization for Migration"),
        ("Their own figure of 240,000 was lower.", "240,000", None),
        # the agent right after the figure
        ("The main shock was measured at 6.4 by the National Earthquake Monitoring and Research "
         "Center and at 5.7 by the US Geological Survey.", "5.7", "US Geological Survey"),
        ("The main shock was measured at 6.4 by the National Earthquake Monitoring and Research "
         "Center and at 5.7 by the US Geological Survey.", "6.4",
         "National Earthquake Monitoring and Research Center"),
        ("The US Geological Survey rated it magnitude 5.7; Nepal's monitoring centre put it at "
         "6.4.", "magnitude 5.7", "US Geological Survey"),
        ("Sales rose 5% by Friday.", "5%", None),
    ],
)
def test_attribution(nlp_loaded, text, span, who):
    assert one(text, span).attribution == who


def test_quote_spanning_sentences_speaker_after(nlp_loaded):
    text = ("Rescuers worked through the night. “We pulled 14 people out of the rubble. It "
            "was terrible. Everyone helped,” said Ihor Klymenko, the interior minister.")
    assert one(text, "14 people").attribution == "Ihor Klymenko"


def test_quote_pronoun_speaker_resolved(nlp_loaded):
    text = ("Mayor Vitali Klitschko addressed the press in Kyiv. “We have counted 31 bodies "
            "so far,” he said.")
    assert one(text, "31 bodies").attribution == "Vitali Klitschko"
    text2 = ("Secretary General Jens Stoltenberg emphasised, \"We must send 20 more air "
             "defence systems to Ukraine. This support is crucial,\" he told ambassadors.")
    assert one(text2, "20 more").attribution == "Jens Stoltenberg"


def test_short_scare_quotes_are_not_speech(nlp_loaded):
    c = one("The UN called for an “immediate” ceasefire after 20 people died, police said.",
            "20 people")
    assert c.attribution == "police"


# ------------------------------------------------------------------------------- place


def test_place(nlp_loaded):
    assert one("Twelve people were killed in Kyiv on Monday.", "Twelve people").place == "Kyiv"
    assert one("Typhoon Yagi left 59 dead in Vietnam, state media reported.",
               "59 dead").place == "Vietnam"
    assert one("More than 40,000 runners finished the Berlin Marathon.",
               "40,000 runners").place is None  # an event, not a place
    art = Article(id="a", text="KYIV, July 4 (Reuters) - Officials said 23 people were hurt.")
    assert C.annotate(art, [claim_for(art, "23 people")])[0].place == "Kyiv"


# ------------------------------------------------------------------------ named events


def test_find_events():
    names = [e[2] for e in C.find_events(
        "Hurricane Helene and Typhoon Yagi, then Storm Boris; the Palisades Fire and the "
        "Eaton Fire, the 2023 Turkey–Syria earthquake, the Berlin Marathon, Super Bowl "
        "LVIII and Operation Spiderweb.")]
    assert names == ["hurricane helene", "typhoon yagi", "storm boris", "palisades fire",
                     "eaton fire", "2023 turkey-syria earthquake", "berlin marathon",
                     "super bowl lviii", "operation spiderweb"]


def test_a_named_owner_is_no_part_of_an_events_name():
    names = [e[2] for e in C.find_events(
        "Spain's World Cup windfall; the Women's World Cup final; California's Park Fire; "
        "the 2023 Men's World Cup.")]
    assert names == ["world cup", "women's world cup", "park fire", "2023 men's world cup"]
    assert C.same_event("world cup", "women's world cup")
    assert not C.same_event("men's world cup", "women's world cup")


def test_find_events_rejects_agencies_and_generic_words():
    assert C.find_events("Cal Fire said the Los Angeles Fire Department responded.") == []
    assert C.find_events("A magnitude 7.8 earthquake struck; the National Hurricane Center "
                         "warned.") == []
    assert C.find_events("The Russian attack killed 3.") == []


def test_same_event():
    a = C.find_events("Tropical Storm Helene")[0][2]
    assert a == "storm helene" and C.same_event(a, "hurricane helene") is True
    assert C.same_event("hurricane helene", "hurricane milton") is False
    assert C.same_event(None, "hurricane milton") is None
    # a sponsor's name before the event's ("the Bank of America Chicago Marathon")
    assert C.same_event("america chicago marathon", "chicago marathon") is True
    assert C.same_event("chicago marathon", "london marathon") is False
    assert C.same_event("2023 chicago marathon", "2024 chicago marathon") is False
    assert C.same_event("2023 chicago marathon", "chicago marathon") is False


def test_event_from_sentence_then_title(nlp_loaded):
    c = one("The Palisades Fire has burned 23,000 acres, Cal Fire said.", "23,000 acres")
    assert c.event == "palisades fire" and c.attribution == "Cal Fire"
    text = "Helene made landfall on Thursday.\nThe storm killed 100 people in North Carolina."
    assert one(text, "100 people", title="Hurricane Helene death toll rises").event == \
        "hurricane helene"
    assert one(text, "100 people", title="Hurricane Helene and Hurricane Milton").event is None
    assert one(text, "100 people").event is None


# ------------------------------------------------------------------------------ speed


def test_annotate_is_cached_and_fast(nlp_loaded):
    import time

    art = seed("003")
    claims = [claim_for(art, s) for s in ("236", "201", "15 Ukrainian regions", "594")] * 50
    C.annotate(art, claims[:4])  # warm the parse cache
    t0 = time.perf_counter()
    out = C.annotate(art, claims)
    assert len(out) == 200
    assert time.perf_counter() - t0 < 2.0


# ------------------------------------------------------------- regressions from fixtures


def test_dateline_is_not_the_event_time_nor_the_speaker(nlp_loaded):
    text = ("KYIV, July 4 — Russia launched 539 drones and 11 missiles at Ukraine overnight, "
            "the Ukrainian Air Force said on Friday.")
    c = one(text, "539 drones")
    assert c.time.text == "overnight"  # the event, not "July 4" nor the report's "on Friday"
    assert (c.time.start, c.time.end) == (D(2025, 7, 3), D(2025, 7, 4))
    assert c.attribution == "Ukrainian Air Force"
    # without a publication date the named day is worth more than a bare "overnight"
    assert one(text, "539 drones", published=None).time.weekday == 4
    apple = one("CUPERTINO, California, Oct 31 (Market Wire) — Apple Inc on Thursday reported "
                "revenue of $94.93 billion.", "$94.93 billion", published=None)
    assert apple.attribution != "CUPERTINO" and apple.place == "Cupertino"


def test_dateline_city_title_case():
    art = Article(id="a", text="SAINT-DENIS, Aug 4 (AFP) — Noah Lyles won in 9.79 seconds.")
    assert C.dateline(art).city == "Saint-Denis"


def test_citing_and_passive(nlp_loaded):
    c = one("Citing city officials, Al Jazeera reported that the assault killed one person.",
            "one person")
    assert c.attribution == "city officials"
    p = one("Fires broke out, and damage was recorded in six districts of the capital.",
            "six districts")
    assert p.attribution is None


def test_event_in_comparison_yields_to_title(nlp_loaded):
    text = ("Block after block of Altadena is now ash.\nThe fire has killed 16 people, "
            "making it deadlier than the Palisades fire on the other side of the county.")
    c = one(text, "16 people", title="Inside Altadena, where the Eaton fire erased whole blocks")
    assert c.event == "eaton fire"
    two = one("The Palisades fire has burned about 9,600 hectares, while the Eaton fire in the "
              "hills above Pasadena has consumed some 5,700 hectares.", "5,700 hectares")
    assert two.event == "eaton fire"


def test_title_with_a_second_described_event_is_not_inherited(nlp_loaded):
    text = "The death toll from the earthquake has climbed to 1,644, the military said."
    c = one(text, "1,644", title="Myanmar earthquake toll climbs, India sends relief under "
                                 "Operation Brahma")
    assert c.event is None
    assert C.find_events("the Myanmar quake") == []  # a description, not a name
    assert C.find_events("the 2023 Turkey-Syria quake")[0][2] == "2023 turkey-syria earthquake"


def test_time_in_an_aside_about_something_else_is_ignored(nlp_loaded):
    c = one("Italy's Marcell Jacobs, the surprise winner in Tokyo in 2021, could not defend "
            "his crown and was fifth in 9.85.", "9.85")
    assert c.time.source == "published"
    bridge = one("The bridge, which opened in 1977, carried about 30,000 vehicles a day.",
                 "about 30,000 vehicles")
    assert bridge.time.source == "published"
    # ... but a clause about the number itself, or about a period, dates it
    own = one("Harris won 75.0m, well short of the 81.3m that Joe Biden received in 2020.",
              "81.3m")
    assert own.time.text == "in 2020"
    quarter = one("iPhone revenue rose 6% to $46.22 billion in the quarter ended Sept. 28.",
                  "$46.22 billion", published=dt.datetime(2024, 10, 31))
    assert quarter.time.start == D(2024, 9, 28)


def test_previous_sentence_with_two_days_gives_no_context_time(nlp_loaded):
    text = ("Organisers said two million people joined Sunday's march and a rally on Saturday. "
            "Police said the crowd peaked at 338,000.")
    c = one(text, "338,000", published=dt.datetime(2019, 6, 17, 1, 30))
    assert c.time is None or c.time.source != "context"


def test_a_comparison_base_in_the_previous_sentence_is_not_context(nlp_loaded):
    text = ("Organisers said two million people joined Sunday's march, far more than the "
            "1.03 million they counted at the June 9 protest. Police said the crowd peaked "
            "at 338,000.")
    c = one(text, "338,000", published=dt.datetime(2019, 6, 17, 1, 30))
    assert c.time is not None and c.time.start == dt.date(2019, 6, 16)


@pytest.mark.parametrize("sentence, expr, base", [
    ("The rate climbed to 6.7% from 6.29% last week.", "last week", True),
    ("Revenue rose 6% to $94.93 billion from $89.5 billion a year earlier.", "a year earlier", True),
    ("Labour's 411 seats were won with 33.7 per cent of the vote, fewer than the 12.9 million "
     "Jeremy Corbyn won in defeat in 2017.", "in 2017", True),
    ("Deliveries were down nearly 5% from the 466,140 vehicles it handed over in the same "
     "period last year.", "last year", True),
    ("Moscow launched more than 500 drones and 11 missiles overnight into Friday.",
     "overnight into Friday", False),
    ("Russia launched 539 drones from five regions overnight on Friday.", "overnight on Friday",
     False),
    ("The toll rose to 1,644 on Saturday, up from 1,002 on Friday.", "on Saturday", False),
    ("The ANC's share fell by more than 17 percentage points, from 57.5% in 2019 to 40.2%.",
     "in 2019", True),
])
def test_a_time_after_a_comparison_dates_the_base_not_the_figure(sentence, expr, base):
    from checker.context import comparison_base_start, find_time_expressions
    e = next(x for x in find_time_expressions(sentence) if x.text == expr)
    assert (comparison_base_start(sentence, e) is not None) is base


def test_a_bare_event_name_picks_that_event_of_the_article():
    from checker.context import _short_name_event
    text = ("The Palisades fire has burned 23,707 acres. The Eaton fire has burned 14,117 "
            "acres. In the Palisades, officials counted more than 5,300 structures destroyed.")
    assert _short_name_event("In the Palisades, officials counted more than 5,300 structures "
                             "destroyed.", text) == "palisades fire"
    assert _short_name_event("Officials counted 5,300 structures destroyed.", text) is None


def test_the_previous_sunday_is_a_week_before_the_story_sunday():
    import datetime as dt
    from checker.context import resolve_time
    t = resolve_time("the previous Sunday", dt.date(2019, 6, 17))
    assert t.start == dt.date(2019, 6, 9)
    assert resolve_time("on Sunday", dt.date(2019, 6, 17)).start == dt.date(2019, 6, 16)


def test_an_event_named_in_another_report_is_found_by_its_bare_name():
    from checker.context import link_events
    from checker.models import Article, Claim
    a1 = Article(id="a.md", title="Helene leaves trail of destruction", text="Helene has killed "
                 "at least 44 people.")
    a2 = Article(id="b.md", title="Hurricane Milton", text="Hurricane Milton has killed 16.")
    def mk(aid, sent, span, ev=None):
        k = sent.index(span)
        return Claim(id=f"{aid}:q1", article=aid, start=k, end=k + len(span), text=span,
                     value=1, sentence=sent, sentence_start=0, event=ev)
    c1 = mk("a.md", "Helene has killed at least 44 people.", "at least 44")
    c2 = mk("b.md", "Hurricane Milton has killed 16.", "16", "hurricane milton")
    a3 = Article(id="c.md", title="Storms", text="Hurricane Helene made landfall.")
    out = link_events([a1, a2, a3], [c1, c2])
    assert [c.event for c in out] == ["hurricane helene", "hurricane milton"]


def test_a_figure_in_a_clause_on_another_event_s_bare_name_is_that_event_s():
    from checker.context import link_events
    from checker.models import Article, Claim

    def mk(aid, sent, span, ev=None):
        k = sent.index(span)
        return Claim(id=f"{aid}:q1", article=aid, start=k, end=k + len(span), text=span,
                     value=1, sentence=sent, sentence_start=0, event=ev)
    arts = [Article(id="a.md", title="Cyclone Remal", text="Cyclone Remal struck on Sunday."),
            Article(id="b.md", text="Cyclone Sidr killed about 3,500 people in 2007.")]
    since = mk("a.md", "Since Sidr, which killed some 3,500 people in 2007, the country has built "
               "more than 4,000 shelters.", "some 3,500", "cyclone remal")
    after = mk("a.md", "More than 3 million homes were without power, less than two weeks after "
               "Sidr battered the coast.", "More than 3 million", "cyclone remal")
    built = mk("a.md", since.sentence, "more than 4,000", "cyclone remal")
    out = link_events(arts, [since, after, built])
    # (the shelters built since are the story's own, after the clause on Sidr has ended)
    assert [c.event for c in out] == ["cyclone sidr", "cyclone remal", "cyclone remal"]


@pytest.mark.parametrize("told", [
    "The books are closed on Typhoon Haiyan, known locally as Yolanda.",
    "Typhoon Haiyan (local name: Yolanda) struck on Friday.",
    "Yolanda, as Typhoon Haiyan is known in the Philippines, struck on Friday.",
    "Typhoon Haiyan (Yolanda) struck on Friday.",
])
def test_a_storm_known_by_two_names_is_one_event(told):
    from checker.context import link_events, same_event
    from checker.models import Article, Claim

    def mk(aid, sent, span, ev=None):
        k = sent.index(span)
        return Claim(id=f"{aid}:q1", article=aid, start=k, end=k + len(span), text=span,
                     value=1, sentence=sent, sentence_start=0, event=ev)
    local = mk("a.md", "As many as 255 people were killed by Typhoon Yolanda.", "255",
               "typhoon yolanda")
    wire = mk("b.md", "Typhoon Haiyan has killed 2,344 people.", "2,344", "typhoon haiyan")
    arts = [Article(id="a.md", text=local.sentence), Article(id="b.md", text=told)]
    out = link_events(arts, [local, wire])
    assert same_event(out[0].event, out[1].event)
    # a bare mention of either name is the storm ("Yolanda packed winds of 235 km/h")
    bare = mk("a.md", "Yolanda packed winds of 235 km/h.", "235 km/h")
    (found,) = link_events(arts, [bare])
    assert found.event == "typhoon haiyan"
    # without the second name, two names are two storms
    plain = [Article(id="a.md", text=local.sentence),
             Article(id="b.md", text="Typhoon Haiyan struck on Friday.")]
    out = link_events(plain, [local, wire])
    assert not same_event(out[0].event, out[1].event)


def test_a_place_in_brackets_after_a_storm_is_no_second_name():
    from checker.context import link_events
    from checker.models import Article, Claim
    sent = "Florida counted 50 deaths."
    c = Claim(id="a.md:q1", article="a.md", start=16, end=18, text="50", value=50,
              sentence=sent, sentence_start=0)
    arts = [Article(id="a.md", text=sent),
            Article(id="b.md", text="Hurricane Helene (Florida) made landfall on Thursday.")]
    (out,) = link_events(arts, [c])
    assert out.event is None


def test_an_event_that_another_number_counts_is_not_this_figures_event(nlp_loaded):
    import datetime as dt
    text = ("The wildfire that destroyed Lahaina has killed 93 people, Maui County said on "
            "Sunday, surpassing the 61 deaths of the 1960 Hilo tsunami.")
    art = Article(id="a.md", text=text, published=dt.datetime(2023, 8, 13, 20))
    c93, c61 = C.annotate(art, [claim_for(art, "93 people"), claim_for(art, "61 deaths")])
    assert c93.event != "1960 hilo tsunami"
    assert c61.event == "1960 hilo tsunami"


def test_fire_and_blaze_name_the_same_event():
    from checker.context import same_event
    assert same_event("lahaina fire", "lahaina blaze") is True
    assert same_event("lahaina fire", "cloquet fire") is False


def test_a_yardstick_event_with_its_own_number_is_not_the_figures(nlp_loaded):
    import datetime as dt
    text = ("The number of people confirmed dead in the Lahaina fire rose to at least 89 on "
            "Saturday, surpassing a 1960 tsunami that killed 61 people on the Big Island. "
            "It was the deadliest fire since the 1918 Cloquet fire in Minnesota, which killed "
            "453 people.")
    art = Article(id="a.md", text=text, published=dt.datetime(2023, 8, 12, 20))
    c89, c453 = C.annotate(art, [claim_for(art, "at least 89"), claim_for(art, "453 people")])
    assert c89.event == "lahaina fire"
    assert c453.event == "1918 cloquet fire"


@pytest.mark.parametrize("text, span", [
    ("It ended March with 180,895 employees, down about 5pc on a year earlier, after cutting "
     "some 12,000 jobs in January 2023.", "180,895 employees"),
    ("NASA estimated that about 31.6 million people live inside the path, far more than in "
     "2017.", "31.6 million"),
])
def test_a_time_of_another_figure_or_of_a_comparison_is_not_this_ones(nlp_loaded, text, span):
    c = one(text, span, published=dt.datetime(2024, 4, 26, 12))
    assert c.time is None or c.time.source != "sentence"


def test_that_quake_takes_the_date_the_paragraph_before_gives_it(nlp_loaded):
    text = ("TAIPEI — A swarm of tremors shook Hualien overnight, the agency said on Tuesday.\n\n"
            "The swarm was part of the aftershock sequence of the April 3 earthquake, which "
            "struck nearly three weeks ago.\n\n"
            "That quake, the strongest in 25 years, killed 18 people.")
    c = one(text, "18 people", published=dt.datetime(2024, 4, 23, 4, 0))
    assert c.time.start == D(2024, 4, 3) and c.time.source == "context"
    # without an event named with a date before, the sentence keeps the usual fallback
    plain = one("Officials spoke on Tuesday.\n\nThat quake killed 18 people.", "18 people",
                published=dt.datetime(2024, 4, 23, 4, 0))
    assert plain.time.start != D(2024, 4, 3)


@pytest.mark.parametrize("span, source", [
    ("34.8 km", "U.S. Geological Survey"),  # "the 34.8 km reported by the USGS"
    ("7.4", "U.S. Geological Survey"),  # "..., which put the magnitude at 7.4"
])
def test_sources_of_rival_agency_figures(nlp_loaded, span, source):
    text = ("That is considerably shallower than the 34.8 km reported by the U.S. Geological "
            "Survey, which put the magnitude at 7.4, while Japan's Meteorological Agency "
            "estimated 7.7.")
    assert one(text, span).attribution == source


def test_measuring_agencies_are_sources_but_a_thermometer_is_not(nlp_loaded):
    c = one("Taiwan's Central Weather Administration measured the main shock at magnitude 7.2, "
            "with a focal depth of 15.5 km.", "15.5 km")
    assert c.attribution == "Central Weather Administration"
    # the magnitude too, though the parse hangs "at magnitude 7.2" on the object
    c = one("Taiwan's Central Weather Administration measured the main shock at magnitude 7.2, "
            "with a focal depth of 15.5 km.", "7.2")
    assert c.attribution == "Central Weather Administration"
    assert one("The bridge measures 2 km from end to end.", "2 km").attribution is None
    assert one("The thermometer at Heathrow registered 40.2C.", "40.2C").attribution is None


def test_a_figure_for_the_earlier_march_takes_the_earlier_date(nlp_loaded):
    text = ("The front said almost two million people joined Sunday's march, far more than the "
            "1.03 million it counted at the June 9 protest. Police said the crowd peaked at "
            "338,000, compared with their estimate of 240,000 for the earlier march.")
    pub = dt.datetime(2019, 6, 17, 8, 0)
    assert one(text, "1.03 million", published=pub).time.start == D(2019, 6, 9)
    assert one(text, "240,000", published=pub).time.start == D(2019, 6, 9)
    assert one(text, "338,000", published=pub).time.start != D(2019, 6, 9)


def test_a_reporting_clause_set_off_by_commas_names_the_source(nlp_loaded):
    c = one("Nearly 2 million people marched through Hong Kong on Sunday to demand that the "
            "city's leader step down, organisers said, in the largest protest in its history.",
            "Nearly 2 million")
    assert c.attribution == "organisers"


def test_a_figure_is_not_its_own_source(nlp_loaded):
    import datetime as dt
    text = ("With 86.6% of polling stations counted, Milei had 55.95% of the vote, according "
            "to official provisional results.")
    art = Article(id="a.md", text=text, published=dt.datetime(2023, 11, 19, 23))
    counted, share = C.annotate(art, [claim_for(art, "86.6%"), claim_for(art, "55.95%")])
    assert counted.attribution is None or "86.6" not in counted.attribution
    assert share.attribution and "provisional results" in share.attribution


def test_the_claims_own_number_does_not_hide_its_time(nlp_loaded):
    # parsed with "magnitude" as the head and "aftershock ... on Wednesday" as its apposition
    c = one("A magnitude 6.2 aftershock on Wednesday, as measured by the Geophysical "
            "Institute, rattled nerves but caused little new damage.", "magnitude 6.2",
            published=dt.datetime(2016, 4, 21, 21))
    assert c.time.source == "sentence" and c.time.start == D(2016, 4, 20)


def test_a_time_after_a_semicolon_dates_its_own_clause_only(nlp_loaded):
    text = ("The government says 155 people remain missing; on Tuesday a deputy minister had "
            "said about 2,000 people had been reported missing.")
    pub = dt.datetime(2016, 4, 21, 21)
    assert one(text, "155", published=pub).time.source != "sentence"
    assert one(text, "about 2,000", published=pub).time.start == D(2016, 4, 19)


@pytest.mark.parametrize("text", [
    "A month after two missiles tore through the centre of Sumy on Palm Sunday, the facade "
    "is still covered.",
    "Sales on Black Friday rose 3%.",
    "The Good Friday agreement ended three decades of violence.",
])
def test_a_named_day_of_the_year_is_no_weekday(text):
    assert C.find_time_expressions(text) == []


def test_a_weekday_before_a_named_day_still_counts():
    exprs = C.find_time_expressions("The missiles hit on Sunday morning as residents gathered "
                                    "for Palm Sunday.")
    assert [e.text for e in exprs] == ["on Sunday morning"]


def test_a_figure_inside_a_since_clause_is_dated_by_that_clause(nlp_loaded):
    c = one("It is already the deadliest wildfire in the United States since the Cloquet fire "
            "in Minnesota killed 453 people in 1918.", "453 people",
            published=dt.datetime(2018, 11, 17, 12))
    assert c.time.text == "in 1918" and c.time.start.year == 1918
    running = one("Since Monday, 45 people have died.", "45 people",
                  published=dt.datetime(2018, 11, 17, 12))
    assert running.time.text == "Since Monday"


@pytest.mark.parametrize("text, span, source", [
    # whose estimate the clause is told by
    ("Its high point came on 15 March, when, by the archive's estimate, about 300,000 people "
     "filled central Belgrade.", "about 300,000", "archive"),
    ("By police estimates, 50,000 people marched through the city on Saturday.", "50,000",
     "police"),
    # a date the parser hangs on the speaker is no part of the speaker's name
    ("On 19 January police counted 50,000 demonstrators at the Jungfernstieg.", "50,000",
     "police"),
])
def test_attribution_by_an_estimate_and_past_a_date(text, span, source):
    assert one(text, span).attribution == source


def test_some_estimates_have_no_owner():
    assert one("By some estimates, 50,000 people marched through the city on Saturday.",
               "50,000").attribution is None


def test_the_morning_of_a_day_is_that_day_not_its_month():
    c = one("Russian forces struck the station on the morning of April 8, killing 27 people.",
            "27", published=dt.datetime(2022, 4, 8, 12))
    assert c.time.start == c.time.end == dt.date(2022, 4, 8)


def test_a_day_told_in_the_past_falls_before_the_report_not_weeks_after_it():
    text = ("A single missile burst over the station at 10:28 a.m. on April 8 and scattered 50 "
            "submunitions. At least 58 people were killed.")
    feb = dt.datetime(2023, 2, 21, 10)
    assert one(text, "50", published=feb).time.start == dt.date(2022, 4, 8)
    assert one(text, "At least 58", published=feb).time.start == dt.date(2022, 4, 8)
    # a day to come is still read as coming
    c = one("The dividend of $0.25 will be paid on April 8.", "$0.25", published=feb)
    assert c.time is None or c.time.start is None or c.time.start.year == 2023


def test_a_weekday_of_a_clause_in_the_present_is_the_one_coming():
    thu = dt.datetime(2023, 7, 20, 10)
    c = one("The 1,500 metres final, worth $50,000 to the winner, starts on Sunday evening.",
            "$50,000", published=thu)
    assert c.time.start == dt.date(2023, 7, 23)
    # a past clause keeps the day gone by
    assert one("Police said 20 people died on Friday.", "20", published=thu).time.start == \
        dt.date(2023, 7, 14)


def test_a_day_of_another_clause_not_told_in_the_past_does_not_date_a_past_figure():
    tue = dt.datetime(2021, 8, 3, 8)
    text = ("Families of the victims will march to the port on Wednesday to mark the "
            "anniversary of the explosion that killed at least 218 people, injured some 7,000 "
            "and left an estimated 300,000 without a habitable home.")
    for span in ("at least 218", "some 7,000", "an estimated 300,000"):
        c = one(text, span, published=tue)
        assert c.time is None or c.time.source != "sentence", span
    # the clause that tells of the time still dates it ("since 2004, when 333 died"), and a
    # past main clause dates its relative clause's figure
    c = one("It is the deadliest attack since the Beslan school siege of 2004, when 333 people "
            "died.", "333", published=tue)
    assert c.time.start.year == 2004
    c = one("On Saturday, the storm that killed 16 people made landfall.", "16", published=tue)
    assert c.time.source == "sentence" and c.time.start == dt.date(2021, 7, 31)


def test_a_report_marking_an_anniversary_tells_of_that_day_years_before():
    text = "Families will march on Wednesday to mark the anniversary of the explosion."
    art = Article(id="a", text=text, published=dt.datetime(2021, 8, 3, 8))
    assert C.mentions_day(art, dt.date(2020, 8, 4))
    assert not C.mentions_day(art, dt.date(2019, 8, 4))
    fifth = Article(id="b", text="On the fifth anniversary of the quake, survivors gathered.",
                    published=dt.datetime(2020, 4, 25))
    assert C.mentions_day(fifth, dt.date(2015, 4, 25))
    assert not C.mentions_day(Article(id="c", text="Families will march on Wednesday.",
                                      published=dt.datetime(2021, 8, 3)), dt.date(2020, 8, 4))


def test_an_agency_that_puts_or_gives_a_figure_is_its_source():
    s = ("The National Seismological Centre measured the main shock at 7.6, while the US "
         "Geological Survey puts it at 7.8.")
    assert one(s, "7.8").attribution == "US Geological Survey"
    assert one(s, "7.6").attribution == "National Seismological Centre"
    assert one("The US Geological Survey gives a moment magnitude of 7.8.",
               "7.8").attribution == "US Geological Survey"
    assert one("The deal gives shareholders $54.20 per share.", "$54.20").attribution is None


def test_a_time_in_a_later_coordinated_clause_does_not_date_the_figure():
    c = one("On 8 March 2023 organisers said more than 60,000 people marched in Athens alone, "
            "and the anger forced the government to delay elections until May.",
            "more than 60,000", published=dt.datetime(2024, 2, 28))
    assert c.time.start == dt.date(2023, 3, 8)


def test_a_race_named_by_its_distance_is_no_number_of_its_own():
    # "in Sunday's 100 metres final" dates the 9.71: the 100 is the race's name
    c = one("Tyson Gay, who ran 9.71 behind Bolt in Sunday's 100 metres final, had withdrawn "
            "from the 200 metres.", "9.71", published=dt.datetime(2009, 8, 21))
    assert c.time.source == "sentence" and c.time.start == dt.date(2009, 8, 16)


def test_a_clause_set_before_the_sentences_time_is_not_dated_by_it():
    # the Saturday dates the crowd; the killing is that long before it
    s = ("PARKLAND, Fla. - More than five weeks after a gunman killed 17 people at their "
         "school, students stood on a stage on Pennsylvania Avenue on Saturday and addressed "
         "what organizers described as 800,000 people.")
    pub = dt.datetime(2018, 3, 25)
    killed = one(s, "17 people", published=pub)
    assert killed.time.source == "sentence" and killed.time.start == dt.date(2018, 2, 17)
    crowd = one(s, "800,000 people", published=pub)
    assert crowd.time.source == "sentence" and crowd.time.start == dt.date(2018, 3, 24)
    # (the sentence's own Saturday, not the day the story's lead names)
    lead = "Officials met on March 5 to review school security. They talked for hours.\n\n"
    killed = one(lead + s, "17 people", published=pub)
    assert killed.time.start == dt.date(2018, 2, 17)
    s2 = "Two days after the quake killed 300 people, rescuers on Monday found 12 survivors."
    quake = one(s2, "300 people", published=pub)  # Sunday 25 March: Monday the 19th
    assert quake.time.start == dt.date(2018, 3, 17) and quake.time.text == "Two days after"
    assert one(s2, "12 survivors", published=pub).time.start == dt.date(2018, 3, 19)


def test_a_figure_in_a_clause_some_time_before_is_dated_that_long_before():
    # the sentence's own time is the report's; the "after" clause counts back from it
    pub = dt.datetime(2022, 7, 14, 18, tzinfo=dt.timezone.utc)
    s = ("The attack came five days after a Russian rocket strike on an apartment block in "
         "Chasiv Yar killed 48 people, and less than three weeks after a missile hit a "
         "shopping mall in Kremenchuk, killing at least 20.")
    assert one(s, "48 people", published=pub).time.start == dt.date(2022, 7, 9)
    assert one(s, "at least 20", published=pub).time.start == dt.date(2022, 6, 23)
    s = ("Two weeks after Hurricane Ian came ashore near Cayo Costa with 150 mph winds, "
         "insurers still cannot agree on the bill.")
    assert one(s, "150 mph", published=pub).time.start == dt.date(2022, 6, 30)
    # months and years back are about then, not to the day
    s = ("The deal closed 15 months after Disney first agreed to buy the assets for $52.4 "
         "billion in stock.")
    t = one(s, "$52.4 billion", published=dt.datetime(2019, 3, 20)).time
    assert t.start == dt.date(2017, 12, 5) and t.end == dt.date(2018, 1, 4)
    s = ("The lander sent its first pictures a day after firing its engines to make it hop "
         "about 40 cm off the lunar surface.")
    assert one(s, "about 40 cm", published=pub).time.start == dt.date(2022, 7, 13)
    s = "The strike came days after an attack on Odesa killed 12 people."
    assert one(s, "12 people", published=pub).time.start == dt.date(2022, 7, 11)
    # the figure of the main clause keeps the report's day; so does the span itself
    s = "Three days after the quake, the toll rose to 2,000."
    assert one(s, "2,000", published=pub).time.source == "published"
    s = "Rescuers pulled 12 people alive from the rubble a day after the strike."
    assert one(s, "12 people", published=pub).time.source == "published"


def test_a_bare_figure_after_a_name_with_its_verb_left_out_is_that_names():
    s = ("Nepal's National Seismological Centre reported 7.6, and the China Earthquake "
         "Networks Center 8.1, differences that reflect their scales.")
    assert one(s, "7.6").attribution == "National Seismological Centre"
    assert one(s, "8.1").attribution == "China Earthquake Networks Center"


def test_a_source_named_in_lower_case_before_a_bare_figure_is_its_source():
    s = "Police said 40,000 people marched, and organisers 100,000."
    assert one(s, "100,000").attribution == "organisers"


@pytest.mark.parametrize("text", [
    "Police estimated the crowd at 100,000 and organisers at 350,000.",
    "Police put the turnout at 100,000; organisers at 350,000.",
])
def test_a_gapped_source_may_keep_its_at(text):
    assert one(text, "350,000").attribution == "organisers"
    assert one(text, "100,000").attribution == "police"


def test_since_a_noun_with_two_comma_set_modifiers_reads_on_to_the_clause():
    # "the 13-storey, 155-unit tower": the comma parts two modifiers of one noun
    c = one("Crews have removed more than 7 million pounds of concrete and debris since the "
            "13-storey, 155-unit tower partially collapsed on June 24.", "more than 7 million pounds")
    assert c.time is not None and c.time.text.endswith("on June 24")
    assert c.time.start == dt.date(2025, 6, 24)


def test_a_week_later_counts_from_the_day_just_told():
    text = ("On 9 June the front said 1.03 million people had marched. A week later the front "
            "reported two million, while police put the crowd at 338,000.")
    c = one(text, "338,000")
    assert c.time is not None and c.time.start == dt.date(2025, 6, 16)
    c = one("The quake struck on Wednesday. The next day, rescuers had found 40 bodies.", "40")
    assert c.time is not None and c.time.start == dt.date(2025, 7, 3)
    # never a day after the report's own
    c = one("The quake struck on Friday. The next day, rescuers had found 40 bodies.", "40")
    assert c.time is not None and c.time.start == dt.date(2025, 7, 4)


def test_the_day_a_tally_was_issued_dates_its_figures():
    c = one("The federal government's tally issued on Sunday listed 43 dead and 36 missing.", "43")
    assert c.time is not None and c.time.start == dt.date(2025, 6, 29)
    # an aside about someone else still does not date the figure
    c = one("Jacobs, the surprise winner in Tokyo on Sunday, was fifth in 9.85 seconds.",
            "9.85 seconds")
    assert c.time is None or c.time.text != "on Sunday"


def test_a_time_that_opens_the_sentence_dates_each_of_its_clauses():
    text = ("On 9 June the Civil Human Rights Front said 1.03 million people had marched; "
            "police said 240,000 had been on the route at the peak.")
    c = one(text, "240,000")
    assert c.time is not None and c.time.source == "sentence" and c.time.text == "9 June"


def test_a_report_a_year_after_tells_of_the_day_a_year_before():
    pub = dt.datetime(2024, 9, 8, 8)
    art = Article(id="a", published=pub, text=(
        "A year after the strongest earthquake to strike the region in more than a century, "
        "many families are still living in tents."))
    assert C.mentions_day(art, dt.date(2023, 9, 8), 0)
    assert C.mentions_day(Article(id="b", published=pub, text="Two years on, the town is "
                                  "rebuilding."), dt.date(2022, 9, 8), 0)
    assert not C.mentions_day(Article(id="c", published=pub, text="Families are still living "
                                      "in tents."), dt.date(2023, 9, 8), 0)


def test_a_month_of_a_period_still_running_or_a_forecast_is_the_coming_one():
    aug23 = dt.datetime(2023, 8, 23, 21, 0)
    c = one("The chipmaker expects revenue of $16 billion, plus or minus 2%, in the quarter "
            "ending in October.", "$16 billion", published=aug23)
    assert c.time is not None and c.time.start == D(2023, 10, 1)
    # a month told in the past tense is the last one
    c = one("Revenue reached $6.7 billion in October.", "$6.7 billion", published=aug23)
    assert c.time is not None and c.time.start == D(2022, 10, 1)


def test_a_past_storm_the_lead_recalls_is_not_the_story_s_event():
    text = ("HOUSTON — A gauge at Cedar Bayou had collected 51.88 inches of rain by Tuesday. The "
            "previous record of 48 inches was set in 1978 by Tropical Storm Amelia.\n\n"
            "The death toll rose to at least 18 on Tuesday, officials said.")
    pub = dt.datetime(2017, 8, 29, 23, 30)
    title = "Harvey sets U.S. rainfall record as Houston's death toll climbs"
    assert one(text, "at least 18", published=pub, title=title).event is None
    assert one(text, "48 inches", published=pub, title=title).event == "storm amelia"
    # a storm the lead names with this year's date is the story's own
    now = text.replace("in 1978 by Tropical Storm Amelia", "in 2017 by Tropical Storm Amelia")
    assert one(now, "at least 18", published=pub, title=title).event == "storm amelia"


def test_an_event_named_as_a_yardstick_is_not_the_figure_s_event():
    pub = dt.datetime(2017, 8, 31, 12, 0)
    text = ("AccuWeather estimates the total economic cost of Harvey at $190 billion, more than "
            "that of Hurricane Katrina, which devastated New Orleans in 2005.")
    assert one(text, "$190 billion", published=pub).event != "hurricane katrina"
    text = ("The storm caused $125 billion of damage, compared with Hurricane Andrew's "
            "$27 billion.")
    assert one(text, "$125 billion", published=pub).event != "hurricane andrew"
    # an event the figure is said of is its own
    own = "Hurricane Katrina caused $125 billion of damage in 2005."
    assert one(own, "$125 billion", published=pub).event == "hurricane katrina"



def test_what_is_counted_is_never_the_source_of_the_count():
    assert one("The number of people confirmed dead rose to 64.", "64").attribution is None
    assert one("The death toll rose to 18, according to the county mayor.",
               "18").attribution == "county mayor"


def test_a_city_fire_service_or_its_officers_name_no_fire():
    from checker.context import find_events
    assert find_events("London Fire Commissioner Dany Cotton told reporters.") == []
    assert find_events("the London Fire and Rescue Service said") == []
    assert [n for _, _, n in find_events("The Camp Fire killed 85 people.")] == ["camp fire"]


def test_a_year_naming_what_a_figure_is_set_beside_does_not_date_it():
    pub = dt.datetime(2019, 9, 10)
    s = ("Dorian hit Abaco on Sunday. Dorian's winds of 185 mph, or about 300 km/h, ranked it "
         "alongside the 1935 Labor Day hurricane as the most powerful Atlantic storm ever to "
         "make landfall.")
    for span in ("185 mph", "about 300 km/h"):
        t = one(s, span, published=pub).time
        assert t.start == dt.date(2019, 9, 8)
    s2 = "Dorian hit Abaco on Sunday. Winds reached 150 mph, surpassing the 2005 record."
    t2 = one(s2, "150 mph", published=pub).time
    assert t2 is None or t2.start is None or t2.start.year == 2019
    # a year naming the figure's own frame still dates it
    t3 = one("In the 2019 election, Labour won 203 seats.", "203 seats", published=pub).time
    assert t3.source == "sentence" and t3.start.year == 2019


def test_the_time_of_the_frame_a_figures_noun_is_set_in_dates_it():
    s = ("Figma was given a $10 billion valuation in a funding round led by Durable Capital "
         "Partners in June last year, when investors were paying record prices.")
    t = one(s, "$10 billion", published=dt.datetime(2022, 9, 15)).time
    assert t.source == "sentence" and t.start == dt.date(2021, 6, 1)


def test_since_a_gerund_clause_with_a_date_is_a_span():
    pub = dt.datetime(2021, 2, 19)
    ref = C.resolve_time("since lifting off from Florida on July 30", pub)
    assert ref is not None and ref.start == D(2020, 7, 30) and ref.end == D(2021, 2, 19)
    # a causal "since" with no time in it is no span
    assert C.resolve_time("since being cheaper", pub) is None


def test_the_day_of_the_price_a_premium_is_measured_against_is_not_the_premiums():
    s = ("Broadcom agreed on Thursday to buy VMware. The offer represents a premium of 44% to "
         "VMware's closing price on May 20, the last trading day before reports surfaced.")
    t = one(s, "44%", published=dt.datetime(2022, 5, 26)).time
    assert t.start == dt.date(2022, 5, 26)


def test_a_year_on_a_verb_that_sets_the_figure_beside_another_dates_the_other():
    pub = dt.datetime(2022, 1, 19)
    s = ("Microsoft agreed on Tuesday to buy Activision. The all-cash deal, worth $95 a share, "
         "eclipses Dell's $67bn purchase of the data storage company EMC in 2016.")
    assert one(s, "$95 a share", published=pub).time.start == dt.date(2022, 1, 18)
    assert one(s, "$67bn", published=pub).time.start.year == 2016
    s2 = "Microsoft agreed on Tuesday to buy Activision. Revenue topped $10bn in 2021."
    assert one(s2, "$10bn", published=pub).time.start.year == 2021


def test_a_year_modifying_the_noun_a_figure_gives_the_value_of_dates_it():
    pub = dt.datetime(2025, 2, 1)
    s = ("Launched on Sept. 10, it reached an apogee of 1,408 km, the highest Earth orbit ever "
         "flown by a crew, beating Gemini 11's 1966 mark of about 850 miles.")
    assert one(s, "about 850 miles", published=pub).time.start == D(1966, 1, 1)
    assert one(s, "1,408 km", published=pub).time.start == D(2024, 9, 10)
    t = one("The 2019 record, 38.7C, was broken on Tuesday.", "38.7C", published=pub).time
    assert t.start.year == 2019
    # a year of a record the figure breaks is not the figure's
    t2 = one("Temperatures hit 45.3C on Tuesday, breaking the 2019 record.", "45.3C",
             published=pub).time
    assert t2.start == D(2025, 1, 28)


def test_a_day_and_month_with_last_year_is_of_the_year_before_the_report():
    pub = dt.datetime(2012, 2, 20)
    s = ("When the ground lurched at 12.51pm on 22 February last year, it did more than kill "
         "185 people.")
    assert one(s, "185 people", published=pub).time.start == D(2011, 2, 22)
    ref = C.resolve_time("on March 3 next year", pub)
    assert ref is not None and ref.start == D(2013, 3, 3)


def test_a_figure_in_the_when_clause_of_since_a_day_is_that_days():
    pub = dt.datetime(2024, 3, 15, 18)
    s = ("It was the deadliest attack on Odesa since March 2, when a Russian drone slammed into "
         "an apartment block, killing 12 people, five of them children.")
    t = one(s, "12 people", published=pub).time
    assert t.start == t.end == D(2024, 3, 2)
    s3 = ("It was the worst quake to hit Japan since the 1995 Kobe earthquake, which killed "
          "more than 6,400 people.")
    t3 = one(s3, "more than 6,400 people", published=pub).time
    assert t3.start == D(1995, 1, 1) and t3.end == D(1995, 12, 31)
    # a running total since the day stays a span
    t2 = one("Ukraine has exported more than 30 million tonnes of grain since August.",
             "more than 30 million tonnes", published=pub).time
    assert t2.text.startswith("since")


def test_a_datelines_day_a_day_off_the_utc_stamp_is_the_day_weekdays_count_from():
    s = ("TOKYO, Dec 6 (Newswire) — A capsule landed in southern Australia early on Sunday, "
         "carrying 5 grams of dust.")
    pub = dt.datetime(2020, 12, 5, 21, 15, tzinfo=dt.timezone.utc)
    assert one(s, "5 grams", published=pub).time.start == D(2020, 12, 6)


def test_a_day_and_month_in_a_clause_about_the_future_is_the_coming_one(nlp_loaded):
    nov = dt.datetime(2018, 11, 17, 10)
    assert one("The tax will rise by 6.5 cents on Jan. 1.", "6.5 cents",
               published=nov).time.start == D(2019, 1, 1)
    assert one("The tax rose by 6.5 cents on Jan. 1.", "6.5 cents",
               published=nov).time.start == D(2018, 1, 1)


def test_a_perfect_participle_tells_what_came_before_the_main_clauses_time(nlp_loaded):
    s = ("Katrina came ashore on Monday morning with winds of 140mph, having peaked over the "
         "Gulf of Mexico as a category 5 with winds of 175mph.")
    assert one(s, "140mph").time.source == "sentence"
    assert one(s, "175mph").time.source != "sentence"


def test_a_year_in_the_participle_after_a_figure_dates_the_figure(nlp_loaded):
    c = one("Marchand's time broke the Olympic record of 4:03.84 set by Michael Phelps at the "
            "2008 Beijing Games, a mark that had stood for 15 years.", "4:03.84",
            published=dt.datetime(2024, 7, 28, 20))
    assert c.time.start == D(2008, 1, 1)
    c = one("The quake matched the toll of 256 recorded in 1931.", "256")
    assert c.time.start == D(1931, 1, 1)
    # a year deeper in a clause of the participle dates that clause, not the figure
    c = one("Scientists expect the capsule to contain about 250 grams (8.8 ounces) of rocks and "
            "dust, collected when the spacecraft briefly touched Bennu's surface in October "
            "2020 — far more than the mission's minimum requirement of 60 grams.", "8.8 ounces",
            published=dt.datetime(2023, 9, 24, 12))
    assert c.time is None or c.time.start.year != 2020
    c = one("The BJP led in 243 seats, short of the 272 needed for a majority, raising the "
            "prospect that Modi would rely on partners for the first time since he swept to "
            "power in 2014.", "272", published=dt.datetime(2024, 6, 4, 20))
    assert c.time is None or c.time.start.year != 2014
    c = one("Scientists expect about 250 grams of rocks, collected when the spacecraft touched "
            "Bennu's surface in October 2020.", "250 grams")
    assert c.time is None or c.time.start != D(2020, 1, 1)


def test_years_ago_after_a_race_time_dates_that_time(nlp_loaded):
    c = one("He won with 4:09.42 in Tokyo three years ago.", "4:09.42",
            published=dt.datetime(2024, 7, 28, 20))
    # (years back is loose by a few months, ending on that day)
    assert c.time.start <= D(2021, 7, 28) == c.time.end


def test_a_year_earlier_reaches_back_to_the_year_ago_quarter(nlp_loaded):
    c = one("Net income rose to $14.02 billion from $4.65 billion a year earlier.",
            "$4.65 billion", published=dt.datetime(2024, 2, 1, 21))
    # the fourth quarter of 2022, reported on 1 February 2024
    assert c.time.start <= D(2022, 12, 31) and c.time.end == D(2023, 2, 1)


def test_a_superstorm_is_a_named_storm():
    assert [n for _, _, n in C.find_events("Superstorm Sandy has killed at least 55 people.")] \
        == ["storm sandy"]
    assert C.same_event("storm sandy", "hurricane sandy")
    assert not C.same_event("storm sandy", "hurricane katrina")


def test_a_date_of_the_noun_a_relative_clause_hangs_from_dates_its_figure():
    c = one("They are also investigating the March 9 bombing of the city's maternity hospital, "
            "which killed three people, including a child.", "three",
            published=dt.datetime(2022, 3, 25, 10))
    assert c.time is not None and c.time.start == dt.date(2022, 3, 9) and c.time.source == "sentence"


def test_in_recent_days_is_the_stretch_up_to_the_report():
    c = one("Several thousand residents have escaped in private cars in recent days.",
            "Several thousand", published=dt.datetime(2022, 3, 25, 10))
    assert c.time is not None and c.time.text == "in recent days"
    assert c.time.start == dt.date(2022, 3, 18) and c.time.end == dt.date(2022, 3, 25)


def test_a_source_that_revises_its_own_estimate_is_the_figures_source():
    s = ("The China Earthquake Administration last week raised its estimate of the main quake's "
         "magnitude to 8.0 from 7.8, citing a fuller analysis of the data.")
    assert one(s, "8.0").attribution == "China Earthquake Administration"
    assert one(s, "7.8").attribution == "China Earthquake Administration"


def test_a_day_of_what_is_planned_is_the_coming_one():
    nov = dt.datetime(2018, 11, 17, 10)
    c = one("The government raised the duty on diesel by 7.6 cents a litre this year, and plans "
            "further increases of 6.5 cents on Jan. 1.", "6.5 cents", published=nov)
    assert c.time is not None and c.time.start == dt.date(2019, 1, 1)
    c = one("The government raised the duty on diesel by 7.6 cents a litre this year and on "
            "petrol by 3.9 cents, and plans further increases of 6.5 cents and 2.9 cents "
            "respectively on Jan. 1 as part of its push.", "2.9 cents", published=nov)
    assert c.time is not None and c.time.start == dt.date(2019, 1, 1)
    c = one("The protests began over a planned increase of 6.5 euro cents a liter on Jan. 1.",
            "6.5 euro cents", published=nov)
    assert c.time is not None and c.time.start == dt.date(2019, 1, 1)
    # what happened is still dated to the past
    c = one("The duty rose by 7.6 cents on Jan. 1.", "7.6 cents", published=nov)
    assert c.time is not None and c.time.start == dt.date(2018, 1, 1)


def test_a_year_naming_a_plebiscite_or_a_rally_dates_its_figure():
    c = one("The crowd dwarfed the rally that closed the \"No\" campaign before the 1988 "
            "plebiscite, which organisers at the time said drew about a million people.",
            "about a million", published=dt.datetime(2019, 10, 26, 10))
    assert c.time is not None and c.time.start == dt.date(1988, 1, 1)


def test_a_time_in_a_when_clause_dates_the_clause_it_opens():
    s = ("When Albertsons merged with Safeway in 2015 in a deal valued at about $9.2 billion, "
         "regulators forced the companies to sell 168 stores, 146 of them to Haggen.")
    c = one("Kroger agreed to buy Albertsons on Friday. " + s, "168",
            published=dt.datetime(2022, 10, 14, 10))
    assert c.time is not None and c.time.start == dt.date(2015, 1, 1) and c.time.source == "sentence"


def test_a_weekday_and_part_of_day_in_the_possessive_names_the_events_day():
    c = one("The ministry said on Wednesday that 471 people had been killed in Tuesday "
            "evening's explosion at the hospital.", "471 people")
    assert c.time is not None and c.time.text.endswith("evening's")
    assert c.time.start.weekday() == 1


def test_a_time_before_a_semicolon_does_not_date_a_figure_after_it():
    s = ("He won them all: 2:01:25 in London last April, a course record; and then Chicago, "
         "where he covered the second half in 59:47.")
    c = one(s, "59:47")
    assert c.time is None or c.time.source != "sentence"
    assert one(s, "2:01:25").time.text == "last April"
    # a time that opens the sentence frames each of its clauses
    s2 = "On Tuesday the ministry said 10 people were killed; police said 12 were missing."
    assert one(s2, "12").time.text.lower().endswith("tuesday")
    s3 = ("On the night of April 30, riot police dispersed protesters with tear gas; the interior "
          "ministry said 63 people were detained.")
    assert one(s3, "63 people").time.text.endswith("April 30")


def test_the_weekday_of_an_event_is_not_a_day_of_the_reports_week():
    # "on the Monday of the pilgrimage" in a piece written a year later: the weekday is all
    # it tells, not the Monday before publication
    ref = C.resolve_time("on the Monday of the pilgrimage", FRI)
    assert ref is not None and ref.start is None and ref.weekday == 0
    assert C.resolve_time("the Sunday before the vote", FRI).start is None
    # (a day of last week is still resolved)
    assert C.resolve_time("on the Monday of last week", FRI).start is not None


def test_a_date_in_the_figures_own_counting_clause_dates_it(nlp_loaded):
    text = ("Sunday's turnout was well above the 40,000 people the delegation counted at a PP "
            "rally against the amnesty plans in Madrid on Sept. 24.")
    c = one(text, "40,000", published=dt.datetime(2023, 11, 12, 20, 0))
    assert c.time is not None and c.time.start == D(2023, 9, 24)


def test_each_figure_takes_the_according_to_right_after_it(nlp_loaded):
    text = ("On Sunday, crowds filled the Puerta del Sol in Madrid at a rally called by the PP: "
            "80,000 people according to the central government's delegation, half a million "
            "according to the party.")
    assert one(text, "80,000").attribution == "central government's delegation"
    assert one(text, "half a million").attribution == "party"


def test_a_source_past_a_semicolon_is_another_clauses(nlp_loaded):
    # the parse hangs the first clause on the second's verb
    text = ("The delegation estimated that rally at 80,000 people; the PP put the figure at "
            "more than 500,000.")
    assert one(text, "80,000").attribution == "delegation"
    assert one(text, "more than 500,000").attribution == "PP"


def test_an_ordinal_is_not_a_number_that_takes_the_year_from_the_figure():
    c = one("The result beat the 24 seats it won in 2010, when it propped up Rutte's first "
            "government.", "24", published=dt.datetime(2023, 11, 22, 23, tzinfo=dt.timezone.utc))
    assert c.time is not None and c.time.start == D(2010, 1, 1)


def test_a_rank_counted_since_an_event_leaves_the_figure_its_day():
    c = one("ACAPULCO, Guerrero — Twenty-seven people were killed when Hurricane Otis tore "
            "through Acapulco in the early hours of Wednesday, and four people are still "
            "missing, federal Security Minister Rosa Icela Rodríguez said on Thursday, giving "
            "the first official toll since the storm struck.", "four",
            published=dt.datetime(2023, 10, 26, 23, tzinfo=dt.timezone.utc))
    assert c.time is not None and not c.time.text.startswith("since")


def test_a_rank_since_a_past_holder_leaves_the_figure_undated_by_that_year():
    c = one("His margin of about 2.3 million votes made him the first Republican to win the "
            "popular vote since George W. Bush in 2004.", "about 2.3 million",
            published=dt.datetime(2024, 12, 20, 10, tzinfo=dt.timezone.utc))
    assert c.time is None or c.time.start != D(2004, 1, 1)


def test_a_time_closing_a_pair_of_figures_dates_both():
    s = ("Its count had stood at 1,297 dead and 5,700 injured on Sunday, and at 304 dead on "
         "Saturday night.")
    pub = dt.datetime(2021, 8, 16, 20)
    assert one(s, "1,297", published=pub).time.start == dt.date(2021, 8, 15)
    assert one(s, "5,700", published=pub).time.start == dt.date(2021, 8, 15)
    assert one(s, "304", published=pub).time.start == dt.date(2021, 8, 14)


def test_a_time_in_the_figures_own_conjunct_wins():
    s = "Police arrested 12 people in Paris on Friday and 40 in Lyon on Saturday."
    pub = dt.datetime(2021, 8, 16, 20)
    assert one(s, "12 people", published=pub).time.start == dt.date(2021, 8, 13)
    assert one(s, "40", published=pub).time.start == dt.date(2021, 8, 14)


def test_a_year_ago_today_is_that_very_day():
    s = ("A year ago today, Hurricane Maria crossed Puerto Rico with winds of 155 mph, "
         "triggering a humanitarian crisis.")
    t = one(s, "155 mph", published=dt.datetime(2018, 9, 20, 10)).time
    assert (t.start, t.end) == (dt.date(2017, 9, 20), dt.date(2017, 9, 20))


def test_a_figure_in_an_appositive_belongs_to_the_name_it_follows():
    s = ("Investigators are examining whether the Palisades fire was a rekindling of the Lachman "
         "fire, a small blaze that started in the same hills on New Year's Day and burned about "
         "8 acres before firefighters put it out.")
    assert one(s, "about 8 acres").event == "lachman fire"
    t = "The Palisades fire, which burned 23,707 acres, destroyed more than 6,800 structures."
    assert one(t, "23,707 acres").event == "palisades fire"


def test_a_time_in_the_relative_clause_of_the_killing_tornado_dates_its_toll():
    c = one("The deadliest tornado the state has known, which struck Louisville in March 1890, "
            "killed 76 people.", "76 people")
    assert c.time is not None and c.time.start == dt.date(1890, 3, 1)


def test_a_month_a_when_clause_hangs_on_dates_its_figures():
    c = one("The crash was revenge for June, when Wagner columns drove to within some 200km of "
            "Moscow.", "200km", published=dt.datetime(2023, 8, 25, 10))
    assert c.time is not None and c.time.start == dt.date(2023, 6, 1)


def test_the_span_a_record_is_set_against_dates_nothing_after_it():
    text = ("The Fed's move, its first cut since March 2020, took its target range to 4.75 per "
            "cent. Eleven of the 12 voting members backed the 50 basis point cut.")
    c = one(text, "50 basis point", published=dt.datetime(2024, 9, 19, 10))
    assert c.time is None or c.time.start != dt.date(2020, 3, 1)


def test_a_founding_year_dates_nothing_in_the_next_sentence():
    text = ("Founded in 2012 by Dylan Field and Evan Wallace, Figma lets designers work in a "
            "browser. Figma expects its annual recurring revenue to pass $400 million.")
    c = one(text, "$400 million", published=dt.datetime(2022, 9, 15, 18))
    assert c.time is None or c.time.start.year == 2022


def test_a_time_ago_opening_its_clause_dates_the_clause():
    # "two weeks ago" with no figure or comparison before it is the clause's own time
    text = ("Erdogan took just over 52 per cent of the vote in Sunday's runoff. In the first "
            "round two weeks ago, the president had fallen narrowly short, with 49.5 per cent.")
    c = one(text, "49.5 per cent", published=dt.datetime(2023, 5, 29, 9))
    assert c.time is not None and c.time.start == D(2023, 5, 15)
    # a relative base after "from" still dates no figure of the sentence
    c2 = one("Revenue rose 15% from a year earlier to $80.5bn.", "$80.5bn",
             published=dt.datetime(2023, 5, 29, 9))
    assert c2.time is None or c2.time.start.year == 2023


def test_a_lead_names_a_recent_time_before_its_background_years():
    text = ("TEL AVIV — Israel's technology industry woke up on Wednesday to the biggest deal "
            "in its history. Google's agreement to buy Wiz for $32 billion in cash, about NIS "
            "117 billion at current exchange rates, is more than double the previous record for "
            "an Israeli-founded company, Intel's $15.3 billion purchase of Mobileye in 2017.\n\n"
            "It employs some 2,000 people.")
    c = one(text, "some 2,000 people", published=dt.datetime(2025, 3, 19, 7, 30))
    assert c.time is not None and c.time.start == D(2025, 3, 19)


def test_the_report_a_figure_is_given_in_dates_it():
    c = one("Kyodo News, in a projection issued around 11 p.m. on Sunday, put the ruling bloc "
            "at 216 to 225 seats, while NHK's estimate was far lower.", "216 to 225 seats",
            published=dt.datetime(2024, 10, 28, 19, 30))
    assert c.time is not None and c.time.start == dt.date(2024, 10, 27)


def test_the_span_a_record_is_set_against_is_not_the_news():
    text = ("The ruling party lost its majority for the first time since returning to power in "
            "2012, final results of Sunday's general election showed early Monday.\n\n"
            "The party won 191 seats.")
    c = one(text, "191 seats", published=dt.datetime(2024, 10, 28, 19, 30))
    assert c.time is not None and c.time.start == dt.date(2024, 10, 27)
    text2 = ("ANALYSIS — Ukraine's civilians paid a heavy price in April. At least 209 civilians "
             "were killed and 1,146 injured during the month, the highest monthly toll since "
             "September last year.")
    c2 = one(text2, "1,146", published=dt.datetime(2025, 5, 12, 10))
    assert c2.time is not None and c2.time.start == dt.date(2025, 4, 1)
    # the frame before the figure dates it no more than one after it
    text3 = ("WARSAW — Markets fell on Monday.\n\nThe WIG20 index closed 3.3% lower, its "
             "steepest daily fall since the tariff turmoil of early April, and the banking index "
             "lost 5.6%.")
    c3 = one(text3, "5.6%", published=dt.datetime(2025, 6, 3, 8))
    assert c3.time is not None and c3.time.start == dt.date(2025, 6, 2)
    # but a figure of the frame's own event is dated by it
    text4 = ("CHRISTCHURCH — It was the country's deadliest natural disaster since the 1931 "
             "Hawke's Bay earthquake, which killed 258 people.")
    c4 = one(text4, "258 people", published=dt.datetime(2012, 2, 20, 8))
    assert c4.time is not None and c4.time.start.year == 1931


def test_a_paragraph_opening_days_later_counts_from_the_day_before_it():
    text = ("Ukraine's civilians paid a heavy price in April.\n\n"
            "On 4 April a missile exploded over a residential street in Kryvyi Rih, killing 20 "
            "civilians. The UN mission described it as the attack that killed the most "
            "children in a single incident since the full-scale invasion began in 2022.\n\n"
            "Nine days later, on Palm Sunday, two missiles hit the centre of Sumy, killing 35 "
            "people.")
    c = one(text, "35 people", published=dt.datetime(2025, 5, 12, 10))
    assert c.time is not None and c.time.start == dt.date(2025, 4, 13)


def test_a_time_of_day_is_no_other_figure_to_date():
    c = one("Dorian made landfall at Elbow Cay shortly before 1 p.m. on Sunday as a Category 5 "
            "hurricane with maximum sustained winds of 175 mph (295 km/h).", "175 mph",
            published=dt.datetime(2019, 9, 2, 10))
    assert c.time is not None and c.time.source == "sentence"
    assert c.time.start == dt.date(2019, 9, 1)


def test_a_figure_told_in_the_present_is_the_reports_not_the_day_before_it():
    lead = "Israeli forces rescued four hostages on Saturday.\n\n"
    text = (lead + "In February, commandos freed two hostages from a building in Rafah. About "
            "120 hostages are still held in Gaza.")
    c = one(text, "About 120", published=D(2024, 6, 11))
    assert c.time is None or c.time.start != D(2024, 2, 1)
    past = one(lead + "In February, commandos freed two hostages from a building in Rafah. "
               "About 120 hostages were held in Gaza.", "About 120", published=D(2024, 6, 11))
    assert past.time is not None and past.time.start == D(2024, 2, 1)
    perfect = one("The aid agencies met on Monday.\n\nTwo quakes struck Herat on Saturday. More "
                  "than 2,000 people have been killed.", "More than 2,000",
                  published=D(2023, 10, 10))
    assert perfect.time is not None and perfect.time.start == D(2023, 10, 7)
    assert perfect.time.source == "context"  # the sentence before, not the lead


def test_since_a_month_named_alone_is_the_last_such_month_before_the_report():
    got = C.resolve_time("since October", D(2024, 6, 11))
    assert got is not None and got.start == D(2023, 10, 1) and got.end == D(2024, 6, 11)
    assert C.resolve_time("since May", D(2024, 6, 11)).start == D(2024, 5, 1)
    assert C.resolve_time("since Mayor Smith took office", D(2024, 6, 11)).start is None


def test_the_start_of_the_records_dates_nothing():
    text = ("The centre said the 254.8 mm that fell at Khatm Al Shakla was the most recorded "
            "anywhere since records began in 1949. Dubai's station recorded about 142 mm.")
    pub = dt.datetime(2024, 4, 18, 10)
    for span in ("254.8 mm", "about 142 mm"):
        c = one(text, span, published=pub)
        assert c.time is None or c.time.start.year == 2024


def test_a_bare_infinitive_after_a_past_verb_of_seeing_is_no_present():
    text = ("State officials said on Sunday evening that 81 people had died in the floods.\n\n"
            "The same corner of Texas saw the Blanco River rise more than 40ft in a few hours "
            "over the Memorial Day weekend of 2015, a flood that killed 13 people in and around "
            "Wimberley.")
    c = one(text, "13 people", published=dt.datetime(2025, 7, 7, 6))
    assert c.time is not None and c.time.start.year == 2015


def test_an_abbreviated_month_with_its_day_is_one_date():
    from checker.context import find_time_expressions
    got = [e.text for e in find_time_expressions(
        "eclipsing the 3,836-point slide of Oct. 20, 1987, the worst on record")]
    assert got == ["Oct. 20, 1987"]
    text = ("The Nikkei closed down 4,451 points, eclipsing the 3,836-point slide of Oct. 20, "
            "1987.")
    c = one(text, "3,836-point", published=dt.datetime(2024, 8, 5, 9))
    assert c.time is not None and c.time.start == dt.date(1987, 10, 20)


def test_a_year_after_with_the_article_parsed_as_a_number_still_sets_the_clause_back():
    text = ("KATHMANDU — Almost a year after Yeti Airlines Flight 691 fell into the Seti River "
            "gorge in Pokhara, killing all 72 people on board, a government inquiry has "
            "concluded that the pilots cut the power.\n\nThe commission handed its final report "
            "to the minister on Thursday.")
    c = one(text, "72 people", published=dt.datetime(2023, 12, 29, 11))
    assert c.time is not None and c.time.start <= dt.date(2023, 1, 15) <= c.time.end


def test_data_from_a_source_that_show_a_figure_are_that_sources():
    pub = dt.datetime(2024, 4, 22, 9)
    text = ("Dubai Airports put the disruption at 1,244 cancelled flights between Tuesday and "
            "Thursday, but data from the aviation analytics firm Cirium showed nearly 1,500 "
            "flights cancelled at the airport over the same period.")
    assert one(text, "nearly 1,500", published=pub).attribution == "Cirium"
    assert one(text, "1,244", published=pub).attribution == "Dubai Airports"
    text2 = ("Data from the US Geological Survey's gauge at Hunt show the river rising by 22ft "
             "in 45 minutes; the National Weather Service has cited a rise of 26ft.")
    assert one(text2, "22ft", published=pub).attribution == "US Geological Survey"
    assert one(text2, "26ft", published=pub).attribution == "National Weather Service"
    # results that show a share are no one's data, nor is a place pictures come from
    text3 = "The results showed 52% of voters backed the plan."
    assert one(text3, "52%", published=pub).attribution is None
    text4 = "Pictures from the Red Cross camp showed 300 tents flattened by the wind."
    assert one(text4, "300 tents", published=pub).attribution is None


def test_a_figure_in_the_when_clause_of_a_since_span_is_of_its_date():
    text = ("A regional jet collided with an Army helicopter on Wednesday night, killing 67 "
            "people. It is the first fatal crash of a US airline since February 2009, when a "
            "Colgan Air turboprop came down near Buffalo, killing all 49 people on board.")
    c = one(text, "49 people", published=dt.datetime(2025, 1, 30, 8))
    assert c.time is not None and c.time.start == dt.date(2009, 2, 1)
    assert c.time.text == "February 2009"  # a day the clause tells of, no running span
    assert one(text, "67", published=dt.datetime(2025, 1, 30, 8)).time.start == \
        dt.date(2025, 1, 29)
    c2 = one("It was the deadliest storm since 2004, when 333 died.", "333",
             published=dt.datetime(2025, 1, 30, 8))
    assert c2.time is not None and c2.time.start == dt.date(2004, 1, 1)
    # a figure before the span runs since that date
    c3 = one("Prices have risen 40% since March 2020, when the pandemic began.", "40%",
             published=dt.datetime(2025, 1, 30, 8))
    assert c3.time is not None and c3.time.text.startswith("since")
