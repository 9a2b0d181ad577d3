"""Plain-language checks for German, English and Leichte Sprache, free of any web framework.

>>> report = analyze("Der Plan hat 5 Teile.", profile="de-x-ls")
>>> report.passed
True
"""

from plainlanguage.analysis import analyze
from plainlanguage.profiles import PROFILES, Profile, get_profile
from plainlanguage.registry import RULES, Rule
from plainlanguage.report import TextReport

__all__ = ["PROFILES", "RULES", "Profile", "Rule", "TextReport", "analyze", "get_profile"]
