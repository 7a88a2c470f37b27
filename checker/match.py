"""Stage 5: decide what each candidate pair of claims is to each other.

A pair of claims from different articles is related only when all of these hold:

1. **Same event** - named events do not differ ("Hurricane Helene" vs "Hurricane Milton"),
   resolved event dates overlap (within ``max_event_gap_days`` when a date only comes from the
   publication date), and named weekdays agree when no date could be resolved.
2. **Same quantity** - compatible units (same currency, same physical dimension, same counted
   thing), the same role of the thing counted (launched vs shot down, killed vs injured) from the
   parse, no distinguishing modifier on one side that the other contradicts (diluted vs
   adjusted), and similar concepts.
3. Then the **values** decide: each claim states an interval (its bounds, widened by the
   precision it states: "more than 500" is (500, 600], "about 2,400" is about ±5 %, "$94.9
   billion" is ±0.05 billion); overlapping intervals agree. Disjoint intervals conflict, except
   for an evolving figure (a toll) reported at different times: that is an ``update``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .config import Config
from .context import THERE_PLACE, find_events, told_there
from .context import DEMONYMS as _DEMONYMS
from .context import FORECAST_VERBS
from .context import figure_stretch
from .context import span_days as _span_days
from .context import mentions_day
from .context import names_day
from .context import EVENT_NOUNS
from .context import same_event as same_named_event
from .extract import _CASUALTY_STATES, PERSON_NOUNS
from .extract import singular as _singular
from .numbers import SCALE_ABBREV, UNITS_WORDS, scale_of
from .units import SI, USD_RATE, in_dollars
from .index import Candidate
from .models import Article, Claim, Relation, TimeRef, TotalCheck

# --------------------------------------------------------------------------------------------
# lexicons: general English, not tied to any article

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "die", "dead", "death", "fatality", "toll", "perish", "life",
               "drown", "murder", "massacre", "execute", "slay", "body", "victim", "bury"),
    "injured": ("injure", "wound", "hurt", "injury", "casualty", "hospitalize", "hospitalise",
                "treat"),
    "missing": ("missing", "unaccounted", "disappear"),
    "trapped": ("trap", "strand", "trapped", "stranded"),
    "launched": ("launch", "fire", "attack", "strike", "target", "send", "use", "deploy",
                 "hurl", "unleash", "fly"),
    "intercepted": ("shoot", "intercept", "down", "destroy", "neutralise", "neutralize",
                    "repel", "repelled", "downed", "jam", "suppress", "stop", "defeat"),
    "evacuated": ("evacuate", "evacuation", "flee", "displace", "displaced", "shelter",
                  "relocate"),
    "arrested": ("arrest", "detain", "detention", "custody"),
    "rescued": ("rescue", "save", "pull"),
    "destroyed": ("burn", "raze", "flatten", "collapse", "uproot", "topple"),
    # damaged is not destroyed: "37,312 houses had been destroyed and 46,410 damaged"
    "damaged": ("damage",),
    "produced": ("produce", "production", "build", "manufacture", "make"),
    "delivered": ("deliver", "delivery", "ship", "sell", "sale", "hand"),
    "won": ("win", "secure", "capture", "seat"),
    "lost": ("lose", "fall", "drop", "decline"),
    "without_power": ("power", "outage", "electricity", "blackout"),
    "protested": ("march", "protest", "demonstrate", "rally", "participate", "gather",
                  "attend", "join", "mass", "throng", "flock", "crowd"),
}
_ROLE_OF: dict[str, str] = {}
for _role, _words in ROLE_WORDS.items():
    for _w in _words:
        _ROLE_OF.setdefault(_w, _role)

#: nouns that name a role by themselves ("deliveries of 444,000 vehicles", "the death toll")
ROLE_NOUNS: dict[str, str] = {
    "death": "killed", "dead": "killed", "fatality": "killed", "toll": "killed",
    "killed": "killed", "injury": "injured", "injured": "injured", "wounded": "injured",
    "missing": "missing", "delivery": "delivered", "deliveries": "delivered",
    "production": "produced", "evacuation": "evacuated", "evacuee": "evacuated",
    "arrest": "arrested", "detainee": "arrested", "rescue": "rescued", "launch": "launched",
    "interception": "intercepted", "outage": "without_power", "crowd": "protested",
    "protester": "protested", "demonstrator": "protested", "marcher": "protested",
    "demonstration": "protested", "rally": "protested", "participant": "protested",
    # crews put against a fire or a flood ("475 firefighters were battling the flames"): a
    # role named by these nouns only, since verbs like "fight" say too little
    "firefighter": "deployed", "rescuer": "deployed",
    # people in relief camps or shelters are displaced ("8,017 people staying in relief
    # camps"), and the camps opened for them grow in number as they do ("82 camps")
    "camp": "evacuated", "shelter": "evacuated",
    # a petition's count grows by the hour ("passed 4 million signatures on Saturday")
    "signature": "signed", "signatory": "signed",
}

#: roles whose figures evolve as reports come in (an update, not a conflict)
EVOLVING = {"killed", "injured", "missing", "evacuated", "arrested", "rescued", "destroyed",
            "damaged",
            "deployed", "accounted",
            "without_power", "trapped", "signed", "dead_or_missing"}

#: evolving figures that only grow (a later, smaller one is a disagreement)
GROWING = {"killed", "injured", "destroyed", "damaged", "arrested", "rescued", "accounted",
           "signed"}

#: reports closer in time than this give figures "for the same moment"
UPDATE_MIN_HOURS = 4

#: words that make two otherwise equal measures different quantities
DISTINGUISHING = {
    "diluted", "adjusted", "basic", "gaap", "non-gaap", "net", "gross", "operating", "core",
    "underlying", "organic", "pretax", "pre-tax", "annual", "annualized", "quarterly", "monthly",
    "weekly", "daily", "hourly", "median", "average", "mean", "peak", "minimum", "maximum",
    "domestic", "international", "foreign", "global", "civilian", "military", "ballistic",
    "cruise", "nominal", "real", "seasonally", "core", "headline",
}

#: roles whose bare numbers count people ("23 were injured")
PERSON_ROLES = {"killed", "injured", "missing", "evacuated", "arrested", "rescued", "trapped",
                "dead_or_missing"}
#: the dead and the missing counted together
#: (not "dead or missing presumed dead": a toll that counts the missing as dead)
_DEAD_OR_MISSING = re.compile(r"\b(?:dead|killed|deaths?)\s+(?:or|and)\s+(?:the\s+)?missing\b"
                              r"(?!,?\s+(?:and\s+)?(?:presumed|feared|believed)\s+dead)", re.I)

#: modifiers that do not narrow what is counted
GENERIC_MODIFIERS = {
    "more", "most", "other", "several", "many", "few", "large", "big", "huge", "massive",
    "heavy", "major", "small", "new", "latest", "recent", "overall", "such", "same", "whole",
    "further", "additional", "extra", "last", "first", "next", "last", "entire", "full",
    "about", "around", "some", "nearly", "estimated", "reported", "official", "separate",
    "short", "shy",  # "243 seats, short of the 272 needed": how far from a mark, not which seats
    # misparsed neighbours that never narrow: "its own estimate", "a deal worth about $36
    # billion", "a $50,000 bonus, subject to ratification", "beat estimates"
    "own", "worth", "subject", "beat", "valued",
    # the article's own place, told as an owner: "the town's roughly 3,700 residents"
    "town", "city", "village", "country", "nation", "island",
    # what happened to the people counted is their role, not a narrowing: "52 people dead"
    "dead", "injured", "wounded", "missing", "killed", "hurt",
    # "confirmed deaths" are the toll; "a powerful 7.5 quake" is still the quake
    "confirmed", "powerful", "deadly", "devastating", "violent",
    # a storm's or a weapon's "maximum sustained winds", "maximum range": what the plain
    # "winds" or "range" of a report mean
    "maximum",
}

#: counted nouns that all mean "people" (children, soldiers... are narrower, not synonyms)
PERSON = {"person", "people", "individual", "human", "life", "resident", "victim", "casualty",
          "fatality", "death", "dead", "one", "inhabitant", "citizen", "civilian",
          # ("at least 204 bodies had been recovered" / "the bodies of 265 people")
          "body",
          # ("police have made more than 30 arrests" / "46 people had been arrested")
          "arrest", "detention",
          # a crowd is counted in people whatever the noun
          "demonstrator", "protester", "protestor", "marcher", "participant", "attendee",
          "counter-protester", "counter-demonstrator"}

#: the counted nouns (or none) of people who may be driven from their homes
_PEOPLE_UNITS = frozenset(PERSON | {"", "family", "household", "child", "patient"})

#: who travels aboard a boat, a plane or a train
_ABOARD_NOUNS = frozenset({"passenger", "migrant", "crew", "refugee", "traveller", "traveler",
                           "pilgrim", "tourist"})
_ON_BOARD = r"(?:on\s+board|onboard|aboard)\b"
#: "on board", "aboard", right after the figure (and its noun)
_ABOARD = re.compile(r"^\s*(?:(?:people|persons|passengers|migrants|others)\s+)?"
                     # "with 174 passengers and six crew members on board"
                     r"(?:and\s+(?:[\w-]+\s+){1,3}?)?(?:were\s+|was\s+|had\s+been\s+)?"
                     + _ON_BOARD, re.I)

#: those aboard who all died: "people on board the 15-year-old ATR 72-500 were killed"
_ALL_ABOARD_DIED = re.compile(r"^\s*(?:(?:people|persons|passengers)\s+)?" + _ON_BOARD +
                              r"[^,;:()]{0,50}?\s+(?:(?:were|had\s+been|have\s+been)\s+"
                              r"(?:all\s+)?(?:confirmed\s+)?(?:killed|dead)|"
                              r"(?:all\s+)?(?:died|perished))\b", re.I)

#: a part of the dead or the hurt told by "among": "two police officers were among the dead"
#: ("141 of the dead had been identified" are the identified, not a toll)
_AMONG_THE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:were|was|are|is)\s+"
                        r"(?:also\s+|reported\s+)?among\s+the\s+"
                        r"(dead|killed|injured|wounded|missing)\b", re.I)

#: people who left the area a disaster or a war struck: "had now left the border districts"
_LEFT_AREA = re.compile(r"^\s*(?:people\s+|residents\s+)?(?:(?:had|have|has)\s+)?"
                        r"(?:now\s+|already\s+)?left\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:districts?|regions?|areas?|city|cities|towns?|villages?|homes?|"
                        r"province|zones?)\b", re.I)

_DRIVEN_FROM_HOMES = re.compile(r"\b(?:forc|driv|chas|push)(?:ed|en|e|es|ing)\b"
                                r"(?:\s+[\w,.-]+){0,6}?\s+(?:out\s+of|from)\s+(?:their\s+)?"
                                r"homes?\b", re.I)

#: counted nouns that news use interchangeably for one count, by canonical noun
SAME_COUNT = {
    "structure": {"structure", "building"},  # "5,000 structures" / "5,000 buildings" burned
    # "cut 15,000 jobs" / "15,000 roles" / "lay off 15,000 employees"
    "job": {"job", "role", "position", "post", "employee", "worker", "staff", "staffer"},
    "vehicle": {"vehicle", "car"},  # "delivered 443,956 vehicles" / "cars"
    "vote": {"vote", "ballot"},
    "troop": {"troop", "soldier", "serviceman", "servicemember"},
    "earthquake": {"earthquake", "quake", "tremor"},
    # a parliament's seats are its members: "543 seats" / "543 MPs" / "80 lawmakers"
    "seat": {"seat", "mp", "lawmaker", "legislator", "deputy"},
    "voter": {"voter", "elector"},
    "storey": {"storey", "story", "floor"},  # "a 12-storey tower" / "the 12-story building"
    # "a building of 136 apartments" / "the building's 136 units"
    "apartment": {"apartment", "flat", "unit", "condo", "condominium"},
    # "37,312 houses had been destroyed" / "flattened 53,815 homes"
    "house": {"house", "home", "dwelling"},
}
_CANON = {w: k for k, ws in SAME_COUNT.items() for w in ws}
_JOB_VERBS = {"lay", "lay off", "cut", "shed", "axe", "eliminate", "fire", "hire", "employ",
             "furlough", "dismiss"}
#: power companies count "customers", reporters "homes and businesses"
_CUSTOMERS = {frozenset({"home", "business"}), frozenset({"household", "business"}),
              frozenset({"customer"}), frozenset({"account"})}

STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
        "from", "its", "their", "his", "her", "this", "that", "these", "those", "as", "be",
        "was", "were", "is", "are", "has", "have", "had", "it", "they", "than", "more", "about",
        "some", "around", "over", "least", "nearly", "almost", "up", "down", "which", "who",
        "[num]", "num"}


def _tokens(text: str | None) -> set[str]:
    if not text:
        return set()
    return {t for t in re.findall(r"[a-z][a-z\-']*", text.lower()) if t not in STOP}


def _per_claim(fn):
    """Memoize a property of a claim that depends only on its sentence, its span, its
    predicate and its unit: the matcher asks it once per candidate pair, about 50 times per
    claim."""
    memo: dict[tuple, object] = {}

    @functools.wraps(fn)
    def wrapper(c: Claim):
        key = (c.sentence, c.start - c.sentence_start, c.end - c.sentence_start, c.text,
               c.predicate, c.unit, c.unit_kind, c.dimension)
        if key not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[key] = fn(c)
        return memo[key]

    return wrapper


_REVISING_VERBS = {"revise", "adjust", "scale", "mark", "round", "correct", "update"}
#: verbs that only count or place people, with no role of their own
_NEUTRAL_PERSON_VERBS = {"", "be", "count", "say", "estimate", "put", "claim", "come", "stand",
                         "gather", "number", "register", "report", "tally"}
#: what a crowd does, in a sentence about a gathering: "turned out", "filled the streets"
_CROWD_VERBS = {"turn out", "turn_out", "fill", "line", "halt", "draw", "attract"}
_TAKE_PART = re.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:part\b|to\s+the\s+streets)",
                        re.I)
#: verbs of people taking a place, whatever the sentence: they are a crowd
_CROWD_PLACE_VERBS = {"fill", "pack", "cram", "throng", "line", "pour", "flood", "converge",
                      "swarm", "jam"}


#: people buried under the rubble, not yet found: trapped, not (yet) dead
_BURIED_ALIVE = re.compile(
    r"\b(?:still|feared|believed)\b[^.;:]{0,30}?\bburied\b(?!\s+in\s+(?:mass\s+)?graves?)|"
    r"\bburied\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|mud|ruins))\b", re.I)


#: a fronted "of the ..." before a figure: the whole a later part is counted out of
_WHOLE_OF = re.compile(r"(?:^|[,;:—]\s*)of\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,2}$",
                       re.I)


#: verbs of finding the dead ("recovered 14 bodies", "pulled 30 bodies from the rubble",
#: "counted the carcasses of 127 deer")
_FOUND_VERBS = {"recover", "find", "retrieve", "pull", "dig", "unearth", "discover", "count"}


def role_of(claim: Claim) -> str | None:
    """The role of what is counted: killed, injured, launched, intercepted, ...

    Only counts and bare numbers have one: an earthquake that "struck" with magnitude 7.6
    or revenue "reported" at $95 billion is not launched or anything else.
    """
    if claim.unit_kind not in ("count", "dimensionless") or (
            claim.unit_kind == "dimensionless" and claim.unit):
        return None
    pred = (claim.predicate or "").lower()
    if re.search(r"\d-[a-z]+$", claim.text or ""):
        return None  # "the 94,000-seat stadium", "a 12-storey block": an attribute, no role
    if _is_population(claim):
        return "population"  # "a city of 7.5 million inhabitants", "home to 100,000 people"
    span = mention_span(claim)
    if span is not None and _WHOLE_OF.search(span[0][:span[1]]) and (m_w := re.match(
            r"([^,;]{0,40}),\s*(?:about\s+|some\s+|at\s+least\s+)?\d", span[0][span[2]:])) and \
            not re.search(r"\b(?:\w+ed|taken|hurt|held)\b", m_w.group(1)):
        # "Of the 53 British nationals on board, 52 died": the whole the part is counted out
        # of, not in the part's role
        return None
    if span is not None:
        lo, hi = figure_stretch(span[0], span[1], span[2], _CLAUSE_BREAK)
        if _DEAD_OR_MISSING.search(span[0][lo:hi]):
            # "put the number of dead or missing at more than 1,700": both together, neither
            # the dead nor the missing
            return "dead_or_missing"
    if ROLE_NOUNS.get(claim.unit) == "signed":
        return "signed"  # "the petition gathered 3 million signatures": signed, whatever the verb
    if pred == "take" and _TAKE_PART.search(claim.sentence):
        return "protested"  # "take part", "took to the streets"
    if pred == "include":
        outer = _including_verb(claim)
        if outer is not None:
            # "about 500,000 people took part, including some 240,000 on Kaplan Street", "40
            # were killed, including 12 children": a part of the figure before, in its role
            if outer.lemma_ == "take" and _TAKE_PART.search(claim.sentence):
                return "protested"
            r = _ROLE_OF.get(outer.lemma_.lower())
            if r:
                return _weapon_or_thing(r, claim)
    if pred in _CROWD_PLACE_VERBS and claim.unit in PERSON | {"supporter", "spectator"}:
        return "protested"  # "about 300,000 people filled central Belgrade", "packed the square"
    if pred == "make" and re.search(r"\bmade\s+it\b", claim.sentence, re.I):
        return None  # "141 riders made it to Nice": arrived, not produced
    if pred in ("make", "carry", "conduct") and ROLE_NOUNS.get(claim.unit or "") in (
            "arrested", "evacuated", "rescued"):
        # "police have made more than 30 arrests", "carried out 120 rescues": a light verb;
        # the noun says what happened
        return ROLE_NOUNS[claim.unit or ""]
    if pred in ("force", "drive", "chase", "push") and (claim.unit or "") in _PEOPLE_UNITS and \
            _DRIVEN_FROM_HOMES.search(claim.sentence):
        return "evacuated"  # "30,000 were forced from their homes", "driven from their homes"
    ahead = span[0][span[2]:span[2] + 80] if span is not None else ""
    if pred == "leave" and (claim.unit or "") in _PEOPLE_UNITS and _LEFT_AREA.match(ahead):
        return "evacuated"  # "about 180,000 people had now left the border districts"
    # (not "72 people were taken to hospital": those in hospital are only some of the injured)
    if pred in ("move", "take", "bring", "carry", "ferry", "bus") and re.search(
            r"\b(?:to\s+safety|out\s+of\s+(?:the\s+)?(?:flood|danger|fire)|from\s+(?:the\s+)?"
            r"(?:flood(?:ed)?|danger|disaster)\s+(?:zone|area)s?|evacuat)", claim.sentence, re.I):
        return "evacuated"  # "3,600 people moved to safety", "taken out of the flood zone"
    after = span[0][span[2]:span[2] + 60] if span is not None else ""
    m_among = _AMONG_THE.match(ahead)
    if m_among:
        # "two police officers were among the dead": a part of the dead, in their role
        return _ROLE_AFTER_WORD[m_among.group(1).lower()]
    if (claim.unit in _PEOPLE_UNITS | _ABOARD_NOUNS or claim.unit_kind == "dimensionless") and (
            _ABOARD.match(after) or (pred == "carry" and claim.unit_kind == "count")):
        if _ALL_ABOARD_DIED.match(after) or re.search(
                r"\b(?:killing|killed|kills)\s+(?:all\s+(?:the\s+)?|everyone\s+of\s+the\s+)$",
                span[0][max(0, span[1] - 30):span[1]] if span is not None else ""):
            # "All 72 people on board the ATR 72 were killed", "killing all 72 people on
            # board": the dead
            return "killed"
        # "about 750 people on board", "a vessel carrying some 750 passengers": those aboard,
        # not those who died or were rescued
        return "aboard"
    if re.match(r"^\s*lives\b", after, re.I) and \
            re.search(r"\b(?:claim|take|cost|lose|lost|kill|end)", pred):
        return "killed"  # "Cyclone Freddy has now claimed 199 lives", "cost 40 lives"
    if span is not None and not _ROLE_AFTER.match(after) and _BURIED_ALIVE.search(
            span[0][slice(*figure_stretch(span[0], span[1], span[2], _CLAUSE_BREAK))]):
        return "trapped"  # "about 26,000 people were still believed to be buried"
    if pred in _EPISTEMIC and not _ROLE_AFTER.match(after):
        # "11,300 people are known to have died", "5,300 are believed dead": the role is
        # in what is known or believed (unless the figure's own words say it: "with 639
        # others officially listed as missing")
        inner = _epistemic_complement(claim)
        if inner:
            r = _ROLE_OF.get(inner)
            if r:
                return _weapon_or_thing(r, claim)
    if pred:
        m = _ROLE_AFTER.match(after)
        r0 = _ROLE_OF.get(pred.split()[0])
        if m and r0 and _weapon_or_thing(r0, claim) in PERSON_ROLES | {"destroyed", "damaged"}:
            # "with 3,804 people injured and 79 missing": the state said of the figure
            # itself outweighs a casualty verb it shares with a neighbour
            return _role_after(m)
        words = pred.replace("_", " ").split()
        # phrasal verbs: "shoot down" -> intercepted even though "shoot" alone is ambiguous
        if "down" in words and words[0] in {"shoot", "bring", "take", "knock"}:
            return "intercepted"
        if words[0] == "shoot" and re.search(r"\bshot\s+(?:dead|and\s+killed|to\s+death)\b",
                                             claim.sentence, re.I):
            return "killed"  # "At least five people were shot dead"
        if words[0] == "pull" and "out" in words and not re.search(
                r"\bpulled\s+out\s+(?:alive\b|(?:of|from)\s+(?:the\s+)?(?:rubble|water|river|"
                r"sea|debris|wreckage|mud|fire))", claim.sentence, re.I):
            return None  # "218 candidates had pulled out": withdrew, not rescued
        # "revising down an earlier police figure of 157": a verb of revising says nothing of
        # what the figure counts
        for w in ([] if words[0] in _REVISING_VERBS else words):
            if w == "down" and w != words[0]:
                continue  # "shut down 11 reactors", "three reactors melted down": a particle
            r = _ROLE_OF.get(w)
            if r:
                return _weapon_or_thing(r, claim)
    if span is not None and claim.unit in ("customer", "home", "household", "person", "business",
                                           "account", "homes and businesses", "property"):
        lo, hi = figure_stretch(span[0], span[1], span[2], _CLAUSE_BREAK)
        if _NO_POWER.search(span[0][lo:hi]):
            # "leaving more than 1.7 million still in the dark", "900,000 homes and
            # businesses remained without power"
            return "without_power"
    m = _ROLE_AFTER.match(after)
    if m:
        # "had counted 2,012 dead and 2,059 injured", "two people are still listed as
        # missing", "found 271 structures damaged or destroyed"
        return _role_after(m)
    if _singular((claim.counted or "").lower()) in ("body", "corpse", "carcass") or \
            re.search(r"\b(?:bodies|corpses|carcass(?:es)?|remains)\s+of\s+(?:all\s+|the\s+)?$",
                      span[0][:span[1]] if span else ""):
        # "rescuers had recovered 14 bodies": the dead found, not the rescuers; "31 of the 52
        # bodies had been identified", "received more than 60 bodies": a part of them
        return "killed" if pred.split(" ")[0] in _FOUND_VERBS else None
    words = _tokens(claim.concept) | _tokens(claim.counted) | subject_words(claim)
    for w in sorted(words):
        r = ROLE_NOUNS.get(w) or ROLE_NOUNS.get(_singular(w))
        if r:
            return r
    # "the number of people killed rose to 59": a casualty verb in the subject
    for w in sorted(subject_words(claim)):
        r = _ROLE_OF.get(w)
        if r in PERSON_ROLES:
            return r
    if span is not None and pred.split(" ")[0] in _LEVEL_VERBS:
        # "The number of people confirmed to have died ... has risen to 30", "brings to 19
        # the number of people killed by the blaze": a casualty state of the number that the
        # figure's own stretch of the sentence names and that the figure is the level of
        # (the parse often hides it; "up to 23 million people could be affected" is no level)
        lo, hi = figure_stretch(span[0], span[1], span[2], _CLAUSE_BREAK)
        m = _NUMBER_OF_STATE.search(span[0][lo:hi])
        if m:
            return _ROLE_AFTER_WORD.get(m.group(1).lower(), "killed")  # (deaths: killed)
    if claim.unit == "person":
        # "the list of people unaccounted for reached 159", "the number of people missing
        # rose to 159": a casualty state in the subject
        for w in sorted(subject_words(claim)):
            r = _ROLE_AFTER_WORD.get("missing" if w == "miss" else w)
            if r in PERSON_ROLES:
                return r
    # "about 470,000 people were in the area around the Mall at the rally's peak": people
    # counted, with no verb of their own, in a sentence about a gathering
    if claim.unit == "person" and (pred in _NEUTRAL_PERSON_VERBS | _CROWD_VERBS or
                                   pred in _EPISTEMIC) and _GATHERING.search(claim.sentence):
        return "protested"
    return None


#: "the number of people confirmed to have died", "the number of dead", "the toll of those
#: killed" (not "the number of dead and injured": two states)
_NUMBER_OF_STATE = re.compile(
    r"\b(?:number|toll|tally|count|total|list)\s+of\s+(?:the\s+|those\s+)?(?:(?:people|persons|"
    r"victims|residents|civilians)\s+)?(?:(?:(?:officially\s+)?(?:confirmed|reported|known|"
    r"believed|presumed|feared|thought|listed)\s+)(?:to\s+(?:have\s+)?(?:been\s+)?|as\s+)?)?"
    r"(dead|killed|died|injured|wounded|hurt|missing|unaccounted|evacuated|(?:[\w-]+\s+)?"
    r"(?:deaths|fatalities))\b"
    r"(?!\s+(?:and|or)\s)", re.I)

_NO_POWER = re.compile(r"\b(?:without|no|lost|lose|losing)\s+(?:power|electricity)\b|"
                       r"\bin\s+the\s+dark\b|\bpower\s+(?:cut|outage)s?\b", re.I)

#: a role said right after the figure, when its verb only counts or reports
_ROLE_AFTER = re.compile(
    r"^\s*(?:(?:people|persons|others?|more|residents|structures|buildings|homes|houses)\s+)?"
    r"(?:(?:it|they)\s+)?"  # "the 13,694 homes it had listed as destroyed"
    r"(?:(?:are|were|is|was|have|has|had|been|still|now|being|reported|confirmed|listed|as|"
    r"officially|formally|initially|declared|registered|recorded|fully|partly|partially|"
    r"completely|totally|badly|severely)\s+)*"
    r"(" + _CASUALTY_STATES + r"|unaccounted\s+for|accounted\s+for|evacuated|"
    r"damaged\s+or\s+destroyed|destroyed|damaged)\b",
    re.I)
_ROLE_AFTER_WORD = {"dead": "killed", "killed": "killed", "injured": "injured",
                    "wounded": "injured", "hurt": "injured", "missing": "missing",
                    "unaccounted": "missing", "accounted": "accounted",
                    "evacuated": "evacuated", "damaged": "damaged",
                    "destroyed": "destroyed"}


def _role_after(m: re.Match[str]) -> str:
    """The role a state said after the figure names ("271 structures damaged or destroyed"
    are counted with the destroyed; "46,410 damaged" are not)."""
    word = m.group(1).lower()
    return "destroyed" if "destroyed" in word else _ROLE_AFTER_WORD[word.split()[0]]


_GATHERING = re.compile(r"\b(?:rally|rallies|march|marches|protests?|demonstrations?|crowds?|"
                        r"marchers|protesters|demonstrators|turnout|participants|attendance|"
                        r"took\s+to\s+the\s+streets)\b", re.I)


def mention_span(c: Claim) -> tuple[str, int, int] | None:
    """The claim's sentence and the offsets of its mention in it (None if they do not fit)."""
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    return (c.sentence, a, b) if 0 <= a <= b <= len(c.sentence) else None


#: a point on the way of a race: a time there is a split, not the finishing time
_SPLIT_WORDS = (r"\bhalf-?way\b|\bsplits?\b|\blegs?\b|\bturned\s+in\b|\bat\s+the\s+(?:turn|bell)\b|"
                r"\b(?:first|second)\s+half\b")
_SPLIT_CUE = re.compile(_SPLIT_WORDS, re.I)

#: what a physical measurement measures, by the words around its number: a depth is not a
#: distance, a gust is not a sustained wind, a high is not a low
_MEASURE_CUES: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = tuple(
    (name, frozenset(dims.split()), re.compile(rx, re.I)) for name, dims, rx in (
        ("depth", "length", r"\bdepths?\b|\bdeep\b|\bshallow(?:er|est)?\b|\bbeneath\b|"
                            r"\bunderground\b|\bbelow\s+(?:the\s+)?(?:surface|ground|sea|seabed|"
                            r"sea\s+floor)\b"),
        ("distance", "length", r"\b(?:north|south|east|west)(?:-?(?:north|south|east|west)\w*)*"
                               r"\s+of\b|\baway\b|\boffshore\b|\boff\s+the\s+coast\b|"
                               r"\b(?:up|down)stream\b|\binland\b|"
                               r"\bdistance\b|\bfrom\s+the\s+(?:epicent\w+|coast|city|capital|"
                               r"border|front|edge|centre|center|outskirts|town|village|site|"
                               r"shore)"),
        # an orbit's highest point ("an apogee of 1,408 km", "a high point of about 870 miles")
        ("apogee", "length", r"\bapogee\b|\bhigh(?:est)?\s+point\b"),
        ("height", "length", r"\bhigh\b|\btall\b|\bheight\b|\baltitude\b|\belevation\b|"
                             r"\babove\s+sea\s+level\b"),
        ("length", "length", r"\blong\b|\blength\b"),
        ("rainfall", "length", r"\brain(?:fall|s)?\b|\bprecipitation\b|\bsnow(?:fall)?\b"),
        ("width", "length", r"\bwide\b|\bwidth\b"),
        ("gust", "speed", r"\bgusts?\b|\bgusting\b"),
        ("sustained", "speed", r"\bsustained\b"),
        ("high", "temperature", r"\bhighs?\b|\bmaximum\b"),
        ("low", "temperature", r"\blows?\b|\bminimum\b|\bovernight\b"),
        # a race's time at a point on the way, not at the finish ("reached halfway in
        # 1:56.95", "a breaststroke leg of 1:06.96", "ran the second half in 59:47")
        ("split", "time", _SPLIT_WORDS),
        # the land a fire has burned, which grows while it burns
        ("burned", "area", r"\b(?:burn\w*|scorch\w*|blazes?|fires?|wildfires?|charred|"
                           r"consumed|flames|ravaged|destroyed)\b"),
    ))


#: words naming a reading as the highest: no narrower than the reading itself
_EXTREMES = frozenset({"maximum", "peak", "top", "highest", "max"})
_LOWEST = frozenset({"minimum", "lowest", "min", "central"})

#: measures that tell one length from another but are taken at many places in one event
#: ("30 inches of rain" in North Carolina, "16 inches" in St. Petersburg): naming the same one
#: is no evidence of the same measurement
LOCAL_MEASURES = {"rainfall"}

#: measures every object has ("each about 14 metres long", "antennas 17.6 metres long"):
#: naming the same one says nothing of whose it is
OBJECT_MEASURES = {"length", "width", "height"}


_MODIFIED_NOUN = re.compile(r"^\)?\s*(?:\([^)]*\)\s*)?([a-z][a-z-]{2,})\b")


@_per_claim
def _modified_noun(c: Claim) -> str | None:
    """The noun a hyphenated measure modifies ("the 2,800-metre (9,186-foot) runway" ->
    "runway"): what the measure is of."""
    if c.unit_kind != "dimension":
        return None
    span = mention_span(c)
    if span is None:
        return None
    s, a, b = span
    ext = re.match(r"[-‐](?:wide|long|deep|tall|high|thick)\s+", s[b:b + 12])
    if ext:  # "the 45km-wide crater": the extent glued to the unit
        b += ext.end()
    elif not re.search(r"[\w.]\s*-\s*[A-Za-z]", c.text or ""):
        # "The avenue is about 2.8 km long": the noun the sentence says is that long; "the
        # route ran for about 3.5 km": the noun said to run that far
        left = s[max(0, a - 60):a]
        m = _MEASURED_SUBJECT.search(left)
        if m and _EXTENT_AFTER.match(s[b:b + 30]):
            return m.group(1).lower()
        m = _RUNNING_SUBJECT.search(left) if c.dimension == "length" else None
        if m:
            return m.group(1).lower()
        w = _WEIGHING.search(s[max(0, a - 120):a]) if c.dimension == "mass" else None
        if w:
            # "The capsule, about 40 cm wide and weighing about 16 kilograms": what weighs it
            owners = list(_OWNER_NOUN.finditer(w.group(1)))
            return owners[-1].group(1).lower() if owners else None
        return _glued_noun(c, s, b)
    m = _MODIFIED_NOUN.match(s[b:b + 40])
    return m.group(1).lower() if m else None


def _glued_noun(c: Claim, s: str, b: int) -> str | None:
    """The noun right after a measure that modifies it ("the 18kg capsule", "a 5 km route"),
    by the parse: the noun the unit hangs on."""
    m = _MODIFIED_NOUN.match(s[b:b + 40])
    doc = _parse(c) if m else None
    if doc is None or m is None:
        return None
    at = b + m.start(1)
    noun = next((t for t in doc if t.idx == at), None)
    unit = next((t for t in doc if t.idx < b <= t.idx + len(t.text)), None)
    if noun is None or unit is None or noun.pos_ != "NOUN" or unit.head.i != noun.i or \
            unit.dep_ not in ("compound", "nmod", "amod", "nummod"):
        return None
    return noun.lower_


#: a hedge or bound right before a measure ("about", "just under")
_MEASURE_HEDGE = (r"about|roughly|some|nearly|almost|around|approximately|more\s+than|over|"
                  r"under|just\s+over|just\s+under")
#: a definite noun, perhaps with one modifier ("the avenue", "its main runway"): group 1
_THE_NOUN = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?([a-z][a-z-]{2,})"

#: "... the capsule, ... weighing about": the owner of a weight, named before its verb
_WEIGHING = re.compile(r"^(.*)\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:" + _MEASURE_HEDGE +
                       r"|only|just)?\s*$", re.S)
_OWNER_NOUN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:[a-z-]+\s+)?"
                         r"([a-z][a-z-]{2,})\b")


_MEASURED_SUBJECT = re.compile(
    _THE_NOUN + r"\s+(?:is|was|are|were|stands|measures|runs|stretches)\s+(?:" +
    _MEASURE_HEDGE + r")?\s*$")
_RUNNING_SUBJECT = re.compile(
    _THE_NOUN + r"\s+(?:runs|ran|stretches|stretched|extends|extended)\s+(?:for\s+)?(?:" +
    _MEASURE_HEDGE + r")?\s*$")
_EXTENT_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:long|wide|tall|high|deep)\b")


@_per_claim
def measure_of(claim: Claim) -> str | None:
    """What a physical measurement measures, from the cue word nearest its number within its
    own phrase: before it ("at a depth of 22 miles", "gusts of 84 mph") with no other number in
    between, or right after it ("11 miles south of Hualien", "22 miles deep"). None for other
    claims or without a cue."""
    magnitude = claim.unit == "magnitude"
    if not magnitude and (claim.unit_kind != "dimension" or not claim.dimension):
        return None
    span = mention_span(claim)
    if span is None:
        return None
    s, a, b = span
    if magnitude:
        # the size of the main shock, or of an aftershock or foreshock ("a magnitude 6.4
        # aftershock"): the shock noun right after the number, or just before it
        if re.match(r"^[\s-]*(?:magnitude\s+)?(?:aftershocks?|foreshocks?)\b", s[b:b + 25], re.I) \
                or re.search(r"\b(?:aftershocks?|foreshocks?)\b[^.;:\d]{0,60}$",
                             s[max(0, a - 70):a], re.I):
            return "aftershock"
        if re.search(r"\b(?:main\s*(?:shock|quake|tremor)|mainshock)\b[^.;:\d]{0,30}$",
                     s[max(0, a - 45):a], re.I) or re.match(
                r"^[\s-]*(?:magnitude\s+)?(?:main\s*(?:shock|quake)|mainshock)\b", s[b:b + 25], re.I):
            return "mainshock"
        return "magnitude"
    # a conversion takes the measure of the figure it restates: "26,000 hectares (64,000
    # acres)", "32,722 hectares, or about 81,000 acres"
    conv = re.search(r"\d[\d,.]*\s*[a-zA-Z][a-zA-Z .]{0,25}?\s*(?:\(|,?\s+or\s+)(?:about|some|"
                     r"roughly|nearly|almost|around|approximately)?\s*$", s[max(0, a - 45):a])
    if conv:
        a = max(0, a - 45) + conv.start()
    # an area burned is often named at the head of a longer clause ("The blazes, sparked by
    # lightning on Monday, had grown to about 26,000 hectares")
    width = 100 if claim.dimension == "area" else 40
    # not past another number ("(EFFIS)", a name in brackets, is no break)
    before = re.split(r"\d|[;:()]", re.sub(r"\([^()\d]*\)", "", s[max(0, a - width):a]))[-1]
    parts = re.split(r"(\d|[;:()])", re.sub(r"\([^()\d]*\)", "", s[max(0, a - 120):a]))
    if claim.dimension != "area" and len(parts) > 1 and parts[-2].isdigit():
        # the phrase of the number before, up to a comma, is that number's: "the column, 65
        # kilometres north of Tonga's capital, reached 58 km" (but "the rupture was shallow,
        # at about 18 km" keeps its cue)
        before = before.split(",")[-1]
    # past a conversion in brackets, or the bracket a conversion closes: "3.5 km (2.2 miles)
    # long", "(2.2 miles) long"
    rest = re.sub(r"^\s*(?:\([^()]{0,30}\)|\))", "", s[b:b + 60])
    after = re.split(r"\d|[;:(),]", rest[:30])[0]
    best: tuple[int, str] | None = None
    for name, dims, rx in _MEASURE_CUES:
        if claim.dimension not in dims:
            continue
        for m in rx.finditer(before):
            d = len(before) - m.end()
            if best is None or d < best[0]:
                best = (d, name)
        m = rx.search(after)
        # right after the number, at most one word between: "22 miles deep", "10 miles
        # beneath", not "150 mph and gusts of"
        if m and re.fullmatch(r"[\s-]*(?:(?!and\b|or\b|but\b|while\b)\w+[\s-]+)?", after[:m.start()]) \
                and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


_POP_BEFORE = re.compile(
    r"\b(?:(?:city|town|country|nation|region|province|state|island|village|metropolis|"
    r"territory|enclave|county|district)\s+of|home\s+to|population\s+(?:of|is|was|stands\s+at)|"
    r"inhabited\s+by)\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|"
    r"fewer\s+than|less\s+than|just\s+over|just\s+under|an\s+estimated)\s+)?$", re.I)
_POP_AFTER = re.compile(r"^\s*(?:(?:inhabitants|residents|people|souls)\s*(?:who\s+)?"
                        r"(?:live|living|lives|lived)|(?:who\s+)?(?:live|living|lived))\b", re.I)


def _is_population(c: Claim) -> bool:
    """A count of the people who live somewhere: context, not a figure of the news."""
    if c.unit_kind != "count" or c.unit != "person":
        return False
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    text = c.text.lower()
    if re.search(r"\b(?:inhabitants|population)\b", text + " " + s[b:b + 15].lower()):
        return True
    return bool(_POP_BEFORE.search(s[max(0, a - 60):a]) or _POP_AFTER.match(s[b:b + 40]))


#: things that are shot down rather than destroyed
WEAPONS = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "munition", "decoy",
           "uav", "shahed", "aircraft", "jet", "plane", "helicopter", "warplane", "balloon",
           "weapon", "target"}
#: nouns for any of the above: "more than 300 projectiles" may be drones and missiles
GENERIC_WEAPONS = {"projectile", "weapon", "munition", "target"}


#: people sent somewhere to work: "some 10,000 soldiers had been deployed", "sent 500 police"
_PERSONNEL = {"troop", "soldier", "serviceman", "servicemember", "police", "policeman",
              "officer", "personnel", "guard", "marine", "firefighter", "rescuer", "responder"}


def _weapon_or_thing(role: str, claim: Claim) -> str:
    """"Destroyed 268 drones" is an interception; "destroyed 6,400 buildings" is damage;
    "deployed 10,000 soldiers" sends people, it launches nothing; "have destroyed or damaged
    more than 12,000 structures" are counted with the destroyed."""
    if role == "damaged" and re.search(r"\bdestr\w*\s+or\s+damag|\bdamag\w*\s+or\s+destr",
                                       claim.sentence, re.I):
        return "destroyed"
    if role in ("intercepted", "launched") and claim.unit_kind == "count":
        nouns = {_singular(w) for w in re.split(r"\W+", claim.counted or claim.unit or "") if w}
        if role == "intercepted" and nouns and not nouns & WEAPONS:
            return "destroyed"
        if role == "launched" and nouns and nouns <= _PERSONNEL:
            return "deployed"
    return role


def _parse(c: Claim):
    """The cached parse of a claim's sentence, or None when no parser can be loaded (then
    the parse-based evidence is simply absent)."""
    from . import nlp

    try:
        return nlp.parse(c.sentence)
    except Exception:  # noqa: BLE001
        return None


def _including_verb(c: Claim):
    """The verb of the clause a figure is set in by "including" ("40 people were killed,
    including 12 children": killed), or None."""
    span = mention_span(c)
    doc = _parse(c)
    if span is None or doc is None:
        return None
    s, a, _ = span
    m = re.search(r"\bincluding\s+(?:[\w,.-]+\s+){0,3}$", s[max(0, a - 40):a])
    if not m:
        return None
    at = max(0, a - 40) + m.start()
    inc = next((t for t in doc if t.idx == at), None)
    if inc is None:
        return None
    for t in inc.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "include":
            return t
    return None


_EPISTEMIC = {"know", "believe", "fear", "think", "presume", "confirm", "feared", "report",
              "estimate", "say", "expect"}


def _epistemic_complement(c: Claim) -> str | None:
    """The lemma under "known to have died" / "believed dead" / "feared killed"."""
    toks = _claim_tokens(c)
    if not toks:
        return None
    verb = _governing_verb(toks[0], 6)
    if verb is None or verb.lemma_.lower() not in _EPISTEMIC:
        return None
    for ch in verb.children:
        if ch.dep_ in ("xcomp", "oprd", "acomp", "ccomp"):
            return ch.lemma_.lower()
    return None


def _mention_head(toks: list):
    """The token of a claim's mention (``toks``, non-empty) that the rest hangs on: the one
    whose head lies outside the mention."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])


def _claim_tokens(c: Claim) -> list:
    """The tokens of the claim's own mention in its sentence parse ([] without a parser)."""
    doc = _parse(c)
    if doc is None:
        return []
    s = c.start - c.sentence_start
    return [t for t in doc if s <= t.idx < s + len(c.text)]


def _governing_verb(tok, steps: int):
    """Climb from ``tok`` to the nearest verb (or the root), at most ``steps`` heads up."""
    verb = tok
    for _ in range(steps):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return verb


_SUBJ_CACHE: dict[tuple[str, int], frozenset[str]] = {}
_LINKING = {"rise", "climb", "reach", "stand", "increase", "jump", "grow", "hit", "top",
            "surpass", "exceed", "be", "put", "fall", "drop", "soar", "mount", "pass", "remain",
            "stay", "go"}


def _token_at(doc, offset: int):
    """The token at (or the first after) a character offset of a parsed sentence."""
    return next((t for t in doc if t.idx <= offset < t.idx + len(t) or t.idx >= offset), None)


def subject_words(c: Claim) -> frozenset[str]:
    """Words a linking verb ties to the number: the subject of "the death toll rose to 1,644"
    and the complement of "139 people remain missing"."""
    key = (c.sentence, c.start - c.sentence_start)
    hit = _SUBJ_CACHE.get(key)
    if hit is not None:
        return hit
    out: set[str] = set()
    doc = _parse(c)
    if doc is not None:
        s = key[1]
        verb = _governing_verb(_token_at(doc, s), 4)
        if verb is not None and verb.lemma_.lower() in _LINKING:
            holders = [verb]
            if verb.dep_ == "conj" and not any(
                    ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
                # a mis-parsed long subject ("The number of people confirmed dead ... rose
                # to 64"): the subject hangs on the verb this one is conjoined to
                holders.append(verb.head)
            for holder in holders:
                for ch in holder.children:
                    if ch.dep_ in ("nsubj", "nsubjpass", "dobj") and not (
                            ch.idx <= s < ch.idx + len(ch)):
                        out |= {t.lemma_.lower() for t in ch.subtree
                                if t.pos_ in ("NOUN", "ADJ", "VERB") and not t.like_num}
                    if ch.dep_ in ("acomp", "oprd") and ch.pos_ in ("ADJ", "VERB"):
                        out.add(ch.text.lower())  # "missing", not its lemma "miss"
    res = frozenset(out)
    _SUBJ_CACHE[key] = res
    return res


def counted_key(claim: Claim) -> frozenset[str]:
    """The counted things of a count as a set of singular nouns ("missile and drone")."""
    raw = claim.counted or claim.unit or ""
    words = {_singular(w) for w in re.split(r"\s*(?:\band\b|&|,|/|\bor\b)\s*|\s+", raw) if w}
    words = {w for w in words if w and w not in STOP}
    # the head of each conjunct is its last word: "attack drone and decoy" -> drone, decoy
    heads = set()
    for part in re.split(r"\s*(?:\band\b|&|,|/|\bor\b)\s*", raw):
        toks = [t for t in re.split(r"\s+", part.strip()) if t]
        if toks:
            heads.add(_singular(toks[-1]))
    words = {w for w in heads if w and w not in STOP} or words
    if words & {"other", "others"} and claim.unit_kind == "count":
        words = (words - {"other", "others"})
        if not words and role_of(claim) in PERSON_ROLES:
            words = {"person"}
    if not words and kind_of(claim) == "count" and role_of(claim) in PERSON_ROLES:
        words = {"person"}
    residents = {w for w in words if _residents(claim, w)}
    if words & PERSON or (words and words <= set(_DEMONYMS) | residents):
        # "31 million Americans live in the path": a nationality counts people
        words = (words - PERSON - set(_DEMONYMS) - residents) | {"person"}
    if words == {"national"} and re.match(
            r"\s*(?:(?:other|more|[a-z]+ly)\s+)?foreign\s+nationals?\b",
            claim.sentence[claim.end - claim.sentence_start:][:40], re.I):
        return frozenset({"foreigner"})  # "33 foreign nationals" are 33 foreigners
    if frozenset(words) in _CUSTOMERS:
        return frozenset({"customer"})
    pred = (claim.predicate or "").lower().replace("_", " ")
    if words == {"person"} and pred in _JOB_VERBS:
        return frozenset({"job"})  # "lay off 15,000 people" is 15,000 jobs
    if words == {"person"} and pred == "vote":
        return frozenset({"vote"})  # "77 million Americans voted for Trump" is 77 million votes
    return frozenset(_CANON.get(w, w) for w in words)


#: the endings of a name for the people of a place: Kentuckians, Texans, New Yorkers, Muscovites
_RESIDENTS = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ians|ans|ers|ites|eses)")


def _residents(claim: Claim, word: str) -> bool:
    """The counted noun, as written right after the figure, names the people of a place
    ("64 Kentuckians had been confirmed dead", "2,000 Muscovites"): a count of people."""
    after = claim.sentence[claim.end - claim.sentence_start:][:40]
    m = re.match(r"\s+(?:[a-z]+\s+)?(" + _RESIDENTS.pattern + r")\b", after)
    return bool(m) and m.group(1).lower().split()[-1].startswith(word[:-1])


# --------------------------------------------------------------------------------------------
# values


_SCALED = re.compile(r"(\d[\d,.]*)\s*-?(" + "|".join(
    sorted({w.lower() for w in SCALE_ABBREV}, key=len, reverse=True)) + r")\b", re.I)


def _step(claim: Claim) -> float:
    """The step of the precision the claim states, in the claim's own units."""
    if claim.precision and claim.precision > 0:
        m = _SCALED.search(claim.text or "")
        scale = scale_of(m.group(2).lower()) if m else None
        if m and scale and "." not in m.group(1) and float(m.group(1).replace(",", "")) < 100:
            # "$10 billion" is ten billions, not a round number that could mean 12 billion
            return min(float(claim.precision), scale)
        return float(claim.precision)
    v = abs(claim.value)
    if v == 0:
        return 1.0
    if float(v).is_integer():
        n = int(v)
        step = 1
        while n % 10 == 0 and n > 0:
            n //= 10
            step *= 10
        return float(step)
    decimals = len(repr(v).split(".")[1]) if "." in repr(v) else 0
    return 10.0 ** -min(decimals, 6)


#: how far (relative) a figure of one significant digit reaches, hedged or not: "$1 billion"
#: is not $1.1 billion, "about 50,000" not 45,000
ONE_DIGIT_TOLERANCE = 0.08


#: hedges that put a figure just below what is said: "almost four seconds", "nearly $60bn"
_JUST_UNDER = re.compile(r"^(?:almost|nearly|just\s+(?:under|shy\s+of|below)|not\s+quite)\b",
                         re.I)


def interval(claim: Claim, strict: bool = False) -> tuple[float, float]:
    """The interval of values the claim is compatible with, in its own units.

    ``strict`` closes open bounds at the next step ("at least 2" -> [2, 3]): used when it is
    not certain that two claims measure the same thing, so that "at least 2" does not agree
    with any larger number of something else.
    """
    v = claim.value
    if (is_fraction(claim) or claim.fraction and 0 < v < 1) and (
            claim.low is None or claim.high is None or claim.low == claim.high):
        # "a fifth" is a fifth (a percentage compared with it gets a point or two of slack),
        # "half an hour" half an hour and "a quarter of a century" 25 years, not anything
        # within one unit; "about a third" a few points either way; "more than half" up to
        # the next share a writer would name instead, a tenth on
        # (of a unit: "about half an hour" is 25-35 minutes)
        tol = 0.03 if is_fraction(claim) else 0.15 * v
        return {">": (v, v + 0.1), ">=": (v, v + 0.1), "<": (v - 0.1, v), "<=": (v - 0.1, v),
                "~": (v - tol, v + tol)}.get(claim.qualifier, (v, v))
    p = _step(claim)
    # a figure rounded to its step: "500", "94.9 billion"; a small count like "10" is exact
    # below a thousand only a one-digit figure ("500") reads as rounded; "410 seats" is exact
    rounded = (p >= 10 and abs(v) >= 100 and abs(v) <= 9 * p) or abs(v) >= 1000 or p < 1
    q = claim.qualifier
    lo = claim.low if claim.low is not None else v
    hi = claim.high if claim.high is not None else v
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        return (min(lo, hi), max(lo, hi))
    # "more than 80" excludes 80 itself, so it does not meet "more than 70" = (70, 80]
    tiny = 1e-7 * max(abs(v), 1.0)
    if q in (">", ">="):
        upper = lo + p if (strict or p >= 10 or p < 1 or abs(lo) >= 1000) else math.inf
        return (lo + (tiny if q == ">" else 0.0), upper)
    if q in ("<", "<="):
        # below a power of ten the step is a tenth of it: "up to 100 billion francs" is
        # above 90 billion, not any amount down to nothing
        below = p / 10 if abs(hi) < 2 * p else p
        lower = hi - below if (strict or p >= 10 or p < 1 or abs(hi) >= 1000) else -math.inf
        return (lower, hi - (tiny if q == "<" else 0.0))
    if q == "~" or claim.approximate:
        # "about 7,000" covers most of a step either side, not the next round number;
        # "about 60%" is 58.5-61.5%, not anything from 52.5% to 67.5%
        if claim.unit_kind in ("percentage", "percentage_point") and abs(v) <= 100:
            p = min(p, 2.0)
        # a one-digit figure's step is the figure itself: "about 1 billion" is not 642
        # million, so no hedge stretches beyond a quarter of the figure
        tol = min(max(0.75 * p, 0.01 * abs(v)), 0.25 * abs(v))
        if abs(v) >= p and abs(v) / p < 10:
            # one significant digit: "about 50,000" is said of 46,000-54,000, "about four
            # seconds" of 3.7-4.3; 45,000 is written "about 45,000" (Credit Suisse's staff:
            # one report 45,000, another 50,000)
            tol = min(tol, ONE_DIGIT_TOLERANCE * abs(v))
        if _JUST_UNDER.match(claim.text) and v > 0:
            # "almost four seconds", "nearly three": up to the figure, not past it ("nearly
            # 2,000 officers" is no "more than 2,000")
            return (v - tol, v)
        return (v - tol, v + tol)
    if not rounded and claim.unit_kind != "count" and p >= 1:
        # "up 10%", "$5 a share", "7 hours": whole numbers of a measure are rounded to the unit
        rounded, p = True, 1.0
    if rounded:
        # half-open in effect: 7.8 and 7.7 (each to one decimal) do not meet at 7.75
        tol = 0.49 * p
        if abs(v) >= p and abs(v) / p < 10:
            # one significant digit and no hedge ("$1 billion", "2,000 people"): said of a
            # figure close to it; $1.48 billion is written "nearly $1.5 billion"
            tol = min(tol, ONE_DIGIT_TOLERANCE * abs(v))
        return (v - tol, v + tol)
    return (v, v)


def _scale(claim: Claim) -> float:
    """Factor from the claim's units to the base unit of its dimension (1 when unknown)."""
    if claim.si_value is not None and claim.value:
        return claim.si_value / claim.value
    return 1.0


def si_interval(claim: Claim, strict: bool = False) -> tuple[float, float]:
    lo, hi = interval(claim, strict)
    conv = SI.get(claim.unit) if claim.si_value is not None else None
    if conv is not None and conv[2]:
        # an affine scale (degrees Celsius or Fahrenheit to kelvin): the offset must not widen
        # the tolerance, so convert the ends, not the ratio of the value
        _, f, off = conv
        a, b = lo * f + off, hi * f + off
    else:
        f = _scale(claim)
        a, b = lo * f, hi * f
    return (min(a, b), max(a, b))


def _is_range(c: Claim) -> bool:
    """A figure given as a range ("$26.1bn to $26.9bn", "76-88 seats")."""
    return c.low is not None and c.high is not None and c.low != c.high


def _overlap(x: tuple[float, float], y: tuple[float, float], rel: float = 1e-9) -> bool:
    slack = rel * max(abs(x[0]), abs(x[1]) if math.isfinite(x[1]) else 0,
                      abs(y[0]), abs(y[1]) if math.isfinite(y[1]) else 0, 1e-12)
    return x[0] <= y[1] + slack and y[0] <= x[1] + slack


def fmt_value(claim: Claim) -> str:
    """Human form: 'more than 500 drone'."""
    words = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most",
             "~": "about", "up": "up", "down": "down"}
    v = claim.value
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        num = f"{_num(claim.low)}–{_num(claim.high)}"
    else:
        num = _num(v)
    q = words.get(claim.qualifier, "")
    unit = claim.unit or ""
    if claim.unit_kind == "count" and unit and v != 1:
        unit = " and ".join(_plural(w) for w in unit.split(" and "))
    return " ".join(x for x in (q, num, unit) if x)


def _plural(noun: str) -> str:
    """English plural of a counted noun, for display."""
    if noun == "person":
        return "people"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _num(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.6g}" if abs(v) < 1e6 else f"{v:,.0f}"


# --------------------------------------------------------------------------------------------
# event and quantity identity


@dataclass(frozen=True)
class Judgement:
    related: bool
    why: str = ""
    detail: str = ""  # for "ambiguous": which evidence was weak (shown by evaluate --explain)


#: a day and month in a year counted from the report's ("on 19 August last year")
_DAY_OF_YEAR_NAMED = re.compile(r"(?:\b\d{1,2}\s+[A-Z][a-z]+\.?|\b[A-Z][a-z]+\.?\s+\d{1,2})\s+"
                                r"(?:last|this|next)\s+year\b")
#: expressions that name a comparison base ("up 6% from a year earlier"), not the event
_COMPARISON = re.compile(
    r"\b(?:earlier|ago|before|(?:previous|prior)(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"last year|a year|year-on-year|year over year)\b",
    re.I,
)  # "the previous Sunday" names a day; "the previous quarter" is a comparison base


def _day_level(t: TimeRef | None, sentence: str = "") -> bool:
    """A time precise to a day or two that names the event itself (not a comparison base,
    nor the end of a reporting period: "the quarter ended Dec. 31")."""
    if t is None or t.start is None:
        return False
    if _COMPARISON.search(t.text or "") and not _DAY_OF_YEAR_NAMED.search(t.text or "") and not (
            sentence and t.text and t.source == "sentence" and
            re.match(r"\W*" + re.escape(t.text) + r"(?:\s*,|\s+(?!than\b|that\b|when\b)[\w\"“])",
                     sentence, re.I)):
        # "up from 12 a week earlier" is a comparison base; "A week earlier, the organisers
        # had estimated 1.03 million", "Two weeks ago Tusk led ... a march of about 1
        # million" open the sentence with the time of its news
        return False
    if sentence and t.text and re.search(
            r"\b(?:ended|ending|ends|through|as of)\s+(?:on\s+)?" + re.escape(t.text),
            sentence, re.I):
        return False
    return _span_days(t) <= 2


_YEAR_AGO = re.compile(r"\b(?:year-ago|year-earlier|prior-year|a\s+year\s+(?:earlier|ago|before)|"
                       r"last\s+year|(?:the\s+)?previous\s+year)\b", re.I)


def _background_day(c: Claim, t: TimeRef, arts: dict[str, Article], cfg: Config) -> bool:
    """The figure's own sentence dates it more than a few days before its report was
    published, and not as the day it was reported."""
    pub = arts[c.article].published
    return bool(pub and t.source == "sentence" and t.start is not None and
                (pub.date() - (t.end or t.start)).days > cfg.max_event_gap_days and
                not _report_time(c, t))


def _same_days_news(x: Article, y: Article) -> bool:
    """The two reports came out within a day of each other."""
    return x.published is not None and y.published is not None and \
        abs((x.published.date() - y.published.date()).days) <= 1


#: words that set a clause before or after another time ("less than two weeks after a drone
#: hit ..., killing 12"): a figure dated only by its report may still be a past event's
_SEQUENCED = re.compile(r"\b(?:after|before|since|ago|earlier|previous|last)\b", re.I)


def _published_by(art: Article, day: dt.date, slack: int) -> bool:
    """The article came out no more than ``slack`` days after ``day``."""
    return art.published is not None and (art.published.date() - day).days <= slack


def _after_base_marker(c: Claim, t: TimeRef) -> bool:
    """The time follows a comparison marker ("grew 122% from the same quarter last year"):
    it dates what the figure is compared with, not the figure."""
    k = c.sentence.find(t.text) if t.text else -1
    return k > 0 and bool(re.search(
        r"\b(?:from|than|over|versus|vs\.?|against|compared\s+(?:with|to))\b[^\d,;:]*$",
        c.sentence[max(0, k - 40):k], re.I))


def _days_apart(ta: TimeRef, tb: TimeRef) -> int:
    """Days from the end of one dated time to the start of the other, whichever comes first
    (zero or less when they overlap)."""
    assert ta.start is not None and tb.start is not None
    return max((tb.start - (ta.end or ta.start)).days, (ta.start - (tb.end or tb.start)).days)


#: a time that is the edge of a span ("since 2019", "until March"), not when a figure held
_SPAN_EDGE = re.compile(r"\s*(?:since|from|until|before|after)\b", re.I)


def _years(t: TimeRef | None) -> set[int]:
    """Years a claim's own time names ("a 1957 flood", "in 2021")."""
    if t is None or t.source not in ("sentence", "context"):
        return set()
    if _SPAN_EDGE.match(t.text or ""):
        return set()  # a span's edge, not the event's year
    return _years_in(t.text or "")


def _years_in(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)}


def _dated_year(t: TimeRef | None, sentence: str, other_named: bool) -> bool:
    """Whether a claim's time gives its year: a day, or (when the other claim names a year)
    any date of the claim's own words within one year that is not a span's edge."""
    if t is None or not t.start:
        return False
    if _day_level(t, sentence):
        return True
    # (a span from a date is no year of its own, but one from the year's start is the year
    # to date: "106 women killed since the start of the year" is not 2022's 125)
    return other_named and t.source in ("sentence", "context") and bool(t.end) and \
        t.end.year == t.start.year and not _years(t) and (
            not re.match(r"\s*(?:since|from)\b", t.text or "", re.I) or
            (t.start.month, t.start.day) == (1, 1))


def _event_year(t: TimeRef | None) -> bool:
    """The time is a year naming an event ("the 2002 siege")."""
    return bool(t is not None and re.fullmatch(r"(?:the|a|its|their)\s+\d{4}", t.text or "", re.I))


def _claim_years(c: Claim, t: TimeRef | None) -> set[int]:
    """Years of a claim's own time; "since the Beslan siege of 2004, when 333 people died"
    dates the figure of the "when" clause to 2004, not to a span from 2004."""
    ys = _years(t)
    if ys or t is None or t.source not in ("sentence", "context") or not t.text:
        return ys
    m = re.search(re.escape(t.text) + r"\s*,?\s*(?:when|in\s+which|where)\b", c.sentence)
    if m and re.match(r"\s*since\b", t.text, re.I) and \
            c.start - c.sentence_start >= m.end():
        return _years_in(t.text)
    return ys


#: similarity two claims need for a conflict when neither has any time
NO_TIME_SIMILARITY = 0.8


def _has_time(c: Claim, arts: dict[str, Article]) -> bool:
    t = c.time
    return bool(arts[c.article].published or (t and (t.start or t.weekday is not None)))


#: dimensions of a state that changes from hour to hour (a storm's winds, the air's temperature,
#: a pressure): figures for different days are different measurements, never a conflict
STATE_DIMENSIONS = {"speed", "temperature", "pressure"}


def _since_a_date(tx: TimeRef) -> bool:
    """A total since a date the text names ("more than 37,100 killed in Gaza since October"
    in June, vs "274 killed on Sunday"); how long before the other figure's day is checked
    where this is used."""
    return bool(re.match(r"\s*since\b", tx.text or "", re.I)) and tx.start is not None


def _dated_apart_from(y: Claim, ty: TimeRef, total: Claim) -> bool:
    """``y``'s day sets it apart from a running or period total: its own sentence (or the one
    before) dates it, or only its report does and it is a tenth of the total or less. A figure
    dated only by its report may be the total told again ("the UN says 10,000 civilians have
    been killed"), but not "6 people were wounded" in a strike vs "more than 17,700 people
    injured since Russia's full-scale invasion", or "more than 70" vs "1,146 injured during
    the month"."""
    return ty.source in ("sentence", "context") or (
        ty.source == "article" and y.value * 10 <= total.value)


def _read_then(c: Claim) -> bool:
    """The figure is a count read at its time ("the number of people confirmed dead climbed
    to 55 on Friday", "the toll stood at 114"): the day is the reading's, not the event's."""
    return (c.predicate or "").lower().split("_")[0] in _LINKING


def _report_time(c: Claim, t: TimeRef) -> bool:
    """The time is when the figure was reported ("authorities said on Saturday"), not when
    it was measured."""
    return bool(t.text and re.search(
        r"\b(?:said|says|told|announced|reported|confirmed|added|stated)\s+(?:late\s+|early\s+)?"
        + re.escape(t.text), c.sentence, re.I))


_DEAL_NOUN_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:a|per)[- ]share\s+|(?:all-)?cash(?:-and-stock)?\s+|cash\s+and\s+stock\s+|"
    r"takeover\s+|buyout\s+|equity\s+)?(?:offer|bid|deal|acquisition|takeover|purchase|merger|"
    r"buyout|proposal|transaction|agreement)s?\b", re.I)
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|this|that|whose)|[A-Z][\w.&-]*(?:'s|’s))\s+"
    r"(?:(?:roughly|nearly|about|some|almost|around|approximately|proposed|agreed|planned|"
    r"rejected|original|initial|all-cash|hostile)\s+)*$")


def is_deal_attribute(c: Claim) -> bool:
    """A money figure that names a deal it belongs to ("the $14.9 billion deal", "its nearly
    $69 billion acquisition", "the $55-a-share offer"): a standing property of the deal, said
    again whenever the deal is, so the day of the sentence is not the day of the figure."""
    if c.unit_kind != "currency":
        return False
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    if re.match(r"\s*(?:per|a)\s+share\s+in\s+cash\b|\s*in\s+cash\s+(?:per|a)\s+share\b",
                s[b:b + 30]) or (re.search(r"\b(?:per|a)[- ]share$", s[a:b]) and
                                 re.match(r"\s+in\s+cash\b", s[b:b + 12])):
        return True  # "$157 per share in cash": the price of a takeover, whenever it is told
    # "its $20bn (£15.8bn) takeover": the conversion in brackets is the same figure
    after = _BRACKETED_AFTER.sub("", s[b:b + 70], count=1)
    if (m := _BRACKETED_BEFORE.search(s[max(0, a - 40):a])) is not None:
        a, after = a - len(m.group(0)), re.sub(r"^[^)]*\)", "", after, count=1)
    if _FEE_AFTER.match(after):
        return True  # "a $1 billion termination fee": owed under the deal whenever it is told
    return bool(_DEAL_NOUN_AFTER.match(after) and _DEFINITE_BEFORE.search(s[max(0, a - 40):a]))


#: a figure's conversion in brackets after it, or the figure a bracketed conversion follows
_BRACKETED_AFTER = re.compile(r"^\s*\([^()]{1,30}\)")
_BRACKETED_BEFORE = re.compile(r"\S+\s*\(\s*$")
#: the fee a deal sets for walking away from it
_FEE_AFTER = re.compile(r"^\s*(?:(?:reverse|regulatory)\s+)?(?:termination|break(?:-?up)?)\s+"
                        r"fees?\b", re.I)


#: a figure of the past named as such, not dated: "the previous record", "the old mark"
_HISTORICAL = re.compile(r"\b(?:previous|prior|former|old|earlier)\s+(?:[\w-]+\s+){0,2}"
                         r"(?:record|mark|high|best|peak|low|benchmark)s?\b", re.I)


def _period_end(c: Claim, t: TimeRef | None, art: Article) -> bool:
    """The claim's date is where a reporting period ends ("the quarter to June 29", "three
    months ended March 31"): for money and rates that is the period, not the day of the news."""
    if t is None or not t.text or c.unit_kind not in ("currency", "percentage",
                                                      "percentage_point"):
        return False
    return _ends_period(c.sentence, t.text) or _ends_period(art.text or "", t.text)


@functools.lru_cache(maxsize=4096)
def _ends_period(text: str, date: str) -> bool:
    """Whether ``text`` names ``date`` as the end of a reporting period (asked once per claim
    pair, so the article's text is scanned once per date, not once per pair)."""
    return bool(re.search(r"\b(?:quarter|period|months|year|half)\s+(?:to|ended|ending|through|"
                          r"that\s+ended)\s+" + re.escape(date), text))


#: the start of a long-running story a running total counts from: "since the start of the
#: invasion", "since the war began"
_SINCE_LONG_AGO = re.compile(
    # ("since Russia's full-scale invasion": whose war it is may come first)
    r"\s*since\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:start|beginning|outbreak|onset)\b|"
    r"(?:full-scale\s+)?"
    r"(?:invasion|war|conflict|pandemic|campaign|offensive|protests?|demonstrations?|unrest|"
    r"uprising|crackdown|strikes?|walkout|siege|occupation|lockdown|fighting)\b)", re.I)


#: a count over a whole period its clause names ("killed and 1,146 injured during the month")
_PERIOD_TOTAL = re.compile(
    r"\b(?:during|over|in|for|throughout|across)\s+the\s+(?:whole\s+|entire\s+|same\s+)?"
    r"(?:month|year|week|quarter)\b", re.I)


def _period_total(c: Claim) -> bool:
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    m = re.search(r";|,\s|\s[-\u2013\u2014]\s", s[b:])
    return bool(_PERIOD_TOTAL.search(s[b:b + m.start()] if m else s[b:]))


_QUARTER_NAMED = re.compile(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|"
                            r"Q([1-4])|(?P<mr>Jan(?:uary)?(?=[-\u2013\s]+(?:to\s+)?Mar)|"
                            r"Apr(?:il)?(?=[-\u2013\s]+(?:to\s+)?June?\b)|"
                            r"Jul(?:y)?(?=[-\u2013\s]+(?:to\s+)?Sep)|"
                            r"Oct(?:ober)?(?=[-\u2013\s]+(?:to\s+)?Dec))[-\u2013\s]+(?:to\s+)?"
                            r"[A-Za-z]+\.?\s+(?:quarter|period|three\s+months))\b", re.I)
#: a quarter named by its months ("the April-June quarter"): calendar months, which a fiscal
#: year's quarter numbers do not follow (Microsoft's fiscal first quarter is July-September)
_CALENDAR_QUARTER = {"jan": 11, "apr": 12, "jul": 13, "oct": 14}
_QUARTER_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "4th": 4}
#: a quarter named from the report's own ("the current quarter", "next quarter")
_RELATIVE_QUARTER = re.compile(r"\b(?:current|next|coming|this|following|previous|prior|"
                               r"preceding|same|year-ago|year-earlier)\s+quarter\b", re.I)


#: a quarter told right after a figure with its noun left out: "... down from 47% in the third"
_QUARTER_ELLIPSIS = re.compile(r"\s+in\s+the\s+(first|second|third|fourth)\b(?!\s*-?\s*[A-Za-z])",
                               re.I)


def _quarter_number(m: re.Match[str]) -> int:
    if m.group("mr"):
        return _CALENDAR_QUARTER[m.group("mr")[:3].lower()]
    return _QUARTER_NUMBER[m.group(1).lower()] if m.group(1) else int(m.group(2))


def _quarters_differ(qa: int, qb: int, arts: tuple[Article, Article]) -> bool:
    """Two quarters told are different ones: numbered alike ("Q2" vs "third quarter", "April-
    June" vs "January-March"), or one by number and one by months in stories that say nothing
    of a fiscal year (a calendar year's second quarter is April-June)."""
    if (qa > 10) == (qb > 10):
        return qa != qb
    if any(re.search(r"\bfiscal\b", x.text, re.I) for x in arts):
        return False
    return qa % 10 != qb % 10


def _another_figures_quarter(c: Claim, m: re.Match[str]) -> bool:
    """The quarter is named in a clause that tells of another figure, set after this one:
    "profit of NT$325.26 billion, ... 31.2 percent higher than the NT$247.85 billion it earned
    in the second quarter" (the quarter is the NT$247.85 billion's, not the profit's)."""
    span = mention_span(c)
    doc = _parse(c)
    if span is None or doc is None or m.start() < span[2]:
        return False
    tok = _token_at(doc, m.start())
    for anc in tok.ancestors if tok is not None else ():
        if anc.dep_ in ("relcl", "acl") and anc.pos_ in ("VERB", "AUX"):
            head = anc.head
            return span[2] <= head.idx < m.start() and (
                any(ch.isdigit() for ch in head.text) or head.pos_ == "NUM" or any(
                    x.dep_ in ("nummod", "compound") and any(ch.isdigit() for ch in x.text)
                    for x in head.children))
    return False


def _quarter_told(sentence: str, own: bool, c: Claim | None = None) -> int | None:
    """The one quarter a sentence reports on: named once, not as a comparison base ("compared
    with the fourth quarter") nor relative to the report ("the current quarter"); a sentence
    before the figure's (not ``own``) must give no forecast. With the claim ``c`` of the
    sentence, a quarter another figure's clause names is not its own."""
    if _RELATIVE_QUARTER.search(sentence) or not own and \
            re.search(r"\b(?:forecast|guidance|outlook|expects?|expected|sees|projected|"
                      r"estimates?)\b", sentence, re.I):
        return None
    found = set()
    for m in _QUARTER_NAMED.finditer(sentence):
        if c is not None and _another_figures_quarter(c, m):
            continue
        if re.search(r"\b(?:compared\s+(?:with|to)|from|than|over|versus|vs\.?|since)\s+"
                     r"(?:the\s+|its\s+)?$", sentence[max(0, m.start() - 30):m.start()], re.I):
            return None
        found.add(_quarter_number(m))
    return found.pop() if len(found) == 1 else None


def fiscal_quarter(c: Claim, art: Article) -> int | None:
    """The quarter a money or percentage figure reports: the one its sentence names ("Fourth-
    quarter revenue fell 7%"), else the one the sentence before it in its paragraph names
    ("... in the third quarter. Revenue fell 6% to $13.3 billion"). None when either names
    none, several, a comparison base, a quarter relative to the report's ("the current
    quarter") or a forecast's, and for a forecast."""
    if c.unit_kind not in ("currency", "percentage", "percentage_point") or is_expectation(c):
        return None
    ellipsis = _QUARTER_ELLIPSIS.match(c.sentence[c.end - c.sentence_start:])
    if ellipsis and re.search(r"\bquarter\b", c.sentence, re.I):
        # "27% of system sales in the fourth quarter, down from 47% in the third": the quarter
        # the figure's own words name, its noun left out
        return _QUARTER_NUMBER[ellipsis.group(1).lower()]
    if _QUARTER_NAMED.search(c.sentence) or _RELATIVE_QUARTER.search(c.sentence):
        return _quarter_told(c.sentence, True, c)
    text = art.text
    para = text.rfind("\n\n", 0, c.sentence_start) + 1
    before = [x for x in re.split(r"(?<=[.!?])\s+", text[para:c.sentence_start].strip()) if x]
    return _quarter_told(before[-1], False) if before else None


@_per_claim
def _age_now(c: Claim) -> bool:
    """The figure is someone's age said as an attribute ("the 37-year-old Kenyan")."""
    span = mention_span(c)
    return c.unit == "year" and span is not None and \
        re.match(r"^\d+[\s-]+years?[\s-]+old\b", span[0][span[1]:span[1] + 30], re.I) is not None


@_per_claim
def _age_then(c: Claim) -> bool:
    """An age told as someone's at an earlier time: "then a 19-year-old unknown"."""
    span = mention_span(c)
    return _age_now(c) and span is not None and \
        re.search(r"\bthen\s+(?:an?\s+|aged\s+)?$", span[0][max(0, span[1] - 12):span[1]],
                  re.I) is not None


#: the rounds of a competition a time may be set in
_ROUND = re.compile(r"\b(?:(?P<semi>semi-?finals?)|(?P<quarter>quarter-?finals?)|(?P<heat>heats?)|"
                    r"(?P<qual>qualif(?:ying|ication)|prelim(?:inary|inaries|s)?|"
                    r"repechages?)|(?P<final>finals?))\b", re.I)


@_per_claim
def race_round(c: Claim) -> str | None:
    """Which round of a race a time was run in: the round named right after the figure ("ran
    9.79 in the final"), else the one the sentence names last before it ("Lyles finished
    second in his semi-final in 9.83"); "?" when the words before name several rounds; None
    for no round named or for what is not a race's time."""
    if c.dimension != "time" or c.unit not in ("second", "minute", "hour"):
        return None  # (not "she raced 62 km in nine days": a span of the whole meeting)
    span = mention_span(c)
    if span is None:
        return None
    s, a, b = span
    doc = _parse(c)
    if doc is None:
        return None

    def rounds(lo: int, hi: int) -> list[str]:
        # a round named for itself, not a word set before a noun: not "the heat shield",
        # "for the final time"
        out = []
        for m in _ROUND.finditer(s, lo, hi):
            tok = _token_at(doc, m.end() - 1)  # ("semi-final": its last word)
            if tok is not None and tok.dep_ not in ("compound", "amod") and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
                out.append(next(k for k, v in m.groupdict().items() if v))
        return out

    _, end = figure_stretch(s, a, b, _CLAUSE_BREAK)
    # the round right after the figure is its own ("he ran 9.79 in the final", after "After
    # winning his heat, ..."); else the last one named before it, unless that names several
    # ("add up the heats and finals")
    after = rounds(b, min(end, b + 40))
    if after:
        return after[0]
    before = rounds(0, a)
    if not before:
        return None
    if len(before) > 1 and before[-1] != before[-2]:
        return "?"  # (several rounds named: which is unknown)
    return before[-1]


def same_event(a: Claim, b: Claim, arts: dict[str, Article], cfg: Config) -> Judgement:
    if same_named_event(a.event, b.event) is False:
        return Judgement(False, f"different events ({a.event} vs {b.event})")
    for x, y in ((a, b), (b, a)):
        yr = re.search(r"\b(1[89]\d\d|20\d\d)\b", x.event or "")
        if yr and not y.event and y.time is not None and y.time.start is not None and \
                y.time.source in ("sentence", "context") and \
                abs(y.time.start.year - int(yr.group(1))) > 1:
            # "the 1934 Nepal-Bihar earthquake, estimated at magnitude 8.4" vs "A magnitude
            # 7.8 earthquake struck Nepal ... on Saturday": an event its name dates to
            # another year
            return Judgement(False, f"different events ({x.event} vs one of "
                                    f"{y.time.start.year})")
    ka, kb = event_kind(a), event_kind(b)
    if ka and kb and ka != kb:
        return Judgement(False, f"different kinds of event ({ka} vs {kb})")
    ra, rb = race_round(a), race_round(b)
    if ra != rb and "?" not in (ra, rb) and (ra not in (None, "final") or
                                            rb not in (None, "final")):
        # "winning his semi-final in 9.81" vs "Kerley's bronze-medal 9.81" (the final, the
        # story's race): times of different rounds of a competition
        return Judgement(False, f"different rounds ({ra or 'final'} vs {rb or 'final'})")
    qa, qb = fiscal_quarter(a, arts[a.article]), fiscal_quarter(b, arts[b.article])
    if qa and qb and _quarters_differ(qa, qb, (arts[a.article], arts[b.article])):
        # "Revenue fell 6% to $13.3 billion" in a third-quarter story vs "Fourth-quarter
        # revenue fell 7% to $14.3 billion"
        return Judgement(False, f"different quarters (Q{qa % 10} vs Q{qb % 10})")
    for x, y in ((a, b), (b, a)):
        if x.event and not y.event and _several_of(y.sentence, x.event):
            # "the Eaton fire has destroyed 7,000" vs "together the fires destroyed 12,000"
            return Judgement(False, f"one event vs several ({x.event} vs all of them)")
    if is_deal_attribute(a) or is_deal_attribute(b):
        return Judgement(True)  # the deal's figure, whenever the deal is mentioned again
    ta, tb = a.time, b.time
    # "in the quarter to June 29": the end of a reporting period, not the day of the news
    ta, tb = (None if _period_end(x, t, arts[x.article]) else t for x, t in ((a, ta), (b, tb)))
    for x, y in ((a, b), (b, a)):
        if _age_then(x) and _age_now(y) and not _age_then(y):
            # "Marchand, then a 19-year-old unknown" vs "the 21-year-old Frenchman": an age
            # told as it was at an earlier time
            return Judgement(False, "an age at an earlier time vs one now")
    # "the 37-year-old Kenyan ran 2:01:39 on this course in 2018": an age said of someone is
    # their age when the report is written, whatever else the sentence dates
    ta, tb = (None if _age_now(x) else t for x, t in ((a, ta), (b, tb)))
    # a year after publication is a plan's target ("savings of $10bn in 2025"), not when the
    # news happened: it does not set the two reports apart
    if _after_publication(ta, arts[a.article]) or _after_publication(tb, arts[b.article]):
        ta = tb = None
    for x, tx, ty in ((a, ta, tb), (b, tb, ta)):
        if _years(ty) and not _years(tx) and _HISTORICAL.search(x.sentence) and \
                (tx is None or tx.source in ("article", "published")):
            # "beat the previous national record of 38.7C" / "the record set in 2019": a past
            # figure named without its year, whatever day the report itself carries
            return Judgement(True)
    for x, y, tx, ty in ((a, b, ta, tb), (b, a, tb, ta)):
        if tx is not None and (_SINCE_LONG_AGO.match(tx.text or "") or (
                _since_a_date(tx) and not _same_value(x, y))) and \
                x.unit_kind == "count" and tx.source == "sentence" and ty is not None and \
                _dated_apart_from(y, ty, x) and _day_level(ty, y.sentence) \
                and not re.match(r"\s*since\b", ty.text or "", re.I) and \
                (tx.start is None or (ty.start - tx.start).days > 14):
            # "more than 210 missiles since the start of the invasion" vs "38 missiles on
            # Saturday": a running total is not one day's figure
            return Judgement(False, f"a total since a date vs one day's ({tx.text} vs {ty.text})")
    for x, y, tx, ty in ((a, b, ta, tb), (b, a, tb, ta)):
        if x.unit_kind == "count" and _period_total(x) and not _period_total(y) and \
                ty is not None and _dated_apart_from(y, ty, x) and \
                _day_level(ty, y.sentence) and not _day_level(tx, x.sentence):
            # "at least 209 civilians were killed ... during the month" vs "killing 20 people
            # on 4 April": a month's total is not one day's figure
            return Judgement(False, f"a period's total vs one day's ({ty.text})")
    ya, yb = _claim_years(a, ta), _claim_years(b, tb)
    named = bool(ya or yb)
    # ("In 2003, ... police said 350,000" vs "a week earlier": the other side's year is
    # explicit, so this side's own dating, even a relative one, says which year it is)
    if not ya and _dated_year(ta, a.sentence, bool(yb)):
        ya = {ta.start.year}  # type: ignore[union-attr]
    if not yb and _dated_year(tb, b.sentence, bool(ya)):
        yb = {tb.start.year}  # type: ignore[union-attr]
    if named and ya and yb and not (ya & yb) and not (
            (_event_year(ta) or _event_year(tb)) and
            min(abs(x - y) for x in ya for y in yb) < 2):
        # (an event named by its year, "the 2024 election", is still news a few weeks into
        # the next year: only a past event two or more years back is set apart by it)
        if _year_only_loosely_apart(a, b, ta, tb, ya, yb):
            return Judgement(True, LOOSELY_DATED)
        undated = [x for x, t in ((a, ta), (b, tb)) if t is not None and t.source in _INHERITED]
        if len(undated) == 1 and not re.search(r"\b(?:1[89]|20)\d\d\b", undated[0].sentence) and \
                _retold_figure(a, b):
            # "the 1931 Hawke's Bay earthquake, in which 256 people died" and, in a report
            # dated only by its own day, "the quake that killed 256 people in Napier" told
            # without the year: a fact told again may agree, never conflict or revise (not
            # when its sentence names a year of its own: "The BJP won 303 seats, more than the
            # 282 it won in 2014" is this year's figure)
            return Judgement(True, PAST_TOLD_AGAIN)
        return Judgement(False, f"different years ({ta and ta.text} vs {tb and tb.text})")
    for x, tx, y, ty in ((a, ta, b, tb), (b, tb, a, ta)):
        if tx is not None and ty is not None and tx.source == "sentence" and \
                tx.start is not None and ty.start is not None and _span_days(tx) >= 300 and \
                not _SPAN_EDGE.match(tx.text or "") and \
                ty.source in ("sentence", "context") and _day_level(ty, y.sentence) and \
                _days_apart(tx, ty) > 30 and not _after_base_marker(x, tx) and \
                not _YEAR_AGO.search(y.sentence):
            # "Last year's Tubbs Fire killed 22 people" vs "killing at least nine on Friday":
            # a year its sentence names, well apart from the other figure's day (unless the
            # day's sentence also gives a year-ago figure: "$7,192 million in the year-ago
            # period, the company reported on Wednesday")
            return Judgement(False, f"a year apart from the other's day ({tx.text} vs {ty.text})")
    if _static_pair(a, b) and all(t is None or t.source in ("article", "published")
                                  for t in (ta, tb)):
        # a ship's length, a crew, a contract's term: a date only inherited from the report
        # says when it was written, not when the figure held
        return Judgement(True)
    if _static_pair(a, b) and a.unit_kind == b.unit_kind == "dimension" and (
            is_attribute(a) or is_attribute(b)) and ta is not None and tb is not None and \
            ta.start and tb.start and _days_apart(ta, tb) > 0:
        # "The 4-pound (1.8-kilogram) helicopter made a brief hop on Jan. 18" and "the
        # 1.8-kilogram helicopter" in a review a year on: the day is the hop's, the weight the
        # helicopter's, which stays what it was: told of the same thing ("the Army's 190-foot
        # Bailey bridge" months later disputes "the 100-metre bridge") it is compared whole;
        # of a thing named otherwise ("the 1.8kg craft") it may agree, never conflict
        na, nb = attribute_noun(a), attribute_noun(b)
        return Judgement(True) if na == nb or None in (na, nb) else \
            Judgement(True, LOOSELY_DATED)
    if _day_level(ta, a.sentence) and _day_level(tb, b.sentence):
        assert ta is not None and tb is not None and ta.start and tb.start
        # a sentence's time is often when something was reported ("the toll rose to 93 on
        # Sunday") or confirmed, not when it happened: allow a few days, a fortnight for an
        # evolving figure or a date only inherited from the article
        gap = cfg.max_event_gap_days
        # (an area burned grows over days as a toll does, and so does a running count:
        # "more than 60 aftershocks by early Sunday", "1,034 aftershocks by April 28")
        tallies = role_of(a) is None and role_of(b) is None and \
            is_running_tally(a) and is_running_tally(b)
        evolving = (role_of(a) in EVOLVING and role_of(a) == role_of(b)) or \
            measure_of(a) == measure_of(b) == "burned" or tallies
        if evolving and not tallies and any(_background_day(x, t, arts, cfg)
                                            for x, t in ((a, ta), (b, tb))):
            # "On April 4, a missile hit Kryvyi Rih, killing 20" in a story of April 13: a
            # figure its own report dates well before itself is a past event's, not a toll
            # reported late
            evolving = False
        if a.unit_kind == b.unit_kind == "count" and _two_event_days(a, b, ta, tb):
            return Judgement(False, f"two events' days ({ta.text} vs {tb.text})")
        for x, y, tx, ty in ((a, b, ta, tb), (b, a, tb, ta)):
            if ty.source in _INHERITED and role_of(x) in EVOLVING and \
                    role_of(x) == role_of(y) and _background_day(x, tx, arts, cfg) and \
                    _days_apart(tx, ty) > cfg.max_event_gap_days and \
                    _same_days_news(arts[x.article], arts[y.article]) and \
                    not _SEQUENCED.search(y.sentence):
                # "Last Wednesday, a Russian strike on a maternity hospital killed three" vs
                # "at least 2,400 civilians have been killed", dated only by a report of the
                # same days: the figure its report tells as past is another event's
                return Judgement(False, f"a past day vs another report's own news "
                                        f"({tx.text} vs {ty.text})")
        if evolving or {ta.source, tb.source} & {"published", "article"}:
            gap = max(gap, 14)
        if _reaction_then_close(a, b):
            gap = max(gap, 3)  # after hours on Tuesday, at Wednesday's close
        elif (a.dimension in STATE_DIMENSIONS and b.dimension == a.dimension) or \
                (is_market_move(a) and is_market_move(b)):
            # a storm's winds on Monday and on Thursday, a share's close on Wednesday and on
            # Thursday, are two measurements; a date only inherited from the article is
            # looser, but not by a fortnight
            gap = cfg.max_event_gap_days
            if {ta.source, tb.source} <= {"sentence", "context"} and \
                    not _report_time(a, ta) and not _report_time(b, tb):
                gap = 0
        explicit = {ta.source, tb.source} <= {"sentence", "context"} or (
            {ta.source, tb.source} == {"sentence", "article"} and
            (ta if ta.source == "sentence" else tb).weekday is None)  # "at the June 9 protest"
        if explicit and not _report_time(a, ta) and not _report_time(b, tb) and (
                role_of(a) == role_of(b) == "protested" or
                ta.weekday is not None and ta.weekday == tb.weekday and ta.start != tb.start and
                not any(_read_then(x) for x in (a, b))):
            # a crowd is counted on the day it gathers: the June 9 march is not June 16's; and
            # two reports that each date their figure's event to "Saturday", a week or two
            # apart, tell of two Saturdays ("133 injured" after "Saturday's violence" on 1
            # December vs "409 people had been hurt in Saturday's protests" on 17 November)
            gap = 0
        apart = _days_apart(ta, tb)
        if apart > gap:
            later = tb if (tb.start, tb.end or tb.start) > (ta.start, ta.end or ta.start) else ta
            if later.source in _INHERITED and same_named_event(a.event, b.event):
                # "Chido's 140mph gusts" in a feature a fortnight after "gusts of 226 km/h on
                # Saturday": one named storm told again, the later date only the report's. It
                # may agree or revise; it is no rival figure for one moment (not "Ian came
                # ashore again ... on Friday with 85 mph winds": a later day of its own)
                return Judgement(True, LOOSELY_DATED)
            if "published" in (ta.source, tb.source) and apart <= PUBLISHED_ONLY_DAYS and \
                    a.dimension not in STATE_DIMENSIONS:
                # a report with no time expression at all ("172 people have died, 42 are
                # still missing" a month into the floods) is dated only by its publication
                # (a state that changes by the hour, a storm's winds, is still measured anew)
                return Judgement(True, LOOSELY_DATED)
            if {ta.source, tb.source} & (set(_INHERITED) | {"context"}) and \
                    _one_precise_figure(a, b) and a.dimension not in STATE_DIMENSIONS:
                # "Leave took 51.89 percent" in a review dated by its September lead vs "Leave
                # won 51.9 percent" the morning after: one precise figure told again, dated
                # only by a report or by a neighbouring sentence ("the AfD's 20.8 per cent
                # ... were confirmed" after a sentence on Friday's final count). It may agree,
                # never conflict (winds on another day are another reading, whatever the
                # figure)
                return Judgement(True, LOOSELY_DATED)
            if {ta.source, tb.source} <= set(_INHERITED) and _overlap(
                    *comparable_intervals(a, b, True), 0.002 if a.unit != b.unit else 1e-9):
                # neither sentence dates its figure, and the two fit: "a heat shield built to
                # withstand about 5,000F" at launch, "5,000F" at splashdown, is one figure
                # told again (it may agree; a figure that does not fit stays apart)
                return Judgement(True, LOOSELY_DATED)
            (x, tx), (y, ty) = sorted(((a, ta), (b, tb)), key=lambda p: p[1].start)
            # (an evolving toll is revised for weeks; a season or more on, only a sentence
            # that dates the revision itself ("this week raised its count of storm-related
            # deaths to 246") revises it: "Taliban officials say more than 2,000 people have
            # been killed", dated by the sentence before to Saturday's quake, in a story that
            # also recalls June 2022's, is no revision of June 2022's toll)
            if (evolving and (apart <= 92 or ty.source == "sentence") or
                    ty.source in _INHERITED or _report_time(y, ty)) and \
                    mentions_day(arts[y.article], tx.start, 14 if evolving else 0) and \
                    not (_background_day(x, tx, arts, cfg) and ty.source == "sentence" and
                         _published_by(arts[x.article], (ty.end or ty.start), 30)):
                # (not when the earlier figure is a past event's in a report of the later
                # day's news: "On 19 August last year a missile ... killing seven" in the
                # story of Wednesday's strike)
                # a report months on that tells of the day of the other figure ("the storm
                # that pushed the grid to collapse last February"): one story told again, its
                # figure revised or restated, not a figure of another day
                return Judgement(True, LOOSELY_DATED)
            if is_current_state(a) and is_current_state(b):
                return Judgement(True, NOW_AND_THEN)
            return Judgement(False, f"different times ({ta.text} vs {tb.text})")
    elif (ta and tb and ta.weekday is not None and tb.weekday is not None
          and ta.weekday != tb.weekday and not (ta.start and tb.start)):
        return Judgement(False, f"different days ({ta.text} vs {tb.text})")
    else:
        if a.dimension in STATE_DIMENSIONS and b.dimension == a.dimension and ta and tb and \
                ta.start and tb.start and ta.source == tb.source == "sentence" and \
                max(_span_days(ta), _span_days(tb)) <= 7 and _days_apart(ta, tb) > 0 and \
                not _report_time(a, ta) and not _report_time(b, tb):
            # "80 mph winds last week" vs "winds of 140mph on Monday": a storm's readings in
            # a week its sentence names and on a day after it are two measurements
            return Judgement(False, f"different times ({ta.text} vs {tb.text})")
        if _named_periods_apart(a, b, ta, tb):
            # "Inflation climbed to 64.3 percent in August" vs "rose to 54.6 per cent in
            # June": each sentence names its own month, and the months do not meet
            return Judgement(False, f"different periods ({ta and ta.text} vs {tb and tb.text})")
        for x, tx, ty, y in ((a, ta, tb, b), (b, tb, ta, a)):
            if _month_long_before(tx, ty, x.sentence, y.sentence,
                                  lambda d, x=x: names_day(arts[x.article], d)):
                # "In April, a missile strike on Kramatorsk killed more than 50" in a January
                # story vs "the toll stood at 44 on Tuesday": a month named as past, long
                # before the other figure's day
                if ty is not None and ty.source in _INHERITED and _retold_figure(x, y):
                    # "the top court ruled in September that Apple must pay 13 billion euros"
                    # and, in January, "after Europe's top court ordered Apple to repay 13
                    # billion euros": a fact told again, its day left unsaid, may agree
                    return Judgement(True, TOLD_AGAIN)
                return Judgement(False, f"a month long before ({tx.text} vs {ty.text})")
    # articles published far apart about an event neither dates are different stories
    pa, pb = arts[a.article].published, arts[b.article].published
    if pa and pb and not (_day_level(ta, a.sentence) and _day_level(tb, b.sentence)):
        if abs((pa.date() - pb.date()).days) > 30 and not _times_meet(ta, tb):
            if _retold_figure(a, b):
                # "21 crew members" / "its 21 crew members", "$59.5 billion" in October and
                # at completion: a fact told again months on may agree, never conflict
                return Judgement(True, LOOSELY_DATED)
            if is_current_state(a) and is_current_state(b):
                return Judgement(True, NOW_AND_THEN)
            if _dated_after_the_other_report(a, b, ta, tb, arts):
                return Judgement(True)
            return Judgement(True, TOLD_AGAIN)
    return Judgement(True)


def _retold_figure(a: Claim, b: Claim) -> bool:
    """One figure told twice, precise enough not to match by chance: the same number, unit and
    bound (or once hedged), at least 10 and with two significant digits."""
    return (_same_figure(a, b) or _same_round_figure(a, b)) and abs(a.value) >= 10 and \
        significant_digits(a) >= 2


def _dated_after_the_other_report(a: Claim, b: Claim, ta: TimeRef | None, tb: TimeRef | None,
                                  arts: dict[str, Article]) -> bool:
    """Of two counts that evolve, the later report's own sentence dates its figure to a month
    (or a day) after the earlier report came out: "71 people died, police confirmed in
    November 2017" in a 2024 review of the June 2017 fire. It is a later reading of the
    figure, which may revise the earlier one, not the same figure told again."""
    if not (role_of(a) in EVOLVING and role_of(a) == role_of(b)):
        return False
    pa, pb = arts[a.article].published, arts[b.article].published
    assert pa is not None and pb is not None
    first, ty, y = (pa, tb, b) if pa.date() <= pb.date() else (pb, ta, a)
    # (a calendar date, "in November 2017": a relative one, "last week", in a report long
    # after is the day something was said of the figure, often a figure of long before)
    return (ty is not None and ty.source == "sentence" and ty.start is not None
            and _CALENDAR_DATE.search(ty.text or "") is not None
            and _span_days(ty) <= 31 and (ty.start - first.date()).days >= 1
            and not _dates_a_new_event(y.sentence, ty.text or ""))


def _dates_a_new_event(sentence: str, when: str) -> bool:
    """The date is that of an event the sentence brings in as a new one: "last October, when
    a crowd crush in ... Itaewon ... killed 159 people", "In May 2023, a fire killed 12"."""
    k = sentence.find(when) if when else -1
    if k < 0:
        return False
    rest = sentence[k + len(when):]
    new = r"an?\s+(?:[\w'’-]+\s+){0,3}?(?:" + EVENT_NOUNS + r")\b"
    return bool(re.match(r"\s*,?\s*when\s+" + new, rest, re.I) or (
        not sentence[:k].strip(" \"'“") and re.match(r"\s*,\s*" + new, rest, re.I)))


_CALENDAR_DATE = re.compile(r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)\b")


def _named_periods_apart(a: Claim, b: Claim, ta: TimeRef | None, tb: TimeRef | None) -> bool:
    """Two rates, each of a week or a month its own sentence names (not as when it was
    reported, nor as the edge of a span: "since June", "by June"), and the two do not
    overlap: June's inflation and August's are two readings."""
    if ta is None or tb is None or ta.start is None or tb.start is None or \
            ta.source != "sentence" or tb.source != "sentence":
        return False
    if not all(7 <= _span_days(t) <= 31 for t in (ta, tb)):
        return False
    if any(_SPAN_EDGE.match(t.text or "") or _report_time(x, t) or
           re.match(r"\s*(?:by|through|as\s+of)\b", t.text or "", re.I)
           for x, t in ((a, ta), (b, tb))):
        return False
    if a.unit_kind != "percentage" or b.unit_kind != "percentage":
        # (a rate is measured over its month; a stock or a count is only told with the
        # month of an event: "suspended payments on its $51 billion foreign debt in April")
        return False
    return (ta.end or ta.start) < tb.start or (tb.end or tb.start) < ta.start


def _times_meet(ta: TimeRef | None, tb: TimeRef | None) -> bool:
    """Both claims are dated by what their reports say (not only by publication) and the
    times touch: "on Tuesday" (August 22) and "in early September" a month on, "the 2018
    fire" and "the 2018 disaster". Reports far apart may tell of one time; a year meets only
    the same year."""
    if ta is None or tb is None or ta.start is None or tb.start is None or \
            "published" in (ta.source, tb.source):
        return False
    spans = [_span_days(t) for t in (ta, tb)]
    if max(spans) > 31 and not (min(spans) > 31 and (ta.start, ta.end) == (tb.start, tb.end)):
        # "in 2023" holds any day of the year: only another "2023" meets it, or a month of it
        # each figure's own sentence names ("In May 2017, ... he ran 2:00:52" and "at Monza
        # in 2017, where he ran 2:00:25")
        short, long_ = sorted((ta, tb), key=_span_days)
        return min(spans) > 7 and {ta.source, tb.source} <= {"sentence", "context"} and \
            long_.end is not None and short.end is not None and \
            long_.start <= short.start and short.end <= long_.end and _span_days(long_) <= 366
    return _days_apart(ta, tb) <= 14


def _long_past(a: Claim, b: Claim, arts: dict[str, Article]) -> bool:
    """Both figures are dated by their own sentences to a time that ended years before
    either report (``SETTLED_YEARS``): history, not news still being counted."""
    pubs = [arts[x.article].published for x in (a, b)]
    if not all(pubs):
        return False
    first = min(p.date() for p in pubs if p is not None)
    for x in (a, b):
        t = x.time
        if t is None or t.source != "sentence" or t.start is None or \
                (first - (t.end or t.start)).days <= 365 * SETTLED_YEARS:
            return False
    return True


#: how many years after an event its figures are history rather than news
SETTLED_YEARS = 5


#: words of a figure told as a count or a report rather than as what an event did
_TALLY_WORDS = re.compile(
    r"\b(?:tolls?|numbers?|tally|tallies|counts?|figures?|totals?|rose|risen|climbed|reached|"
    r"stood|stands|increased|jumped|confirmed|said|says|reported|according|so\s+far|as\s+of|"
    r"by\s+(?:late\s+|early\s+)?(?:the\s+)?(?:end|morning|evening|afternoon|night|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b", re.I)


def _two_event_days(a: Claim, b: Claim, ta: TimeRef, tb: TimeRef) -> bool:
    """Each figure is what an event its own sentence dates did, on days apart: "On March 6,
    a missile hit the port, killing five" and "since March 2, when a drone slammed into an
    apartment block, killing 12" are two strikes, not one toll told twice (a toll "rose to
    80 on Monday" or "said on Monday" is a count of its day, and may revise another)."""
    if ta.source != "sentence" or tb.source != "sentence" or ta.start is None or \
            tb.start is None or _span_days(ta) > 1 or _span_days(tb) > 1:
        return False
    if abs((ta.start - tb.start).days) < 2:
        return False
    return not any(_TALLY_WORDS.search(x.sentence) or _report_time(x, t)
                   for x, t in ((a, ta), (b, tb)))


def _month_long_before(tx: TimeRef | None, ty: TimeRef | None, sx: str, sy: str,
                       x_names_day=None) -> bool:
    """``tx`` is a month (or a few weeks) the figure's own sentence names, ending more than
    60 days before ``ty``, a day."""
    if tx is None or ty is None or tx.start is None or ty.start is None or \
            tx.source != "sentence" or not _day_level(ty, sy) or _day_level(tx, sx):
        return False
    gap = (ty.start - (tx.end or tx.start)).days
    if re.match(r"\s*(?:earlier|early)\s+this\s+(?:month|week)\b", tx.text or "", re.I) and \
            ty.source in ("sentence", "context") and ty.start < (tx.end or ty.start) and \
            x_names_day is not None and x_names_day(ty.start):
        # "Earlier this month, a drone strike killed 12 people" in a report that tells of
        # Friday's strike apart: another event of the month, not Friday's toll
        return True
    if re.match(r"\s*last\s+month\b", tx.text or "", re.I) and gap > 0 and \
            ty.source in ("sentence", "context"):
        # "Four people were killed last month when a missile hit a hotel" in a story of a
        # strike on Friday: a month its report calls past, wholly before the other's day
        return True
    return 7 <= _span_days(tx) <= 31 and gap > 60


#: same_event's word for two figures that may be of one event, though one of them is dated
#: only by its report: they may agree or revise, never be claimed as rivals for one moment
LOOSELY_DATED = "dated only loosely"

_INHERITED = ("article", "published")

#: same_event's word for two figures neither of which is dated by its report, in reports
#: more than a month apart: a figure told again may agree; nothing else is claimed
TOLD_AGAIN = "told again in reports far apart"
#: a past year's figure told again in a report that dates it only by its own day
PAST_TOLD_AGAIN = "a past figure told again without its year"
#: how alike a past figure and its retelling must be told
PAST_FACT_SIMILARITY = 0.7

#: same_event's word for two figures each told as holding now, in reports days or months
#: apart: a later one that differs is a later reading of the state, not a rival figure
NOW_AND_THEN = "each as it stood when reported"

#: how long before its publication a report that names no time at all may be telling of
PUBLISHED_ONLY_DAYS = 45


def _year_only_loosely_apart(a: Claim, b: Claim, ta: TimeRef | None, tb: TimeRef | None,
                             ya: set[int], yb: set[int]) -> bool:
    """Whether two claims' different years rest on a date only inherited by one of them.

    A figure dated by its report but whose own sentence names the other's year ("a steep fall
    from its 2019 tally of 303", "the Chi-Chi quake of September 1999 killed about 2,400",
    "Kellanova posted 2023 net sales of $13.1bn"), or the very same figure set against a year
    taken from a neighbouring sentence ("some 220,000 damaged homes" after a sentence about
    1997) is not shown to be of another year.
    """
    for x, tx, yy in ((a, ta, yb), (b, tb, ya)):
        if (tx is None or tx.source in _INHERITED) and _names_year_of_figure(x, yy):
            return True
    sources = {t.source for t in (ta, tb) if t is not None}
    return bool(sources & set(_INHERITED)) and "context" in sources and _same_figure(a, b)


#: words that set a figure against another time: "lower than the high reached in 2020",
#: "down from 66.6% in 2020", "compared with 2019"
_CONTRAST = re.compile(r"\b(?:than|from|compared|versus|vs|since|against|down|up|before|"
                       r"after|unlike|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                       r"eclips(?:e|es|ed|ing))\b", re.I)


def _names_year_of_figure(c: Claim, years: set[int]) -> bool:
    """The claim's sentence names one of ``years`` with nothing setting the figure against
    it ("from its 2019 tally of 303", not "64%, lower than the high reached in 2020")."""
    a, b = c.start - c.sentence_start, c.end - c.sentence_start
    for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", c.sentence):
        if int(m.group(1)) not in years:
            continue
        between = c.sentence[m.end():a] if m.start() < a else c.sentence[b:m.start()]
        # ("more than 200 miles (320km), which would beat the 219-mile (352km) record set by
        # the Tri-State Tornado of 1925": the year is the record's, set against the figure)
        if not _CONTRAST.search(between):
            return True
    return False


#: a share price or a market's move: a state of one trading session ("closed the regular
#: session on Wednesday at $213.65", "soared 21.9% on Thursday to close at $260.48")
_MARKET = re.compile(r"\b(?:shares?|stocks?|index|indices|futures)\b[^;]{0,80}?\b(?:clos\w*|"
                     r"trad\w*|session|open\w*)\b|\b(?:clos\w*|trad\w*|session)\b[^;]{0,40}?"
                     r"\b(?:shares?|stocks?)\b"
                     # "Its shares rose almost 10% on Wednesday"
                     r"|\b(?:shares|stock)\s+(?:(?:were|was|have|had|has)\s+)?(?:rose|fell|"
                     r"jumped|climbed|gained|slid|dropped|tumbled|soared|surged|sank|plunged|"
                     r"rallied|slumped|up|down)\b", re.I)


@_per_claim
def is_market_move(c: Claim) -> bool:
    """The figure is a share price or a market's move in a trading session."""
    return c.unit_kind in ("currency", "percentage") and bool(_MARKET.search(c.sentence))


_EXTENDED = re.compile(r"\b(?:after[- ]hours?|extended[- ]trading|late[- ]trading|"
                       r"pre-?market|post-?market)\b", re.I)


@_per_claim
def is_extended_trading(c: Claim) -> bool:
    """A market move outside the regular session ("rose about 11% in extended trading"): the
    first reading of a reaction the next session's close settles."""
    return is_market_move(c) and bool(_EXTENDED.search(c.sentence))


def _reaction_then_close(a: Claim, b: Claim) -> bool:
    """One move in extended trading, the other in a regular session no more than a few days
    later: one reaction to the news, read twice."""
    if not (is_market_move(a) and is_market_move(b)) or \
            is_extended_trading(a) == is_extended_trading(b):
        return False
    ext, reg = (a, b) if is_extended_trading(a) else (b, a)
    te, tr = ext.time, reg.time
    if te is None or tr is None or te.start is None or tr.start is None:
        return True
    return 0 <= (tr.start - (te.end or te.start)).days <= 3


def _static_pair(a: Claim, b: Claim) -> bool:
    """Both figures describe a thing rather than what happened on a day: physical measures
    and counts with no role (killed, launched, ...), no change and no reading of the weather."""
    return all(role_of(x) is None and x.direction is None and not is_current_state(x) and
               x.unit_kind in ("dimension", "count") and x.dimension not in STATE_DIMENSIONS and
               x.unit != "person" and  # people counted are mostly people something happened to
               not is_running_tally(x) for x in (a, b))


def is_attribute(c: Claim) -> bool:
    """A measure set before a thing's name as its attribute ("the 1.8-kilogram helicopter",
    "the 1.8kg craft", "the 4-pound (1.8-kilogram) helicopter"): what the thing is, not what
    happened to it on the sentence's day."""
    return attribute_noun(c) is not None


@_per_claim
def attribute_noun(c: Claim) -> str | None:
    """The thing a measure is an attribute of (see ``is_attribute``): "helicopter" for "the
    1.8-kilogram helicopter" and for its bracketed conversion "(4-pound)"."""
    toks = _claim_tokens(c)
    if not toks or c.unit_kind != "dimension":
        return None
    head = _mention_head(toks)
    s = c.sentence
    lo, hi = c.start - c.sentence_start, c.end - c.sentence_start
    doc = toks[0].doc

    def after_bracket(at: int) -> str | None:
        m = re.match(r"\s*\(\s*\d[^()]{0,25}\)\s+([a-z]+)|\)\s+([a-z]+)", s[at:at + 40])
        if not m:
            return None
        k = at + (m.start(1) if m.group(1) else m.start(2))
        nxt = next((t for t in doc if t.idx >= k), None)
        return nxt.lemma_.lower() if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") else None

    if head.dep_ in ("amod", "compound", "nmod", "nummod") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i > head.i:
        # (a measure and its conversion in brackets before the thing: "the 4-pound
        # (1.8-kilogram) helicopter", which the parser may hang on the bracketed unit)
        return after_bracket(hi) or head.head.lemma_.lower()
    # the conversion in brackets of such a measure: "the 1.8-kilogram (4-pound) helicopter"
    if re.search(r"\d[\w.,]*[- ]?[a-z]+\s*\($", s[max(0, lo - 30):lo]):
        return after_bracket(hi)
    return None


def own_clause(c: Claim) -> tuple[str, int, int, int, int] | None:
    """The figure's sentence, its span and its own clause there (between the numbers and
    clause breaks around it): (sentence, start, end, clause start, clause end)."""
    span = mention_span(c)
    if span is None:
        return None
    s, a, b = span
    lo, hi = figure_stretch(s, a, b, _CLAUSE_BREAK)
    return s, a, b, lo, hi


#: a figure its clause marks as holding at the time of the report: "the block currently
#: produces about 400,000 barrels per day", "three vessels are now pumping"
_NOW = re.compile(r"\b(?:now|currently|presently|at\s+present|still|so\s+far|to\s+date|"
                  r"remains?)\b", re.I)
#: a running total: "have been killed in Gaza since October", "had been killed since October"
_PERFECT_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+ed\b[^.;]{0,60}?\bsince\s+"
                            r"(?:(?:the|its|their)\s+)?[A-Za-z]", re.I)


@_per_claim
def is_current_state(c: Claim) -> bool:
    """The figure's own clause says it holds now ("currently produces", "are now pumping"):
    a state at the time of its report, which a later report may find changed."""
    if c.unit_kind not in ("dimension", "count", "currency") or c.direction is not None:
        return False
    own = own_clause(c)
    if own is None:
        return False
    s, a, b, lo, hi = own
    if _NOW.search(s[lo:a]) or _NOW.search(s[b:hi]) or _PERFECT_SINCE.search(s[b:hi]):
        return True
    # "Figma has about 800 employees", "which employs more than 1,000 people": a holding told
    # in the present is how things stand when it is written
    toks = _claim_tokens(c)
    verb = _governing_verb(toks[-1], 3) if toks and c.unit_kind == "count" else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and \
        verb.lemma_.lower() in _HOLDING_VERBS and \
        any(ch.dep_ == "dobj" and ch.i >= toks[0].i for ch in verb.children)


#: verbs that tell what something has or employs, not what happened
_HOLDING_VERBS = {"have", "employ", "operate", "own", "run", "house", "serve", "count",
                  "boast", "staff"}


_PLURAL_KIND = {
    "fire": r"fires|wildfires|blazes", "wildfire": r"fires|wildfires|blazes",
    "blaze": r"fires|wildfires|blazes", "earthquake": r"earthquakes|quakes|tremors",
    "hurricane": r"hurricanes|storms", "storm": r"storms|hurricanes|typhoons",
    "typhoon": r"typhoons|storms", "cyclone": r"cyclones|storms",
    "flood": r"floods", "floods": r"floods", "attack": r"attacks|strikes",
}


def _several_of(sentence: str, event: str) -> bool:
    """Whether ``sentence`` speaks of several events of the named event's kind ("across both
    fires", "the wildfires have killed 24")."""
    words = event.split()
    kind = next((w for w in reversed(words) if w in _PLURAL_KIND), None) or \
        next((w for w in words if w in _PLURAL_KIND), None)
    if kind is None:
        return False
    if re.search(rf"\b(?:{_PLURAL_KIND[kind]})\b", sentence, re.I) is not None:
        return True
    # ("The confirmed death toll stands at 29: 17 in the Eaton fire and 12 in the Palisades
    # fire": two of them named one by one)
    return len({name for _, _, name in find_events(sentence) if name.split()[-1] == kind}) >= 2


def _after_publication(t: TimeRef | None, art: Article) -> bool:
    """A time after the report was published: a plan's target or a schedule ("savings of
    $10bn in 2025", "the dividend will be paid on June 17"), not when the news happened."""
    if t is None or t.start is None or art.published is None:
        return False
    pub = art.published.date()
    if t.start.year > pub.year and (t.end is None or t.end.year == t.start.year):
        return True
    return t.source == "sentence" and (t.start - pub).days > 1


def kind_of(c: Claim) -> str:
    """The unit kind, with a bare number of people ("23 were injured") taken as a count."""
    if c.unit_kind == "dimensionless" and not c.unit and role_of(c) in PERSON_ROLES:
        return "count"
    return c.unit_kind


NounSim = Callable[[str, str], float]

#: how alike two counted nouns must be to count the same thing ("quake" / "earthquake",
#: "aircraft" / "airplane"); from NOUN_NEAR ("jet" / "aircraft") only with the same role
NOUN_SYNONYM = 0.78
NOUN_NEAR = 0.6


#: people named by what they did in an attack: "four gunmen", "the four suspects", "attackers"
_ASSAILANTS = {"gunman", "attacker", "assailant", "shooter", "suspect", "perpetrator",
               "terrorist", "militant", "man", "men"}


#: people named by a part they play, counted as people in other reports ("186 hostages" /
#: "186 people", "968 million electors" / "970 million people", "81 runners" / "more than
#: 80 people"); children, women and men are left out: they are parts of a toll
_PERSON_KINDS = {
    "hostage", "captive", "prisoner", "detainee", "elector", "voter", "runner", "athlete",
    "competitor", "starter", "finisher", "rider", "cyclist", "swimmer", "player", "officer",
    "official", "member", "specialist", "rescuer", "firefighter", "volunteer", "worker",
    "employee", "staff", "consumer", "customer", "passenger", "pilgrim", "worshipper", "fan",
    "spectator", "tourist", "visitor", "student", "pupil", "patient", "guest", "delegate",
    "candidate", "migrant", "refugee", "evacuee", "survivor", "resident", "inhabitant",
    "job", "troop", "crew", "crewmember", "sailor", "miner", "machinist", "occupant",
    "attendant", "organizer", "organiser",
}
#: nouns that name one counted thing at two levels of generality
_KINDRED_GROUPS = (
    # "33,000 workers" / "more than 30,000 machinists"; "cut 15,000 jobs" / "15,000 staff"
    frozenset({"job", "machinist", "miner", "nurse", "teacher", "autoworker", "dockworker",
               "longshoreman"}),
    # "8.5 million computers" / "8.5 million devices"
    frozenset({"computer", "device", "machine", "pc", "laptop", "terminal", "server"}),
    # "the 543 seats" / "its 543 members": a chamber's members are its seats; "645 of the
    # 650 constituencies declared" / "649 of the 650 seats had declared": each seat is one
    # constituency's
    frozenset({"seat", "member", "constituency"}),
    # "153.6 million subscribers" / "153.6 million customers"
    frozenset({"subscriber", "customer", "user", "subscription", "membership"}),
    # "burying nearly 900 students" / "more than 1,000 pupils were feared buried"
    frozenset({"student", "pupil", "schoolchild", "schoolchildren", "schoolboy", "schoolgirl"}),
    # "he commanded 25,000 men" / "the 25,000 fighters Prigozhin claimed": an armed force's men
    frozenset({"fighter", "man", "soldier", "troop", "mercenary", "militant", "combatant"}),
    # "the four freed captives" / "four hostages" (not prisoners: they are traded for them)
    frozenset({"hostage", "captive", "abductee"}),
)


def _kindred_nouns(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """One counted noun names a kind of the other ("gunman" / "man", "hostages" / "people",
    "machinists" / "workers"), or both name the assailants of an attack ("gunmen" /
    "suspects")."""
    if len(ka) != 1 or len(kb) != 1:
        return False
    x, y = next(iter(ka)), next(iter(kb))
    short, long_ = sorted((x, y), key=len)
    if long_.endswith(short) and len(short) >= 3 and len(long_) - len(short) >= 3:
        return True  # "gunman" / "man", not "woman" / "man"
    if "person" in (x, y) and ({x, y} - {"person"}) <= _PERSON_KINDS:
        return True
    if any(x in g and y in g for g in _KINDRED_GROUPS):
        return True
    return x in _ASSAILANTS and y in _ASSAILANTS


#: people counted by age or sex: a part of "people", never another count of them
_SUBGROUPS = frozenset({"woman", "man", "child", "girl", "boy", "minor", "teenager", "baby",
                        "infant", "pensioner", "adult"})


def units_compatible(a: Claim, b: Claim, noun_sim: NounSim | None = None) -> Judgement:
    ka_, kb_ = kind_of(a), kind_of(b)
    if ka_ != kb_:
        return _across_kinds(a, b, ka_, kb_)
    weak = False
    if a.direction or b.direction:
        # a change is comparable with a change in the same direction ("rose 6%" / "a 6% rise");
        # a level may be a change the text did not mark, so that pair can only agree
        if {a.direction, b.direction} == {"up", "down"}:
            return Judgement(False, "a rise vs a fall")
        weak = a.direction != b.direction
    if ka_ == "count":
        ka, kb = counted_key(a), counted_key(b)
        if not ka or not kb:
            return Judgement(False, "unknown counted thing")
        if ka != kb:
            sa, sb = " and ".join(sorted(ka)), " and ".join(sorted(kb))
            if ka < kb or kb < ka:
                return Judgement(False, f"a total and its part ({sa} vs {sb})")
            if (ka == {"person"} and kb <= _SUBGROUPS) or (kb == {"person"} and ka <= _SUBGROUPS):
                # "among them 16 children, 46 women and 36 men" vs "more than 100 people
                # wounded": a group within the people, not a rival count of them; it may be
                # all of them ("two women drowned" / "killed two people"), so it may agree
                return Judgement(True, "ambiguous", f"a group within the people ({sa} vs {sb})")
            ns = noun_sim(sa, sb) if noun_sim is not None else 0.0
            if (ka <= GENERIC_WEAPONS and kb <= WEAPONS) or (kb <= GENERIC_WEAPONS
                                                             and ka <= WEAPONS):
                # "300 projectiles" may be "300 drones and missiles", or only some of them:
                # enough to agree, never to conflict
                return Judgement(True, "ambiguous")
            if ns < NOUN_NEAR and not _kindred_nouns(ka, kb):
                return Judgement(False, f"different things counted ({sa} vs {sb})")
            if _kindred_nouns(ka, kb):
                if ({"person", "job"} & (ka | kb)) and (ka | kb) <= (_PERSON_KINDS | {"person"}):
                    # "186 hostages" / "186 people": the same people, or some of them
                    return Judgement(True, "ambiguous")
                ns = min(ns, NOUN_SYNONYM - 1e-6)  # "four gunmen" / "four men": alike, not one
            if ns < NOUN_SYNONYM and not weak:
                return Judgement(True, "near")
            weak = True
        return Judgement(True, "ambiguous" if weak else "")
    if weak:
        return Judgement(True, "ambiguous")
    if ka_ == "dimension":
        if a.dimension and b.dimension:
            if a.dimension != b.dimension:
                return Judgement(False, "different dimensions")
            return Judgement(True)
        return Judgement(a.unit == b.unit, "" if a.unit == b.unit else "different units")
    if a.unit != b.unit:
        if ka_ == "currency" and _one_currency(a.unit, b.unit):
            return Judgement(True)  # "346 billion shillings" / "346bn Kenyan shillings"
        if _each_one(a, b) or _each_one(b, a):
            # "charges $250,000 per person" / "Passengers had paid $250,000 each"
            return Judgement(True)
        if _period_in_words(a, b) or _period_in_words(b, a):
            # "$400m of costs a year" / "about $400 million in annual cost synergies"
            return Judgement(True)
        if ka_ == "currency" and _fx_pair(a, b):
            # "₹615 crore" / "about $75 million": one amount at some exchange rate, which
            # may agree but, rates being approximate, never conflict
            return Judgement(True, "ambiguous", "amounts in two currencies")
        if {a.unit, b.unit} == {"", "point"}:
            # "The Nikkei 225 closed 1.8 per cent higher at 38,605.53" / "rose 691.61 points
            # ... to 38,605.53": an index level is in points, said or not; a bare number may
            # be something else, so it may agree, never conflict
            return Judgement(True, "ambiguous", "points said on one side only")
        return Judgement(False, f"different units ({a.unit} vs {b.unit})")
    return Judgement(True)


#: what a price or a share is told per, when it is each one's
_PER_ONE = re.compile(r" per (?:person|head|passenger|customer|seat|ticket|participant|"
                      r"guest|visitor|traveller|traveler|member|player|capita|individual)$")
_EACH_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:each|apiece|a\s+head|a\s+piece)\b",
                         re.I)


def _each_one(x: Claim, y: Claim) -> bool:
    """``x`` is an amount per person ("$250,000 per person") and ``y`` the same unit told of
    each one ("had paid $250,000 (£195,000) each"): one price."""
    m = _PER_ONE.search(x.unit or "")
    return bool(m) and x.unit[:m.start()] == y.unit and \
        bool(_EACH_AFTER.match(y.sentence[y.end - y.sentence_start:]))


#: a rate's period told as a word by the figure: "annual cost synergies", "monthly payments"
_PERIOD_WORDS = {"year": r"annual(?:ly|i[sz]ed)?|yearly|per\s+annum|a\s+year|each\s+year",
                 "month": r"monthly|a\s+month|each\s+month",
                 "week": r"weekly|a\s+week|each\s+week",
                 "day": r"daily|a\s+day|each\s+day"}


def _period_in_words(x: Claim, y: Claim) -> bool:
    """``x`` is an amount per period ("$400m of costs a year") and ``y`` the same unit with
    that period told in a word near it ("$400 million in annual cost synergies")."""
    m = re.fullmatch(r"(.+) per (year|month|week|day)", x.unit or "")
    if not m or m.group(1) != y.unit:
        return False
    a, b = y.start - y.sentence_start, y.end - y.sentence_start
    near = y.sentence[max(0, a - 30):a] + " " + y.sentence[b:b + 30]
    return re.search(r"\b(?:" + _PERIOD_WORDS[m.group(2)] + r")\b", near, re.I) is not None


def _one_currency(x: str, y: str) -> bool:
    """A currency's bare name and its country's ("shilling" / "kenyan shilling", "peso" /
    "mexican peso"): one currency, in a story about that country. A bare "dollar" is the US
    dollar, not Canada's."""
    return any(u != "dollar" and v.endswith(" " + u) for u, v in ((x, y), (y, x)))


def _fx_pair(a: Claim, b: Claim) -> bool:
    """Two amounts in two currencies of the exchange-rate table ("dollar per day" and other
    rates are not in it)."""
    return a.unit in USD_RATE and b.unit in USD_RATE


def is_fraction(c: Claim) -> bool:
    """"Two-thirds", "a quarter of": a share written as a fraction of a whole (the
    extractor says so in ``Claim.fraction``)."""
    return c.fraction and c.unit_kind == "dimensionless" and not c.unit


def is_multiple(c: Claim) -> bool:
    """"Three times", "sixfold": a multiple of another figure."""
    return c.unit_kind == "dimensionless" and c.unit in ("", "count") and bool(
        re.search(r"\btimes\b|fold\b", c.text, re.I))


@_per_claim
def is_trajectory(c: Claim) -> bool:
    """A movement written as a range: "the BJP's tally fell from 62 to 33", "rose from 20 mpg
    to 29 mpg" -- two levels at two times, not an uncertain value between them."""
    from .extract import DOWN_VERBS, UP_VERBS, _verb_base

    if c.low is None or c.high is None or c.low == c.high or \
            not re.match(r"from\b", c.text, re.I):
        return False
    if _written_falling(c):
        return True  # a range is written from its low end
    verb = (c.predicate or "").split(" ")[0].split("_")[0]
    return bool(verb) and (verb in UP_VERBS or verb in DOWN_VERBS or
                           _verb_base(verb) in UP_VERBS | DOWN_VERBS)


def trajectory_end(c: Claim) -> float:
    """The level a move ends at, in the claim's units: 33 of "fell from 62 to 33"."""
    lo, hi = sorted((c.low or 0.0, c.high or 0.0))
    return lo if _written_falling(c) else hi


def _written_falling(c: Claim) -> bool:
    """The first number of the mention is larger than the last: "from 62 to 33"."""
    nums = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", c.text)]
    return len(nums) >= 2 and nums[0] > nums[-1]


def is_bare(c: Claim) -> bool:
    """A number with nothing after it: "production slipped to 410,831"."""
    return c.unit_kind == "dimensionless" and not c.unit and not is_fraction(c)


def _timed_up(fine: Claim, coarse: Claim) -> bool:
    """A race time in thousandths and the same time rounded up to hundredths, as official
    times are: "9.784" / "9.79 seconds" (not 9.78)."""
    return coarse.dimension == "time" and coarse.unit == "second" and \
        fine.unit in ("second", "") and math.isclose(_step(fine), 0.001) and \
        math.isclose(_step(coarse), 0.01) and \
        math.isclose(math.ceil(round(fine.value * 100, 6)) / 100, coarse.value)


def _across_kinds(a: Claim, b: Claim, ka: str, kb: str) -> Judgement:
    """Claims of two unit kinds that may still state one quantity."""
    kinds = {ka, kb}
    if "dimensionless" in kinds and kinds & {"count", "dimension"}:
        bare, other = (a, b) if ka == "dimensionless" else (b, a)
        # three significant digits, or two in a figure of thousands ("240,000"): rarely a
        # coincidence within one story
        precise = significant_digits(bare) >= 3 or (
            abs(bare.value) >= 1000 and significant_digits(bare) >= 2)
        same_range = bare.low is not None and bare.high is not None and \
            (bare.low, bare.high) == (other.low, other.high) and bare.low != bare.high
        fits = precise and (_overlap(interval(bare), interval(other)) or _timed_up(bare, other))
        if is_bare(bare) and (same_range or fits or (
                precise and math.isclose(bare.value, other.value, rel_tol=1e-9))):
            # "Kendricks cleared 5.95" / "took silver with 5.95 metres", "1.03 million
            # according to the organisers" / "1.03 million people": one precise figure with
            # its unit left out (or one within the other's precision, "about 302 million" /
            # "more than 300 million members", or one range, "300-900" / "300-900 people");
            # alike enough to agree, too thin for a conflict
            return Judgement(True, "ambiguous")
    if kinds == {"dimensionless", "percentage"} and (is_fraction(a) or is_fraction(b)):
        frac, pct = (a, b) if is_fraction(a) else (b, a)
        if pct.direction and not frac.direction and re.match(
                r"^\s+of\b", frac.sentence[frac.end - frac.sentence_start:][:6]):
            # "less than a fifth of Amazon's sales" (a share) / "shares were up about 6%"
            return Judgement(False, "a share vs a change")
        # "roughly two-thirds turned out" / "66.6% turned out"
        return Judgement(True, "ambiguous")
    if kinds == {"dimensionless", "percentage"} and any(
            is_multiple(x) for x in (a, b)) and "up" in (a.direction, b.direction):
        # "more than three times the year-ago figure" / "up 262%": a multiple and a rise
        return Judgement(True, "ambiguous")
    if kinds == {"dimensionless", "percentage_point"} and (
            (a if ka == "dimensionless" else b).unit in ("point", "points")):
        # "a margin of about 1.5 points" in a story of vote shares
        return Judgement(True, "ambiguous")
    if kinds == {"dimensionless", "count"}:
        bare, count = (a, b) if ka == "dimensionless" else (b, a)
        if not is_bare(bare):
            return Judgement(False, "different kinds of quantity")
        rb, rc = role_of(bare), role_of(count)
        if rb and rb == rc:
            # "production slipped to 410,831" / "produced 410,831 vehicles": the same figure
            # agrees, but a bare number may be any count of that role, so no conflict
            return Judgement(True, "ambiguous")
        nouns = counted_key(count)
        # the thing counted named anywhere in the bare number's sentence: "the NDA's 293
        # clears the 272 needed for a majority of seats"
        words = {_singular(w) for w in _tokens(bare.concept) | _tokens(bare.sentence)} | \
            subject_words(bare)
        if nouns and nouns <= {_CANON.get(w, w) for w in words}:
            # "226 electoral votes for Harris" / "... counting votes: 226 for Harris"
            return Judgement(True, "ambiguous")
        if shares_owner(bare, count) and is_bare(bare):
            # "the INDIA bloc finished on 234" / "the INDIA bloc ended with 234 seats": the
            # same owner's number, which may agree but is too thin for a conflict
            return Judgement(True, "ambiguous")
    return Judgement(False, "different kinds of quantity")


_EXPECT_VERBS = FORECAST_VERBS | {"guide"}
_COMBINED = re.compile(r"\b(?:combined|together|merged)\b", re.I)
#: a company's measures a forecast names: "capital expenditures would be $30bn to $37bn"
_PLANNED_MEASURES = {"expenditure", "expense", "spending", "revenue", "sale", "capex", "cost",
                     "earning", "profit", "income", "investment", "growth", "margin"}
_EXPECT_NOUNS = {"forecast", "outlook", "guidance", "projection", "consensus", "expectation",
                 "prediction", "target", "goal"}
#: who foresees rather than counts: "the average of the polls had put the NDA at 365 seats"
_FORESEERS = {"poll", "pollster", "survey", "projection", "forecast", "forecaster"}


#: verbs that measure a result against expectations: "beating estimates of $24.65bn"
_BEAT_VERBS = {"beat", "miss", "top", "exceed", "surpass", "trail", "lag", "outpace",
               "outstrip", "match", "meet", "undershoot", "overshoot"}


#: who expects a figure rather than reports it
_EXPECTERS = (r"analysts?|economists?|Wall\s+Street|forecasters?|the\s+market|investors|traders|"
              r"pollsters")
#: "the 250 grams the team had estimated": a figure someone had expected before it was known
_HAD_EXPECTED = re.compile(
    r"^[\w-]*(?:\s+(?!(?:was|were|is|are|what)\b)[\w-]+){0,2}?\s+(?:that\s+|which\s+)?"
    r"(?:the\s+|its\s+|their\s+)?[\w-]+\s+had\s+"
    r"(?:expected|forecast|predicted|estimated|projected|anticipated)\b", re.I)
_EXPECTED_BY_PASSIVE = re.compile(
    r"^\s*(?:a\s+share\s+|per\s+share\s+)?(?:expected|forecast|predicted|estimated|projected|"
    r"anticipated)\s+by\s+(?:\w+\s+){0,2}?(?:" + _EXPECTERS + r"|consensus)\b", re.I)


def _warned(verb, branch) -> bool:
    """The figure below ``branch`` is what ``verb`` fears or warns of: "he feared several
    hundred deaths", "forecasters had warned of a storm surge of 10 to 15 feet"; not "20
    people are feared dead", which is a toll."""
    v = verb.lemma_.lower()
    return (v == "fear" and branch.dep_ == "dobj") or (
        v == "warn" and branch.dep_ == "prep" and branch.lower_ == "of")


_REACH_VERBS = {"exceed", "reach", "top", "surpass", "hit", "pass", "rise", "climb", "grow",
                "increase", "double", "fall", "drop", "run"}
#: verbs that give a number's level: those a figure is reached by, and "brings to 19 the
#: number of", "put the number of dead at 120", "the toll stood at 46"
_LEVEL_VERBS = _REACH_VERBS | {
    "bring", "put", "stand", "be", "total", "remain", "jump", "soar", "mount", "swell", "surge",
    "balloon", "edge", "creep", "raise", "revise", "lift", "lower", "near", "approach"}
_EXPECT_MODS = _EXPECT_NOUNS | {"expected", "projected", "predicted", "forecast", "anticipated"}
#: a result measured against the forecast: "Earnings per share of $4.37 beat expectations of
#: $4.20", "$10.25 billion, topping estimates"
_BEATS_AFTER = re.compile(
    r"^(?:\s+(?:a|per)\s+share)?,?\s+(?:\w+ly\s+)?(?:beat|beats|beating|topped|tops|topping|"
    r"exceeded|exceeds|exceeding|surpassed|surpassing|missed|misses|missing|came\s+in\s+"
    r"(?:above|below|ahead\s+of)|fell\s+short\s+of)\s+(?:\w+\s+){0,3}?(?:expectations|"
    r"forecasts?|estimates?|consensus|projections?|guidance)\b", re.I)
#: "vs." right before a figure, and "expected" closing its phrase: "$3.30 vs. $3.10 expected"
_SET_AGAINST_FIGURE = re.compile(r"\b(?:vs\.?|versus|against)\s+(?:an?\s+|the\s+)?[$£€¥]?\s*$",
                                 re.I)
_EXPECTED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:expected|estimated|forecast)\b"
                             r"\s*(?:$|[,;.)])", re.I)
_EXPECTED_BY = re.compile(
    r"^[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:that\s+)?(?:the\s+)?(?:" + _EXPECTERS +
    r"|markets)\s+(?:had\s+|have\s+|were\s+)?"
    r"(?:expected|forecast|predicted|estimated|projected|anticipated|pencil?led\s+in|"
    r"been\s+expecting)\b", re.I)


@_per_claim
def is_expectation(c: Claim) -> bool:
    """A figure someone expects (a forecast, guidance, a consensus), not a result: "Intel
    expects revenue of $12.5bn-$13.5bn", "the 78-cent loss analysts had expected", "ahead of
    the consensus of $21.1bn", "an exit poll had projected Labour would win 410 seats"."""
    after = c.sentence[c.end - c.sentence_start:][:80]
    if _BEATS_AFTER.match(after):
        return False  # the result that beat (or missed) the forecast
    if (is_fraction(c) or is_multiple(c)) and re.match(r"\s+(?:of\s+)?(?:the|what)\b", after, re.I):
        # "new orders at roughly half the level analysts had expected": the result, a part
        # of the figure expected
        return False
    if _EXPECTED_BY.match(after):
        return True  # "the 78-cent loss analysts had expected" (a relative clause the parser
        # often attaches to the wrong figure)
    if _HAD_EXPECTED.match(after):
        return True  # "well short of the 250 grams the team had estimated"
    if _EXPECTED_BY_PASSIVE.match(after):
        return True  # "against the $1.20 expected by analysts surveyed by Zacks"
    before = c.sentence[:c.start - c.sentence_start][-30:]
    if _SET_AGAINST_FIGURE.search(before) and _EXPECTED_AFTER.match(after):
        return True  # "- Revenue: $13.28 billion vs. $13.02 billion expected" (a results list)
    if _parse(c) is None:
        return (c.predicate or "").lower().split("_")[0] in _EXPECT_VERBS
    toks = _claim_tokens(c)
    if not toks:
        return False
    head = _mention_head(toks)
    verb = head if head.pos_ == "VERB" else next((x for x in head.ancestors if x.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_.lower() in _REACH_VERBS and any(
            ch.dep_ == "aux" and ch.lower_ in ("could", "may", "might", "would")
            for ch in verb.children):
        return True  # "deaths in Myanmar could exceed 10,000": a projection
    if verb is not None and verb.lemma_.lower() in ("kill", "die", "perish") and any(
            ch.dep_ == "aux" and ch.lower_ in ("may", "might", "could") for ch in verb.children):
        return True  # "as many as 10,000 people may have been killed": a fear, not a count
    prev, steps = head, 0
    for a in head.ancestors:
        steps += 1
        if prev is not head and prev.pos_ in ("VERB", "AUX") and \
                prev.dep_ in ("advcl", "conj", "parataxis"):
            if prev.dep_ == "advcl" and prev.tag_ == "VBG" and a.dep_ == "xcomp" and \
                    a.head.lemma_.lower() in _EXPECT_VERBS:
                # "the storm was expected to stall over Texas, dumping 15 to 30 inches": what
                # the expected stall would bring is expected too
                return True
            break  # "forecast sales in line, sending its shares up 7%": a clause of its own
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _EXPECT_VERBS:
            if prev.dep_ == "nsubjpass" and prev is not head and c.unit_kind != "count" and \
                    head.dep_ in ("amod", "compound", "nmod", "nummod"):
                break  # "the 1.8kg craft was expected to make five flights": its weight is not
            if prev.dep_ != "nsubj":  # a figure does not expect: that parse is wrong
                return True
        if a.pos_ == "VERB" and prev.dep_ == "prep" and prev.lower_ in ("to", "at") and any(
                ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in _EXPECT_NOUNS
                for ch in a.children):
            # "narrowed its forecast for total expenses to $96bn to $99bn", "the 2025 sales
            # forecast was cut to €30 billion to €35 billion"
            return True
        if a.pos_ in ("VERB", "AUX") and prev.dep_ not in ("nsubj", "nsubjpass") and any(
                ch.dep_ == "aux" and ch.lower_ in ("would", "will", "'ll") for ch in a.children) \
                and not any(ch.dep_ == "aux" and ch.lower_ == "have" for ch in a.children) \
                and any(ch.dep_ == "nsubj" and ch.lemma_.lower() in _PLANNED_MEASURES
                        for ch in a.children) and not _COMBINED.search(c.sentence):
            # (not "excluding the charge, earnings would have been $1.64 per share": what the
            # result was without an item, not a plan)
            # (not "combined, the companies' revenue would be $X": a merger's sum, not a plan)
            # "said capital expenditures would be $30bn to $37bn", "told analysts that
            # first-quarter sales would be down around 10%", "Azure growth would come in at
            # 31% to 32%"
            return True
        if a.pos_ == "VERB" and _warned(a, prev):
            return True
        if a.pos_ in ("NOUN", "PROPN") and steps <= 3 and (
                a.lemma_.lower() in _EXPECT_NOUNS
                or any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _EXPECT_MODS
                       for ch in a.children)):
            return True  # "the consensus of $21.1bn", "a consensus loss of $0.78"
        if a.pos_ == "NOUN" and steps <= 3 and a.lemma_.lower() in ("estimate", "estimates") and (
                (a.head.pos_ in ("VERB", "AUX") and a.head.lemma_.lower() in _BEAT_VERBS)
                or a.head.lower_ in ("above", "below")
                or (a.head.lower_ == "of" and a.head.head.lower_ in ("ahead", "short"))
                or any(ch.lemma_.lower() in ("analyst", "consensus", "street")
                       for ch in a.subtree)):
            return True  # "beating estimates of $24.65 billion", "analysts' estimates of"
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _SAY:
            break  # "..., the company said": the report, not the figure
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in ("put", "give", "show", "see"):
            subj = [t for ch in a.children if ch.dep_ in ("nsubj", "nsubjpass")
                    for t in ch.subtree]
            if any(t.lemma_.lower() in _FORESEERS and t.pos_ != "PROPN" and
                   t.ent_type_ not in ("ORG", "FAC") for t in subj):
                # "the exit polls had put the NDA at about 365 seats" (not "the US Geological
                # Survey puts it at 7.8": an agency's name, not a poll)
                return True
        prev = a
    return False


@dataclass(frozen=True)
class Anchors:
    """What the parse says a claim's number belongs to."""

    modifiers: frozenset[str]  # narrowing words: "ballistic" missiles, "diluted" EPS
    owners: frozenset[str]  # names the quantity belongs to: "Labour" seats, "iPhone" revenue


_ANCHOR_CACHE: dict[tuple[str, int, int, str], Anchors] = {}
_NAME_ENTS = {"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "EVENT", "FAC", "LOC", "WORK_OF_ART"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_SAY = {"say", "tell", "report", "announce", "estimate", "count", "according", "state",
        "write", "post", "claim", "add", "confirm", "cite", "quote"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "xcomp", "csubj", "pcomp"}
#: verbs whose subject measured or estimated the figure rather than owns it: "the CWA measured
#: the quake at 7.2", "police put the crowd at 338,000"
_MEASURE_VERBS = {"measure", "record", "register", "put", "gauge", "clock", "rate", "log",
                  "calculate", "tally", "assess"}


_NAME_LINKS = {"of", "and", "for", "the", "&", "on"}


@functools.lru_cache(maxsize=4096)
def source_key(text: str) -> str:
    """A source's name as compared: a body named in full by its initials ("U.S. Geological
    Survey", "US Geological Survey" and "USGS" are one source: "usgs"); other names lower-cased,
    without a leading "the" or a possessive."""
    t = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    t = re.sub(r"\b([A-Z])\.(?=[A-Z]\.?)", r"\1", t)  # "U.S." -> "US."
    t = re.sub(r"\b([A-Z]{2,})\.(?=\s|$)", r"\1", t)   # "US." -> "US"
    words = t.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,8}", words[0]):
        return words[0].lower()
    if len(words) >= 2 and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words) and \
            words[0].lower() not in _NAME_LINKS:
        return "".join(w if w.isupper() else w[0] for w in words
                       if w.lower() not in _NAME_LINKS).lower()
    return _norm_name(t)


def fold_accents(text: str) -> str:
    """Lower case without accents: "Erdoğan" and "Erdogan", "Kılıçdaroğlu" and
    "Kilicdaroglu", "Kahramanmaraş" and "Kahramanmaras" are one name."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("ı", "i"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _norm_name(text: str) -> str:
    t = fold_accents(text).strip()
    t = re.sub(r"['’]s$", "", t)
    return t


#: words of organisation names that say what kind of body it is, not which one: two owners
#: sharing only "party" or "national" are not the same owner ("Samajwadi Party" / "Telugu
#: Desam Party")
GENERIC_NAME_WORDS = {
    "party", "alliance", "front", "union", "league", "group", "company", "corporation", "corp",
    "inc", "ltd", "plc", "co", "holdings", "bank", "ministry", "department", "agency",
    "service", "services", "authority", "council", "committee", "association", "federation",
    "national", "democratic", "united", "international", "global", "general", "new", "state",
    "states", "city", "county", "north", "south", "east", "west", "university", "institute",
    "center", "centre", "office", "administration", "organisation", "organization", "the",
    "of", "and", "for", "people", "republic", "federal", "royal", "central", "world",
}


def _name_of_head(head) -> set[str]:
    """The name tokens of a proper-noun phrase: its head and compound/flat parts."""
    names = set()
    parts, stack = [head], [head]
    while stack:
        for ch in stack.pop().children:
            if ch.dep_ in ("compound", "flat", "poss"):
                parts.append(ch)
                stack.append(ch)
    for t in parts:
        if t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS:
            if not _led_by(t):
                names.add(_norm_name(t.text))
    return {n for n in names if n and n not in STOP and len(n) > 1}


def _led_by(tok) -> bool:
    """"the BJP-led alliance", "a Kremlin-backed group": the name is not the owner."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‐") and doc[tok.i + 2].lower_ in (
        "led", "backed", "owned", "run", "controlled", "supported", "dominated", "based",
        "allied", "aligned", "funded", "installed", "appointed")


_OF_WHOLE = re.compile(r"\d[\d,.]*(?:\s+[a-z]+)?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|"
                       r"her\s+|our\s+|all\s+)?(?:[A-Za-z]+['’]s?\s+)?$")


@_per_claim
def is_denominator(c: Claim) -> bool:
    """The whole a part is counted out of: the 543 of "240 of the 543 seats", the 80 of
    "37 of the State's 80 seats"."""
    if re.search(r"\d[- ](?:seat|member|strong)$", c.text) or _SIZE_OF_BODY.match(
            c.sentence[c.end - c.sentence_start:][:40]):
        return True  # "the 577-seat chamber", "the 577-member National Assembly"
    return bool(_OF_WHOLE.search(c.sentence[:c.start - c.sentence_start]))


_SIZE_OF_BODY = re.compile(r"[- ](?:seat|member)s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:chamber|assembly|"
                           r"Assembly|parliament|Parliament|house|House|legislature|senate|Senate|"
                           r"council|Council|body|bench)\b")


#: words that, capitalised before a number, name a step of a scale ("a Category 3 storm",
#: "a Level 4 alert", "Stage 2 load-shedding"), not whose figure it is
_SCALE_LABELS = {"category", "level", "phase", "stage", "grade", "class", "tier", "force",
                 "alert", "code"}


#: verbs whose agent is where a figure comes from, not whose it is
_SOURCE_VERBS = {"give", "put", "publish", "issue", "forecast", "predict", "project", "record",
                 "register", "compile", "calculate", "provide", "release", "cite", "measure"}


def _noun_owner(n) -> set[str]:
    """Names a counted noun says it belongs to: the agent of a participle on it ("seats won
    by the Liberal Initiative") or an organisation or person after "of" ("the deputies of the
    Liberal Initiative")."""
    for ch in n.children:
        if ch.dep_ == "acl" and ch.tag_ in ("VBN", "VBD") and ch.i == n.i + 1 and \
                ch.lemma_.lower() not in _SAY | _MEASURE_VERBS | _SOURCE_VERBS:
            # (not "the 34.8 km reported by the U.S. Geological Survey": its source)
            for ag in ch.children:
                if ag.dep_ == "agent":
                    for ob in ag.children:
                        if ob.dep_ == "pobj" and ob.pos_ == "PROPN" and \
                                ob.ent_type_ in ("ORG", "PERSON", "NORP"):
                            return _name_of_head(ob)
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i == n.i + 1:
            for ob in ch.children:
                if ob.dep_ == "pobj" and ob.pos_ == "PROPN" and ob.ent_type_ in ("ORG", "PERSON"):
                    # ("the House of Commons": every name in it)
                    return set().union(*(_name_of_head(t) for t in ob.subtree
                                         if t.pos_ == "PROPN"))
    return set()


def _acronym(tok) -> bool:
    """A name in capitals the parser took for a common noun ("the AD and the Socialists won
    one seat each")."""
    return tok.pos_ == "NOUN" and 2 <= len(tok.text) <= 5 and tok.text.isupper() and \
        tok.text.isalpha() and tok.dep_ in ("nsubj", "nsubjpass", "conj", "poss", "compound",
                                            "dative", "dobj")


def owners_differ(a: Claim, b: Claim) -> bool:
    """Both claims name whom their quantity belongs to, and no specific name is shared."""
    oa, ob = anchors(a).owners, anchors(b).owners
    if not (oa and ob) or _acronym_of(oa, ob):
        return False
    return not ((oa - GENERIC_NAME_WORDS) & (ob - GENERIC_NAME_WORDS))


def _owner_foreign_to_article(a: Claim, b: Claim, arts: dict[str, Article]) -> bool:
    """One claim names its owner, the other names none, and that owner is not what the
    other's article is about (its title and opening name it nowhere)."""
    if a.unit_kind not in ("currency", "percentage") or b.unit_kind != a.unit_kind:
        return False  # a company's money and rates; places and people have other evidence
    oa, ob = anchors(a).owners, anchors(b).owners
    if bool(oa) == bool(ob):
        return False
    named, bare = (a, b) if oa else (b, a)
    doc = _parse(named)
    if doc is None or not any(e.label_ == "ORG" and {_norm_name(w) for w in e.text.split()} &
                              (oa or ob) for e in doc.ents):
        return False  # only an organisation's name tells whose money it is
    owners = (oa or ob) - GENERIC_NAME_WORDS
    art = arts.get(bare.article)
    if not owners or art is None:
        return False
    subject = article_subject(art.title or "", (art.text or "")[:600])
    if not subject:
        return False
    return not (owners & subject) and not _acronym_of(frozenset(owners), subject)


@functools.lru_cache(maxsize=4096)
def article_subject(title: str, opening: str) -> frozenset[str]:
    """The names an article is about: organisations, people and products its title and
    opening name (lower-cased words)."""
    from . import nlp

    try:
        docs = [nlp.parse(t) for t in (title, opening) if t.strip()]
    except Exception:  # noqa: BLE001
        return frozenset()
    words: set[str] = set()
    for d in docs:
        for e in d.ents:
            if e.label_ in ("ORG", "PERSON", "PRODUCT", "NORP", "FAC", "WORK_OF_ART"):
                words |= {_norm_name(w) for w in e.text.split() if len(w) > 1}
        for t in d:
            if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_NAMES and len(t.text) > 1:
                words.add(_norm_name(t.text))
    return frozenset(words - GENERIC_NAME_WORDS - STOP)


def _dated_before(result: Claim, projection: Claim, arts: dict[str, Article]) -> bool:
    """The result's own words date it before the projection was reported ("turnout reached
    66.7% on June 30" is the first round's, not the runoff's a week later)."""
    t = result.time
    pub = arts[projection.article].published
    if t is None or t.start is None or pub is None or t.source not in ("sentence", "context"):
        return False
    return t.start < pub.date()


#: the nouns of events, with a quake's other names
_SHOCK_NOUNS = EVENT_NOUNS + r"|tremors?|temblors?|shocks?"
_ANOTHER_EVENT = re.compile(
    r"\b(?:another|a\s+(?:second|third|further|fresh|new|separate)|a\s+later)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:" + _SHOCK_NOUNS + r"|aftershocks?|landfalls?)\b|"
    # "Ian came ashore again near Georgetown on Friday with 85 mph winds"
    r"\b(?:came|comes|come|coming|made|makes|make|making)\s+(?:ashore|landfall)\s+(?:[\w.-]+\s+)?"
    r"(?:again|once\s+more|a\s+second\s+time|for\s+a\s+second\s+time)\b", re.I)


#: "100,000 signatures an hour", "5,000 cars a month": a count per stretch of time
_PER_PERIOD = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:a|an|per|each|every)\s+(second|minute|hour|day|night|week|"
    r"month|year|quarter)\b(?!\s+(?:after|before|later|earlier|ago|into|of)\b)", re.I)


@_per_claim
def rate_period(c: Claim) -> str | None:
    """The stretch of time a count is given per ("close to 100,000 signatures an hour"), or
    None for a count of its own."""
    if c.unit_kind not in ("count", "dimensionless"):
        return None
    span = mention_span(c)
    if span is None:
        return None
    m = _PER_PERIOD.match(span[0][span[2]:span[2] + 40])
    return m.group(1).lower() if m else None


#: the stretch of time an amount was gathered over: "30 cm of rain in the 24 hours",
#: "572 mm over the two days", "22.5 inches of rain in two days"
_WINDOW_LEAD = (r"(?:of\s+(?:rain|rainfall|snow|snowfall|precipitation|water)\s+)?(?:fell\s+)?"
                r"(?:in|over|within|during)\s+(?:the\s+)?"
                r"(?:past\s+|last\s+|previous\s+|first\s+)?")
_WINDOW_AFTER = re.compile(
    r"^\s*" + _WINDOW_LEAD + r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve)[\s-]+(minute|hour|day|week)s?\b", re.I)
#: the window itself, after an amount: the "24 hours" of "414 mm of rain in 24 hours"
_WINDOW_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?|in\.)\s+" +
    _WINDOW_LEAD + r"$", re.I)
_WINDOW_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0}


@_per_claim
def accumulation_window(c: Claim) -> float | None:
    """The hours an amount was gathered over ("more than 30 cm of rain in the 24 hours" ->
    24), or None."""
    if c.unit_kind != "dimension" or c.dimension not in ("length", "volume"):
        return None
    span = mention_span(c)
    if span is None:
        return None
    m = _WINDOW_AFTER.match(span[0][span[2]:span[2] + 60])
    if not m:
        return None
    n = m.group(1).lower()
    k = 1.0 if n in ("a", "an") else float(n) if n.isdigit() else float(UNITS_WORDS.get(n, 0))
    return k * _WINDOW_HOURS[m.group(2).lower()] if k else None


@_per_claim
def is_window(c: Claim) -> bool:
    """The duration is the stretch an amount of rain was gathered over, not a time of its
    own: the "24 hours" of "414 mm of rain in 24 hours"."""
    if c.dimension != "time":
        return False
    span = mention_span(c)
    return span is not None and _WINDOW_BEFORE.search(span[0][max(0, span[1] - 80):span[1]]) \
        is not None


#: a period's length as span_days measures it (end - start)
_PERIOD_DAYS = {"day": (0, 0), "night": (0, 1), "week": (6, 6), "month": (27, 30),
                "quarter": (88, 91), "year": (364, 365)}


def _count_over_the_period(a: Claim, b: Claim) -> bool:
    """One figure is a rate and the other a count its own time dates to one such period: "11
    million vehicles a year" and "11.3 million vehicles last year"."""
    ra, rb = rate_period(a), rate_period(b)
    if bool(ra) == bool(rb):
        return False
    count = b if ra else a
    t = count.time
    lo_hi = _PERIOD_DAYS.get(ra or rb or "")
    return bool(lo_hi and t is not None and t.start is not None and
                t.source in ("sentence", "context") and
                lo_hi[0] <= _span_days(t) <= lo_hi[1])


_GENERIC_DETS = {"any", "every", "each", "all"}
#: verbs by which a figure is reached, as a threshold is: "any petition that gathers 10,000"
_GAIN_VERBS = {"gather", "gain", "get", "receive", "attract", "collect", "cross", "draw", "earn",
               "obtain", "secure", "win", "amass", "garner"}
_GENERIC_PRONOUNS = {"one", "those", "anyone", "anything", "anybody", "whoever", "whatever"}


@_per_claim
def is_threshold(c: Claim) -> bool:
    """The figure is a rule's condition, not a count of what happened: "any petition that
    gathers 10,000 signatures receives a response", "petitions that gain more than 100,000
    signatures are considered for debate", "if the toll passes 100". The verb the figure
    hangs on decides: a relative clause on a generic noun (a bare plural, "any ...", "one
    that"), or a clause opened by "if", "once" or "unless"."""
    toks = _claim_tokens(c)
    if not toks:
        return False
    head = _mention_head(toks)
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _REACH_VERBS | _GAIN_VERBS:
        return False  # ("only if thousands of criteria were met": a count of conditions)
    if verb.dep_ == "advcl":
        return any(ch.dep_ == "mark" and ch.lower_ in ("if", "once", "unless")
                   for ch in verb.children)
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    dets = {ch.lower_ for ch in noun.children if ch.dep_ in ("det", "predet")}
    if dets & _GENERIC_DETS or noun.lower_ in _GENERIC_PRONOUNS:
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and any(
            ch.dep_ == "det" and ch.lower_ in _GENERIC_DETS - {"all"}
            for ch in noun.head.head.children):
        return True  # "any petition on the site that gathers 10,000 signatures"
    # a bare plural names a kind ("Petitions that gain ..."), not some things counted
    return noun.tag_ in ("NNS", "NNPS") and not dets and not any(
        ch.dep_ in ("poss", "nummod", "compound") for ch in noun.children) and \
        noun.ent_type_ == ""


#: a figure told as a mark to reach: "the 200 needed to override a veto", "short of the 151
#: required", "the 200-seat supermajority", "a two-thirds majority of 200 seats"
_MARK_AFTER = re.compile(r"^(?:\s*(?:-|seats?|votes?|members?))*\s*[\"“”']?\s*(?:needed|"
                         r"required|necessary|(?:super-?)?majority)\b", re.I)
_MARK_BEFORE = re.compile(r"\b(?:super-?)?majority\s+of\s+(?:at\s+least\s+)?$", re.I)


@_per_claim
def is_mark(c: Claim) -> bool:
    """The figure is a mark to reach, not a count of what is held."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    return bool(_MARK_AFTER.match(s[b:b + 40]) or _MARK_BEFORE.search(s[max(0, a - 40):a]))


#: an event wished for, not one that happened: "marched to demand a new referendum"
_WISHED_FOR = re.compile(r"\b(?:demand\w*|call\w*\s+for|push\w*\s+for|press\w*\s+for|seek\w*|"
                         r"sought|want\w*|campaign\w*\s+for|hold\w*|for|against|"
                         # a further event told only to be denied: "correcting its account of a
                         # second blast near the Baron Hotel"
                         r"account\s+of|reports?\s+of|no\s+(?:sign|evidence)\s+of|ruled\s+out)"
                         r"\s+$", re.I)


#: what an attack hit, by kind of place: two strikes on places of different kinds are two
#: events ("the airstrike on the drama theater" vs "a strike on a maternity hospital")
_TARGET_KINDS = {
    "hospital": "hospital", "clinic": "hospital", "theatre": "theatre", "theater": "theatre",
    "school": "school", "kindergarten": "school", "university": "school",
    "station": "station", "railway": "station", "mall": "shop", "supermarket": "shop",
    "hypermarket": "shop", "market": "market", "bazaar": "market", "church": "worship",
    "mosque": "worship", "cathedral": "worship", "synagogue": "worship", "temple": "worship",
    "hotel": "hotel", "port": "port", "harbour": "port", "harbor": "port", "bridge": "bridge",
    "dam": "dam", "steelworks": "plant", "plant": "plant", "factory": "plant",
    "refinery": "plant", "airport": "airport", "airfield": "airport", "stadium": "stadium",
    "cafe": "restaurant", "restaurant": "restaurant", "pizzeria": "restaurant",
}
_ATTACK_NOUNS = {"strike", "airstrike", "attack", "bombing", "shelling", "raid", "bombardment",
                 "explosion", "blast", "assault"}
_ATTACK_VERBS = {"bomb", "strike", "hit", "shell", "attack", "target", "storm", "destroy"}


@_per_claim
def attack_target(c: Claim) -> str | None:
    """The kind of place an attack in the figure's sentence hit ("bombed the Mariupol Drama
    Theatre" -> theatre), when the sentence names exactly one kind."""
    doc = _parse(c)
    if doc is None:
        return None
    kinds: set[str] = set()
    for t in doc:
        lem = t.lemma_.lower()
        objs = []
        if _dates_the_figure(t):
            continue  # "A week before the theatre was hit, a strike on the hospital killed 3"
        if lem in _ATTACK_NOUNS and t.pos_ == "NOUN":
            # "the strike on the theatre", "the March 9 bombing of the city's maternity hospital"
            objs = [o for ch in t.children if ch.dep_ == "prep" and ch.lower_ in ("on", "at", "of")
                    for o in ch.children if o.dep_ == "pobj"]
        elif lem in _ATTACK_VERBS and t.pos_ == "VERB":
            # what was hit, also in the passive: "when one of its schools ... was hit"
            objs = [ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass")]
        # (with what is coordinated with it: "a maternity and children's hospital")
        for o in objs + [x for o in objs for x in o.conjuncts]:
            kind = _target_kind(o)
            if kind:
                kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


#: a count kept since a start ("since Oct. 7", "since the war began", "since the start of the
#: invasion")
_SINCE_START = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+|the\s+(?:war|conflict|invasion|"
    r"fighting|offensive|siege)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:19|20)\d\d\b)")


@_per_claim
def _since_start(c: Claim) -> bool:
    """The figure is a running count since a start its sentence names, before the figure or
    right after it ("4,385 Palestinians had been killed since Oct. 7"; not "rose to 40, the
    highest since 2015")."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    comma = s.find(",", b)
    for m in list(_SINCE_START.finditer(s[:a])) + [
            x for x in _SINCE_START.finditer(s, b, comma if comma >= 0 else len(s))]:
        if re.search(r"\b(?:deadliest|worst|largest|biggest|highest|lowest|most|first|only|"
                     r"strongest|heaviest)\b[^,;]{0,40}$", s[:m.start()], re.I):
            continue  # "the deadliest attack on Odesa since March 2": a record, no running count
        if m.end() <= a and re.match(r"[^,;]{0,30},?\s*(?:when|which|in\s+which|that)\b",
                                     s[m.end():a]):
            continue  # "since March 2, when a drone slammed into an apartment block, killing 12"
        return True
    return False


_ATTACK_WORDS = re.compile(r"\b(?:strikes?|airstrikes?|air\s+strikes?|attacks?|bombings?|"
                           r"shelling|raids?|explosions?|blasts?)\b", re.I)


@_per_claim
def _one_attack(c: Claim) -> bool:
    """The figure's sentence tells of an attack, not of a count kept since a start."""
    if _since_start(c):
        return False
    span = mention_span(c)
    return attack_target(c) is not None or (span is not None and bool(
        _ATTACK_WORDS.search(span[0][:span[2]])))


def _dates_the_figure(t) -> bool:
    """The attack word stands in a clause or phrase that only dates what the sentence tells
    ("A week before the theatre was hit", "since the strike on the station")."""
    for x in [t] + list(t.ancestors)[:3]:
        if x.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in _TIME_MARKS
                                     for ch in x.children):
            return True
        if x.dep_ == "pobj" and x.head.lower_ in _TIME_MARKS:
            return True
    return False


_TIME_MARKS = {"before", "after", "since", "until", "till", "following"}

#: words for a place hit that say nothing of its kind, but where it stands may ("a building
#: in the compound of the Greek Orthodox Church", "one of its schools")
_TARGET_PARTS = {"building", "compound", "part", "area", "grounds", "one", "wing", "block",
                 "section", "site", "courtyard", "yard", "premises"}


def _target_kind(o, depth: int = 3) -> str | None:
    """The kind of place a word for what was hit names, looking through a part to the whole
    it is in or of ("a building in the compound of the ... Church" -> worship)."""
    kind = _TARGET_KINDS.get(o.lower_) or _TARGET_KINDS.get(o.lemma_.lower())
    if kind or depth == 0 or o.lemma_.lower() not in _TARGET_PARTS:
        return kind
    for prep in o.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "at", "inside"):
            for w in prep.children:
                if w.dep_ == "pobj":
                    kind = _target_kind(w, depth - 1)
                    if kind:
                        return kind
    return None


@functools.lru_cache(maxsize=256)
def _headline_target(titles: tuple[str, ...]) -> str | None:
    """The one kind of place the set's headlines say was hit ("Explosion at Gaza City hospital
    kills hundreds", "Gaza ministry revises hospital blast toll"): named in at least half the
    distinct headlines, and no other kind named as often."""
    if not titles:
        return None
    seen: dict[str, int] = {}
    for t in titles:
        words = set(re.findall(r"[a-z]+", t.lower()))
        for kind in {k for w, k in _TARGET_KINDS.items() if w in words or w + "s" in words}:
            seen[kind] = seen.get(kind, 0) + 1
    top = [k for k, n in seen.items() if 2 * n >= len(titles)]
    return top[0] if len(top) == 1 else None


def story_target(arts: dict[str, Article]) -> str | None:
    """The kind of place the set's headlines say was hit, if they agree on one."""
    return _headline_target(tuple(sorted({a.title for a in arts.values()
                                          if a.title and a.status == "ok"})))


@_per_claim
def is_another_event(c: Claim) -> bool:
    """The figure's clause is about a further event than the story's ("another magnitude 6.3
    earthquake struck ..., killing one", "a second attack wounded 12")."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    # the event's noun phrase comes before the figure, often at the start of the sentence;
    # an aftershock is a further event too ("a second quake" / "a 7.5 aftershock")
    # (not one the story's event is said to be followed by: "struck ..., followed later in
    # the day by a second powerful quake, toppling buildings ... and killing more than 3,800")
    return any(not _WISHED_FOR.search(s[max(0, m.start() - 30):m.start()]) and
               not _FOLLOWED_BY.search(s[max(0, m.start() - 40):m.start()])
               for m in _ANOTHER_EVENT.finditer(s[:a])) or bool(re.match(
        r"^[\s-]*(?:magnitude\s+)?(?:aftershocks?|foreshocks?)\b", s[b:b + 25], re.I)) or \
        bool(_harm_of_an_aftershock(c))


_FOLLOWED_BY = re.compile(r"\bfollowed\s+(?:[\w,]+\s+){0,5}?by\s+$", re.I)

_ORDINAL_WORDS = {"first": 1, "initial": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3,
                  "3rd": 3, "fourth": 4, "4th": 4}
#: one of a story's events told by its order: "the first quake", "A second quake", "the
#: second, in Elbistan", "the depth of the second at 10 km" (the noun left out, when the
#: sentence names the kind of event)
_EVENT_ORDINAL = re.compile(
    r"\b(?:the|a|its|their)\s+(first|initial|second|third|fourth|1st|2nd|3rd|4th)\b"
    r"(?:(?:\s+(?:and\s+)?(?:more\s+|most\s+)?(?:powerful|strong(?:er|est)?|major|big(?:ger)?|"
    r"large(?:r)?|deadl(?:y|ier)|massive|huge|smaller|weaker)\b)*"
    r"(?:[\s-]+(" + _SHOCK_NOUNS + r"|landfalls?|rounds?|"
    r"ballots?|legs?|heats?|semi-?finals?|waves?|missiles?|bombs?|drones?)\b)|"
    r"(?=\s*,|\s+at\s+[\d$£€]|\s+(?:measured|struck|hit|followed|came)\b))", re.I)
#: a kind of event named ("quake", "strike"): another event between an ordinal and a figure
_ANOTHER_KIND = re.compile(r"\b(?:" + _SHOCK_NOUNS + r")\b", re.I)
#: ... and, with "magnitude", a sentence about events an elliptic "the second" may refer to
_EVENT_KIND = re.compile(r"\b(?:" + _SHOCK_NOUNS + r"|magnitude)\b", re.I)


@_per_claim
def event_ordinal(c: Claim) -> int | None:
    """Which of a story's events, told by order, the figure's clause is about: the nearest
    "the first quake" / "a second quake" before it in the same clause ("the first quake ... had
    a magnitude of 7.7 and struck at a depth of 8.6 km; the second ... measured 7.6 at a depth
    of 7 km"). An event in another clause ("followed by a second powerful quake, ... killing
    more than 3,800") or one that dates the figure ("three days after the first quake") does
    not say whose figure it is."""
    span = mention_span(c)
    if span is None:
        return None
    s, a, _ = span
    hits = [m for m in _EVENT_ORDINAL.finditer(s) if m.end(1) <= a and
            (m.group(2) or _EVENT_KIND.search(s)) and
            not re.search(r"\b(?:after|since|before|until|following)\s*$", s[:m.start()], re.I)]
    if not hits or _parse(c) is None:
        return None
    m = hits[-1]
    between = s[m.end():a]
    if _in_figure_clause(c, m.start(1)) or (
            re.search(r"\b(?:its|it)\b", between, re.I) and not _ANOTHER_KIND.search(between)):
        # (or a clause of its own that points back at it: "The second, of magnitude 7.5,
        # followed nine hours later; the US Geological Survey put its depth at 10km")
        return _ORDINAL_WORDS[m.group(1).lower()]
    return None


def _in_figure_clause(c: Claim, offset: int) -> bool:
    """The word at ``offset`` of the claim's sentence is in the figure's own clause: both
    hang from one verb, or the figure's verb shares that one's subject ("the first quake ...
    had a magnitude of 7.7 and struck at a depth of 8.6 km"). Without a parse, it is taken
    to be."""
    doc = _parse(c)
    toks = _claim_tokens(c) if doc is not None else []
    word = _token_at(doc, offset) if toks else None
    if word is None:
        return True
    mine, theirs = _governing_verb(toks[0], 8), _governing_verb(word, 8)
    for _ in range(3):
        # a participle the parser took for the verb ("a second quake centred in Elbistan
        # ... measured 7.6"): the clause is the one it hangs in
        if theirs.i == mine.i or theirs.dep_ not in ("csubj", "csubjpass", "acl"):
            break
        theirs = _governing_verb(theirs.head, 8)
    # the event as the subject holds for the verbs that share it and for a participle with no
    # subject of its own ("A second quake ... struck, killing 300"); as an agent it does not
    # ("followed by a second quake, toppling buildings and killing more than 3,800")
    subject = word.head.dep_ in ("nsubj", "nsubjpass") or word.dep_ in ("nsubj", "nsubjpass")
    while mine.i != theirs.i and (mine.dep_ == "conj" or (subject and mine.dep_ == "advcl")) \
            and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in mine.children):
        mine = mine.head
    # a participle on the event's own noun ("A second powerful tremor, measured at 7.5, hit")
    return mine.i == theirs.i or (mine.dep_ == "acl" and mine.head.i in (word.i, word.head.i))


def _harm_of_an_aftershock(c: Claim) -> bool:
    """A toll an aftershock took: "A powerful aftershock struck Sichuan province on Sunday,
    killing at least eight people" (the subject of the clause the figure hangs from)."""
    if role_of(c) not in EVOLVING:
        return False
    doc = _parse(c)
    toks = _claim_tokens(c) if doc is not None else []
    verb = _governing_verb(toks[0], 6) if toks else None
    for _ in range(3):
        if verb is None:
            return False
        subj = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].lemma_.lower() == "aftershock" and \
                any(d.lower_ in ("a", "an") for d in subj[0].children if d.dep_ == "det")
        if verb.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        verb = verb.head
    return False


def _same_subject(a: Claim, b: Claim) -> bool:
    """Positive evidence that two figures are of one thing: a shared owner ("the BJP"), or,
    with no owner named on either side, one named measure ("turnout")."""
    if shares_owner(a, b):
        return True
    common = set(measure_names(a)) & set(measure_names(b))
    words = {w for name in common for w in name.split()}
    # ("Turnout was 66.63 per cent": a capitalised first word the parser took for a name)
    return bool(common) and not (anchors(a).owners - words) and not (anchors(b).owners - words)


def _figure_verb(c: Claim):
    """The verb the figure hangs from (four steps up its sentence's parse at most), or None."""
    doc = _parse(c)
    if doc is None:
        return None
    return _governing_verb(_token_at(doc, c.start - c.sentence_start), 4)


def _verb_subject(c: Claim) -> str | None:
    """The common noun that is the subject of the figure's verb ("the coalition would win
    between 196 and 208 of the 465 seats": coalition), if any."""
    verb = _figure_verb(c)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    return subj.lemma_.lower()


def _same_verb_subject(a: Claim, b: Claim) -> bool:
    """Both figures are what one noun's verb gives: "the coalition would win between 196 and
    208" and "the coalition has 215 seats"."""
    sa = _verb_subject(a)
    return sa is not None and sa == _verb_subject(b)


def _one_owner(a: Claim, b: Claim) -> bool:
    """Both shares belong to one named owner ("Javier Milei" / "Milei"), each the only share
    its sentence gives (with several, "55.95% against 44.04% for Massa", whose is whose is
    beyond the owner words)."""
    oa, ob = anchors(a).owners - GENERIC_NAME_WORDS, anchors(b).owners - GENERIC_NAME_WORDS
    if not (oa and ob and (oa <= ob or ob <= oa)):
        return False
    return all(_share_owned(x) for x in (a, b))


def _share_owned(c: Claim) -> bool:
    """Whose share a figure is can be told: it is the only share of its sentence, or its name
    stands right beside it ("47.87% for Kemal Kılıçdaroğlu", "put Erdogan on 52.6%"), or every
    other share of the sentence has its own name beside it ("taking 52.13% of the vote ...
    against 47.87% for Kemal Kılıçdaroğlu")."""
    shares = list(re.finditer(r"\d\s?(?:%|per\s?cent|percent)", c.sentence))
    if len(shares) == 1:
        return True
    doc = _parse(c)
    if doc is None:
        return False
    s, e = c.start - c.sentence_start, c.end - c.sentence_start
    own = [t for t in doc if t.idx < e and t.idx + len(t) > s and t.like_num]
    if own and _gapped_owner(doc, own[:1]):
        return True
    progress = [(p.start(), p.end()) for p in _COUNT_PROGRESS.finditer(c.sentence)]
    for m in shares:
        if s <= m.start() < e:
            continue
        if any(lo <= m.start() < hi for lo, hi in progress):
            continue  # how far the count had got ("with 99.66% of ballot boxes counted")
        t = _token_at(doc, m.start())
        if t is None or not t.like_num:
            return False
        v = _governing_verb(t, 6)
        if v is not None and v.dep_ in ("relcl", "acl") and not any(
                x.i == v.i for o in own for x in o.ancestors):
            # a relative clause's share, about someone else: "Machado, who won the primary
            # with more than 92% of the vote, said ... González had won 70%"
            continue
        if not _gapped_owner(doc, [t]):
            return False
    return True


def shares_owner(a: Claim, b: Claim) -> bool:
    """Both claims name whom their quantity belongs to, and a specific name is shared
    ("the BJP was leading in 243 seats" / "the BJP won 240")."""
    oa, ob = anchors(a).owners, anchors(b).owners
    if not (oa and ob):
        return False
    return _acronym_of(oa, ob) or bool((oa - GENERIC_NAME_WORDS) & (ob - GENERIC_NAME_WORDS))


def _gapped_owner(doc, inside) -> set[str]:
    """The name standing right before a figure, with no verb of its own: in the possessive
    ("to Maduro's 30%"), or after "and" or a comma in a list of names and figures ("and Maduro
    2,759,256"), or after a verb when the sentence pairs at least two such names and figures
    ("gave Maduro 51.2% and González 44.2%"): the figure's owner."""
    if not inside:
        return set()
    k = inside[0].i
    if k >= 2 and doc[k - 1].lower_ in ("'s", "’s") and doc[k - 2].pos_ == "PROPN" and \
            doc[k - 2].ent_type_ not in ("GPE", "LOC", "FAC") + tuple(_NOT_NAMES):
        # "to Maduro's 30%", "behind Seville's 9.81": the name whose figure it is
        return {_norm_name(doc[k - 2].text)} - STOP

    def name_before(first):
        k = first.i - 1
        if k >= 1 and doc[k].lower_ in ("on", "at", "with") and doc[k - 1].pos_ == "PROPN":
            k -= 1  # "put Erdogan on 52.6% and Kilicdaroglu on 47.4%"
        elif k >= 2 and doc[k].lower_ in ("on", "at") and \
                doc[k - 1].lower_ in ("ahead", "behind") and doc[k - 2].pos_ == "PROPN":
            k -= 2  # "had Kılıçdaroğlu ahead on 50.9%"
        end = k + 1
        while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in _NOT_NAMES:
            k -= 1
        if k == end - 1 or k < 0:
            return None
        lead = doc[k]
        if not (lead.lower_ in ("and", ",", ";", "while", "with") or lead.pos_ == "VERB"):
            return None
        return doc[k + 1:end]

    after = _name_after(doc, inside)
    if after:
        return after
    chunk = name_before(inside[0])
    if chunk is None or (doc[chunk.end].i == inside[0].i and any(
            t.ent_type_ in ("GPE", "LOC", "FAC") for t in chunk)):
        # (a name set before its figure by "on" is the figure's even when the parser takes
        # it for a place: "put Erdogan on 52.6% and Kilicdaroglu on 47.4%")
        return set()
    lead = doc[chunk.start - 1]
    if lead.pos_ == "VERB" and not any(t.like_num and t.i != inside[0].i and (
            name_before(t) is not None or _name_after(doc, [t])) for t in doc):
        return set()  # ("the ministry gave Kyiv 40 generators": no list of owners)
    return {_norm_name(t.text) for t in chunk} - STOP


def _for_after(doc, inside):
    """The "for" set right after a figure ("47.87% for Kemal Kılıçdaroğlu", "52% of the vote
    for Erdoğan"), or None."""
    k = inside[-1].i + 1
    if k < len(doc) and doc[k].text == "%":
        k += 1
    if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the":
        k += 2  # "of the vote", "of the runoff vote"
        while k < len(doc) and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ != "for":
            k += 1
    return doc[k] if k < len(doc) and doc[k].lower_ == "for" else None


def _name_after(doc, inside) -> set[str]:
    """The name a figure is given for, right after it: "against 47.87% for Kemal
    Kılıçdaroğlu", "49.1% for Erdoğan", "36 seats for Scotland"."""
    if not inside:
        return set()
    f = _for_after(doc, inside)
    if f is None or f.i + 1 >= len(doc):
        return set()
    k = f.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in _NOT_NAMES:
        k += 1
    chunk = doc[f.i + 1:k]
    if k < len(doc) and doc[k].pos_ == "NOUN":
        return set()  # "50% for Broadcom stock": a name modifying the thing given for
    return {_norm_name(t.text) for t in chunk} - STOP


def anchors(c: Claim) -> Anchors:
    """Modifiers and owners of a claim's quantity, from the parse of its sentence.

    *Modifiers* are adjectival and compound modifiers of the noun the number belongs to
    (nationalities, places, numbers and evaluative words like "massive" do not narrow).
    *Owners* are the names in the number's own clause that the quantity belongs to ("Labour
    won 411 seats", "iPhone revenue of $46.2 billion", "810 deaths in Syria"); the source of
    the number ("according to Kyiv", "the ministry said") is not an owner.
    """
    key = (c.sentence, c.start - c.sentence_start, c.end - c.sentence_start, c.attribution or "")
    hit = _ANCHOR_CACHE.get(key)
    if hit is not None:
        return hit
    mods: set[str] = set()
    owners: set[str] = set()
    doc = _parse(c)
    if doc is not None:
        s, e = key[1], key[2]
        inside = [t for t in doc if t.idx < e and t.idx + len(t) > s]
        nouns = []
        heads = set(counted_key(c)) if kind_of(c) == "count" else set()
        for t in inside:
            h = t
            for _ in range(3):  # climb number -> noun ("more than 500 drones")
                if h.pos_ in ("NOUN", "PROPN") and not h.like_num:
                    break
                h = h.head
            if h.pos_ in ("NOUN", "PROPN"):
                nouns.append(h)
        for t in doc:  # the counted noun itself may stand outside the span
            if heads and t.lemma_.lower() in heads and t.idx >= s:
                if t not in nouns:  # the first one after the number, not a later mention
                    nouns.append(t)
                break
        for n in nouns:
            # "an operating margin of 10.8%", "diluted earnings of $1.20": the noun the figure
            # is the value of names the measure; its distinguishing words narrow it
            measure = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
            if measure is not None and measure.pos_ == "NOUN" and measure.i < n.i:
                mods.update(ch.lower_ for ch in measure.children
                            if ch.dep_ in ("amod", "compound") and ch.lower_ in DISTINGUISHING)
                if measure.lemma_.lower() in ("average", "mean", "median"):
                    # "against an average of about 70 millimetres for the whole month": a
                    # norm, not the one event's figure
                    mods.add(measure.lemma_.lower())
            for ch in n.children:
                if ch.dep_ == "poss" and ch.pos_ == "NOUN" and not ch.like_num and \
                        not (ch.idx < e and ch.idx + len(ch) > s):
                    # "the State's 80 seats", "the utility's 2.6 million customers": whose
                    # total it is narrows it
                    lem = ch.lemma_.lower()
                    if re.match(r"^[a-z][a-z\-]+$", lem) and lem not in GENERIC_MODIFIERS:
                        mods.add(lem)
                    continue
                if ch.dep_ not in ("amod", "compound", "nmod") or ch.like_num:
                    continue
                if ch.idx < e and ch.idx + len(ch) > s:
                    continue
                if any(g.like_num for g in ch.subtree if g.i != ch.i):
                    continue  # "at magnitude 7.9 and 30 km deep": another measure's word
                if ch.ent_type_ in _NAME_ENTS and ch.ent_type_ not in ("NORP", "GPE", "LOC"):
                    owners.add(_norm_name(ch.text))
                    continue
                if ch.ent_type_ or ch.pos_ == "PROPN":
                    continue
                lem = ch.lemma_.lower()
                if lem in GENERIC_MODIFIERS or not re.match(r"^[a-z][a-z\-]+$", lem):
                    continue
                mods.add(lem)
        # the clause of the number: climb to the nearest verb, stay out of other clauses
        verb = _governing_verb(inside[0] if inside else None, 6)
        attrib = _norm_name(c.attribution or "")
        # a dateline ("AUSTIN, Texas, July 2 (Digest) —") names where it was written
        m = re.match(r"^[^\n]{0,90}?(?:\u2014|\u2013|--| - |\):)", c.sentence)
        dateline_end = m.end() if m and m.end() <= s else -1

        def other_number(tok) -> bool:
            return any(t.like_num and not (t.idx < e and t.idx + len(t) > s)
                       for t in tok.subtree)

        # "Naidu's Telugu Desam Party, with 16 seats, and Kumar's Janata Dal, with a dozen":
        # a number in a phrase attached to a name belongs to that name, not to the clause
        held_by = None
        for n in nouns[:1]:
            if n.dep_ == "pobj" and n.head.lower_ in ("with", "on", "at") and \
                    n.head.head.pos_ == "PROPN" and n.head.head.i < n.i:
                held_by = _name_of_head(n.head.head)
            if not held_by:
                # "the eight seats won by the Liberal Initiative", "the eight deputies of the
                # Liberal Initiative": the name on the counted noun itself
                held_by = _noun_owner(n) or None
        subject_of = None
        if verb is not None and verb.tag_ == "VBG" and \
                not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
                    verb.head.head.pos_ in ("VERB", "AUX"):
                # "Microsoft, which also reported on Thursday, rose 1.8% after posting
                # revenue of $61.86 billion": "after posting" is about the subject of the
                # verb it hangs from
                subject_of = verb.head.head
            elif verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and \
                    c.unit_kind == "percentage":
                # "Erdoğan has won a new term, taking 52.13% of the vote": so is "taking"
                # (only a share: "The iPhone did the heavy lifting, generating $43.8 billion"
                # names a product, not whose revenue it is, and "Ian had battered Cuba,
                # killing at least two people" the storm, not whose dead they are)
                subject_of = verb.head
        gapped = _gapped_owner(doc, inside)
        if subject_of is not None and not gapped:
            for ch in subject_of.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "PROPN" and \
                        ch.ent_type_ not in _NOT_NAMES and ch.idx >= dateline_end:
                    # ("PARADISE, Calif., Nov 9 — A fast-moving wildfire has destroyed ...,
                    # killing at least nine people": a dateline is no subject)
                    owners |= _name_of_head(ch)
        if gapped:
            # "González received 6,275,182 votes and Maduro 2,759,256", "gave Maduro 51.2%
            # and González 44.2%": the name set right before the figure is whose it is
            owners |= gapped
        elif held_by:
            owners |= held_by
        elif verb is not None and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
            # "the Janata Dal (United) in Bihar, which together hold 28 seats": the names the
            # relative clause is about, with the names coordinated with them
            ante = verb.head
            while ante.dep_ in ("pobj", "appos", "conj") and ante.head.pos_ in ("PROPN", "ADP"):
                up = ante.head if ante.head.pos_ == "PROPN" else ante.head.head
                if up.pos_ != "PROPN":
                    break  # "a margin of about 55,000 votes over the Socialists, who took 78
                    # seats": the name itself, not the noun its phrase hangs from
                ante = up
            for t in [ante] + [x for x in ante.subtree if x.dep_ == "conj"]:
                if t.pos_ == "PROPN":
                    owners |= _name_of_head(t)
        elif verb is not None and verb.lemma_.lower() not in _SAY | _MEASURE_VERBS:
            stack = [verb]
            while stack:
                tok = stack.pop()
                for ch in tok.children:
                    if (ch.dep_ in _CLAUSE_DEPS and not (ch.dep_ == "conj" and ch.pos_ in (
                            "PROPN", "NOUN") and tok.pos_ in ("PROPN", "NOUN"))) or \
                            ch.lemma_.lower() in _SAY:
                        continue  # (names coordinated with a name are owners with it: "the
                        # AD and the Socialists won one seat each")
                    if ch.lower_ == "according":
                        continue  # "according to Ukraine's Interior Ministry": its source
                    if ch.dep_ == "prep" and other_number(ch):
                        continue  # "including 81,000 in Paris" belongs to another number
                    if ch.lower_ == "for" and any(
                            (f := _for_after(doc, [t])) is not None and f.i == ch.i for t in doc
                            if t.like_num and not (t.idx < e and t.idx + len(t) > s)):
                        continue  # "taking 52.13% against 47.87% for Kılıçdaroğlu": its "for"
                    if ch.dep_ in ("appos", "conj", "dep") and other_number(ch) and not any(
                            t.idx < e and t.idx + len(t) > s for t in ch.subtree):
                        # "412 seats, about 63% of the House of Commons", "some 2,000 people,
                        # about 900 of them in Israel": the phrase set beside the figure is
                        # another number's
                        continue
                    if ch.dep_ in ("appos", "dep") and re.search(
                            r"\bof\s+(?:them|whom|which|those)\b",
                            doc[ch.left_edge.i:ch.right_edge.i + 1].text, re.I) and not any(
                            t.idx < e and t.idx + len(t) > s for t in ch.subtree):
                        continue  # "most of them in New York": where a part is, not whose
                    if ch.dep_ == "agent" and any(g.lemma_.lower() in _SAY for g in ch.subtree):
                        continue
                    stack.append(ch)
                if tok is verb or (tok.idx < e and tok.idx + len(tok) > s):
                    continue
                if tok.ent_type_ in _NOT_NAMES or tok.idx < dateline_end:
                    continue
                if tok.dep_ == "poss" and tok.ent_type_ in ("GPE", "NORP") and \
                        tok.head.ent_type_ == "PERSON":
                    continue  # "Kenya's Benson Kipruto": the runner's country, not his time's owner
                if tok.dep_ in ("amod", "compound", "nmod") and any(
                        g.dep_ == "nummod" and g.like_num and not (g.idx < e and g.idx + len(g) > s)
                        for g in tok.head.children):
                    # "169 Indian nationals, 63 British nationals": the word of another
                    # number's noun in the list
                    continue
                if (tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTS or _acronym(tok)) and \
                        not _led_by(tok):
                    name = _norm_name(tok.text)
                    if name in STOP:
                        continue  # "the" of "the United States"
                    if name in _SCALE_LABELS:
                        continue  # "as a Category 3 storm": a step of a scale, no one's name
                    if name and name not in attrib and len(name) > 1:
                        owners.add(name)
        if not owners and verb is not None and verb.dep_ == "conj" and \
                verb.head.pos_ in ("VERB", "AUX") and \
                verb.lemma_.lower() not in _SAY | _MEASURE_VERBS and \
                not any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
            # "Mbappé finished with eight goals ... and now has 12 World Cup goals": a verb
            # coordinated with another shares its subject
            for ch in verb.head.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and ch.ent_type_ not in _NOT_NAMES and \
                        (ch.pos_ == "PROPN" or ch.ent_type_ in _NAME_ENTS) and not _led_by(ch):
                    owners |= _name_of_head(ch)
    res = Anchors(frozenset(mods), frozenset(owners))
    _ANCHOR_CACHE[key] = res
    return res


@_per_claim
def change_subject(c: Claim) -> tuple[str | None, frozenset[str]]:
    """For a percentage change ("global e-commerce sales rose 27%"), the subject of its verb
    ("sale") and the words that narrow it ("global", "e-commerce"); names, numbers and
    generic words do not narrow, and a pronoun or a name is no subject here."""
    if c.unit_kind not in ("percentage", "percentage_point"):
        return None, frozenset()
    verb = _figure_verb(c)
    if verb is None or verb.lemma_.lower() not in _CHANGE_VERBS:
        return None, frozenset()
    out: set[str] = set()
    head = None
    for subj in (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ == "NOUN" and not subj.ent_type_:
            head = subj.lemma_.lower()
        for ch in subj.children:
            if ch.dep_ not in ("amod", "compound") or ch.like_num or ch.ent_type_ or \
                    ch.pos_ == "PROPN":
                continue
            word = "".join(t.text_with_ws for t in ch.subtree).strip().lower()
            word = re.sub(r"\s*-\s*", "-", word)
            if re.match(r"^[a-z][a-z\-]+$", word) and word not in GENERIC_MODIFIERS | {"total"}:
                out.add(word)
    return head, frozenset(out)


def _named_before(c: Claim, word: str) -> bool:
    """``word`` (a noun's lemma) is written in the few words before the figure."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, _ = span
    return re.search(rf"\b{re.escape(word)}", s[max(0, a - 40):a], re.I) is not None


#: subjects of a change that name one measure
_SAME_MEASURE = {"sale": "revenue", "turnover": "revenue", "comp": "revenue",
                 "income": "profit", "earnings": "profit", "earning": "profit",
                 "stock": "share", "price": "share",
                 # "the average ticket", "average spending per visit", "the average check"
                 "check": "ticket", "spending": "ticket"}


_CHANGE_VERBS = {"rise", "grow", "jump", "climb", "increase", "fall", "drop", "decline",
                 "slip", "gain", "surge", "soar", "slump", "dip", "advance", "expand",
                 "shrink", "contract", "edge", "tumble", "plunge", "sink", "decrease",
                 "slide", "plummet", "rebound", "retreat", "sag", "rally"}


def modifiers(c: Claim) -> frozenset[str]:
    return anchors(c).modifiers


def significant_digits(c: Claim) -> int:
    """How many significant digits the stated number has (539 -> 3, 500 -> 1, 94.93bn -> 4)."""
    v = abs(c.value)
    if v == 0:
        return 1
    return max(1, int(math.floor(math.log10(v / _step(c)) + 1e-9)) + 1)


def _bound(c: Claim) -> str:
    """The claim's bound or approximation, whatever names its change ("rose 6%" is "=")."""
    return "=" if c.qualifier in ("up", "down") else c.qualifier


def same_reading(a: Claim, b: Claim) -> bool:
    """The same bound and the same direction of change: "rose 6%" / "a 6% rise"."""
    return a.direction == b.direction and _bound(a) == _bound(b)


def rounded_and_specific(a: Claim, b: Claim) -> bool:
    """One states a precise number and the other the same number rounded, with three or more
    significant digits left ("18.91 million subscribers" / "18.9 million", "$21.11 billion" /
    "$21.1 billion"): rarely a coincidence."""
    bare_count = {a.unit_kind, b.unit_kind} == {"count", "dimensionless"} and \
        "" in (a.unit, b.unit)
    if (a.unit != b.unit and not bare_count) or a.direction != b.direction or \
            a.si_value is not None or _bound(a) not in ("=", "~") or _bound(b) not in ("=", "~"):
        return False
    fine, coarse = sorted((a, b), key=_step)
    step = _step(coarse)
    if step <= _step(fine) or significant_digits(coarse) < 3:
        return False
    return math.isclose(round(fine.value / step) * step, coarse.value, rel_tol=1e-9)


def equal_and_specific(a: Claim, b: Claim) -> bool:
    """Both state the same precise number (three or more significant digits)."""
    if a.direction != b.direction or (
            _bound(a) != _bound(b) and not {_bound(a), _bound(b)} <= {"=", "~"}):
        return False
    va = a.si_value if a.si_value is not None else a.value
    vb = b.si_value if b.si_value is not None else b.value
    if abs(va - vb) > 1e-9 * max(1.0, abs(va), abs(vb)):
        return False
    return min(significant_digits(a), significant_digits(b)) >= 3


_PERIODS = {
    "quarter": re.compile(r"\b(?:quarter(?:ly)?|q[1-4]|three months)\b", re.I),
    "half": re.compile(r"\b(?:half-year|first half|second half|h[12]|six months)\b", re.I),
    "year": re.compile(r"\b(?:full[- ]year|annual(?:ly)?|for the year|fiscal year|"
                       r"twelve months|12 months|year to date)\b", re.I),
    # (not "a figure it had already disclosed in its monthly sales reports": how often it
    # publishes, not the period a figure covers)
    "month": re.compile(r"\b(?:monthly(?!\s+(?:[a-z]+\s+)?(?:reports?|updates?|data|filings?|"
                        r"disclosures?|releases?|statements?|bulletins?))|in the month|"
                        r"month-on-month)\b", re.I),
}


#: a reporting period a sentence opens with ("For the full year,", "In the quarter,")
_OPENING_PERIOD = re.compile(
    r"^\W*(?:for|in|during|over)\s+the\s+(?:(?:full|whole|fiscal|latest|third|fourth|first|"
    r"second)[- ])?(?:year|quarter|three\s+months|half|twelve\s+months|12\s+months)\s*,", re.I)


#: a prior period a clause opens with ("In the same quarter last year", "a year ago")
_PRIOR_PERIOD_BEFORE = re.compile(
    r"\b(?:in|during|for)\s+the\s+(?:year-earlier|year-ago|prior-year|same)\s+(?:quarter|"
    r"period|three\s+months)(?:\s+(?:last|a)\s+year)?|\b(?:a|one)\s+year\s+(?:earlier|ago|"
    r"before)\s*,", re.I)
_PRIOR_PERIOD = re.compile(
    r"^\s*(?:in|during|for|of)\s+the\s+(?:previous|prior|preceding|year-ago|same)\s+"
    r"(?:quarter|period|year|month|week|three\s+months)\b|^\s*(?:a|one)\s+year\s+(?:earlier|"
    r"ago|before)\b|^\s*(?:in\s+the\s+)?(?:year-ago|prior-year|last\s+year's)\s+(?:quarter|period)\b",
    re.I)


def reporting_period(c: Claim) -> str | None:
    """The reporting period a money or percentage figure covers, when its sentence names
    exactly one ("fourth-quarter revenue" vs "full-year revenue")."""
    if c.unit_kind not in ("currency", "percentage", "percentage_point"):
        return None
    after = c.sentence[c.end - c.sentence_start:][:45]
    if _PRIOR_PERIOD.match(after):
        return "prior"  # "slipped to 75.7% from 78.9% in the previous quarter"
    before = c.sentence[:c.start - c.sentence_start]
    opened = list(_PRIOR_PERIOD_BEFORE.finditer(before))
    m = opened[-1] if opened else None
    if m is not None and not re.search(r"[;:]", before[m.end():]) and \
            re.search(r"(?:^|[:;,(\u2014\u2013]|\b(?:and|but|while|whereas))\s*$",
                      before[:m.start()], re.I):
        # "in the year-earlier quarter, revenue was $160.8 billion and comparable sales rose
        # 4.9%": a clause about the prior period (only a clause opener: "up from $22.3 billion
        # in the year-earlier period, and operating income reached $30.6 billion" dates the
        # base, not the next figure)
        return "prior"
    found = {name for name, rx in _PERIODS.items() if rx.search(c.sentence)}
    if len(found) > 1:
        # "For the full year, ... the net loss reached $18.8 billion, most of it from the
        # third quarter": the period the sentence opens with is its figures'
        m = _OPENING_PERIOD.match(c.sentence)
        opening = m and next((n for n, rx in _PERIODS.items() if rx.search(m.group(0))), None)
        if opening:
            return opening
    return found.pop() if len(found) == 1 else None


_TALLY = re.compile(r"\b(?:since|so\s+far|to\s+date|thus\s+far|as\s+of|in\s+all|"
                    r"this\s+(?:summer|season|year|spring|autumn|winter)|"
                    r"by\s+(?:(?:early|late|mid)\s*-?\s*)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                    r"by\s+(?:the\s+)?(?:morning|afternoon|evening|night|noon|midday|end\s+of)|"
                    # "by which time crews had removed some 6,400 tonnes"
                    r"by\s+which\s+time|by\s+then|"
                    r"by\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock)|"
                    r"(?:had|have|has)\s+(?:now\s+)?(?:been\s+)?(?:recorded|registered|counted|"
                    r"logged)|"
                    # "the EPA says it has now screened more than 550 homes"
                    r"(?:had|have|has)\s+now\s+(?:been\s+)?[a-z]+(?:ed|en|un|ound|ept))\b",
                    re.I)


#: a count that keeps running ("since Friday", "so far"), unlike one cut off at an hour
_OPEN_TALLY = re.compile(r"\b(?:since|so\s+far|to\s+date|thus\s+far)\b", re.I)


def is_running_tally(c: Claim) -> bool:
    """A count that keeps growing while it is reported: "more than 300 aftershocks by
    Thursday afternoon", "1,000 aftershocks since then", "have recorded 80 so far"."""
    return c.unit_kind == "count" and bool(_TALLY.search(c.sentence))


_SCOPE_ALL = re.compile(
    r"\b(?:nationwide|nationally|national|countrywide|statewide|worldwide|globally|overall|"
    r"altogether|combined|in\s+total|in\s+all|across\s+(?:the\s+)?(?:country|nation|state|"
    r"region|world|[A-Z][\w-]+\b(?!['’]))|throughout\s+(?:the\s+)?(?:country|nation|[A-Z][\w'-]+)|"
    r"all\s+over\s+(?:the\s+)?(?:country|[A-Z][\w'-]+))\b")
#: a place whose own toll the figure gives ("Louisiana's confirmed death toll rose to 423")
_PLACE_TOLL = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[a-z]+\s+){0,2}"
                         r"(?:death\s+)?toll\b")
_SCOPE_IN = re.compile(r"\b[Ii]n\s+(?:the\s+)?(capital|city|(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)")
_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "the", "a", "an", "his", "her", "its", "their", "total", "all",
}
_SCOPE_PLACE_OF = re.compile(
    r"\b(?:[Ii]n|across|over|struck|hit|battered)\s+(?:the\s+|[A-Z][\w'-]+(?:'s|’s)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?P<kind>city|town|village|region|province|state|district|county|port|capital|island)\s+"
    r"of\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_SCOPE_BANK = re.compile(r"\b[Oo]n\s+the\s+(?:[\w-]+\s+)?(left|right)\s+(bank)\b")
#: a figure that a clause adds to a running total: "bringing the storm's toll to at least three"
_RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:toll|total|tally|number|count)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:at\s+least\s+|more\s+"
    r"than\s+|about\s+|around\s+|nearly\s+|some\s+|over\s+)?$", re.I)
#: a sentence opened by a place: "In Beichuan county, ..."
_OPENING_PLACE = re.compile(r"\s*In\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
                            r"(?:\s+(?:county|province|state|district|region))?)\s*,")
#: where a clause of its own starts: another figure's scope does not carry over
_CLAUSE_BREAK = re.compile(r";|\s[-\u2013\u2014]\s|,?\s+(?:while|whereas|but|including|of\s+whom|of\s+which)\b")


#: one place by two names: the country's own and the English one, or a short form; each
#: told by the name the demonym table gives it, so that a scope is found among the countries
#: the headlines name ("in the US" is "united states")
_PLACE_ALIASES = {
    "turkiye": "turkey", "uk": "united kingdom", "u.k.": "united kingdom",
    "great britain": "united kingdom", "britain": "united kingdom", "us": "united states",
    "u.s.": "united states", "u.s.a.": "united states", "usa": "united states",
    "burma": "myanmar", "holland": "netherlands",
}


def canon_place(name: str) -> str:
    """A place name as compared: lower case, without accents ("Kahramanmaraş",
    "Kahramanmaras"), one name for a place known by two ("Türkiye", "Turkey")."""
    folded = re.sub(r"^the\s+", "", fold_accents(name))
    return _PLACE_ALIASES.get(folded, folded)


@_per_claim
def scope_of(c: Claim) -> str | None:
    """Where a count is counted (see ``_scope_of``), a place told by one name ("in Türkiye"
    and "in Turkey" are one scope)."""
    sc = _scope_of(c)
    sc = sc if sc in (None, "all", "local") else canon_place(sc)
    side = _held_by(c)
    if side and sc not in ("local",):
        # "711 people had died in government-held areas" vs "at least 733 dead" counted by a
        # group "operating in the rebel-held north-west": the areas each side holds
        return f"{sc} {side}" if sc and sc != "all" else side
    return sc


#: areas told by who holds them ("government-held areas", "the rebel-held north-west")
_HELD_AREA = re.compile(
    r"\b([a-z]+)[- ](?:held|controlled|occupied)\s+(?:areas?|parts?|territor(?:y|ies)|"
    r"regions?|zones?|districts?|provinces?|enclaves?|side|(?:north|south)(?:-?(?:east|west))?|"
    r"east|west)\b", re.I)


def _held_by(c: Claim) -> str | None:
    """Who holds the area a count is for, from the figure's own stretch of its sentence."""
    span = mention_span(c)
    if span is None:
        return None
    s, a, b = span
    lo, hi = figure_stretch(s, a, b)
    # (the figure's own stretch between commas: not "..., bringing the toll in Syria to 1,444")
    lo, hi = max(lo, s.rfind(",", 0, a) + 1), min(hi, s.find(",", b) if "," in s[b:] else hi)
    doc = _parse(c)
    sides = set()
    for m in _HELD_AREA.finditer(s, lo, hi):
        tok = _token_at(doc, m.start()) if doc is not None else None
        if tok is not None and any(x.dep_ in ("nsubj", "nsubjpass") for x in
                                   [tok] + list(tok.ancestors)):
            continue  # where the source works: "rescue workers in the rebel-held northwest
            #           reported at least 810 deaths"
        sides.add(m.group(1).lower() + "-held")
    return sides.pop() if len(sides) == 1 else None


def _scope_of(c: Claim) -> str | None:
    """Where a count is counted, from the figure's own clause: "all" for a total across a
    country or the world ("1.28 million took part nationwide", "across France"), a place
    name for one place ("81,000 in Paris", "In the capital, the union claimed 700,000",
    "killed in Turkey"), "local" for an unnamed city; None when the clause does not say.
    Only for counts and bare numbers: a price is not "in" anywhere."""
    if c.unit_kind not in ("count", "dimensionless"):
        return None
    span = mention_span(c)
    if span is None:
        return None
    s, a, b = span
    cut, end = figure_stretch(s, a, b, _CLAUSE_BREAK)
    left = s[:a]
    if re.match(r"\s+of\s+(?:them|those|whom)\s+(?:were\s+|was\s+)?(?:in|across|on)\s", s[b:]):
        # "At least 135 people died across Texas, 117 of them in Kerr County": a part of the
        # total before it, counted where its own words say, not where the total was
        cut = max(cut, max(left.rfind(ch) for ch in ",;—(") + 1)
    # (a place after a comma is another clause's: "In Mississippi the toll stood at 218,
    # state officials said, bringing the number ... across the Gulf Coast to 650", "24
    # people died in the floods, according to national authorities, most of them in Romania")
    comma = s.find(",", b, end)
    seg = left[cut:] + " " + s[b:comma if comma >= 0 else end]
    doc = _parse(c)
    rt = _RUNNING_TOTAL.search(s[:a])
    if rt and not re.search(r"\b(?:in|across|throughout)\s+[A-Z]", rt.group(0)):
        # "In Valdosta, Georgia, one man was killed ..., bringing the storm's toll to at least
        # three": the storm's whole toll, not the place the sentence opens with
        return None
    own = _own_place(s, a, b, doc)
    if own:
        return own
    if c.place and THERE_PLACE.search(s) and cut == 0 and not re.search(
            r"\b(?:in|across|throughout)\s+[A-Z]", s[cut:end]):
        # "Police there put the turnout at 50,000": the place the report just named
        return c.place.lower()
    toks = _claim_tokens(c)
    if c.place and toks and told_there(toks[0]):
        # "at least three people were killed there": where the sentence before was
        return canon_place(c.place)
    if doc is not None:
        m_own = _PLACE_TOLL.search(left[cut:])
        if m_own and m_own.group(1).lower() not in (c.event or "").lower() and any(
                e.label_ == "GPE" and e.start_char == cut + m_own.start(1) for e in doc.ents):
            # "Louisiana's confirmed death toll ... jumped to 423": the toll of that place
            return m_own.group(1).lower()
    m_all = _SCOPE_ALL.search(seg)
    if m_all:
        if doc is not None and re.fullmatch(r"(?:across|throughout|all\s+over)\s+the\s+"
                                            r"(?:country|nation|state)", m_all.group(0)):
            # "across the state" in a sentence that names one state: that state
            named = {re.sub(r"(?:'s|’s)$", "", e.text).lower() for e in doc.ents
                     if e.label_ == "GPE"}
            if len(named) == 1:
                return named.pop()
        return "all"
    m_bank = _SCOPE_BANK.search(seg)
    if m_bank:  # "on the left bank", "on the Ukrainian-controlled right bank"
        return f"{m_bank.group(1).lower()} {m_bank.group(2).lower()}"
    for m in _SCOPE_IN.finditer(seg):
        name = m.group(1)
        first = name.split()[0].lower()
        if first in _NOT_PLACES:
            continue
        if first in ("capital", "city"):
            return "local"
        # a place by the parser's reading: "in Paris", not "in New Year's" or "in Hawaiian"
        k, head = m.start(1), len(left) - cut  # seg = left[cut:] + " " + s[b:end]
        at = cut + k if k < head else b + k - head - 1
        tok = next((t for t in doc if t.idx == at), None) if doc is not None else None
        if tok is not None and tok.ent_type_ not in ("GPE", "LOC", "FAC") and not (
                # ("In Rosario, the local university said 50,000 people had taken part": a
                # city the sentence opens with that the parser takes for a firm, which the
                # claim's place says it is)
                c.place and at == len(s) - len(s.lstrip()) + 3 and s.lstrip()[:3] == "In " and
                fold_accents(c.place.lower()) == fold_accents(name.lower())):
            continue
        return name.lower()
    m_of = _SCOPE_PLACE_OF.search(seg)
    if m_of:
        # "in the eastern Libyan city of Derna": one town, inside places named elsewhere
        # (without a gazetteer, a town is only known to be local); "the island province of
        # Hainan" is a region of its own
        if m_of.group("kind").lower() in ("city", "town", "village", "port", "capital"):
            return "local"
        return m_of.group("name").lower()
    if doc is None:
        return None
    m_open = _OPENING_PLACE.match(s)
    if m_open and cut >= m_open.end() and any(
            e.label_ in ("GPE", "LOC") and e.start_char == m_open.start(1) for e in doc.ents):
        # "In Beichuan county, close to the epicentre, up to 80 percent of buildings collapsed
        # and between 3,000 and 5,000 people were feared dead": the place the sentence opens
        # with holds for each of its figures
        return re.sub(r"\s+(?:county|province|state|district|region)$", "",
                      m_open.group(1).strip(), flags=re.I).lower()
    # otherwise the countries and places the figure's stretch names: one is its scope, two or
    # more ("struck Turkey and Syria, killing more than 2,300") a combined total
    m = re.match(r"^[^\n]{0,90}?(?:\u2014|\u2013|--| - |\):)", s)
    dateline_end = m.end() if m and m.end() <= a else 0
    lo, hi = max(cut, dateline_end), end
    part = _PART_OF_THEM.search(s, b, end)
    if part:
        # "UBS about 72,000, many of them in overlapping businesses in Switzerland": where
        # a part of them is, not the whole
        hi = part.start()
    if re.search(r"\b(?:in|across|throughout)\s+the\s+country\b", seg):
        # "Turkey's disaster agency said 1,498 people had died in the country"
        named = {re.sub(r"(?:'s|’s)$", "", e.text).lower() for e in doc.ents
                 if e.label_ == "GPE" and e.start_char >= dateline_end}
        if len(named) == 1:
            return named.pop()
    gpes = [e for e in doc.ents if e.label_ == "GPE" and lo <= e.start_char and e.end_char <= hi]
    kept = [e for e in gpes if _place_of_event(e.root)]
    # and the places coordinated with one ("struck southeastern Turkey and northwestern
    # Syria", however the parser attaches the second)
    kept += [e for e in gpes if e not in kept and any(
        re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s+(?:[a-z]+\s+)?", s[k.end_char:e.start_char])
        for k in kept)]
    # ("the United States" and "United States" are one name)
    names = {re.sub(r"^the\s+|(?:'s|’s)$", "", e.text.lower()) for e in kept}
    if len(names) >= 2:
        return "all"
    if names:
        return names.pop()
    return _country_of_source(c, doc)


@_per_claim
def nationality_of(c: Claim) -> str | None:
    """The country whose people a count counts: the counted noun is a nationality ("658
    Egyptians had died"), carries one ("41 Jordanian pilgrims", "169 Indian nationals"), or
    the figure's subject is said to be of one ("At least 323 of the dead were Egyptians").
    Lower case; None for a count of people of no one nationality or of things ("15 Ukrainian
    regions" is where, told by the place)."""
    key = counted_key(c)
    if c.unit_kind != "count" or not key or not key <= PERSON | _PERSON_KINDS | {"national"}:
        return None
    toks = _claim_tokens(c)  # (none without a parse)
    before = c.sentence[:c.start - c.sentence_start]
    if not toks or re.search(r"\b(?:one|1|every)\s+(?:in|out\s+of)\s+$", before, re.I):
        return None  # ("about one in 16 Chileans": a ratio, not 16 people)
    num = _mention_head(toks)
    words: list = []
    if num.dep_ == "nummod" and num.head.pos_ in ("NOUN", "PROPN"):
        head = num.head
        words = [head] + [ch for ch in head.children if ch.dep_ in ("amod", "compound")]
    elif num.dep_ in ("nsubj", "nsubjpass") and num.head.lemma_ == "be":
        # "323 of the dead were Egyptians"
        words = [ch for ch in num.head.children if ch.dep_ in ("attr", "acomp")]
    found = {canon_place(_DEMONYMS[_singular(w.lower_)]) for w in words
             if _singular(w.lower_) in _DEMONYMS}
    # ("13 US service members" as "12 American service members")
    found |= {canon_place(w.text) for w in words if w.dep_ == "compound" and
              w.ent_type_ == "GPE" and canon_place(w.text) in _COUNTRIES}
    if len(found) != 1 or any(ch.dep_ == "conj" for w in words
                              if w.dep_ in ("amod", "compound", "attr", "acomp")
                              for ch in w.children):
        return None  # ("Egyptian and Jordanian pilgrims": both)
    return found.pop()


#: a phrase that goes on to a part of what a figure counts ("..., many of them in ...")
#: ("all of them in Texas" is where the whole is)
_PART_OF_THEM = re.compile(r",\s*(?:many|most|some|half|several|few|one|two|three|"
                           r"\d[\d,]*)\s+of\s+(?:them|whom|which)\b", re.I)

#: a place right after a figure, in its own phrase: "three in Grenada, one in St. Vincent",
#: "18 in the city of Marrakesh"
_OWN_PLACE = re.compile(r"^\s*(?:(?:people|dead|deaths|killed|died|injured|missing)\s+)?"
                        r"(?:in|on)\s+(?:the\s+)?(?:(?:city|town|village|province|district|"
                        r"region|state|county)\s+of\s+)?(?P<name>[A-Z][\w'.-]+(?:\s+(?:and\s+the\s+|"
                        r"of\s+)?[A-Z][\w'.-]+){0,3})(?:\s+(?:region|province|district|state|"
                        r"county|area))?")
_NOT_PLACE_NAMES = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                              r"October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday|Saturday|Sunday)\b")


def _own_place(s: str, a: int, b: int, doc) -> str | None:
    """The place a figure is given for when the sentence lists places one by one: the figure
    followed by its place ("three in Grenada, one in St. Vincent and the Grenadines"), or a
    place that reports its own figure ("Grenada has confirmed three deaths")."""
    if doc is None:
        return None
    m = _OWN_PLACE.match(s[b:b + 60])
    if m and re.match(r"\s*(?:[,;:]|\.\s*$|and\b|while\b|$)", s[b + m.end():b + m.end() + 8]):
        listed = re.match(r"\s*,\s*(?:and\s+)?(?:some\s+|about\s+|around\s+)?\d[\d,]*\s+"
                          r"(?:[a-z]+\s+)?in\s+", s[b + m.end():b + m.end() + 40])
        if listed and not _NOT_PLACE_NAMES.match(m.group("name")):
            # "492 deaths in Taroudant, 201 in Chichaoua and ...": the first of a list of
            # places (a name the parser may read as anything)
            return m.group("name").rstrip(".").lower()
        if s[:a].rstrip().endswith((",", ":", ";")) or re.search(r"\band\s*$", s[:a]):
            at = b + m.start("name")
            tok = next((t for t in doc if t.idx == at), None)
            if tok is not None and (tok.ent_type_ in ("GPE", "LOC") or (
                    tok.pos_ == "PROPN" and m.group("name") != m.group(0).strip() and
                    re.search(r"\d[\d,]*\s+(?:[a-z]+\s+)?in\s+[A-Z]", s[:a]) and
                    not _NOT_PLACE_NAMES.match(m.group("name")))):
                # (a later item of such a list: "..., 201 in Chichaoua and 18 in the city of
                # Marrakesh")
                return m.group("name").rstrip(".").lower()
    inside = [t for t in doc if t.idx < b and t.idx + len(t) > a]
    verb = _governing_verb(inside[0] if inside else None, 4)
    num = inside[0] if inside else None
    if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN" and \
            verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("in", "of") and any(
                (ch.dep_ == "advmod" and ch.lower_ == "where") or
                (ch.dep_ == "nsubj" and ch.lower_ in ("which", "that")) for ch in verb.children):
        # "in Al Haouz, where 290 people died", "the province of Taroudant, which counted 190
        # dead"
        place = verb.head
        return " ".join([t.text for t in place.lefts if t.dep_ == "compound"] +
                        [place.text]).lower()
    if num is not None and num.dep_ == "nummod" and num.head.pos_ == "PROPN" and \
            num.head.dep_ in ("appos", "conj") and num.head.i < num.i:
        # "Romania has confirmed seven deaths, Austria five and the Czech Republic three"
        place = num.head
        return " ".join([t.text for t in place.lefts if t.dep_ == "compound"] +
                        [place.text]).lower()
    obj = num.head if num is not None and num.dep_ == "nummod" else num
    if verb is not None and obj is not None and obj.dep_ in ("dobj", "obj") and \
            obj.head.i == verb.i:
        subj = [ch for ch in verb.children if ch.dep_ == "nsubj"]
        if subj and subj[0].ent_type_ == "GPE" and verb.lemma_.lower() in (
                "confirm", "report", "record", "register", "count"):
            return " ".join(t.text for t in subj[0].subtree
                            if t.ent_type_ == "GPE").lower() or None
    return None


#: an armed force named as the source ("The Israeli military", "Ukraine's General Staff"),
#: not a government it runs ("Myanmar's military government")
_ARMED_SOURCE = re.compile(r"\b(?:military|army|armed\s+forces|forces|troops|navy|air\s+force|"
                           r"defen[cs]e\s+forces|general\s+staff)\W*$", re.I)


def _country_of_source(c: Claim, doc) -> str | None:
    """A national authority counts in its own country: "..., Vietnam's disaster agency said",
    "Thai officials said three people were killed"."""
    src = c.attribution or ""
    if _ARMED_SOURCE.search(src):
        return None  # "The Israeli military says fewer than 100 people were killed" in Gaza:
        # an army counts where it fights
    m = re.match(r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:'s|’s)\s", src)
    if m and doc is not None and any(e.label_ == "GPE" and e.text.startswith(m.group(1))
                                     for e in doc.ents):
        return m.group(1).lower()
    first = src.split()[0].lower() if src.split() else ""
    if first in _DEMONYMS and len(src.split()) >= 2:
        return _DEMONYMS[first].lower()
    return None


_HIT_VERBS = {"hit", "strike", "batter", "lash", "sweep", "pound", "ravage", "devastate",
              "rock", "shake", "flood", "inundate"}


def _place_of_event(t) -> bool:
    """A place where it happened ("in Syria", "across France", "struck Turkey and Syria"),
    not who did it ("Russia launched") or whom it was aimed at ("at Ukraine")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj":
        return t.head.lower_ in ("in", "across", "throughout", "within", "inside")
    if t.dep_ in ("dobj", "obj"):
        return t.head.lemma_.lower() in _HIT_VERBS
    return False


def _scope_key(c: Claim) -> str:
    return role_of(c) or c.unit or "number"


def sibling_scopes(claims: list[Claim]) -> set[tuple[str, frozenset[str]]]:
    """Scopes an article itself sets side by side for one kind of count: "8,574 killed in
    Turkey, while 2,662 deaths were reported in Syria", "1.28 million nationwide, including
    81,000 in Paris". Counts of two such scopes are different quantities anywhere in the set;
    two place names no article sets apart (Lahaina, Maui) may be one place at two scales."""
    seen: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        sc = scope_of(c)
        if sc and sc != "local":
            seen.setdefault((c.article, _scope_key(c)), set()).add(sc)
    out: set[tuple[str, frozenset[str]]] = set()
    for (_, key), scopes in seen.items():
        for x in scopes:
            for y in scopes:
                if x < y:
                    out.add((key, frozenset((x, y))))
    return out


#: countries (not continents, nor nations within a state: a story of Catalonia may count "in
#: Spain")
_COUNTRIES = frozenset(v.lower() for v in _DEMONYMS.values()) - {
    "europe", "africa", "asia", "catalonia", "scotland", "wales", "england"}


def headline_countries(articles: list[Article]) -> frozenset[str]:
    """The countries the set's headlines name ("Nepal's death toll keeps rising"), by name:
    the tagger often misses a country in a headline's capitals."""
    titles = {a.title.lower() for a in articles if a.title and a.status == "ok"}
    return frozenset(c for t in titles for c in _countries_in(t))


def _countries_in(title: str) -> list[str]:
    """The countries a lower-cased headline names, by name."""
    return [c for c in _COUNTRIES if re.search(r"\b" + re.escape(c) + r"\b", title)]


@functools.lru_cache(maxsize=256)
def _several_countries(titles: tuple[str, ...]) -> frozenset[str]:
    """Countries a headline names together ("Powerful quake kills more than 2,300 in Turkey
    and Syria"): the story's toll is theirs together, and each one's count is a part of it."""
    out: set[str] = set()
    for t in titles:
        named = _countries_in(t)
        for x in named:
            for y in named:
                if x != y and re.search(r"\b" + re.escape(x) + r"\s*(?:,\s*|\s+and\s+|\s*&\s*)"
                                        + re.escape(y) + r"\b", t):
                    out.update((x, y))
    return frozenset(out)


def _one_country(articles: list[Article]) -> frozenset[str]:
    """The one country the headlines name, if they name just one (a story of one country,
    not of a storm across several)."""
    named = headline_countries(articles)
    return named if len(named) == 1 else frozenset()


def main_places(articles: list[Article]) -> frozenset[str]:
    """The places the set is about: those its headlines name most ("Nepal's death toll keeps
    rising", "Powerful earthquake devastates Nepal"), in at least half of the distinct
    headlines, else the most named. A count there is the story's own count, however it is
    worded; a count for another place ("72 killed in India") is that place's."""
    from . import nlp

    titles = sorted({a.title for a in articles if a.title and a.status == "ok"})
    seen: dict[str, int] = {}
    for t in titles:
        try:
            doc = nlp.parse(t)
        except Exception:  # noqa: BLE001
            return frozenset()
        for name in {canon_place(re.sub(r"(?:'s|’s)$", "", e.text)) for e in doc.ents
                     if e.label_ in ("GPE", "LOC")}:
            seen[name] = seen.get(name, 0) + 1
    if not seen:
        return frozenset()
    top = max(seen.values())
    half = [n for n, k in seen.items() if 2 * k >= len(titles)]
    return frozenset(half or [n for n, k in seen.items() if k == top])


def breakdown_parts(claims: list[Claim]) -> frozenset[str]:
    """Counts a sentence gives place by place ("105 were in Jajarkot and 52 in Rukum West",
    "78 people were killed in India and 27 in the Tibet region"): ids of the claims of a
    sentence with two or more places named for one kind of count."""
    by_sentence: dict[tuple, dict[str, list[str]]] = {}
    for c in claims:
        sc = scope_of(c)
        if sc and sc not in ("all", "local") and not re.search(r"['’]s\b", sc):
            # (a possessive names no place: "in the Islamic Republic's first direct attack";
            # and one kind of thing is counted: "about 170 drones ... and more than 120
            # ballistic missiles" is no breakdown by place)
            key = (c.article, c.sentence_start, _scope_key(c),
                   counted_key(c) if c.unit_kind == "count" else frozenset())
            by_sentence.setdefault(key, {}).setdefault(sc, []).append(c.id)
    return frozenset(i for places in by_sentence.values() if len(places) >= 2
                     for ids in places.values() for i in ids)


def common_places(claims: list[Claim]) -> frozenset[str]:
    """The places the set's figures are mostly told for or at: each claim's scope, else its
    place; those named at least a quarter as often as the most named one."""
    seen: dict[str, int] = {}
    for c in claims:
        sc = scope_of(c)
        name = sc if sc and sc not in ("all", "local") else canon_place(c.place or "")
        if name:
            seen[name] = seen.get(name, 0) + 1
    if not seen:
        return frozenset()
    top = max(seen.values())
    return frozenset(n for n, k in seen.items() if 4 * k >= top)


def _minor_place_part(x: Claim, y: Claim, main: frozenset[str], common: frozenset[str]) -> bool:
    """``x`` is a toll for a place neither the headlines nor most figures are about ("In
    Beichuan county ... between 3,000 and 5,000 people were feared dead"), below ``y``, a
    toll told for no place: a part of it, neither a rival nor a revision."""
    sx = scope_of(x)
    if not sx or sx in ("all", "local") or sx in main or sx in common or scope_of(y) is not None:
        return False
    role = role_of(x)
    if role not in GROWING or role != role_of(y) or interval(x)[1] >= interval(y)[0]:
        return False
    # the place stands before the figure or in its own stretch, not in a clause after a
    # comma ("killing more than 1,100 people, reducing centuries-old temples in the
    # Kathmandu Valley to rubble")
    span = mention_span(x)
    if span is None:
        return False
    text, _, b = span
    k = text.lower().find(sx)
    comma = text.find(",", b)
    return 0 <= k and (k < b or comma < 0 or k < comma)


def national_counts(claims: list[Claim]
                    ) -> tuple[frozenset[str], dict[tuple[str, str], float]]:
    """The kinds of count (``_scope_key``) the set gives for two or more countries (the
    Egyptian, Jordanian and Indonesian pilgrims who died at the hajj; the US service members
    and the Afghans killed at Kabul airport), and the largest count of one country's each
    report gives, by report and kind of count."""
    seen: dict[str, set[str]] = {}
    largest: dict[tuple[str, str], float] = {}
    for c in claims:
        nation = _nation(c)
        if nation:
            key = _scope_key(c)
            seen.setdefault(key, set()).add(nation)
            largest[(c.article, key)] = max(largest.get((c.article, key), 0.0), interval(c)[1])
    return frozenset(k for k, v in seen.items() if len(v) >= 2), largest


def _nation(c: Claim) -> str | None:
    """The country a count is of: its people ("658 Egyptians") or, else, the country it is
    counted in or by ("Indonesia has reported more than 130 deaths", "killed in Turkey")."""
    sc = scope_of(c)
    return nationality_of(c) or (sc if sc in _COUNTRIES else None)


def _nations_differ(a: Claim, b: Claim, by_nation: frozenset[str],
                    largest: dict[tuple[str, str], float], countries: frozenset[str]) -> bool:
    """Counts of the people of two countries ("658 Egyptians" / "41 Jordanian pilgrims"), or
    of one country's (its people, or counted in it) against a larger count of no one's where
    the set counts country by country ("658 Egyptians had died" / "the death toll among all
    nationalities has passed 1,100"): a part of the whole, not another report of it. A count
    placed in that very country ("killed in Afghanistan") is no other group, nor is the one
    country the headlines name the part of a story about it (``countries``)."""
    na, nb = _nation(a), _nation(b)
    if na == nb:
        return False
    if na and nb:
        # (two places: see _scopes_differ; a place may be only where the people were taken:
        # "18 service members were wounded and flown to a US military hospital in Germany")
        return bool(nationality_of(a) and nationality_of(b))
    x, y, nation = (a, b, na) if na else (b, a, nb)
    key = _scope_key(x)
    if key not in by_nation or key != _scope_key(y) or nation in countries:
        return False
    # the whole counts more, and its own report gives no one nation's count as large ("Another
    # 18 service members were wounded" beside "more than 150 Afghans were wounded" is the
    # other nation's count, not the total)
    return interval(y)[0] > interval(x)[1] and largest.get((y.article, key), 0.0) < interval(y)[0]


def _one_place_vs_all(a: Claim, b: Claim, parts: frozenset[str], main: frozenset[str],
                      countries: frozenset[str] = frozenset(),
                      common: frozenset[str] | None = None) -> bool:
    """A count a sentence gives for one place among others, not the place the story is about
    ("27 in the Tibet region" in a story of Nepal), vs a count that names no place: a part,
    not the story's total. So is a count placed in another country than the one the
    headlines name (``countries``), against the story's own."""
    for x, y in ((a, b), (b, a)):
        sx, sy = scope_of(x), scope_of(y)
        if x.id in parts and sy is None and sx not in main:
            return True
        if sx not in (None, "all", "local") and sx not in main and sy != sx and \
                _place_alone(x, sx) and not _ANAPHORIC_PLACE.search(y.sentence):
            # "around 1,800 houses had been destroyed in Gayan alone": the sentence itself
            # says the place's figure is a part of something larger (not of a figure told
            # "in the district", which may be that very place)
            return True
        if common is not None and _minor_place_part(x, y, main, common):
            return True
        if countries and sx in _COUNTRIES and sx not in countries and \
                (sy is None or sy in countries):
            # "at least 34 people were killed in India" in a story of Nepal vs the toll the
            # story gives without a place, or for Nepal: a neighbour's count is no part of it
            return True
    return False


#: kinds of place a report names a place by ("Beichuan county", "the district")
_PLACE_KIND = r"(?:county|district|province|region|state|city|town|village|area)"
#: a place named only by its kind, as one the report has named already
_ANAPHORIC_PLACE = re.compile(rf"\b(?:in|across|throughout)\s+the\s+{_PLACE_KIND}\b", re.I)


def _place_alone(c: Claim, scope: str) -> bool:
    """The figure's sentence singles its place out as a part: "in Gayan alone", "In Beichuan
    county alone, more than 15,000 people died", "New York City alone counted 43"."""
    k = c.sentence.lower().find(scope)
    return k >= 0 and bool(re.match(rf"[\w'’-]*(?:\s+{_PLACE_KIND}s?)?\s+alone\b",
                                    c.sentence[k + len(scope):], re.I))


def _scopes_differ(a: Claim, b: Claim, siblings: set[tuple[str, frozenset[str]]]
                   ) -> tuple[str, str] | None:
    """Two scopes of one count that the set itself keeps apart."""
    sa, sb = scope_of(a), scope_of(b)
    if not sa or not sb or sa == sb:
        return None
    key = _scope_key(a)
    if (key, frozenset((sa, sb))) in siblings:
        return sa, sb
    if {sa, sb} == {"local", "all"} and any(k == key and "all" in pair for k, pair in siblings):
        return sa, sb  # "in the capital" vs "nationwide", where an article splits the two
    return None


_CRITICAL = re.compile(r"\b(?:critical(?:ly)?|serious(?:ly)?|severe(?:ly)?|grave(?:ly)?|"
                       r"life-threatening|intensive\s+care)\b", re.I)


def _critical(c: Claim) -> bool:
    """Counted among the badly hurt ("about 200 in critical condition", "12 seriously
    injured"): a part of the injured, not all of them."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    near = s[max(0, a - 25):a] + " " + re.split(r"[;,.]|\d", s[b:b + 50])[0]
    return bool(_CRITICAL.search(near))


def _acronym_of(x: frozenset[str], y: frozenset[str]) -> bool:
    """One side names the owner by its initials ("BJP" / "Bharatiya Janata Party", "NHC" /
    "National Hurricane Center")."""
    for short, long_ in ((x, y), (y, x)):
        initials = "".join(sorted(w[0] for w in long_ if w))
        for w in short:
            if 2 <= len(w) <= 6 and w.isalpha() and len(long_) >= 2 and \
                    "".join(sorted(w)) == initials:
                return True
    return False


#: how alike two claims stating the very same figure must be to agree
SAME_FIGURE_FLOOR = 0.3


def _one_precise_figure(a: Claim, b: Claim) -> bool:
    """The same figure (at least 10, two significant digits) or two precise ones (three
    significant digits each) that fit each other: "51.89 percent" and "51.9 percent"."""
    if _same_figure(a, b) or (a.unit == b.unit and _same_value(a, b) and {
            _bound(a), _bound(b)} == {"=", "~"} and a.direction == b.direction):
        # ("Sri Lanka owes roughly $51 billion" and "its US$ 51 billion in external debt":
        # one figure, once hedged)
        return abs(a.value) >= 10 and significant_digits(a) >= 2
    if a.unit_kind != b.unit_kind or min(significant_digits(a), significant_digits(b)) < 3:
        return False
    ia, ib = comparable_intervals(a, b, True)
    return _overlap(ia, ib, 0.002 if a.unit != b.unit else 1e-9)


def _same_value(a: Claim, b: Claim) -> bool:
    """The two stated numbers are one (in their own units)."""
    return abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)


def _same_round_figure(a: Claim, b: Claim) -> bool:
    """The same number and unit, once stated and once hedged ("$13 billion" / "about $13bn"),
    or a count of one thing under two names with one bound ("fewer than 1,300 active
    employees" / "fewer than 1,300 staff")."""
    if a.unit_kind != b.unit_kind or a.direction != b.direction or not _same_value(a, b):
        return False
    if a.unit == b.unit:
        return {_bound(a), _bound(b)} == {"=", "~"}
    return a.unit_kind == "count" and bool(counted_key(a)) and \
        counted_key(a) == counted_key(b) and _bound(a) == _bound(b) and a.low == b.low and \
        a.high == b.high


def _same_figure(a: Claim, b: Claim) -> bool:
    """The same number, unit, bound and direction ("more than 15%" twice, "about 7 hours")."""
    if a.unit != b.unit or a.unit_kind != b.unit_kind or not same_reading(a, b):
        return False
    if (a.low, a.high) != (b.low, b.high) and not (a.low == a.high == b.low == b.high):
        return False
    return _same_value(a, b)


#: results read from a share of the polling stations: "With results in from 99.8% of polling
#: stations" ({n}: the share's pattern)
_RESULTS_FROM = (r"with\s+(?:the\s+)?(?:results|returns|ballots|votes)\s+(?:(?:counted|in|"
                 r"tallied)\s+)?from\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|"
                 r"almost\s+)?{n}\s*(?:%|per\s*cent|percent)\s+of\b")


#: an early reading of a count still being made: an election-night projection, a quick
#: count, early leads, an estimated turnout
_PROJECTION = re.compile(
    r"\b(?:projections?|projected|quick[\s-]+count|early\s+(?:trends|leads|"
    r"returns|results|counts?)|partial\s+(?:results|returns|counts?)|(?:leading|ahead)\s+in|"
    r"estimated\s+(?:turnout|participation)|(?:turnout|participation)\s+(?:was\s+|at\s+)?"
    r"estimated|"
    # "With about two-thirds of voting districts counted, the ANC had 41.8%", "with 95% of
    # precincts reporting": a count still being made
    r"with\s+(?:[\w.,%-]+\s+){1,3}of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:counted|reporting|"
    r"tallied|processed|declared|in)|" + _RESULTS_FROM.format(n=r"[\d.]+") + r")\b", re.I)
#: a projection recalled after the result: "an exit poll had projected Labour would win 410"
_RETROSPECT = re.compile(r"\bhad\s+(?:been\s+)?(?:projected|forecast|predicted|put|pointed|"
                         r"given|shown|suggested|expected)\b", re.I)
_ANALYSTS = re.compile(r"\b(?:analysts?|economists?|consensus|Wall\s+Street|guidance|outlook)\b",
                       re.I)


@_per_claim
def is_projection(c: Claim) -> bool:
    """A figure its report gives as an early reading of a count still under way, which the
    result will replace: "a projection by Ipsos gives the left alliance 172 to 192 seats",
    "the BJP was leading in 243 seats", "Ipsos estimated turnout at 67.1 per cent". Not an
    analysts' forecast (a different quantity from the result) and not a projection recalled
    after the result."""
    own = own_clause(c)
    if own is None:
        return False
    s, _, _, lo, hi = own
    clause = s[lo:hi]
    # the clause of the figure, or the subject the sentence opens with ("A projection for
    # ARD at 10 p.m., based on partial counts, put the CDU on 28.7%, well ahead of the AfD on
    # 20.3%": both shares are the projection's)
    opening = s[:hi] if ";" not in s[:hi] and re.match(r"\W*(?:an?|the)\s", s, re.I) and \
        _PROJECTION.match(
        re.sub(r"^\W*(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?", "", s[:hi], flags=re.I)) else ""
    # (an exit poll asks voters; it reads no ballots, so its seats and shares are the poll's
    # own quantity, not an early reading of the count: "An exit poll ... had projected that
    # Labour would win 410 seats")
    return (any(bool(_PROJECTION.search(x)) and not _RETROSPECT.search(x) and
                not _ANALYSTS.search(x) for x in (clause, opening) if x) or
            _projected_clause(c) and not _ANALYSTS.search(s)) and \
        (not _EXIT_POLL.search(s) or bool(_COUNT_SO_FAR.search(s)))


def _projected_clause(c: Claim) -> bool:
    """The figure is in what a verb "project" says, however far before it that verb is: "NHK
    ... projected shortly before 11 p.m. that the coalition would win between 196 and 208"
    (not "had projected": one recalled after the result)."""
    verb = _figure_verb(c)
    for _ in range(3):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() == "project":
            return not any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in verb.children)
        if verb.dep_ not in ("ccomp", "xcomp"):
            return False
        verb = verb.head
    return False


_EXIT_POLL = re.compile(r"\bexit[\s-]+polls?\b", re.I)
#: ballots already read: "NHK, citing its exit polls and the count so far, projected ...":
#: a projection from them reads the result early, whatever polls it also uses
_COUNT_SO_FAR = re.compile(r"\b(?:counts?|counting|tall(?:y|ies)|results|returns)\s+(?:so\s+far|"
                           r"to\s+date)\b|\b(?:partial|early|incomplete)\s+(?:counts?|results|"
                           r"returns|tall(?:y|ies))\b", re.I)


def _same_range(a: Claim, b: Claim) -> bool:
    """Both state the same range ("$38.5bn to $41bn"): a result is rarely a range, so one
    side read as a forecast and the other not is the parse missing the outlook."""
    def rng(c: Claim) -> tuple[float, float] | None:
        if c.low is None or c.high is None or c.low == c.high or c.qualifier != "=":
            return None
        f = (c.si_value / c.value) if c.si_value is not None and c.value else 1.0
        return (c.low * f, c.high * f)
    ra, rb = rng(a), rng(b)
    return bool(ra and rb and all(abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0)
                                  for x, y in zip(ra, rb)))


#: how alike (number masked) two claims' sentences must be to be one report's sentence told twice
COPY_SIMILARITY = 0.95


#: words that add up what the sentence names: "which together accounted for", "between them"
_SUMMED = re.compile(r"\b(?:together|combined|between\s+them)\b", re.I)


@_per_claim
def is_combined(c: Claim) -> bool:
    """A count several named things add up to: "which together accounted for 55 deaths",
    "between them", "combined", in a sentence that names at least two of them."""
    own = own_clause(c)
    if own is None:
        return False
    s, _, _, lo, hi = own
    if _SUMMED.search(s[lo:hi]) and \
            re.search(r"\b[A-Z][\w'-]+\s+(?:and|&)\s+[A-Z][\w'-]+", s):
        return True
    return c.unit_kind == "count" and _named_subjects(c) >= 2 and not re.search(
        r"\b(?:respectively|each|apiece|both)\b", s, re.I)


_RECIPROCAL_VERBS = {"exchange", "swap", "trade", "split", "share", "divide"}


def told_as_sum(c: Claim) -> bool:
    """Several things the sentence names only in common, added up: "Dark matter and dark
    energy together account for about 95%", "The plants have about 3,000 employees between
    them". The very figure another report may give whole, never a rival of one thing's."""
    own = own_clause(c)
    return own is not None and bool(_SUMMED.search(own[0][own[3]:own[4]])) and _plural_subject(c)


def _plural_subject(c: Claim) -> bool:
    """The subject of the figure's verb is several things other than those it counts:
    coordinated ("dark matter and dark energy") or a plural noun ("the plants have about
    3,000 employees"; not "the protesters together numbered 5,000")."""
    toks = _claim_tokens(c)
    if not toks:
        return False
    verb = next((t for t in _mention_head(toks).ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "xcomp" and not any(
            ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        verb = verb.head  # "... together are believed to account for about 95%"
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None) \
        if verb is not None else None
    if subj is None or subj.i in {t.i for t in toks} or \
            subj.lemma_.lower() in counted_key(c) | {c.counted or ""} or \
            c.unit == "person" and subj.lemma_.lower() in PERSON_NOUNS:
        return False  # (the subject is what is counted: "the protesters numbered 5,000")
    return bool(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS")


def _named_subjects(c: Claim) -> int:
    """How many names the subject of the figure's verb coordinates ("the PVV, NSC and BBB
    muster only 64 seats": three; "Smer won 42 seats": one)."""
    toks = _claim_tokens(c)
    if not toks:
        return 0
    head = _mention_head(toks)
    if any(t.dep_ == "conj" for t in (head, *head.children)):
        return 0  # "won 42 and 27 seats": one figure each
    if head.dep_ in ("nummod", "quantmod", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.dep_ not in ("dobj", "pobj"):
        # (the figure as its verb's object: "muster 64 seats", "won 64 seats"; not what the
        # names are: "Hocker and Nuguse became the first two U.S. men to medal")
        return 0
    if any(ch.dep_ == "conj" and any(g.dep_ == "nummod" for g in ch.children)
           for ch in head.children):
        return 0  # "won 42 seats and 27 seats"
    verb = head.head if head.dep_ != "pobj" else head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _RECIPROCAL_VERBS:
        return 0  # (not "Israel and Hamas exchanged 50 hostages for 150 prisoners")
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return 0
    chain = [subj, *subj.conjuncts]
    if not any(ch.dep_ == "cc" and ch.lower_ in ("and", "&", "plus")
               for x in chain for ch in x.children):
        # names joined by commas only are no list of owners (a dateline read as the
        # subject: "LAHAINA, Hawaii, Aug 18 — The death toll ... rose to 114")
        return 0
    return sum(1 for t in chain if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP"))


#: parts of a structure a count may be placed in
_PART_OF_WHOLE = {"wing", "section", "portion", "part"}


@_per_claim
def in_a_part(c: Claim) -> bool:
    """A count that is the subject of a clause placing it in one part of a whole ("roughly 55
    units were in the section that fell", "55 of the building's 136 units were in the wing"):
    not the whole's count ("the 155-unit tower", the 136 there)."""
    toks = _claim_tokens(c) if c.unit_kind == "count" else []
    if not toks:
        return False
    t = _mention_head(toks)
    if t.dep_ in ("nummod", "quantmod", "compound") and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head  # "55 units"
    if t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _PART_OF_WHOLE for g in ch.children)
        for ch in t.head.children)


#: a figure told as a part of the set just named: "about 900 of them", "two of whom"
_OF_THEM_AFTER = re.compile(r"\s*(?:[a-z-]+\s+)?of\s+(?:them|whom|which|those)\b", re.I)


def _after_of_them(c: Claim) -> str | None:
    """What follows "of them" right after the figure ("... about 900 of them[ in Israel]"), or
    None when the figure is not told as a part."""
    span = mention_span(c)
    if span is None:
        return None
    s, _, b = span
    m = _OF_THEM_AFTER.match(s, b)
    return s[m.end():m.end() + 30] if m else None


@_per_claim
def is_part_of_them(c: Claim) -> bool:
    """The figure counts a part of what a figure before it counts ("It employs some 2,000
    people, about 900 of them in Israel")."""
    rest = _after_of_them(c)
    if rest is None:
        return False
    # ("three of them children": the part names its own noun, as "including two children")
    noun = re.match(r"\s+(?:were\s+|are\s+|being\s+)?([a-z]+)", rest)
    return not (noun and c.counted and _singular(noun.group(1)) == _singular(c.counted))


def _part_in_place(c: Claim) -> bool:
    """The part is told by its place: "2,448 of them in New South Wales" (a count of that place,
    which another report may give on its own)."""
    rest = _after_of_them(c)
    return rest is not None and re.match(r"\s+in\s+(?:the\s+)?[A-Z]", rest[:12]) is not None


def _part_vs_whole(a: Claim, b: Claim) -> bool:
    """One figure is a part of the one before it and the other is not, unless the part is told
    by the very place the other is counted in."""
    pa, pb = is_part_of_them(a), is_part_of_them(b)
    if pa == pb:
        return False
    return not (_part_in_place(a if pa else b) and scope_of(a) and scope_of(a) == scope_of(b))


@_per_claim
def opens_on_together(c: Claim) -> bool:
    """The figure's sentence opens on the things it adds up ("Together they hold 273 of the
    400 seats", "Together the banks employ about 120,000 people"), whose names it leaves to
    the sentences before: a combined figure, or the very one another report gives whole."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, _ = span
    return bool(re.match(r"\W*Together\b(?!\s+with\b)", s)) and not _CLAUSE_BREAK.search(s[:a])


#: a figure told as the difference between two others: "a margin of", "his lead over Hou
#: was", "won by", "beat her rival by"
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:margin|lead)\b(?:\s+(?:of|over|was|is|stood|at|to|had|grew|widened|narrowed|"
    r"[A-Z][\w'’-]*)){0,4}|\b(?:won|win|wins|winning|beat|beats|beating|defeated|leads?|led|"
    r"leading|ahead|trail(?:s|ed|ing)?)\b[^.;:,\d]{0,40}?\bby)\s+"
    r"(?:(?:about|some|nearly|almost|more\s+than|over|just|roughly|around|fewer\s+than|less\s+than)"
    r"\s+)?$", re.I)


@_per_claim
def is_margin(c: Claim) -> bool:
    """The figure is a margin between two others ("Lai's margin over Hou was 914,998 votes")."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, _ = span
    return bool(_MARGIN_BEFORE.search(s[max(0, a - 60):a]))


@_per_claim
def is_increment(c: Claim) -> bool:
    """A count of how many more ("the remains of 13 more people"). ("A further 117 people
    were injured" is as often the whole count of another role, so only "more" counts.)"""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    # ("with seven more people still missing": besides the dead, the whole count missing)
    return bool(re.match(r"^\s+more\b(?!\s+than)", s[b:b + 12], re.I)) and not re.match(
        r"^\s+more\s+(?:\w+\s+){0,2}?(?:(?:are|were|still|remain(?:ed)?)\s+)*(?:missing|"
        r"injured|wounded|dead|unaccounted)\b", s[b:b + 60], re.I)


_COMPASS = r"(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west))?(?:ward)?"
#: what a distance is measured from: "120 km south-west of Thessaloniki", "80 km (50 miles)
#: northwest of the capital", "30 miles from Kyiv"
_DISTANCE_FROM = re.compile(
    rf"^\s*(?:\([^()]{{0,30}}\)\s*)?(?i:{_COMPASS}\s+(?:of|from)|(?:away\s+)?from|outside"
    rf"(?:\s+of)?)\s+(?i:the\s+)?(?i:(?:city|town|capital|port|village)\s+of\s+)?"
    rf"(?P<place>[A-Z][\w'’.-]*[\w'’](?:\s+[A-Z][\w'’.-]*[\w'’]){{0,2}})")


@_per_claim
def distance_from(c: Claim) -> str | None:
    """The place a length is measured from, when its words say ("about 380 km north of
    Athens": athens); None for other figures or when they do not."""
    if c.dimension != "length":
        return None
    span = mention_span(c)
    if span is None:
        return None
    s, _, b = span
    m = _DISTANCE_FROM.match(s[b:b + 80])
    if not m:
        return None
    place = m.group("place")
    if re.search(r"(?:'s|’s)$", place) or \
            re.match(r"\s+(?:capital|city|town|border|frontier|coast|region|province|state|"
                     r"district|county|side|shore|line)\b", s[b + m.end():b + m.end() + 16]):
        # "Tonga's capital", "the Russian border", "Herat city": the same place may be named
        # otherwise elsewhere
        return None
    return place.lower()


def _one_figure_marked_once(a: Claim, b: Claim) -> bool:
    """Whether a figure read as a forecast on one side only is the other's figure: the same
    precise value ("$1.14"), the same count of the same things ("five flights"), one value in
    two units ("36 months" / "three years"), or one precise count or measure within the other's
    rounding ("4,645 deaths" / "more than 4,600"; not a range, how forecasts are given, nor
    money or a share, where a result near its forecast is the rule: "$94.93 billion" against
    "about $94.5 billion expected")."""
    digits = (significant_digits(a), significant_digits(b))
    if a.unit == b.unit and math.isclose(a.value, b.value, rel_tol=1e-9) and (
            min(digits) >= 2 or (a.unit_kind == "count" and a.qualifier == b.qualifier and
                                 a.unit not in ("", "count", "person"))):
        return True
    if a.unit != b.unit and a.si_value is not None and b.si_value is not None and \
            math.isclose(a.si_value, b.si_value, rel_tol=1e-6) and max(digits) >= 2:
        return True
    return a.unit_kind == b.unit_kind and a.unit_kind in ("count", "dimension") and \
        not _is_range(a) and not _is_range(b) and max(digits) >= 3 and \
        _overlap(*comparable_intervals(a, b, True))


#: the point of a trading day a price or an index level is read at, told right before it
_SESSION_POINT = re.compile(
    r"\b(?:(?P<open>open(?:ed|s|ing)?)|(?P<close>clos(?:ed|es|ing|e))|"
    r"(?P<high>(?:as\s+)?high\s+as|peak(?:ed|ing)?|intraday\s+high\s+of)|"
    r"(?P<low>(?:as\s+)?low\s+as|intraday\s+low\s+of))\s+(?:(?:at|of|on)\s+)?"
    r"(?:(?:a|an|the|about|around|roughly|some|nearly|almost|just)\s+)*(?:record\s+)?$", re.I)


@_per_claim
def session_point(c: Claim) -> str | None:
    """"opened at $56.10" -> open, "before closing at $63.59" -> close, "rose as high as
    $69" -> high: where in a trading day a price was read; None when not said."""
    if c.unit_kind not in ("currency", "dimensionless") or c.direction is not None:
        return None
    span = mention_span(c)
    if span is None:
        return None
    s, a, _ = span
    m = _SESSION_POINT.search(s[max(0, a - 40):a])
    return next((k for k, v in m.groupdict().items() if v), None) if m else None


def same_quantity(a: Claim, b: Claim, sim: float, concept_sim: float,
                  noun_sim: NounSim | None = None) -> Judgement:
    """Whether two claims measure the same thing; ``why="ambiguous"`` when they may not.

    Concept similarity decides when nothing else does; two claims of one event that state the
    same precise number ("$26.3 billion") need less of it, since such a coincidence is rare.
    """
    u = units_compatible(a, b, noun_sim)
    if not u.related:
        return u
    sa_, sb_ = session_point(a), session_point(b)
    if sa_ and sb_ and sa_ != sb_:
        # "opened at $56.10" vs "closed at $63.59", "rose as high as $69": prices at two
        # points of one trading day
        return Judgement(False, f"different points of a trading day ({sa_} vs {sb_})")
    ra_, rb_ = distance_from(a), distance_from(b)
    if ra_ and rb_ and ra_ != rb_:
        # "about 120 km south-west of Thessaloniki" vs "about 380 km north of Athens": each
        # distance is from its own place
        return Judgement(False, f"distances from different places ({ra_} vs {rb_})")
    if a.unit_kind == "count" and in_a_part(a) != in_a_part(b):
        # "roughly 55 units were in the section that fell" vs "the 155-unit tower"
        return Judgement(False, "a part vs the whole")
    if a.unit_kind == "count" and is_combined(a) != is_combined(b):
        # "the attacks on Sumy and Kryvyi Rih, which together accounted for 55 deaths": two
        # events' total, not either one's
        return Judgement(False, "a combined total vs one")
    if a.unit_kind == "count" and is_increment(a) != is_increment(b):
        # "Searchers found the remains of 13 more people" adds to a toll; it is not the toll
        return Judgement(False, "an increment vs a total")
    if _told_twice(a, b) and not _same_slot(a, b) and not _bracketed_slots(a, b) and \
            not _rival_sources(a, b):
        # "With 86.6% of polling stations counted, Milei had 55.95%" in a report and its
        # copy: each figure is its own slot's, never the other's (the next one may be its
        # conversion: "50,000 hectares (124,000 acres)", or a rival source's estimate:
        # "the USGS put it at 7.4, while Japan's agency estimated 7.7")
        return Judgement(False, "another figure of one sentence told twice")
    if is_count_progress(a) != is_count_progress(b):
        # "With results in from 99.8% of polling stations, Nawrocki had 50.91%": how far the
        # count had got, not a share of the vote
        return Judgement(False, "how far a count had got vs a figure it gave")
    ra, rb = role_of(a), role_of(b)
    if ra and rb and ra != rb:
        return Judgement(False, f"different roles ({ra} vs {rb})")
    if a.negated != b.negated:
        return Judgement(False, "one is negated")
    if ra == "injured" and rb == "injured" and _critical(a) != _critical(b):
        return Judgement(False, "the critically injured vs all the injured")
    if is_trajectory(a) != is_trajectory(b):
        # "raise the retirement age from 62 to 64" meets "to 64" at the level it moved to,
        # and the evidence is too thin for a conflict
        return Judgement(True, "ambiguous", "a move vs a level")
    if is_expectation(a) != is_expectation(b) and not _same_range(a, b) and not (
            all(is_projection(x) for x in (a, b) if is_expectation(x)) and
            (is_projection(a) or is_projection(b)) and
            (_same_subject(a, b) or _same_verb_subject(a, b))):
        # (an election-night projection is an early reading of the result, not a forecast of
        # another quantity; a target or an analysts' forecast stays one)
        if _one_figure_marked_once(a, b):
            # "$1.14 expected" / "analysts had expected $1.14", "expected to own about 40%" /
            # "would own about 40%", "expected to make five flights" / "we planned for five
            # flights", "within 36 months" / "within three years": one figure, its forecast
            # marker read on one side only; alike enough to agree, never a conflict
            return Judgement(True, "ambiguous", "a forecast marker on one side only")
        return Judgement(False, "a forecast vs a result")
    if a.unit_kind == b.unit_kind == "currency":
        na_, nb_ = set(own_measure_names(a)), set(own_measure_names(b))
        if na_ and nb_ and not (na_ & nb_):
            # "$8 billion of VMware's net debt" vs "$8.5 billion of EBITDA": two line items
            return Judgement(False, f"different measures ({', '.join(sorted(na_))} vs "
                                    f"{', '.join(sorted(nb_))})")
    pa, pb = reporting_period(a), reporting_period(b)
    if pa and pb and pa != pb and "prior" not in (pa, pb):
        return Judgement(False, f"different reporting periods ({pa} vs {pb})")
    # "for the full year, revenue reached $77.8bn" and a quarter's story's "revenue of
    # $22bn": a period longer than a quarter named on one side only may be another period
    long_period_one_side = (pa in ("year", "half")) != (pb in ("year", "half")) and not (pa and pb)
    # "from 78.9% in the previous quarter" is the old level; the other side may say so in
    # words this does not read ("the $7.2bn of a year earlier"), so no conflict is claimed
    long_period_one_side = long_period_one_side or (pa != pb and "prior" in (pa, pb))
    ma, mb = modifiers(a), modifiers(b)
    (ha, sma), (hb, smb) = change_subject(a), change_subject(b)
    heads_differ = bool(ha and hb and _SAME_MEASURE.get(ha, ha) != _SAME_MEASURE.get(hb, hb))
    if heads_differ and not _named_before(a, hb) and not _named_before(b, ha) and \
            ha not in {_singular(m) for m in smb} and hb not in {_singular(m) for m in sma}:
        # "transactions declined 6 per cent" vs "comparable sales declined 6%": the change of
        # another thing, however equal the two numbers (unless the other's thing is named
        # just before the figure, or narrows the other's: "e-commerce sales rose 27%" /
        # "e-commerce grew 27%", "sales rose 27%, ... and membership income 22%", "Services
        # grew 11.9%" / "Services revenue ... grew 12pc")
        return Judgement(False, f"different things changed ({ha} vs {hb})")
    if (sma and smb and not (sma & smb)) or heads_differ:
        # "global e-commerce sales rose 27%" vs "comparable sales rose 5.3%" or "transactions
        # rose 3.1%": what changed is another thing, or narrowed differently, on each side
        ma, mb = ma | sma | {ha or ""}, mb | smb | {hb or ""}
    # a measure named on both sides and different (diluted vs adjusted) is another quantity;
    # the concept's words count here, but only parsed modifiers make a one-sided narrowing
    da = (ma | _tokens(a.concept)) & DISTINGUISHING
    db = (mb | _tokens(b.concept)) & DISTINGUISHING
    if (da - db) and (db - da):
        return Judgement(False, f"different measures ({', '.join(sorted(da))} vs "
                                f"{', '.join(sorted(db))})")
    sa, sb = measure_of(a), measure_of(b)
    if {sa, sb} == {"aftershock", "mainshock"}:
        return Judgement(False, "an aftershock vs the main shock")
    # which shock is an aftershock is otherwise a matter of naming ("the 7.5 aftershock" is
    # "a second quake" elsewhere): no evidence either way
    if "aftershock" in (sa, sb):
        sa = sb = None
    sa, sb = ("magnitude" if x == "mainshock" else x for x in (sa, sb))
    if {sa, sb} == {"apogee", "height"}:
        sa = sb = None  # "reached an altitude of 1,400km": an orbit's height is its apogee
    if sa != sb and None in (sa, sb) and "sustained" in (sa, sb) and \
            re.search(r"\bwinds?\b", (b if sa else a).sentence, re.I):
        # "came ashore with 125-mph winds" / "maximum sustained winds of 115 mph": a storm's
        # winds, unqualified, are its sustained winds (a gust is always called one)
        sa = sb = "sustained"
    if sa and sb and sa != sb or (sa != sb and "split" in (sa, sb) and not _SPLIT_CUE.search(
            (b if sa == "split" else a).sentence)):
        # (a split is never a finishing time told in a sentence that names no point on the way)
        return Judgement(False, f"different measures ({sa} vs {sb})")
    if sa and sa == sb and sa not in LOCAL_MEASURES:
        # "maximum sustained winds of 185 mph" / "sustained winds of 185mph": a reading named
        # on both sides is the event's highest whether or not one side says so
        ma, mb = ma - _EXTREMES, mb - _EXTREMES
    if a.dimension == b.dimension == "pressure":
        # "a minimum central pressure of 945 millibars" / "its central pressure of 946
        # millibars": a storm's pressure is read at its lowest
        ma, mb = ma - _LOWEST, mb - _LOWEST
    kind = kind_of(a) if kind_of(a) != "dimensionless" else kind_of(b)
    differ = owners_differ(a, b) or is_denominator(a) != is_denominator(b) or \
        long_period_one_side
    need = 0.5 if kind == "count" else 0.6
    # a bare number compared with a count ("production slipped to 410,831"); a bare toll
    # ("the death toll rose to 64") already counts people
    bare = (kind == "dimensionless" and not (a.unit and a.unit == b.unit)) or (
        kind != "dimensionless" and any(is_bare(x) and kind_of(x) == "dimensionless"
                                        for x in (a, b)))
    if kind in ("percentage", "percentage_point") or bare:
        need = 0.68
        if not bare and _one_owner(a, b):
            need = 0.55  # "Milei took 55.69%" / "Milei finished with 55.65%": whose share it is
    elif kind == "dimensionless":
        need = 0.5  # a named scale ("magnitude 7.6") says what it measures
    if ra and rb:
        need -= 0.1 if kind == "count" else 0.05
        if ra == rb and ra in ("killed", "injured", "missing") and kind == "count" and \
                a.unit == b.unit == "person" and not (ma or mb):
            # "The disaster killed 135 people" / "police put the number of dead at 127": a
            # toll of people said plainly is the event's toll, however the sentence runs
            need -= 0.1
    na = _modified_noun(a)
    # "shares fell about 4% in extended trading" / "the roughly 4% slide in after-hours
    # trading": a share's move after the bell, told in other words, is named by its session
    after_hours = a.direction is not None and a.direction == b.direction and \
        is_extended_trading(a) and is_extended_trading(b)
    if (sa and sa == sb and sa not in LOCAL_MEASURES | OBJECT_MEASURES) or \
            (na and na == _modified_noun(b)) or after_hours:
        # "at a depth of 22 miles" / "a focal depth of 15.5 km", "the 2,800-metre runway" /
        # "the 2,600-metre runway": both say what they measure, as a role does for counts;
        # the rest of the sentence need not be alike
        need = min(need, 0.2)
    converted = (kind == "dimension" and a.unit != b.unit
                 and _overlap(si_interval(a), si_interval(b), 0.01))
    # the same precise number, or a figure and its unit conversion: rarely a coincidence
    floor = 0.2 if (equal_and_specific(a, b) or converted or rounded_and_specific(a, b)) \
        else need - 0.1
    if equal_and_specific(a, b) and a.unit == b.unit:
        # "377 seconds" in two reports of one race, however thin their sentences: the same
        # precise figure in the same unit is rarely a coincidence
        floor = min(floor, 0.0)
    if sa and sa == sb and sa not in LOCAL_MEASURES | OBJECT_MEASURES:
        floor = min(floor, 0.15)
    if kind in ("percentage", "percentage_point") and a.value == b.value and \
            same_reading(a, b):
        floor = min(floor, 0.45)  # the same share said twice: weak evidence, enough to agree
    same_figure = _same_figure(a, b)
    if same_figure:
        # the very figure said twice in one story ("$50 billion", "about 7 hours", "0.005
        # seconds"): enough to agree on thin wording, never to claim a conflict
        floor = min(floor, SAME_FIGURE_FLOOR)
    if max(concept_sim, sim) < floor:
        return Judgement(False, f"different concepts (similarity {concept_sim:.2f})")
    # the evidence is weaker when a role or a narrowing modifier is on one side only, or the
    # concepts are only loosely alike: then values may agree, but no conflict is claimed
    near_nouns = u.why == "near" and not (ra and ra == rb)
    # a role on one side only is weak evidence unless the wording is close anyway
    one_role = (ra is None) != (rb is None) and min(concept_sim, sim) < 0.65 and \
        not _crowd_counted(a if ra is None else b, ra or rb) and \
        not ((ra or rb) == "won" and counted_key(a) == counted_key(b) == {"seat"})
    # ("The result gives the Liberal Democrats 72 seats" / "won 71 seats": a party's seats
    # are the seats it won, whatever the verb)
    if same_figure and max(concept_sim, sim) < need - 0.1:
        return Judgement(True, "ambiguous")
    # a modifier the other side's sentence also puts before the same word ("maximum
    # sustained winds", "a net loss", parsed on one side only) narrows neither
    one_sided = {m for m in ma - mb if not _same_phrase(m, a.sentence, b.sentence)} | \
        {m for m in mb - ma if not _same_phrase(m, b.sentence, a.sentence)}
    if _consensus(a) and _consensus(b):
        # "the consensus of $1.16" / "analysts had expected $1.14 a share": two providers'
        # averages of one forecast, told in the few words such figures get
        need = min(need, CONSENSUS_SIMILARITY)
    weak = {"a role on one side only": one_role, "modifiers differ": bool(one_sided),
            "a combined figure on one side only": a.unit_kind == "count" and
            opens_on_together(a) != opens_on_together(b) or
            a.unit_kind in ("count", "percentage") and told_as_sum(a) != told_as_sum(b),
            f"similarity under {need:.2f}": max(concept_sim, sim) < need,
            "owners, wholes or periods differ": differ, "a bare number": bare,
            "units loosely alike": u.why == "ambiguous", "counted nouns only near": near_nouns,
            # "Lai's margin over Hou was 914,998 votes" vs "Lai took about 5.5 million votes"
            # (a margin is told in many ways: "a gap of", "finished 3:27 ahead")
            "a margin on one side only": is_margin(a) != is_margin(b),
            # "some 2,000 people, about 900 of them in Israel" vs "about 1,700 employees": a
            # part of a figure told just before, not a rival of a whole
            "a part of another figure on one side only": _part_vs_whole(a, b),
            "an unnamed person's age": a.dimension == "age" and (
                _unnamed_age(a) or _unnamed_age(b))}
    if sim >= COPY_SIMILARITY and not bare and u.why != "ambiguous":
        # the sentences are the same but for the figure ("security services have detained 12
        # people, among them the four men suspected..." / "... detained 11 people, including
        # the four men suspected..."): one report told twice, whatever the parse says
        return Judgement(True)
    if any(weak.values()):
        return Judgement(True, "ambiguous", "; ".join(k for k, v in weak.items() if v))
    return Judgement(True)


# --------------------------------------------------------------------------------------------


#: how alike two analysts' consensus figures must be said to be one forecast
CONSENSUS_SIMILARITY = 0.45

_CONSENSUS_WORDS = re.compile(r"\b(?:analysts?|consensus|Wall\s+Street|LSEG|FactSet|Refinitiv|"
                              r"Zacks|Visible\s+Alpha|S&P\s+Global)\b", re.I)


def _unnamed_age(c: Claim) -> bool:
    """An age said of someone the sentence introduces, not names ("a 63-year-old protester
    was killed", "an 80-year-old woman"): two such ages may be two people."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    if not re.search(r"\b(?:an?|another|one)\s+$", s[max(0, a - 10):a], re.I):
        return False
    after = s[b:b + 60]
    # (not "a 35-year-old Lionel Messi", "the 21-year-old Frenchman Léon Marchand", "a
    # 10-year-old boy, Ezra Blount,")
    return not re.match(r"^[-\s]*(?:years?[-\s]old)?[\s-]*(?:[a-z]+,?\s+){0,2}[A-Z]", after)


@_per_claim
def is_counterfactual(c: Claim) -> bool:
    """The figure is what would have been, not what was: "would have taken a five-party bloc
    to 98", "Progressive Slovakia's 32 seats ... would have made 82", "earnings would have
    been $1.64 a share" (a modal with "have" on the verb the figure hangs on)."""
    span = mention_span(c)
    doc = _parse(c)
    if span is None or doc is None:
        return False
    verb = _token_at(doc, span[1])
    for _ in range(5):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        if verb.dep_ in ("nsubj", "nsubjpass"):
            return False  # "Hlas's 27 ... would have made 82": the parts are what was
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")}
    if not auxes & {"would", "could", "might", "'d"}:
        return False
    # ("without them the NDA would be at 265": a condition makes it what would be)
    return "have" in auxes or _CONDITION_BEFORE.search(doc[:verb.i].text) is not None


#: a condition against the facts set before a "would" ("without them", "but for the levy");
#: not "if" ("If both fall short, the projection would give the CDU/CSU about 211": a
#: condition that may come true, and the count read again once it is in)
_CONDITION_BEFORE = re.compile(r"\b(?:without|but\s+for|were\s+it\s+not|had\s+it\s+not)\b",
                               re.I)


def _one_number(a: Claim, b: Claim) -> bool:
    """The two figures are the same number, in one unit or after conversion."""
    if a.unit == b.unit or a.si_value is None or b.si_value is None:
        return _same_value(a, b)
    return math.isclose(a.si_value, b.si_value, rel_tol=0.002)


#: a capacity or a rating told before the figure, in its clause
_CAPABLE = re.compile(r"\b(?:(?:can|cannot|could)\s+(?:still\s+|only\s+)?(?:dive|reach|carry|hold|"
                      r"fly|travel|seat|accommodate|produce|generate|store|lift|withstand|"
                      r"handle|process|house|pump|climb|descend|transport|strike|fire|detect|"
                      r"sustain|support|survive|operate|cruise|sail|cover)|able\s+to|capable\s+"
                      r"of|(?:built|designed|rated|engineered|certified|made)\s+(?:to|for)|"
                      # "Its range is roughly 370 miles", "a payload of 5 tonnes"
                      r"(?:range|capacity|payload|endurance)\s+(?:is|was|of|at))\b"
                      # (nothing between the cue and the figure that starts another: "a maximum
                      # range of about 500 km and a warhead of some 480 kg")
                      r"(?:(?![;,.:\d]|\s[-\u2013\u2014]\s).){0,45}$", re.I)


@_per_claim
def is_capability(c: Claim) -> bool:
    """The figure is what something can do or is built for ("built to reach depths of up to
    4,000 meters", "a robot that can dive to 6,000 metres", "capable of carrying 300
    passengers"), not a reading of what happened."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, _ = span
    return _CAPABLE.search(s[max(0, a - 60):a]) is not None


_PEAK = re.compile(r"\bpeak(?:ed|ing|s)?\b|\bat\s+(?:the|its)\s+(?:[\w'’]+\s+)?height\b|"
                   r"\bat\s+(?:its|the)\s+(?:[\w'’]+\s+)?(?:worst|highest)\b", re.I)


@_per_claim
def is_peak(c: Claim) -> bool:
    """The figure is the highest a count reached ("outages peaked at about 280,000", "down
    from a peak of more than 300,000", "at the storm's height, more than 460,000 customers
    were without power"), from the words of its own stretch before it or right after."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    lo, hi = figure_stretch(s, a, b, _CLAUSE_BREAK)
    lo = max(lo, s.rfind(";", 0, a) + 1)
    return bool(_PEAK.search(s[lo:a]) or re.search(
        r"^\s*peak\b|\bat\s+(?:its|the)\s+(?:[\w'’]+\s+)?(?:peak|height)\b", s[b:hi], re.I))


def aged_person(c: Claim) -> str | None:
    """Whose age a figure is, by the last word of the name beside it ("said Marie
    Jean-Baptiste, 62, of North Miami": baptiste; "the 62-year-old Marie Jean-Baptiste":
    baptiste), or None. A name after the age counts only where the parser takes it for a
    person's ("a 30-year-old SpaceX engineer" names a company)."""
    if c.dimension != "age":
        return None
    span = mention_span(c)
    doc = _parse(c)
    if span is None or doc is None:
        return None
    s, a, b = span

    def name_run(toks) -> str | None:
        # a run of capitalised proper nouns (hyphens kept): the person's name
        out = [t for t in toks if t.pos_ == "PROPN" and t.text[:1].isupper() and
               t.ent_type_ not in ("NORP", "GPE", "LOC") and t.lower_ not in _DEMONYMS]
        return _norm_name(out[-1].text) if out else None

    first = _token_at(doc, a)
    if first is None:
        return None
    if re.search(r"[A-Z][\w'’-]*,\s*(?:then\s+|now\s+|aged\s+)?$", s[:a]):
        # "Marie Jean-Baptiste, 62,": the name right before the comma
        k = first.i - 1
        while k >= 0 and doc[k].text != ",":
            k -= 1
        run = []
        k -= 1
        while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", "‐")):
            run.insert(0, doc[k])
            k -= 1
        return name_run(run)
    m = re.match(r"[-\s]*(?:years?[-\s]old)?[\s-]*(?:[A-Za-z]+\s+){0,2}?(?=[A-Z])", s[b:])
    if m and re.search(r"years?[-\s]old", s[a:b + m.end()]):
        # "the 21-year-old Frenchman Léon Marchand": the name after the age
        nxt = _token_at(doc, b + m.end())
        run = []
        while nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("-", "‐") and run):
            run.append(nxt)
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        # (a name the parser knows for a person's: not "a 30-year-old SpaceX engineer")
        return name_run(run) if any(t.ent_type_ == "PERSON" for t in run) else None
    return None


def _consensus(c: Claim) -> bool:
    """Analysts' average forecast of a money figure ("against the consensus of $11.22
    billion", "analysts polled by LSEG had expected $1.14 a share")."""
    return c.unit_kind == "currency" and is_expectation(c) and \
        _CONSENSUS_WORDS.search(c.sentence) is not None


def _same_phrase(word: str, own: str, other: str) -> bool:
    """``word`` stands before the same next word in both sentences ("maximum sustained",
    "net loss"), not only somewhere in the other ("road crew" vs "crew members")."""
    m = re.search(rf"\b{re.escape(word)}\w*\s+([a-z][\w-]*)", own, re.I)
    if m is None:
        return False
    return re.search(rf"\b{re.escape(word)}\w*\s+{re.escape(m.group(1))}\b", other,
                     re.I) is not None


def _crowd_counted(c: Claim, role: str | None) -> bool:
    """People counted with no verb of their own ("police counted about 100,000 people",
    "organisers said 80,000 came") set against a crowd that protested: no other role."""
    return role == "protested" and c.unit == "person" and \
        (c.predicate or "").lower().replace("_", " ").split(" ")[0] in _NEUTRAL_PERSON_VERBS


def _who(c: Claim, arts: dict[str, Article]) -> str:
    art = arts[c.article]
    src = art.source or c.article
    if c.attribution and c.attribution.lower() not in src.lower():
        return f"{c.attribution} via {src}"
    return src


#: a toll told as the first count of the day ("reported 10 dead shortly after the attack")
_EARLY_READING = re.compile(
    r"\b(?:(?:shortly|soon|immediately|just|minutes|hours)\s+after\s+the\s+(?:attack|strike|"
    r"blast|explosion|bombing|quake|earthquake|impact|crash|collapse|shelling)|initially|"
    r"at\s+first|in\s+the\s+first\s+hours|an?\s+(?:early|initial|first)\s+(?:toll|count|"
    r"tally|report))\b", re.I)


@_per_claim
def _early_reading(c: Claim) -> bool:
    """The figure's clause tells it as the first count after the event."""
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    lo = max(s.rfind(";", 0, a), s.rfind(". ", 0, a)) + 1
    hi = s.find(";", b)
    return _EARLY_READING.search(s[lo:hi if hi >= 0 else len(s)]) is not None


#: a count told as the last word on it ("the final toll", "according to final figures"), not
#: one still awaited ("the final toll could reach 10,000", "whatever the final number")
_FINAL_READING = re.compile(r"\bfinal\s+(?:official\s+)?(?:death\s+|casualty\s+)?(?:toll|count|"
                            r"tally|figures?|numbers?|assessment)\b|\beventually\s+(?:counted|"
                            r"recorded|confirmed|put|tallied)\b", re.I)
_AWAITED = re.compile(r"\b(?:could|may|might|will|would|expects?|expected|fears?|feared|"
                      r"speculate|whatever|know)\b", re.I)


def _final_reading(c: Claim) -> bool:
    """The figure's sentence gives it as the final count."""
    return bool(_FINAL_READING.search(c.sentence)) and not _AWAITED.search(c.sentence)


def _one_day(a: Claim, b: Claim) -> bool:
    """Both figures are dated, by their sentences or their context, to one day."""
    ta, tb = a.time, b.time
    return bool(ta and tb and ta.start and tb.start and
                {ta.source, tb.source} <= {"sentence", "context", "article"} and
                _span_days(ta) <= 1 and _span_days(tb) <= 1 and _days_apart(ta, tb) < 1)


def _is_later(a: Claim, b: Claim, arts: dict[str, Article],
              min_hours: float = UPDATE_MIN_HOURS) -> bool | None:
    """Whether ``b`` was reported later than ``a`` (None: about the same time, or unknown).

    Publication times decide, ``min_hours`` apart at least; without them, the days the
    claims' own sentences give ("by Friday evening" vs "on Thursday").
    """
    pa, pb = arts[a.article].published, arts[b.article].published
    if pa is None or pb is None:
        ta, tb = a.time, b.time
        if (ta and tb and ta.source in ("sentence", "context") and tb.source in ("sentence", "context")
                and _day_level(ta) and _day_level(tb)):
            ea, eb = ta.end or ta.start, tb.end or tb.start
            if ea != eb:
                return eb > ea
        return None
    pa, pb = _comparable(pa, pb)
    if abs((pb - pa).total_seconds()) < min_hours * 3600:
        # reported at about the same moment: a disagreement, not a revision, unless one
        # report tells a toll as an earlier day's ("the FSB put the toll at 40 on Friday",
        # in a Saturday story) and the other gives its own, as of the report (a storm's
        # winds "said on Thursday" may still be Monday's: only a count that grows is told
        # as of its report)
        if role_of(a) in EVOLVING and role_of(a) == role_of(b):
            xa, xb = _told_as_earlier_day(a, arts), _told_as_earlier_day(b, arts)
            if xa != xb:
                return xa
        return None
    return pb > pa


def _told_as_earlier_day(c: Claim, arts: dict[str, Article]) -> bool:
    """The claim's own sentence dates it to a day before its report ("on Friday" in a
    Saturday story; not "Friday's attack", the day of the event)."""
    t, pub = c.time, arts[c.article].published
    if t is None or pub is None or t.source != "sentence" or t.start is None or \
            not _day_level(t, c.sentence) or _event_day(t):
        return False
    return (pub.date() - (t.end or t.start)).days >= 1


def _comparable(pa: dt.datetime, pb: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Two publication times that can be subtracted: when only one carries a time zone, both
    are read as local times."""
    if (pa.tzinfo is None) != (pb.tzinfo is None):
        return pa.replace(tzinfo=None), pb.replace(tzinfo=None)
    return pa, pb


def _event_day(t: TimeRef) -> bool:
    """The time names the day of an event in the possessive ("Friday's attack"), not the day
    a figure was counted."""
    return re.search(r"['’]s?$", t.text or "") is not None


def _rival_sources_same_day(a: Claim, b: Claim) -> bool:
    """Both figures are dated to the same day by their own sentences and credited to
    different named sources ("the interior ministry" vs "the ambulance service")."""
    ta, tb = a.time, b.time
    if not (ta and tb and ta.source in ("sentence", "context")
            and tb.source in ("sentence", "context")
            and ta.start and tb.start and ta.start == tb.start
            and (ta.end or ta.start) == ta.start and (tb.end or tb.start) == tb.start):
        return False
    if any(_REVISED.search(c.sentence) for c in (a, b)):
        return False  # "the toll from Tuesday's explosions has risen to 12": a later count
    if _event_day(ta) or _event_day(tb):
        return False  # "Friday's attack, in which 133 were killed": the day of the event, not
        #               of the count, which is as of its report
    sa, sb = _norm_name(a.attribution or ""), _norm_name(b.attribution or "")
    return bool(sa and sb and sa != sb and sa not in sb and sb not in sa) and \
        not _same_office(sa, sb) and source_key(a.attribution or "") != source_key(
            b.attribution or "")


#: a figure said to have grown to where it is now
_GROWN = re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+)?(?:grown|spread|expanded|swelled|"
                    r"risen|climbed|increased)|grew|spread|expanded|swelled)\s+(?:\w+\s+){0,3}?"
                    r"to\b", re.I)
_REVISED = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|jumped|grown|"
                      r"reached|passed)\b", re.I)


#: a count its report says was brought down ("revising the figure of at least 500",
#: "lowered the death toll to 253", "has revised its toll ... down to about 1,200")
_REVISED_DOWN = re.compile(
    r"\b(?:revis(?:ed|ing|es)|lower(?:ed|ing|s)|cut|cutting|reduc(?:ed|ing|es)|"
    r"downgrad(?:ed|ing|es)|correct(?:ed|ing|s))\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:death\s+)?(?:toll|figure|count|number|estimate|tally)s?\b", re.I)


def _revised_from(later: Claim, earlier: Claim) -> bool:
    """The later figure's sentence says a count was revised, and names the earlier figure as
    the one it replaced."""
    if not _REVISED_DOWN.search(later.sentence):
        return False
    told = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", later.sentence)
            if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?", x)]
    return any(math.isclose(v, earlier.value) for v in told) and \
        not math.isclose(later.value, earlier.value)


def _same_office(x: str, y: str) -> bool:
    """Two names of one source: "Lebanon's health minister" / "Health Minister Firass Abiad"."""
    def words(s: str) -> set[str]:
        ws = {re.sub(r"(?:'s|’s)$", "", w) for w in re.findall(r"[a-z][a-z'’-]*", s.lower())}
        return {"minister" if w == "ministry" else w for w in ws} - STOP - {"said", "says"}
    wx, wy = words(x), words(y)
    return len(wx & wy) >= min(2, len(wx), len(wy))


#: kinds of disaster or attack; two claims tied to different kinds are different events
_EVENT_KINDS = {
    "earthquake": "quake", "quake": "quake", "tremor": "quake", "aftershock": "quake",
    "tsunami": "quake",
    "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
    "flood": "storm", "flooding": "storm", "floods": "storm", "rain": "storm",
    "rainfall": "storm", "landslide": "storm", "mudslide": "storm",
    "fire": "fire", "wildfire": "fire", "blaze": "fire", "bushfire": "fire",
    "eruption": "eruption", "volcano": "eruption", "heatwave": "heat",
    "shooting": "shooting", "gunman": "shooting", "explosion": "explosion", "blast": "explosion",
}


@_per_claim
def event_kind(c: Claim) -> str | None:
    """The kind of disaster the claim's own clause names ("killed by the earthquake"), from
    the words between the number and its governing verb and that verb's dependents."""
    toks = _claim_tokens(c)
    if not toks:
        return None
    top = _governing_verb(toks[0], 6) or toks[0].sent.root
    # (a clause on a noun is another's words: "killing more than 3,800 people as rescuers dug
    # through the rubble in freezing rain", unless the figure is in it: "3,800 people killed
    # by the quake")
    own = {t.i for t in toks[0].ancestors} | {t.i for t in toks}
    kinds = set()
    for t in top.subtree:
        k = _EVENT_KINDS.get(t.lemma_.lower())
        if k is None:
            continue
        # the clause's own words, not a nested clause ("..., which hit Morocco in an earthquake")
        path = []
        for a in t.ancestors:
            if a.i == top.i:
                break
            path.append(a)
        if not any(a.dep_ in ("relcl", "advcl", "ccomp") or
                   (a.dep_ == "acl" and a.head.i not in own) for a in path):
            kinds.add(k)
    return next(iter(kinds)) if len(kinds) == 1 else None


#: how far apart two figures may be when only an open bound ("up to 16 feet", "more than 3")
#: lets them agree, and still be taken as one quantity
OPEN_BOUND_RATIO = 2.0


def _two_maxima(a: Claim, b: Claim) -> bool:
    """Both figures are the top of a measure ("waves up to 6 metres", "as high as 20 feet"),
    which is what each report says the highest was; not a forecast's or a capability's
    ceiling ("up to 30 cm of snow is expected")."""
    return a.unit_kind == b.unit_kind == "dimension" and a.qualifier == b.qualifier == "<=" and \
        a.low is None and b.low is None and all(map(_told_top, (a, b))) and \
        not any(is_expectation(x) or is_capability(x) for x in (a, b))


#: the top a measure reached, as told ("up to 6 metres", "as high as 20 feet"); not a limit
#: ("within 20km of the plant" is a zone's edge)
_TOP = r"(?:up\s+to|as\s+(?:high|much|deep|far|fast|strong|tall|long|large|heavy|low)\s+as)"
_TOP_OF = re.compile(r"\s*" + _TOP + r"\b", re.I)
#: ... or that top again in other units, in brackets: "up to 195 km/h (120 mph)"
_TOP_BEFORE_BRACKET = re.compile(r"\b" + _TOP + r"\s+[\d.,]+\s*[^\s()]+(?:\s+[^\s()]+)?\s*\(\s*$",
                                 re.I)


def _told_top(c: Claim) -> bool:
    span = mention_span(c)
    return bool(_TOP_OF.match(c.text)) or (
        span is not None and _TOP_BEFORE_BRACKET.search(span[0][max(0, span[1] - 50):span[1]])
        is not None)


def is_range(c: Claim) -> bool:
    return c.low is not None and c.high is not None and c.low != c.high


def _loose_fit(a: Claim, b: Claim, rel: float) -> str | None:
    """Why two compatible figures are still no evidence of one quantity (None when they are).

    Compatibility is what an agreement needs, not what makes one: an open bound is compatible
    with every figure on its side ("waves of up to 16 feet" with the 1.2 metres measured at a
    port; "more than $24 billion" raised with a shelf of "up to $25 billion"), and two ranges
    that only overlap ("$37-40 billion" of spending, "$38.5-41 billion" of revenue) are two
    forecasts. One quantity told twice gives the same range, or figures within a step of the
    bound or a factor of two of each other.
    """
    if is_range(a) and is_range(b) and a.unit == b.unit and not (
            math.isclose(a.low, b.low, rel_tol=0.02) and math.isclose(a.high, b.high, rel_tol=0.02)):
        return "two different ranges"
    sa, sb = comparable_intervals(a, b, strict=True)
    if not _overlap(sa, sb, rel) and all(map(math.isfinite, sa + sb)) and \
            _far_apart(sa, sb, OPEN_BOUND_RATIO):
        return "compatible only through an open bound, with figures far apart"
    return None


#: how far a conversion in brackets may be off the figure it converts, relative
CONVERSION_SLACK = 0.01

_CONVERTED_BEFORE = re.compile(r"\d[\d,.]*\s*-?(?:[^\W\d_]+\.?|[°/%]+)(?:[\s/-]*[^\W\d_]+\.?)"
                               r"{0,2}\s*\(\s*$")


@_per_claim
def is_bracketed_conversion(c: Claim) -> bool:
    """A physical measure given in brackets after the same measure in other units ("185 mph
    (295 km/h)", "some 200 km (125 miles)")."""
    if c.unit_kind != "dimension" or c.dimension == "temperature" or c.approximate or \
            c.qualifier != "=":
        return False  # (a hedged one is as rough as its hedge says already)
    span = mention_span(c)
    return span is not None and _CONVERTED_BEFORE.search(span[0][max(0, span[1] - 40):span[1]]) \
        is not None


def _to_ten(c: Claim, i: tuple[float, float]) -> tuple[float, float]:
    """A stated round figure from 100 to 990 ("270 km/h") widened to its ten, in base units."""
    v = c.value
    if c.qualifier != "=" or c.approximate or c.low is not None or not (100 <= v < 1000) or \
            v != int(v) or int(v) % 10:
        return i
    k = _scale(c)
    return (min(i[0], (v - 5) * k), max(i[1], (v + 5) * k))


def comparable_intervals(a: Claim, b: Claim, strict: bool) -> tuple[tuple[float, float],
                                                                     tuple[float, float]]:
    """The two claims' intervals on one scale: base units, the end of a move ("from 62 to
    64") against a level, a fraction in words against a percentage, a multiple against a
    rise, and amounts in two currencies in dollars. ``strict`` closes open bounds at the next
    step of their precision (see :func:`interval`)."""
    ia, ib = si_interval(a, strict), si_interval(b, strict)
    # "185 mph (295 km/h)" and "185 mph (297 km/h)": a conversion in brackets is rounded
    # from the figure before it, so it is good to a percent or so, not to its last digit
    ia, ib = ((i[0] - CONVERSION_SLACK * abs(i[0]), i[1] + CONVERSION_SLACK * abs(i[1]))
              if is_bracketed_conversion(x) else i for x, i in ((a, ia), (b, ib)))
    if a.unit != b.unit and a.dimension and a.dimension == b.dimension and \
            a.dimension != "temperature":
        # a figure converted from another unit is rounded to tens: "165 mph (270 km/h)",
        # "190 miles" / "300 km"; a round figure in hundreds is read to its ten
        ia, ib = (_to_ten(x, i) for x, i in ((a, ia), (b, ib)))
    for x in (a, b):
        if is_trajectory(x) and not (is_trajectory(a) and is_trajectory(b)):
            end = trajectory_end(x) * _scale(x)
            if x is a:
                ia = (end, end)
            else:
                ib = (end, end)
    if is_fraction(a) != is_fraction(b) and "percentage" in (a.unit_kind, b.unit_kind):
        # a fraction said in words is loose: "a third" is 33% give or take a point or two
        if is_fraction(a):
            ia = (100 * ia[0] - 1.5, 100 * ia[1] + 1.5)
        else:
            ib = (100 * ib[0] - 1.5, 100 * ib[1] + 1.5)
    if is_multiple(a) != is_multiple(b):
        mult_first = is_multiple(a)
        other = b if mult_first else a
        if other.unit_kind == "percentage" and other.direction == "up":
            # a rise of p% makes 1 + p/100 times the base ("up 262%" is "3.62 times"); "three
            # times more" is also read as a rise of 300%: either reading may agree
            ix, io = (ia, ib) if mult_first else (ib, ia)
            as_multiple = (1 + io[0] / 100, 1 + io[1] / 100)
            io = as_multiple if _overlap(ix, as_multiple) else (io[0] / 100, io[1] / 100)
            if mult_first:
                ib = io
            else:
                ia = io
    if a.unit_kind == b.unit_kind == "currency" and a.unit != b.unit and _fx_pair(a, b):
        ia = in_dollars(a.unit, *ia) or ia
        ib = in_dollars(b.unit, *ib) or ib
    return ia, ib


def judge(
    a: Claim, b: Claim, sim: float, concept_sim: float, arts: dict[str, Article], cfg: Config,
    noun_sim: NounSim | None = None,
) -> Relation | None:
    return decide(a, b, sim, concept_sim, arts, cfg, noun_sim)[0]


def decide(
    a: Claim, b: Claim, sim: float, concept_sim: float, arts: dict[str, Article], cfg: Config,
    noun_sim: NounSim | None = None,
) -> tuple[Relation | None, str]:
    """The relation of two claims (or None) and why."""
    rel, why = _decide(a, b, sim, concept_sim, arts, cfg, noun_sim)
    if rel is not None and rel.verdict == "update":
        na, nb = attribute_noun(a), attribute_noun(b)
        if na and nb and na != nb:
            # "the first strike in the company's 55-year history" after "a three-day general
            # strike": the sizes of two things, neither a revision of the other (told of one
            # thing in other words, "the 1.8kg craft" / "the helicopter", they may still agree)
            return None, f"sizes of two things ({na} vs {nb})"
    return rel, why


def _decide(
    a: Claim, b: Claim, sim: float, concept_sim: float, arts: dict[str, Article], cfg: Config,
    noun_sim: NounSim | None = None,
) -> tuple[Relation | None, str]:
    ev = same_event(a, b, arts, cfg)
    if not ev.related:
        return None, ev.why
    if ev.why == PAST_TOLD_AGAIN:
        if max(sim, concept_sim) < PAST_FACT_SIMILARITY:
            # ("Charley ... came ashore in 2004, also with winds of 150 mph" vs Ian's 150 mph:
            # one number of two events, told in other words)
            return None, "different years, and told in other words"
        ev = Judgement(True, TOLD_AGAIN)
    q = same_quantity(a, b, sim, concept_sim, noun_sim)
    if not q.related:
        return None, q.why
    pa_, pb_ = aged_person(a), aged_person(b)
    if pa_ and pb_ and pa_ != pb_:
        # "said Marie Jean-Baptiste, 62" vs "said Rose-Marie Pierre, 34": two people's ages
        return None, f"ages of two people ({pa_} vs {pb_})"
    wa_, wb_ = accumulation_window(a), accumulation_window(b)
    if wa_ and wb_ and not math.isclose(wa_, wb_):
        # "more than 30 cm of rain in the 24 hours" vs "more than 500 mm over 48 hours"
        return None, "amounts gathered over different stretches of time"
    if rate_period(a) != rate_period(b) and not _count_over_the_period(a, b):
        # "close to 100,000 signatures an hour" is no total of signatures
        return None, f"a count per {rate_period(a) or rate_period(b)} vs another"
    # a figure that only frames others may agree with one told again, never rival it: the
    # 24 hours one report's rain fell in, a rule's threshold ("any petition that gathers
    # 10,000 signatures receives a response"; a count may be said to reach it: "because it
    # has passed 100,000 signatures")
    framing = "the stretch an amount was gathered over" if is_window(a) or is_window(b) else (
        "two thresholds" if is_threshold(a) and is_threshold(b) else
        "a rule's threshold vs a count" if is_threshold(a) or is_threshold(b) else None)
    if framing and not _overlap(*comparable_intervals(a, b, False), 1e-9):
        return None, framing
    if role_of(a) == role_of(b) == "without_power" and is_peak(a) != is_peak(b) and \
            not math.isclose(a.value, b.value):
        # "Florida outages peaked at about 280,000 customers" vs "roughly 150,000 Florida
        # customers were still without power Thursday morning": the highest count and one
        # read at a moment are two quantities, neither a revision of the other (a state that
        # passes; "at the height of the crisis some 659,000 people were displaced" is the
        # count of all displaced, which later counts revise)
        return None, "a peak vs a count at one moment"
    if is_mark(a) != is_mark(b) and not math.isclose(a.value, b.value):
        # "the opposition parties now hold 192 seats" vs "the 200 needed to override a
        # veto": a mark to reach is exact, not a round figure that 192 fits
        return None, "a mark to reach vs a count"
    ka_, kb_ = attack_target(a), attack_target(b)
    if role_of(a) in EVOLVING and role_of(a) == role_of(b) and (
            (_since_start(a) and _one_attack(b)) or (_since_start(b) and _one_attack(a))):
        # "the number of Palestinians killed in Gaza since Oct. 7 rose to 3,478" vs "an
        # explosion tore through the grounds of al-Ahli Arab hospital ..., killing at least
        # 500": a war's running toll is not one attack's
        return None, "a toll since a start vs one attack's"
    main_ = story_target(arts) if (ka_ is None) != (kb_ is None) else None
    if main_ and (ka_ or kb_) != main_ and role_of(a) in EVOLVING:
        # "an Israeli strike hit a building in the compound of the ... Church ..., killing
        # 18" in a story whose headlines are of a hospital blast, vs a toll that names no
        # place: the toll of another attack, not the story's
        return None, f"an attack on another place than the story's ({ka_ or kb_} vs {main_})"
    if ka_ and kb_ and ka_ != kb_:
        # "the airstrike on the drama theater ... killed close to 600" vs "a strike on a
        # maternity hospital killed three": attacks on two places are two events
        return None, f"attacks on two places ({ka_} vs {kb_})"
    oa_, ob_ = event_ordinal(a), event_ordinal(b)
    if oa_ and ob_ and oa_ != ob_:
        # "the first quake ... at a depth of 8.6 km" vs "the second, of magnitude 7.5 ...
        # put its depth at 10km": two of the story's events, told by their order
        return None, f"different events by order ({oa_} vs {ob_})"
    if is_another_event(a) != is_another_event(b) and not (oa_ and oa_ == ob_):
        # ("a second quake, of magnitude 7.5" and "the second, in Elbistan, measured 7.6"
        # are one further event)
        # "another magnitude 6.3 earthquake struck ..., killing at least one person": a figure
        # of a further event, not of the one the other report counts
        return None, "a further event vs the story's own"
    if q.why == "ambiguous" and not _has_time(a, arts) and not _has_time(b, arts):
        # weak evidence of one quantity and nothing to say the two are of one story
        return None, f"undated, and the measures may differ ({q.detail})"
    if q.why != "ambiguous" and not _has_time(a, arts) and not _has_time(b, arts):
        # nothing says when either happened: only near-identical wording is taken as the same
        # event strongly enough to claim a conflict
        if max(sim, concept_sim) < NO_TIME_SIMILARITY:
            q = Judgement(True, "ambiguous")
    if q.why != "ambiguous" and _owner_foreign_to_article(a, b, arts):
        # Microsoft's "quarterly revenue of $61.86 billion" in an Alphabet story's markets
        # round-up vs the story's own unnamed "revenue": another company's figure
        q = Judgement(True, "ambiguous", "another owner than the article's subject")
    weak = q.why == "ambiguous"
    if a.unit_kind == b.unit_kind == "currency" and a.unit != b.unit and _fx_pair(a, b) and \
            not (_has_time(a, arts) and _has_time(b, arts)):
        # an approximate rate is weak evidence: only within one dated story
        return None, "amounts in two currencies with nothing to date them"
    ia, ib = comparable_intervals(a, b, weak)
    # conversion factors are rounded: allow 0.2 % when the units differ (each side's own
    # precision already covers rounding; "about 500 mm" must not take in 419 l/m²)
    rel = 0.002 if a.unit != b.unit else 1e-9
    if a.dimension == "temperature" or b.dimension == "temperature":
        rel = 1e-4  # on the kelvin scale even 0.2 % would be half a degree
    compatible = _overlap(ia, ib, rel) or _timed_up(a, b) or _timed_up(b, a)
    if compatible and _two_maxima(a, b):
        # "sent waves up to 6 metres high into its bay" vs "the waves, which reached up to 3
        # metres": each names the highest wave, and the two highest differ
        ma, mb = comparable_intervals(*(x.model_copy(update={"qualifier": "=", "low": None,
                                                              "high": None})
                                        for x in (a, b)), weak)
        compatible = _overlap(ma, mb, rel)
    if is_capability(a) != is_capability(b) and not _one_number(a, b):
        # "built to reach depths of up to 4,000 meters", "a robot that can dive to 6,000
        # metres" vs "the Titanic lies at a depth of nearly 3,800 metres": what a thing can
        # do is no reading of what happened (the same number is one figure told two ways:
        # "designed to demonstrate a landing within 100 metres" / "a 100-metre accuracy")
        return None, "what something can do vs what was"
    if not compatible and (is_counterfactual(a) or is_counterfactual(b)):
        # "would have taken a five-party bloc to 98" vs "SaS won 11 seats": what would have
        # been is no rival of what was
        return None, "a figure of what would have been"
    score = round(float(0.5 + 0.5 * min(max(concept_sim, sim), 1.0)), 4)
    wa, wb = _who(a, arts), _who(b, arts)
    final_count = False
    if ev.why == TOLD_AGAIN and not compatible:
        # reports months apart that date neither figure: a figure told again may agree; a
        # different one may be a revision, a later state or another figure altogether
        order = _is_later(a, b, arts)
        if order is not None and _moved_from(b if order else a, a if order else b):
            # "its annual recurring revenue ... passed $600m, up from about $400m when the
            # deal was agreed": the later report says its figure moved from the earlier one
            # (the earlier value, named as the later one's starting point, is evidence enough
            # that the two are one quantity)
            return _update(a, b, order, wa, wb, score, "since revised to")
        # "The government's final count is 21 dead in Bangladesh", weeks after "16 killed":
        # the later report gives its figure as where a count of the event ended
        final_count = order is not None and role_of(a) == role_of(b) and \
            role_of(a) in EVOLVING and _final_reading(b if order else a)
        if not final_count:
            return None, "values differ in reports far apart that date neither figure"
    role = role_of(a) or role_of(b)
    # a price after hours moves by the hour: a report an hour on is a later reading
    later = _is_later(a, b, arts, min_hours=1 if is_extended_trading(a) and
                      is_extended_trading(b) else UPDATE_MIN_HOURS)
    if later is not None and _rival_sources_same_day(a, b) and \
            not (_final_reading(b) if later else _final_reading(a)):
        # two authorities' figures for one day disagree; neither revises the other (unless
        # the later report gives its figure as the final one: "The final toll of the July 14
        # strike stands at 27 dead", a month after the governor's 22 that night)
        later = None
    if role in EVOLVING and role_of(a) == role_of(b) and \
            (early := (_early_reading(a), _early_reading(b))) in ((True, False), (False, True)) \
            and _one_day(a, b):
        # "the acting mayor reported 10 dead shortly after the attack" vs "killing at least 13
        # people": the first count of that day, whichever report tells it
        later = early[0]
    progress = (count_progress(a), count_progress(b))
    counting = not compatible and None not in progress and progress[0] != progress[1]
    if counting:
        # "With 99.43% of ballot boxes opened, Erdogan had 52.14%" / "taking 52.13% ...
        # with 99.66% of ballot boxes counted": how far the count had got says which
        # reading came later, whoever gives it and whenever it is printed
        later = progress[1] > progress[0]
    if ev.why == TOLD_AGAIN and not final_count:
        later = None  # (nor does a figure told again months on revise the other)
    # an evolving figure reported again later with another number is a revision, even when
    # an open bound ("at least 23") would let both stand
    # tolls grow as bodies are found, so a later, smaller toll is a disagreement; evacuees,
    # the missing and homes without power go down as well as up
    # sizes compared in one unit: "64,000 acres" is less than "32,000 hectares"
    va, vb = ((x.si_value if x.si_value is not None and a.unit != b.unit else x.value)
              for x in (a, b))
    revises = (later and vb > va) or (later is False and va > vb)
    if role not in GROWING and later is not None and a.value != b.value:
        revises = True
    if later is not None and a.value != b.value and _revised_from(b if later else a,
                                                                  a if later else b):
        # "471 people had been killed ..., revising the figure of at least 500 it gave on
        # Tuesday night", "Israel has revised its toll ... down to about 1,200 from 1,400": a
        # toll its later report says was brought down from the earlier one
        revises = True
    # a running tally ("more than 300 aftershocks by Thursday", "1,000 since then") grows
    tally = role is None and is_running_tally(a) and is_running_tally(b)
    provisional = False
    if later is not None and a.value != b.value and not compatible:
        earlier = a if later else b
        if (_PROVISIONAL.search(earlier.sentence) or _clock_tally(earlier.sentence) or (
                earlier.unit_kind in ("currency", "percentage") and
                (_ESTIMATED_RESULT.search(earlier.sentence) or
                 _provisional_report(arts[earlier.article])) and
                math.isclose(a.value, b.value, rel_tol=ESTIMATE_DRIFT)) or (
                # "Four more seats ... will be allocated once their postal ballots are counted
                # later this month": every result of that report is a count not yet complete
                earlier.unit_kind in ("count", "percentage", "dimensionless") and
                _incomplete_count_report(arts[earlier.article]) and
                math.isclose(a.value, b.value, rel_tol=COUNT_COMPLETION_DRIFT))) and \
                not _rival_agencies(a, b):
            # "34 stations had provisionally exceeded ..." then the final analysis (by the same
            # body: the NEMRC's 6.4 does not revise the USGS's preliminary 5.6)
            tally = True
            # (a share of a count still going on may end lower as well as higher, if not
            # by much: "40.3% with more than 90% of polling stations reporting", then "40.1%")
            provisional = a.unit_kind == b.unit_kind == "percentage" and \
                abs(a.value - b.value) <= PROVISIONAL_SHARE_DRIFT
    if later is not None and not compatible and role is None and (
            _GROWN.search((b if later else a).sentence) or
            measure_of(a) == measure_of(b) == "burned" or (
                _contained(a) and _contained(b) and not _same_day(a, b))):
        # "the fire complex had grown to about 32,000 hectares overnight": the later report
        # says the figure grew since
        tally = True
    if counting:
        # a count read further on: a tally grows, a share of it may end a little lower or
        # higher
        tally = True
        provisional = a.unit_kind == b.unit_kind == "percentage" and \
            abs(a.value - b.value) <= PROVISIONAL_SHARE_DRIFT
    if tally:
        revises = (later and vb > va) or (later is False and va > vb) or provisional
    if later is not None and not compatible and concept_sim >= RUNNING_CONCEPT_SIMILARITY and \
            _running_duration(a, b, later, arts):
        # "the strike has lasted 41 days" on 23 October, "53 days" on 4 November: the same
        # stretch of time, measured twelve days later
        return _update(a, b, later, wa, wb, score, "so far,")
    if later is not None and not compatible and q.why != "ambiguous" and \
            is_projection(a if later else b) and not is_projection(b if later else a) and \
            (_same_subject(a, b) or _same_verb_subject(a, b)) and \
            not _dated_before(b if later else a, a if later else b, arts):
        # "a projection gives the left 172 to 192 seats", then "the left won 195": the count
        # the projection read early, now made
        return _update(a, b, later, wa, wb, score, "projected, then")
    if later is not None and q.why != "ambiguous" and is_market_move(a) and \
            is_market_move(b) and (
                (_reaction_then_close(a, b) and is_extended_trading(a if later else b)) or
                (is_extended_trading(a) and is_extended_trading(b) and not compatible)):
        # "rose about 11% in extended trading", then "about 14%" later that evening, then
        # "rose 9.7% on Wednesday to close at a record": one reaction to the news, settling
        return _update(a, b, later, wa, wb, score, "in extended trading, then")
    now_then = ev.why in (NOW_AND_THEN, LOOSELY_DATED) and is_current_state(a) and \
        is_current_state(b)
    if now_then and later is not None and not compatible and q.why != "ambiguous":
        # "the block currently produces about 400,000 barrels per day" in 2023, "now pumping
        # more than 650,000" in 2025: the state read again
        return _update(a, b, later, wa, wb, score, "now")
    if later is not None and _long_past(a, b, arts):
        # "the 1931 Hawke's Bay earthquake, in which 256 people died" / "which killed 258":
        # a toll decades old is settled; two reports of it do not revise each other
        later = None
        revises = False
    if (role in EVOLVING or tally) and later is not None and revises and q.why != "ambiguous":
        sa_, sb_ = scope_of(a), scope_of(b)
        if sa_ and sb_ and sa_ != sb_ and "local" not in (sa_, sb_):
            # "died in Vietnam" and "died in Hainan": tolls of two places, not a revision
            return None, f"a revision needs the same scope ({sa_} vs {sb_})"
        several = _several_countries(tuple(sorted(x.title.lower() for x in arts.values()
                                                  if x.title and x.status == "ok")))
        if (sa_ in several) != (sb_ in several) and None in (sa_, sb_):
            # "8,574 people had been killed in Turkey" and, a day before, "the number of
            # people killed rose to more than 7,800" in a story whose headlines name Turkey
            # and Syria: a count for one of the countries does not revise one for none
            return None, f"a revision needs the same scope ({sa_ or sb_} vs none)"
        return _update(a, b, later, wa, wb, score, "revised to")
    if compatible:
        loose = _loose_fit(a, b, rel)
        if loose:
            return None, loose
        if q.why == "ambiguous" and any(_vague_decade(x) for x in (a, b)) and \
                not all(_vague_decade(x) for x in (a, b)):
            # "tens of thousands" holds any figure of its decade: on thin evidence of one
            # quantity that is no agreement ("tens of thousands marched in Cologne" vs the
            # 100,000 counted in Berlin)
            return None, "a vague amount on thin evidence"
        why = "equal" if ia == ib else "compatible given bounds and precision"
        return Relation(a=a.id, b=b.id, verdict="agree", score=score,
                        reason=f"{fmt_value(a)} ({wa}) and {fmt_value(b)} ({wb}): {why}"), why
    if q.why == "ambiguous":
        # one side may not mean the same measure: no conflict claimed on weak evidence
        return None, f"values differ but the measures may differ too ({q.detail})"
    if role is None and is_running_tally(a) != is_running_tally(b):
        part_is_a = is_running_tally(a)
        part = a if part_is_a else b
        (ip, iw) = (ia, ib) if part_is_a else (ib, ia)
        if later is not None and later != part_is_a and ip[0] > iw[1] and \
                concept_sim >= RUNNING_COUNT_SIMILARITY:
            # "more than 100 aftershocks followed" on Wednesday, "more than 300 aftershocks
            # by Thursday afternoon" the next day: the running count, counted further
            return _update(a, b, later, wa, wb, score, "so far,")
        if ip[1] < iw[0]:
            # "275,000 trips by 11 a.m." and the day's 1,001,613: a count still running
            # falls short of the count made later; reported later, it is a revision
            part_first = later is not None and later == part_is_a
            lo_, hi_ = figure_stretch(part.sentence, part.start - part.sentence_start,
                                      part.end - part.sentence_start, _CLAUSE_BREAK)
            if part_first and _OPEN_TALLY.search(part.sentence[lo_:hi_]):
                return _update(a, b, later, wa, wb, score, "so far,")
            return None, "a count so far vs a fuller count"
    if role == "population" and role_of(a) == role_of(b):
        return None, "populations are context, not news: no conflict claimed"
    sc_a, sc_b = scope_of(a), scope_of(b)
    if a.unit_kind == b.unit_kind == "count" and sc_a != sc_b and "all" in (sc_a, sc_b) and \
            None not in (sc_a, sc_b):
        # "81,000 in Paris" vs "1.28 million nationwide": a part of the place vs all of it
        return None, f"a place vs a wider count ({sc_a} vs {sc_b})"
    if a.unit_kind == b.unit_kind == "count" and sc_a and sc_b and sc_a != sc_b and \
            "local" not in (sc_a, sc_b):
        # "175,000 in Boston" vs "half a million in Washington": two places, or one inside the
        # other; equal figures may still be one count told at two scales, but different ones
        # are not a disagreement
        return None, f"counted in different places ({sc_a} vs {sc_b})"
    if _orders_apart(a, b) and not _one_figure_changed(a, b):
        # (one sentence told twice but for the figure is one figure in dispute: "an estimated
        # 100,000 people had flocked" and, in a copy, "an estimated 10,000")
        # sources that disagree about one figure (police vs organisers) stay within a factor
        # of ten; a city's toll vs the country's, or a margin vs a time, do not
        return None, "figures an order of magnitude apart: more likely different quantities"
    if ev.why == LOOSELY_DATED and not (
            concept_sim >= FIXED_FACT_SIMILARITY and a.dimension not in STATE_DIMENSIONS and
            min(significant_digits(a), significant_digits(b)) >= 3):
        # (a precise fact told again, its concept nearly the same: "an exchange ratio of
        # 2.3836 Exxon shares" and months later "received 2.3386 Exxon shares" disagree; a
        # storm's winds told later may be another reading)
        return None, "values differ, but one date is only the report's: no conflict claimed"
    if a.unit_kind == b.unit_kind == "currency" and _far_apart(ia, ib, MAX_MONEY_CONFLICT_RATIO) \
            and not _rival_sources(a, b) and sim < COPY_SIMILARITY:
        # (one sentence told twice but for the amount is one figure in dispute)
        # a misreported or rival money figure stays near the other ("$35.9 billion" vs
        # "$33.9 billion"); AWS's $27.5 billion and Amazon's $159 billion, a segment's revenue
        # and the company's, are two line items
        return None, "amounts far apart: more likely two line items than one disputed figure"
    if later is not None and _read_on_other_days(a, b):
        # "5 percent contained" by Friday evening, "30 percent contained" on Monday evening:
        # one measure read on two days, each report dating its own figure, is no disagreement
        return None, "one measure read on two days"
    return Relation(
        a=a.id, b=b.id, verdict="conflict", score=score,
        reason=f"{fmt_value(a)} ({wa}) vs {fmt_value(b)} ({wb}): incompatible values",
    ), "conflict"


#: how alike the concepts of a running count and an earlier count must be to read the running
#: count as the same count, counted further
RUNNING_COUNT_SIMILARITY = 0.65

#: how alike the concepts of two precise figures must be for a conflict though one is dated
#: only by its report
FIXED_FACT_SIMILARITY = 0.8

#: how far apart two figures may be and still be rival values of one quantity
MAX_CONFLICT_RATIO = 10.0


#: how far apart two money figures may be and still be rival values of one amount, unless
#: they are credited to different named sources
MAX_MONEY_CONFLICT_RATIO = 1.5


def _far_apart(x: tuple[float, float], y: tuple[float, float], ratio: float) -> bool:
    """The middles of two intervals are more than ``ratio`` times apart."""
    mx, my = abs(x[0] + x[1]) / 2, abs(y[0] + y[1]) / 2
    return min(mx, my) > 0 and max(mx, my) / min(mx, my) > ratio


def _vague_decade(c: Claim) -> bool:
    """A vague amount that spans a power of ten: "tens of thousands", "hundreds"."""
    return c.low is not None and c.high is not None and c.low > 0 and \
        math.isclose(c.high / c.low, 10.0) and c.qualifier == "="


def _named_body(attribution: str | None) -> str | None:
    """An attribution that names one body ("US Geological Survey", "National Earthquake
    Monitoring and Research Center"), not a kind of source ("officials", "police")."""
    if not attribution:
        return None
    name = re.sub(r"^(?:the|a|an)\s+", "", attribution.strip(), flags=re.I)
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in ("of", "for", "and", "&")
                                 for w in words):
        return None
    return name


def _rival_agencies(a: Claim, b: Claim) -> bool:
    """Both figures are credited to different bodies, each named in full."""
    na, nb = _named_body(a.attribution), _named_body(b.attribution)
    return bool(na and nb and source_key(na) != source_key(nb) and not _same_office(na, nb))


def _rival_sources(a: Claim, b: Claim) -> bool:
    """Both figures are credited, to different named sources."""
    return bool(a.attribution and b.attribution and
                source_key(a.attribution) != source_key(b.attribution))


#: how far (in points) a share read from a count still under way may move by its end
PROVISIONAL_SHARE_DRIFT = 2.0

#: how far a count had got when a figure was read from it: "with 99.43% of ballot boxes
#: opened", "with nearly all ballots counted", "final results"
_COUNT_PROGRESS = re.compile(
    r"\bwith\s+(?:(?P<q>more\s+than|over|about|nearly|almost|just\s+over|some)\s+)?"
    r"(?:(?P<n>\d[\d.]*)\s*(?:%|per\s*cent|percent)|(?P<all>(?:nearly\s+|almost\s+|"
    r"virtually\s+)?all))\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ballot\s+boxes|ballots|"
    r"votes|polling\s+(?:stations|places)|precincts|(?:voting\s+)?districts|constituencies|"
    r"counties|returns|(?:tally\s+)?sheets)\s+(?:counted|reporting|reported|in|tallied|declared|"
    r"processed|opened)\b|"
    r"\b" + _RESULTS_FROM.format(n=r"(?P<n2>\d[\d.]*)") + "|"
    r"\b(?P<final>final\s+(?:official\s+)?(?:results?|count|tally|returns))\b", re.I)


@_per_claim
def is_count_progress(c: Claim) -> bool:
    """The figure is itself how far a count had got: the "99.8%" of "with results in from
    99.8% of polling stations"."""
    if c.unit_kind != "percentage":
        return False
    k = c.start - c.sentence_start
    return any(m.start() <= k < m.end() and m.group("final") is None
               for m in _COUNT_PROGRESS.finditer(c.sentence))


@_per_claim
def count_progress(c: Claim) -> float | None:
    """How much of the count (in percent) stood when the figure's sentence read it, or None
    when it does not say. A final result is the whole count."""
    m = _COUNT_PROGRESS.search(c.sentence)
    if m is None:
        return None
    if m.group("final"):
        return 100.0
    if m.group("all"):
        return 100.0 if m.group("all").lower() == "all" and not m.group("q") else 99.0
    return float(m.group("n") or m.group("n2"))

#: a figure its own report marks as not final
_PROVISIONAL = re.compile(r"\b(?:provisional(?:ly)?|preliminary|"
                          # (not "the initial public offering price of $51": a name)
                          r"initial(?:ly)?(?!\s+(?:public|coin)\s+offerings?)|early\s+(?:count|"
                          r"figures?|estimates?|results?|tallies|tally)|in\s+(?:early|midday|"
                          r"morning|afternoon|premarket|pre-market)\s+trading|intraday|"
                          r"partial\s+(?:results?|counts?|returns|tall(?:y|ies))|"
                          # "with more than 90% of polling stations reporting": a count still
                          # going on
                          r"with\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
                          r"[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:polling\s+"
                          r"stations|precincts|votes|ballots|districts|constituencies|counties)\s+"
                          r"(?:counted|reporting|reported|in|tallied|declared|processed)|"
                          + _RESULTS_FROM.format(n=r"[\d.]+") + "|"
                          # "By 11:30 p.m., the LDP had secured 149 seats ..., with many close
                          # races still being counted": a count read part of the way through
                          r"still\s+being\s+(?:counted|tallied))\b", re.I)
_BY_CLOCK = re.compile(r"\bby\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)", re.I)
_COUNTED = re.compile(r"\b(?:tall(?:y|ies)|count(?:ing)?|results|returns|seats|declared|"
                      r"declarations)\b", re.I)


def _clock_tally(sentence: str) -> bool:
    """A tally read at a clock time: "By 11:30 p.m., the LDP had secured 149 seats ...,
    according to NHK's tally", "had won 118 [seats] by 11:30 p.m." (not "riders had taken
    275,000 trips by 11 a.m.", a part of the day's own count)."""
    return bool(_BY_CLOCK.search(sentence) and _COUNTED.search(sentence))


#: "up from an initial package of 413", "from $111 billion", "down from about 7,500"
_MOVED_FROM = re.compile(
    r"\b(?:up|down|rising|falling|increased|decreased|raised|lowered|cut)?\s*from\s+"
    r"(?:(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,4}?(?:of\s+)?)?(?:about|some|roughly|around|"
    r"nearly|almost|just\s+under|more\s+than)?\s*(?:US)?[$£€]?\s*(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"\s*(?P<s>thousand|million|billion|trillion|bn|mn|tn|m|k|b)?\b", re.I)


#: a starting point that is another period's figure
_PERIOD_BASE = re.compile(
    r"^[^.;]{0,12}?\b(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:previous|prior|preceding|last|same|"
    r"first|second|third|fourth|year-ago|year-earlier)\s+(?:quarter|month|year|period|week|half)|"
    r"in\s+(?:19|20)\d\d)\b", re.I)


def _moved_from(later: Claim, earlier: Claim) -> bool:
    """The later figure's own stretch says it moved from the earlier one's value (not from a
    year-earlier base)."""
    span = mention_span(later)
    if span is None:
        return False
    s, a, b = span
    if re.search(r"\bfrom\s+(?:about\s+|some\s+)?\S{0,4}$", s[max(0, a - 20):a], re.I):
        return False  # the figure is itself a starting point ("down from $9.6bn a year earlier")
    lo, hi = figure_stretch(s, a, b, _CLAUSE_BREAK)
    for m in _MOVED_FROM.finditer(s, b, max(hi, min(len(s), b + 80))):
        if _YEAR_AGO.search(s[m.end():m.end() + 30]) or _PERIOD_BASE.match(s[m.end():m.end() + 40]):
            continue  # another period's figure: "from 7.0 million tonnes in the previous quarter"
        scale = SCALE_ABBREV.get((m.group("s") or "").lower(), 1)
        v = float(m.group("n").replace(",", "")) * scale
        if math.isclose(v, earlier.value, rel_tol=1e-6):
            return True
    return False


def _provisional_report(art: Article) -> bool:
    """The report tells early figures: its title or first sentence calls them preliminary
    ("..., the company's preliminary earnings showed Friday")."""
    text = art.text or ""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0] if text.strip() else ""
    return bool(_PROVISIONAL.search(art.title or "") or _PROVISIONAL.search(first))


#: how far a company's full results may move from its own estimate for the period
ESTIMATE_DRIFT = 0.05

#: how far a result may move when the part of the count a report said was still to come is in
COUNT_COMPLETION_DRIFT = 0.06

#: a report that says part of the count is still to come
_STILL_TO_COUNT = re.compile(
    r"\b(?:(?:yet|still|remain(?:s|ing)?)\s+to\s+be\s+(?:counted|allocated|declared|decided|"
    r"tallied|assigned)|will\s+be\s+(?:allocated|declared|decided|counted|assigned)\s+(?:once|when|"
    r"after)|(?:is|are|were)\s+still\s+being\s+counted|(?:has|have)\s+yet\s+to\s+be\s+"
    r"(?:counted|declared|decided))\b", re.I)


def _incomplete_count_report(art: Article) -> bool:
    """The report says part of the count is still to come ("Four more seats ... will be
    allocated once their postal ballots are counted later this month")."""
    return _says_count_incomplete(art.text or "")


@functools.lru_cache(maxsize=1024)
def _says_count_incomplete(text: str) -> bool:
    return _STILL_TO_COUNT.search(text) is not None


#: a company's own early figure for a period ("operating profit for the April-June period was
#: estimated at 10.4 trillion won"), which its full results then give
_ESTIMATED_RESULT = re.compile(r"\b(?:quarter|period|half|months)\b.*\b(?:was|were|is|are)\s+"
                               r"estimated\s+at\b", re.I)


@_per_claim
def _contained(c: Claim) -> bool:
    """How much of a fire is contained ("30 percent contained", "containment reached 55%") or
    of a supply is back ("About 20% of demand had been restored by 6 p.m."): a share that
    only grows as crews work."""
    if c.unit_kind != "percentage":
        return False
    span = mention_span(c)
    if span is None:
        return False
    s, a, b = span
    after = re.split(r"[,;:]", s[b:b + 45])[0]
    return re.search(r"\b(?:contain(?:ed|ment)|restor(?:ed|ation)|reconnected)\b",
                     s[max(0, a - 40):b] + after, re.I) is not None


def _same_day(a: Claim, b: Claim) -> bool:
    """Both figures are dated to one day ("5 percent contained by Friday evening" and "30
    percent on Friday"): two readings of that day, not one after the other."""
    ta, tb = a.time, b.time
    return bool(ta and tb and ta.start and tb.start and _day_level(ta, a.sentence) and
                _day_level(tb, b.sentence) and _days_apart(ta, tb) < 1)


def _read_on_other_days(a: Claim, b: Claim) -> bool:
    """Both figures dated by their own sentences, to days a day or more apart, and not a
    quake's magnitude (fixed once and for all: a later day is when it was told)."""
    ta, tb = a.time, b.time
    return bool(ta and tb and ta.source == tb.source == "sentence" and
                "magnitude" not in (a.unit, b.unit) and
                _day_level(ta, a.sentence) and _day_level(tb, b.sentence) and
                _days_apart(ta, tb) >= 1)


def _update(a: Claim, b: Claim, later: bool, wa: str, wb: str, score: float, how: str
            ) -> tuple[Relation, str]:
    """The update relation from the earlier report's figure to the later one's."""
    first, second = (a, b) if later else (b, a)
    wf, ws = (wa, wb) if later else (wb, wa)
    return Relation(
        a=first.id, b=second.id, verdict="update", score=score,
        reason=f"{fmt_value(first)} ({wf}) {how} {fmt_value(second)} ({ws}) in a later report",
    ), "update"


#: how alike two lengths of time must be told to be one stretch measured twice ("the strike
#: has lasted 41 days" / "in its 53rd day"; not "24 hours" of a march and "two months after the
#: mutiny", whose difference is the time between the reports only by chance)
RUNNING_CONCEPT_SIMILARITY = 0.4


def _running_duration(a: Claim, b: Claim, later: bool, arts: dict[str, Article]) -> bool:
    """Two lengths of time whose difference is the time between their reports, the later
    report giving the longer one: one stretch still running, measured twice."""
    if a.dimension != "time" or b.dimension != "time" or None in (a.si_value, b.si_value):
        return False
    pa, pb = arts[a.article].published, arts[b.article].published
    if pa is None or pb is None:
        return False
    pa, pb = _comparable(pa, pb)
    gap = abs((pb - pa).total_seconds())
    first, second = (a, b) if later else (b, a)
    grown = second.si_value - first.si_value  # type: ignore[operator]
    day = 86400.0
    if gap < day or grown <= 0 or first.si_value < day:  # type: ignore[operator]
        return False
    slack = day + max(_precision_si(first), _precision_si(second))
    return abs(grown - gap) <= slack


def _precision_si(c: Claim) -> float:
    """How far a length of time may be from its stated figure, in seconds."""
    lo, hi = si_interval(c)
    return max(0.0, (hi - lo) / 2)


def _orders_apart(a: Claim, b: Claim) -> bool:
    x, y = abs(a.si_value if a.si_value is not None else a.value), \
        abs(b.si_value if b.si_value is not None else b.value)
    if a.dimension == "temperature" and b.dimension == "temperature":
        x, y = abs(si_interval(a)[0] - 273.15), abs(si_interval(b)[0] - 273.15)  # in degrees
    if (a.value < 0) != (b.value < 0) or min(x, y) == 0:
        return False
    ratio = max(x, y) / min(x, y)
    if "protested" in (role_of(a), role_of(b)) and _rival_sources(a, b):
        # a crowd's estimates by rival sources may be ten times apart, not more: "about 1
        # million" by city hall's count vs "about 100,000" from police sources
        return ratio > MAX_CONFLICT_RATIO * (1 + 1e-9)
    return ratio >= MAX_CONFLICT_RATIO


def concept_text(c: Claim) -> str:
    """What is measured, in words, for the concept embedding.

    A concept that says no more than the counted noun ("people") would make every count of
    people look alike; then the masked sentence stands in for it.
    """
    counted = {_singular(w) for w in _tokens(c.counted)} | set(counted_key(c))
    extra = {w for w in _tokens(c.concept) if _singular(w) not in counted}
    if not extra:
        from .embed import about_text

        return about_text(c)
    parts = [c.concept or "", c.counted or ""]
    role = role_of(c)
    if role and role not in (c.concept or ""):
        parts.append(role)
    parts.extend(measure_names(c))
    return " ".join(p for p in parts if p).strip()


#: the common name of a measure, by the words news use for it ("Meta brought in $39bn",
#: "sales came in at $39.1bn", "revenue of $39.07bn" are all revenue)
_MEASURE_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.I)) for name, rx in (
        ("revenue", r"\b(?:revenues?|sales|turnover|brought\s+in|took\s+in|top\s+line)\b"),
        ("profit", r"\b(?:profits?|net\s+income|bottom\s+line)\b"),
        ("loss", r"\b(?:loss|losses|lost|losing)\b"),
        ("buyback", r"\b(?:buy-?backs?|repurchases?|buy\s+back)\b"),
        ("debt", r"\b(?:debts?|borrowings?)\b"),
        ("ebitda", r"\bebitda\b"),
        ("cash flow", r"\bcash\s+flows?\b"),
        ("wage increase", r"\b(?:pay\s+rises?|raises?|wage\s+(?:increases?|rises?)|pay\s+increases?)\b"),
        ("latitude", r"\b(?:latitude|degrees?\s+(?:south|north))\b"),
        ("turnout", r"\b(?:turnout|participation)\b"),
        ("longitude", r"\b(?:longitude|degrees?\s+(?:east|west))\b"),
    ))


def _measure_names_in(text: str) -> list[str]:
    return [name for name, rx in _MEASURE_NAMES if rx.search(text)]


#: the measure named right at a money figure: "$8 billion of VMware's net debt", "revenue
#: of $61.9bn", "net income was $1.2bn"
_OF_MEASURE_AFTER = re.compile(r"^\s*(?:of|in)\s+")
_MEASURE_BEFORE = re.compile(
    r"(?:^|\s)(?P<m>[\w-]+(?:\s+[\w-]+)?)\s+(?:of|was|were|is|came\s+in\s+at|reached|totall?ed|"
    r"stood\s+at)\s+(?:(?:about|roughly|around|nearly|some|almost|just\s+over|more\s+than)\s+)?$",
    re.I)


@_per_claim
def own_measure_names(c: Claim) -> tuple[str, ...]:
    """Common names of the measure said right at the figure: the "of" phrase after it or the
    noun it is the value of (not every line item its clause names)."""
    span = mention_span(c)
    if span is None:
        return ()
    s, a, b = span
    found: list[str] = []
    m = _OF_MEASURE_AFTER.match(s[b:b + 60])
    if m:
        # up to four words of the "of" phrase, to the first break
        tail = re.match(r"(?:[\w'’+-]+\s*){1,4}", s[b + m.end():b + m.end() + 50])
        if tail:
            words = re.split(r"\b(?:and|or|but|while|against|versus|from|to)\b", tail.group(0))[0]
            found += _measure_names_in(words)
    m = _MEASURE_BEFORE.search(s[max(0, a - 50):a])
    if m:
        found += _measure_names_in(m.group("m"))
    return tuple(dict.fromkeys(found))


@_per_claim
def measure_names(c: Claim) -> tuple[str, ...]:
    """Common names of what the figure's own clause measures."""
    own = own_clause(c)
    if own is None:
        return ()
    s, _, _, lo, hi = own
    clause = s[lo:hi]
    return tuple(_measure_names_in(clause))


def match(
    claims: list[Claim],
    candidates: list[Candidate],
    articles: list[Article],
    cfg: Config,
    concept_vectors: np.ndarray | None = None,
    noun_sim: NounSim | None = None,
) -> list[Relation]:
    """Judge every candidate pair; return the relations, sorted and deterministic."""
    by_id = {c.id: c for c in claims}
    pos = {c.id: i for i, c in enumerate(claims)}
    arts = {a.id: a for a in articles}
    siblings = sibling_scopes(claims)
    main = main_places(articles)
    countries = _one_country(articles)
    parts = breakdown_parts(claims)
    common = common_places(claims)
    by_nation, largest = national_counts(claims)
    out: list[Relation] = []
    for cand in candidates:
        a, b = by_id[cand.a], by_id[cand.b]
        if concept_vectors is not None:
            csim = float(np.dot(concept_vectors[pos[a.id]], concept_vectors[pos[b.id]]))
        else:
            csim = cand.similarity
        if _scopes_differ(a, b, siblings):
            continue  # "killed in Turkey" vs "killed in Syria", "nationwide" vs "in Paris"
        if _one_place_vs_all(a, b, parts, main, countries, common):
            continue  # "27 in the Tibet region" vs "the toll rose to 2,500" in a story of Nepal
        if _nations_differ(a, b, by_nation, largest, countries):
            continue  # "658 Egyptians" vs "41 Jordanian pilgrims", or vs the toll of all
        rel = judge(a, b, cand.similarity, csim, arts, cfg, noun_sim)
        if rel is not None:
            out.append(rel)
    conversions = _conversions(claims)
    out = _as_their_originals(out, conversions, by_id)
    out = _one_quantity_each(_counterparts(out, by_id), by_id)
    out += _through_conversions(out, conversions, pos, by_id)
    out.sort(key=lambda r: (pos[r.a], pos[r.b]))
    return out


#: what stands between a figure and its conversion in brackets: "$50,000 (Sh7.5 million)",
#: "$100,000 (about Sh14.9 million)"
_INTO_BRACKETS = re.compile(r"\s*\(\s*(?:about|some|roughly|around|approximately|nearly|"
                            r"almost|or)?\s*")


def _bracketed_conversion(c: Claim, claims_here: list[Claim]) -> Claim | None:
    """The figure set in brackets right after ``c``, in another unit of its kind: the same
    amount told again ("$50,000 (Sh7.5 million)", "11 miles (18km)")."""
    for y in claims_here:
        if y.id == c.id or y.unit == c.unit or y.unit_kind != c.unit_kind or y.start < c.end:
            continue
        if _INTO_BRACKETS.fullmatch(c.sentence[c.end - c.sentence_start:y.start - y.sentence_start]) \
                and (c.unit_kind == "currency" or (c.dimension and c.dimension == y.dimension)):
            return y
        break
    return None


def _conversions(claims: list[Claim]) -> dict[str, Claim]:
    """Each figure's conversion in brackets right after it, by the figure's id."""
    groups: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        groups.setdefault((c.article, c.sentence_start), []).append(c)
    out: dict[str, Claim] = {}
    for group in groups.values():
        group.sort(key=lambda c: c.start)
        for c in group:
            conv = _bracketed_conversion(c, group)
            if conv is not None:
                out[c.id] = conv
    return out


#: how far a conversion's rate may be from the table's and still be taken to convert its
#: figure: "$93.3 million (about €86 million)" does; a copy that changed "16 billion francs"
#: to "about 12 billion francs ($17 billion)" left a conversion of the old figure (rates that
#: moved more than this since, as the real's, leave the pair to be judged as it stands)
FAITHFUL_RATE_DRIFT = 1.2


def _faithful_conversion(x: Claim, conv: Claim) -> bool:
    """``conv`` converts ``x`` at a rate the table allows (a copy whose figure was changed
    but not its conversion no longer converts it: "300,000 forints (about €500)")."""
    if not _fx_pair(x, conv) or not x.value or not conv.value:
        return True  # (a currency the table does not know: nothing to check it by)
    ratio = (x.value / USD_RATE[x.unit]) / (conv.value / USD_RATE[conv.unit])
    return 1 / FAITHFUL_RATE_DRIFT <= ratio <= FAITHFUL_RATE_DRIFT


def _converted(conv: Claim, original: Claim, reason: str) -> str:
    """The reason of a conversion's pair: its original's."""
    return f"{fmt_value(conv)} is its report's {fmt_value(original)} in another currency: {reason}"


def _as_their_originals(relations: list[Relation], conversions: dict[str, Claim],
                        by_id: dict[str, Claim]) -> list[Relation]:
    """A conversion in brackets stands for the figure it converts: "$93.3 million (about €86
    million)" against another report's "$101.5 million" is what the two dollar figures are to
    each other, which no approximate exchange rate would tell better. Such a pair takes the
    verdict of the original's pair with the same partner, or is dropped when the originals
    were not related."""
    original: dict[str, Claim] = {}
    for cid, conv in conversions.items():
        c = by_id[cid]
        if c.unit_kind == "currency" and _faithful_conversion(c, conv):
            original.setdefault(conv.id, c)
    if not original:
        return relations
    index = {frozenset((r.a, r.b)): r for r in relations}

    def as_base(r: Relation, conv: str, x: Claim, partner: str) -> Relation | None:
        """``r`` with the verdict of ``x``'s pair with ``partner`` (None when the originals
        are not related: neither is the conversion)."""
        base = index.get(frozenset((x.id, partner)))
        if base is None:
            return None
        if base.verdict == r.verdict:
            return r
        return r.model_copy(update={"verdict": base.verdict,
                                    "reason": _converted(by_id[conv], x, base.reason)})

    out: list[Relation] = []
    for r in relations:
        xa, xb = original.get(r.a), original.get(r.b)
        got: Relation | None = r
        if xa is not None and xb is not None and xa.unit == xb.unit and \
                xa.article != xb.article and by_id[r.a].unit != by_id[r.b].unit:
            # both conversions, into two currencies ("¥120tn (£650bn)" against "104 trillion
            # yen ($720 billion)"): what their originals are to each other (in one currency
            # they are figures of their own: a copy that changed "Sh346 billion ($2.7
            # billion)" left its dollars as they were)
            got = as_base(r, r.a, xa, xb.id)
        else:
            for y, z in ((r.a, r.b), (r.b, r.a)):
                x = original.get(y)
                if x is not None and by_id[z].unit == x.unit and by_id[z].article != x.article:
                    got = as_base(r, y, x, z)
                    break
        if got is not None:
            out.append(got)
    return out


def _through_conversions(relations: list[Relation], conversions: dict[str, Claim],
                         order: dict[str, int], by_id: dict[str, Claim]) -> list[Relation]:
    """Relations a figure's bracketed conversion shares: a report's "$50,000" agrees with
    another's "$50,000 (Sh7.5 million)", so with its "Sh7.5 million" too, which no exchange
    rate the matcher knows would tell; a "$101.5 million" that conflicts with "$93.3 million
    (about €86 million)" conflicts with the euros too. Pairs already judged are left as they
    are."""
    judged = {frozenset((r.a, r.b)) for r in relations}
    added: list[Relation] = []
    for r in relations:
        for x, y in ((by_id[r.a], by_id[r.b]), (by_id[r.b], by_id[r.a])):
            conv = conversions.get(y.id)
            if conv is None or conv.article == x.article or frozenset((x.id, conv.id)) in judged:
                continue
            if r.verdict != "agree" and not (conv.unit_kind == "currency" and x.unit == y.unit
                                             and _faithful_conversion(y, conv)):
                continue  # (a conflict or a revision in units of its own is judged as it is)
            judged.add(frozenset((x.id, conv.id)))
            a_, b_ = (x, conv) if order[x.id] < order[conv.id] else (conv, x)
            reason = (f"{fmt_value(x)} agrees with {fmt_value(y)}, which its report gives as "
                      f"{fmt_value(conv)}" if r.verdict == "agree" else
                      _converted(conv, y, r.reason))
            added.append(Relation(a=a_.id, b=b_.id, verdict=r.verdict, score=r.score,
                                  reason=reason))
    return added


#: how much more alike (in relation score) a claim's best agreeing partner in another article
#: must be than a partner with another figure for that partner to be the only one
AGREE_MARGIN = 0.02


def _one_quantity_each(relations: list[Relation], by_id: dict[str, Claim]) -> list[Relation]:
    """Keep, of a claim's agreements with one other article, those about one quantity.

    Two different figures in one article are two quantities (the same figure repeated is one):
    "up about 6%" after hours agrees with "up 6.2%" at the close or with "rose about 5%" after
    hours, not with both. The most alike partner keeps the agreement; another figure keeps
    its own only when it is about as alike (within AGREE_MARGIN), since then nothing tells
    the two apart.
    """
    partners: dict[tuple[str, str], list[Relation]] = {}
    for r in relations:
        if r.verdict == "agree":
            partners.setdefault((r.a, by_id[r.b].article), []).append(r)
            partners.setdefault((r.b, by_id[r.a].article), []).append(r)
    dropped: set[int] = set()
    for (x, _), rels in partners.items():
        if len(rels) < 2:
            continue
        rels = sorted(rels, key=lambda r: -r.score)
        best = by_id[rels[0].b if rels[0].a == x else rels[0].a]
        for r in rels[1:]:
            other = by_id[r.b if r.a == x else r.a]
            same_figure = (other.unit_kind == best.unit_kind and _overlap(
                si_interval(other, strict=True), si_interval(best, strict=True), 1e-6)) or \
                _conversion_of(other, best) or _conversion_of(best, other)
            if not same_figure and rels[0].score - r.score >= AGREE_MARGIN:
                dropped.add(id(r))
    return [r for r in relations if id(r) not in dropped]


def _conversion_of(p: Claim, y: Claim) -> bool:
    """p gives y in other units, in the same sentence ("226 km/h (140 mph)")."""
    return p.article == y.article and p.sentence_start == y.sentence_start and \
        p.unit != y.unit and (
            (p.unit_kind == y.unit_kind == "dimension" and bool(p.dimension) and
             p.dimension == y.dimension) or
            # "346 billion shillings ($2.7 billion)": an amount and its conversion
            (p.unit_kind == y.unit_kind == "currency" and _fx_pair(p, y)))


_NUMBER = re.compile(r"\d[\d,.]*")

_CARDINAL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             r"sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion)s?")
#: a figure in digits or words, with the words that scale it: "5 million", "twenty-five
#: thousand" and "four" are one figure each
_FIGURE = re.compile(r"(?:\d[\d,.]*|\b%s\b)(?:[\s-]+%s\b)*" % (_CARDINAL, _CARDINAL), re.I)


def _slot(c: Claim) -> int:
    """How many figures its sentence gives before this one, in digits or in words: its place
    in the sentence ("Reform UK took five seats, the Greens four and Plaid Cymru four")."""
    return len(_FIGURE.findall(c.sentence[:c.start - c.sentence_start]))


def _one_figure_changed(a: Claim, b: Claim) -> bool:
    """One sentence told twice with this figure changed: the text before the figure, and
    after it, is the same but for its numbers ("an estimated 100,000 people had flocked" and,
    in a copy, "an estimated 10,000 people had flocked")."""
    if not _told_twice(a, b):
        return False
    (pa, qa), (pb, qb) = ((_numberless(c.sentence[:c.start - c.sentence_start]),
                           _numberless(c.sentence[c.end - c.sentence_start:])) for c in (a, b))
    return pa == pb and qa == qb


def _told_twice(a: Claim, b: Claim) -> bool:
    """One sentence in two reports, the same but perhaps for its numbers."""
    return a.article != b.article and len(a.sentence) > 40 and \
        _numberless(a.sentence) == _numberless(b.sentence)


@functools.lru_cache(maxsize=8192)
def _numberless(sentence: str) -> str:
    """The sentence with each number replaced by "#" (asked of every candidate pair)."""
    return _NUMBER.sub("#", sentence)


def _bracketed_slots(a: Claim, b: Claim) -> bool:
    """In one sentence told twice, the two figures are a figure and its conversion in
    brackets or after "or" ("50,000 hectares (124,000 acres)")."""
    if a.unit == b.unit:
        return False
    nums = list(_FIGURE.finditer(a.sentence))
    lo, hi = sorted((_slot(a), _slot(b)))
    if hi != lo + 1 or hi >= len(nums):
        return False
    gap = a.sentence[nums[lo].end():nums[hi].start()]
    return bool(re.fullmatch(r"[^\d()]{0,25}(?:\(|,?\s+or)\s*(?:about|some|roughly|around|"
                             r"nearly|almost|approximately)?\s*[$£€]?", gap))


def _same_slot(a: Claim, b: Claim) -> bool:
    """The two figures hold the same place in one sentence told twice but for its numbers
    (a copy of a report with one figure changed)."""
    return _told_twice(a, b) and _slot(a) == _slot(b)


#: words that set one estimate against another: "it was 100,000 against 350,000", "police
#: counted 50,000, while the organisers claimed 80,000" ("compared with about 350 on a
#: normal day" sets a figure against another time, not a rival)
_SET_AGAINST = re.compile(r"\b(?:against|while|whereas|versus|vs\.?|but)\b", re.I)


def _set_against(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence set against each other as rival estimates of a quantity."""
    if a.article != b.article or a.sentence_start != b.sentence_start or \
            a.unit != b.unit or a.id == b.id:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = first.sentence[first.end - first.sentence_start:second.start - second.sentence_start]
    return len(gap) < 120 and bool(_SET_AGAINST.search(gap)) and not re.search(r"\d", gap)


#: how far apart two agencies' readings of one measure stay (magnitudes 5.6 and 6.4)
RIVAL_READING_RATIO = 1.2


def _rival_reading(p: Claim, y: Claim) -> bool:
    """Two readings of one named measure of one event in one report, one of them credited to
    a source the other is not: "A magnitude 7.8 earthquake struck ..." and "Turkey's disaster
    agency (AFAD) put its magnitude at 7.7"."""
    if p.article != y.article or p.unit != y.unit or p.value == y.value:
        return False
    if not (p.value > 0 and y.value > 0 and max(p.value, y.value) / min(p.value, y.value) <=
            RIVAL_READING_RATIO) or is_another_event(p) or is_another_event(y):
        return False  # a main shock's 7.8 and "the new tremor at magnitude 6.1" are two quakes
    m = measure_of(p)
    if m is None or m != measure_of(y) or m in LOCAL_MEASURES or event_ordinal(p) != event_ordinal(y):
        return False
    sp, sy = source_key(p.attribution or ""), source_key(y.attribution or "")
    return sp != sy and bool(sp or sy)


def _side_by_side(a: Claim, b: Claim) -> bool:
    """In one sentence or two consecutive ones: where rival estimates are set side by side."""
    first, second = (a, b) if a.sentence_start <= b.sentence_start else (b, a)
    return second.sentence_start - first.sentence_start <= len(first.sentence) + 3


def _counterparts(relations: list[Relation], by_id: dict[str, Claim]) -> list[Relation]:
    """Keep conflicts only where a claim has no agreeing counterpart.

    An article states a quantity once (perhaps repeated); if claim x of article A agrees with
    (or is updated by) claim y of article B, then another claim y' of B that disagrees with x
    is about something else ("411 of the 650 seats": 411 agrees with 411, so 411 vs 650 is no
    conflict) -- unless B itself gives y and y' as competing estimates from different sources
    ("police said 338,000; organisers said 2 million"): then x vs y' is a conflict worth
    reporting. Each claim conflicts with at most one claim per other article otherwise, the
    most similar one.
    """
    partners: dict[tuple[str, str], list[str]] = {}
    updates: set[frozenset[str]] = set()
    for r in relations:
        if r.verdict != "conflict":
            partners.setdefault((r.a, by_id[r.b].article), []).append(r.b)
            partners.setdefault((r.b, by_id[r.a].article), []).append(r.a)
        if r.verdict == "update":
            updates.add(frozenset((r.a, r.b)))

    def another_reading(x: str, p: str, y: str) -> bool:
        """p is a later or earlier reading of x's count than y is ("52.13% ... with 99.66% of
        ballot boxes counted" vs, at 8 p.m., "49.1% for Erdoğan"): p revising x leaves y's
        reading of x's moment in dispute."""
        return frozenset((x, p)) in updates and count_progress(by_id[p]) is not None and \
            count_progress(by_id[p]) != count_progress(by_id[y])

    def attributed(claim_id: str) -> str:
        return _norm_name(by_id[claim_id].attribution or "")

    def settled(x: str, y: str) -> bool:
        """x has an agreeing counterpart in y's article that is not a rival estimate of y,
        nor y's own conversion into other units."""
        if _same_slot(by_id[x], by_id[y]):
            return False  # one sentence told twice but for this figure: y is x's counterpart
        found = partners.get((x, by_id[y].article), [])
        ay = attributed(y)
        # a rival estimate: y and its neighbour p are both credited, to different sources;
        # "gusts of 262 km/h (140 mph)": one figure in two units that disagree with each
        # other, so the other report's 140 mph does not make its 226 km/h settled
        return any(not (ay and attributed(p) and attributed(p) != ay) and
                   not _conversion_of(by_id[p], by_id[y]) and
                   not _set_against(by_id[p], by_id[y]) and
                   not _rival_reading(by_id[p], by_id[y]) and
                   not another_reading(x, p, y) for p in found)

    conflicts = [r for r in relations if r.verdict == "conflict"
                 and not settled(r.a, r.b) and not settled(r.b, r.a)]
    kept: list[Relation] = []
    best: dict[tuple[str, str], Relation] = {}

    def closeness(r: Relation) -> float:
        """How far apart the two figures are (log ratio): of several rival figures in one
        article, the nearest is the one a report most plausibly meant (7.8 vs 7.7, not 7.5)."""
        x, y = abs(by_id[r.a].value), abs(by_id[r.b].value)
        return abs(math.log(x / y)) if x > 0 and y > 0 else math.inf

    # similarities within about 0.1 of each other do not tell rival pairings apart
    ordered = sorted(conflicts, key=lambda r: (-round(r.score * 20) / 20, closeness(r)))
    for r in ordered:
        ka, kb = (r.a, by_id[r.b].article), (r.b, by_id[r.a].article)
        if ka in best or kb in best:
            continue
        best[ka] = best[kb] = r
        kept.append(r)
    # where the other article credits rival estimates to different named sources (USGS 7.4,
    # CWA 7.2, JMA 7.7), a figure conflicting with one of them conflicts with each
    kept_ids = {id(r) for r in kept}
    for r in ordered:
        if id(r) in kept_ids:
            continue
        for x, y in ((r.a, r.b), (r.b, r.a)):
            first = best.get((x, by_id[y].article))
            if first is None:
                continue
            y0 = first.b if first.a == x else first.a
            if _conversion_of(by_id[y], by_id[y0]):
                # "262 km/h (140 mph)": one figure in two units, each disagreeing with x
                kept.append(r)
                kept_ids.add(id(r))
                break
            if attributed(y) and attributed(y0) and attributed(y) != attributed(y0) and \
                    attributed(x) not in (attributed(y), attributed(y0)) and \
                    by_id[y].unit_kind == by_id[y0].unit_kind and _side_by_side(by_id[y], by_id[y0]):
                kept.append(r)
                kept_ids.add(id(r))
                break
    return [r for r in relations if r.verdict != "conflict" or id(r) in kept_ids]


# --------------------------------------------------------------------------------------------
# totals and their parts


def totals(claims: list[Claim], articles: list[Article], cfg: Config) -> list[TotalCheck]:
    """Where a total ("550 drones and missiles") and its parts ("539 drones", "11 missiles")
    are both reported for the same event, say whether the parts add up to the total.

    Parts come from one article (the total's own or another), one claim per counted noun, with
    the total's role; the nearest such claims (same sentence first) are taken.
    """
    arts = {a.id: a for a in articles}
    order = {c.id: i for i, c in enumerate(claims)}
    singles: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.unit_kind == "count" and c.direction is None:
            key = counted_key(c)
            if len(key) == 1:
                singles.setdefault((c.article, next(iter(key))), []).append(c)
    out: list[TotalCheck] = []
    for t in claims:
        key = counted_key(t)
        if t.unit_kind != "count" or len(key) < 2 or t.direction is not None:
            continue
        role = role_of(t)
        for art in sorted({c.article for c in claims}, key=lambda x: (x != t.article, x)):
            parts: list[Claim] = []
            for noun in sorted(key):
                pool = [c for c in singles.get((art, noun), [])
                        if role_of(c) == role and same_event(t, c, arts, cfg).related
                        and c.id != t.id]
                if not pool:
                    break
                # nearest: same sentence first, then closest position
                pool.sort(key=lambda c: (c.sentence_start != t.sentence_start or
                                         c.article != t.article,
                                         abs(order[c.id] - order[t.id])))
                parts.append(pool[0])
            if len(parts) != len(key):
                continue
            lo = sum(interval(p)[0] for p in parts)
            hi = sum(interval(p)[1] for p in parts)
            total = sum(p.value for p in parts)
            ok = _overlap((lo, hi), interval(t))
            names = " + ".join(fmt_value(p) for p in parts)
            out.append(TotalCheck(
                total=t.id, parts=[p.id for p in parts], sum=total,
                verdict="agree" if ok else "conflict",
                reason=f"{names} = {_num(total)} "
                       f"{'matches' if ok else 'does not match'} {fmt_value(t)}",
            ))
    out.sort(key=lambda x: (order[x.total], [order[p] for p in x.parts]))
    return out
