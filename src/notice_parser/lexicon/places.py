"""The words of administrative division names (``divisions.py`` reads them):
the level word that ends a full name, which of them are autonomous levels
(a nation name stands before them: 张家川回族自治县), and how notices shorten
an autonomous county or banner (张家川县)."""

from __future__ import annotations

#: a province-level name's level words, longest first; what is left is the short name
PROVINCE_LEVEL_WORDS = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
#: a city- or county-level name's level words, longest first
LOWER_LEVEL_WORDS = ("自治州", "自治县", "自治旗", "地区", "林区", "特区", "县", "区", "市", "旗", "盟")
#: the autonomous level words: the nation names before them are not part of the short name
AUTONOMOUS_LEVEL_WORDS = frozenset(("自治州", "自治县", "自治旗", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区"))
#: autonomous levels that notices also write with their last character alone: 张家川县, 鄂伦春旗
PLAIN_SUFFIX_LEVELS = ("自治县", "自治旗")
#: the word that ends a nation's name in the nations list, and the nation no autonomous name holds
NATION_WORD = "族"
MAJORITY_NATION = "汉族"
